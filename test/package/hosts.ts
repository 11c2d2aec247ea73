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
