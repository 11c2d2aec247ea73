/**
 * The throwaway host projects of the package journeys, as a host developer
 * would write them: each gets a folder under one shared install of the packed
 * tarball (the installed `creditkit` is what they import, never ../src).
 */

/** The page every top-up journey drives: badge, top-up dialog, history, a mock provider. */
const topUpBody = `
    <header><credit-balance></credit-balance></header>
    <main>
      <credit-top-up></credit-top-up>
      <credit-transactions></credit-transactions>
    </main>
    <footer><credit-provider mock preset="usage-billing"></credit-provider></footer>`;

function page(script: string, body = topUpBody, head = ''): string {
  return `<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8" />
    <title>Host</title>
    ${head}<script type="module" src="${script}"></script>
  </head>
  <body>${body}
  </body>
</html>
`;
}

export type Files = Record<string, string>;

/** (a) Vite + TypeScript, everything from the package root. */
export const bundleApp: Files = {
  'index.html': page('./main.ts'),
  'main.ts': `import 'creditkit';\n`,
};

/** (b) Vite + TypeScript, one entry per element (the dashboard-style composite is not used). */
export const perElementApp: Files = {
  'index.html': page('./main.ts'),
  'main.ts': `import 'creditkit/elements/credit-provider';
import 'creditkit/elements/credit-balance';
import 'creditkit/elements/credit-top-up';
import 'creditkit/elements/credit-transactions';
`,
};

/** Both the root entry and a per-element entry in one bundle: one Lit, one class per tag. */
export const mixedApp: Files = {
  'index.html': page('./main.ts', '\n    <credit-provider mock><credit-balance></credit-balance></credit-provider>'),
  'main.ts': `import { CreditBalance } from 'creditkit';
import { CreditBalance as FromElementEntry } from 'creditkit/elements/credit-balance';

if (CreditBalance !== FromElementEntry || customElements.get('credit-balance') !== CreditBalance)
  throw new Error('two classes for <credit-balance>');
`,
};

/** (c) React 19 + TypeScript: tags in JSX, typed events, a host adapter object as a property. */
export const reactApp: Files = {
  'index.html': page('./main.tsx', '\n    <div id="root"></div>'),
  'tsconfig.json': JSON.stringify(
    {
      compilerOptions: {
        target: 'ES2022',
        lib: ['ES2022', 'DOM', 'DOM.Iterable'],
        module: 'ESNext',
        moduleResolution: 'bundler',
        jsx: 'react-jsx',
        strict: true,
        noEmit: true,
        skipLibCheck: true,
        // The one line a host adds for typed tags and events in JSX.
        types: ['creditkit/react'],
      },
      include: ['src'],
    },
    null,
    2,
  ),
  'main.tsx': `import { createRoot } from 'react-dom/client';
import { App } from './src/App';

createRoot(document.getElementById('root')!).render(<App />);
`,
  'src/App.tsx': `import { useMemo, useState } from 'react';
import 'creditkit';
import { createMockAdapter, type CreditPaidEvent, type CreditsAdapter } from 'creditkit';

declare global {
  interface Window {
    paidEvents: CreditPaidEvent['detail'][];
    adapterCalls: string[];
  }
}
window.paidEvents = [];
window.adapterCalls = [];

/** The host's own adapter object: here the kit's mock, wrapped to log every call. */
function hostAdapter(): CreditsAdapter {
  const base = createMockAdapter({ preset: 'agency-credits' });
  return new Proxy(base, {
    get(target, key, receiver) {
      const value = Reflect.get(target, key, receiver);
      if (typeof value !== 'function') return value;
      window.adapterCalls.push(String(key));
      return value.bind(target);
    },
  });
}

export function App() {
  const adapter = useMemo(hostAdapter, []);
  const [paid, setPaid] = useState<string | null>(null);
  return (
    <credit-provider adapter={adapter}>
      <credit-balance></credit-balance>
      <credit-pay-button
        item-type="invoice"
        item-id="inv-2001"
        oncredit-paid={(e) => {
          window.paidEvents.push(e.detail);
          setPaid(e.detail.payment.id);
        }}
      ></credit-pay-button>
      <output id="paid">{paid ?? ''}</output>
    </credit-provider>
  );
}
`,
  'tsconfig.mistakes.json': JSON.stringify({ extends: './tsconfig.json', include: ['type-errors'] }, null, 2),
  /** Must not type-check: each line is a mistake a host could make. */
  'type-errors/Mistakes.tsx': `import 'creditkit';

export const wrongItemType = <credit-pay-button item-type="subscription" item-id="x"></credit-pay-button>;
export const reactStyleEvent = <credit-pay-button item-id="x" onCreditPaid={() => {}}></credit-pay-button>;
export const wrongDetail = <credit-pay-button oncredit-paid={(e: CustomEvent<number>) => e}></credit-pay-button>;
export const wrongPreset = <credit-provider preset="nope"></credit-provider>;
`,
};

/** The strict Content-Security-Policy of item 8. */
export const STRICT_CSP = "script-src 'self'; style-src 'self'; require-trusted-types-for 'script'";

/** (d) Plain HTML with the self-contained script file, no bundler. */
export const staticPage = page('/dist/creditkit.js');

/** (d) The same page with the autoloader, which registers only the tags on it. */
export const autoloaderPage = page('/dist/creditkit-autoloader.js');

/** (f) A German page with the autoloader and usage by team member (the AI preset's three). */
export const usagePage = page(
  '/dist/creditkit-autoloader.js',
  `
    <credit-provider mock preset="ai-credits">
      <credit-usage range="7d" group-by="member"></credit-usage>
    </credit-provider>`,
).replace('<html lang="en">', '<html lang="de">');

/** Strict compiler options of the typing checks, plus the framework's JSX setup. */
function tsconfig(extra: Record<string, unknown>, include: string[]): string {
  const compilerOptions = {
    strict: true,
    noEmit: true,
    module: 'esnext',
    moduleResolution: 'bundler',
    target: 'es2022',
    lib: ['dom', 'es2022'],
    skipLibCheck: true,
    ...extra,
  };
  return JSON.stringify({ compilerOptions, include }, null, 2);
}

/**
 * Preact, Solid and Vue hosts, one `types` entry each and no declarations of
 * their own. Each file also holds mistakes marked as expected errors: if one
 * ever type-checks, the compiler reports the unused directive and fails.
 */
export const frameworkTypings: Files = {
  'preact/tsconfig.json': tsconfig({ jsx: 'react-jsx', jsxImportSource: 'preact', types: ['creditkit/preact'] }, [
    'app.tsx',
  ]),
  'preact/app.tsx': `import 'creditkit';
export const pay = (
  <credit-pay-button item-type="invoice" item-id="inv-2001" oncredit-paid={(e) => e.detail.payment.id}></credit-pay-button>
);
// @ts-expect-error not an item type
export const wrongValue = <credit-pay-button item-type="subscription" item-id="x"></credit-pay-button>;
// @ts-expect-error the detail has no such field
export const wrongDetail = <credit-pay-button oncredit-paid={(e) => e.detail.nope}></credit-pay-button>;
`,
  'solid/tsconfig.json': tsconfig({ jsx: 'preserve', jsxImportSource: 'solid-js', types: ['creditkit/solid'] }, [
    'app.tsx',
  ]),
  'solid/app.tsx': `import 'creditkit';
export const pay = (
  <credit-pay-button attr:item-type="invoice" attr:item-id="inv-2001" on:credit-paid={(e) => e.detail.payment.id}></credit-pay-button>
);
// @ts-expect-error not an item type
export const wrongValue = <credit-pay-button attr:item-type="subscription"></credit-pay-button>;
// @ts-expect-error the detail has no such field
export const wrongDetail = <credit-pay-button on:credit-paid={(e) => e.detail.nope}></credit-pay-button>;
`,
  'vue/tsconfig.json': tsconfig({ jsx: 'preserve', types: ['creditkit/vue'] }, ['env.d.ts', 'App.vue']),
  'vue/env.d.ts': `declare module '*.vue' {
  import type { DefineComponent } from 'vue';
  const component: DefineComponent;
  export default component;
}
`,
  'vue/App.vue': `<script setup lang="ts">
import 'creditkit';
import { ref } from 'vue';
const paid = ref('');
</script>
<template>
  <credit-provider mock preset="agency-credits">
    <credit-pay-button item-type="invoice" item-id="inv-2001" @credit-paid="(e) => (paid = e.detail.payment.id)" />
    <!-- @vue-expect-error not an item type -->
    <credit-pay-button item-type="subscription" item-id="x" />
    <!-- @vue-expect-error the detail has no such field -->
    <credit-pay-button item-type="invoice" item-id="x" @credit-paid="(e) => e.detail.nope" />
  </credit-provider>
  <output>{{ paid }}</output>
</template>
`,
};
