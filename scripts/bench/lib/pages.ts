/**
 * The pages the page bench loads, all served by the bench's static server: the
 * built files from dist/, the floor element bundled into .bench/, and the
 * reference server behind `/api/credits` on the same origin (a host's own API:
 * no CORS, as on most sites).
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { build } from 'esbuild';
import { startNodeServer } from '../../../src/mock/node-server.js';
import { ROOT, type BenchContext, type StaticServer } from './context.js';

export const API_PATH = '/api/credits';
export const TOKEN = 'demo-usage-billing';

/** Runs first on every page: notes the module start and resolves `__bench.amount` when an amount shows. */
const PROBE = /* js */ `
window.__bench = (() => {
  const start = performance.now();
  const hosts = new Set(['credit-balance', 'bench-floor']);
  const roots = [];
  let done;
  const amount = new Promise((resolve) => (done = resolve));
  const check = () => {
    for (const root of roots) {
      if (/\\d/.test(root.querySelector('[part~="amount"]')?.textContent ?? '')) return done(performance.now());
      const alert = root.querySelector('[role="alert"]');
      if (alert) return done('error state: ' + alert.textContent.replace(/\\s+/g, ' ').trim());
    }
  };
  const observer = new MutationObserver(check);
  // Every shadow root of an element that shows the amount, nested ones included.
  const attach = Element.prototype.attachShadow;
  Element.prototype.attachShadow = function (init) {
    const root = attach.call(this, init);
    if (hosts.has(this.localName)) {
      roots.push(root);
      observer.observe(root, { childList: true, subtree: true, characterData: true });
    }
    return root;
  };
  return { start, amount };
})();
`;

export interface BenchPage {
  /** Row name in the tables. */
  name: string;
  path: string;
  html: string;
}

function page(options: { lang?: string; script: string; body: string; after?: string }): string {
  return `<!doctype html>
<html lang="${options.lang ?? 'en'}">
  <head>
    <meta charset="utf-8" />
    <link rel="icon" href="data:," />
    <script type="module">${PROBE}</script>
    <script type="module" src="${options.script}"></script>
  </head>
  <body>
    ${options.body}
    ${options.after ? `<script type="module">${options.after}</script>` : ''}
  </body>
</html>`;
}

const apiProvider = (inner: string) => `<credit-provider api="${API_PATH}" token="${TOKEN}">${inner}</credit-provider>`;
const AUTOLOADER = '/dist/creditkit-autoloader.js';
const BUNDLE = '/dist/creditkit.js';

/** Everything the bench needs served: API, floor bundle, pages. Returns the pages by key. */
export async function preparePages(ctx: BenchContext) {
  const server = await ctx.server();
  await apiBehind(ctx, server);
  const floorScript = await buildFloor();
  const account = await (
    await fetch(`${server.origin}${API_PATH}/account`, { headers: { authorization: `Bearer ${TOKEN}` } })
  ).json();
  // A host adapter answering from memory: the kit's own cost, without a backend.
  const hostAdapter = `const account = ${JSON.stringify(account)};
document.querySelector('credit-provider').adapter = { getAccount: async () => account, subscribe: () => () => {} };`;

  const pages = {
    floor: {
      name: 'floor: 10-line Lit element, Intl number',
      script: floorScript,
      body: '<bench-floor></bench-floor>',
    },
    badgeApi: {
      name: 'badge + provider api= (autoloader)',
      script: AUTOLOADER,
      body: apiProvider('<credit-balance></credit-balance>'),
    },
    badgeApiDe: {
      name: 'same, German page',
      lang: 'de',
      script: AUTOLOADER,
      body: apiProvider('<credit-balance></credit-balance>'),
    },
    badgeAdapter: {
      name: 'badge + host adapter (autoloader)',
      script: AUTOLOADER,
      body: '<credit-provider><credit-balance></credit-balance></credit-provider>',
      after: hostAdapter,
    },
    dashboardApi: {
      name: 'dashboard + provider api= (autoloader)',
      script: AUTOLOADER,
      body: apiProvider('<credit-dashboard></credit-dashboard>'),
    },
    bundleBadgeApi: {
      name: 'badge + provider api= (creditkit.js)',
      script: BUNDLE,
      body: apiProvider('<credit-balance></credit-balance>'),
    },
    bundleBadgeMock: {
      name: 'badge + provider mock (creditkit.js)',
      script: BUNDLE,
      body: '<credit-provider mock><credit-balance></credit-balance></credit-provider>',
    },
  } satisfies Record<string, { name: string; lang?: string; script: string; body: string; after?: string }>;

  return Object.fromEntries(
    Object.entries(pages).map(([key, spec]) => {
      const path = `/__bench/${key}.html`;
      server.page(path, page(spec));
      return [key, { name: spec.name, path, html: page(spec) }];
    }),
  ) as Record<keyof typeof pages, BenchPage>;
}

/** The reference server (usage-billing) behind `/api/credits` of the bench's origin. */
async function apiBehind(ctx: BenchContext, server: StaticServer): Promise<void> {
  const api = await startNodeServer({ port: 0, host: '127.0.0.1', presets: ['usage-billing'], basePath: API_PATH });
  ctx.defer(() => api.close());
  server.proxy(API_PATH, new URL(api.url).origin);
}

/** The floor element with Lit, minified into one file (the least a Lit element page loads). */
async function buildFloor(): Promise<string> {
  const out = join(ROOT, '.bench');
  mkdirSync(out, { recursive: true });
  await build({
    entryPoints: [join(ROOT, 'scripts/bench/floor/floor-element.ts')],
    outfile: join(out, 'floor.js'),
    bundle: true,
    minify: true,
    format: 'esm',
    target: 'es2022',
    logLevel: 'silent',
  });
  return '/.bench/floor.js';
}
