/**
 * History at scale (issue 4 budgets):
 * - mock server: one keyset page of 50 at 1,000,000 entries, median ≤ 5 ms;
 * - headless Chromium, 100,000-entry account in <credit-transactions>: first rows
 *   painted ≤ 100 ms after the first page arrives; ≤ 2,000 DOM nodes with every
 *   page loaded; no task > 50 ms (PerformanceObserver longtask) while loading all
 *   pages and scrolling to the end.
 *
 * `run()` returns the measurements; the default export is a `BenchSection` for
 * scripts/bench/index.ts. Standalone: `npx tsx scripts/bench/history.ts`.
 */
import { pathToFileURL } from 'node:url';
import { build } from 'esbuild';
import { chromium } from 'playwright-core';
import { createMockServer } from '../../src/mock/server.js';
import { encodeCursor } from '../../src/mock/routes/cursor.js';
import { demoAccount } from '../../src/mock/presets/index.js';
import { ROOT, type BenchContext, type BenchSection } from './lib/context.js';

export interface Measurement {
  name: string;
  value: number;
  unit: string;
  budget?: number;
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

/** Median time of GET /transactions?limit=50 at random depths of a 1,000,000-entry ledger. */
async function serverPage(): Promise<Measurement> {
  const server = createMockServer({
    presets: ['scan-credits'],
    basePath: '/api',
    seedEntries: 1_000_000,
    frozenClock: true,
  });
  const account = demoAccount('scan-credits');
  // Ledger positions start at 1 and every seeded entry takes the next one.
  const last = await server.storage.read(account.id, async (tx) => (await tx.account()).nextSeq - 1);
  const times: number[] = [];
  let state = 12345;
  for (let i = 0; i < 260; i++) {
    state = (Math.imul(state, 1_103_515_245) + 12_345) >>> 0;
    const cursor = i % 4 === 0 ? '' : `&cursor=${encodeCursor(1 + (state % last))}`;
    const request = new Request(`https://bench.local/api/transactions?limit=50${cursor}`, {
      headers: { authorization: `Bearer ${account.token}` },
    });
    const start = performance.now();
    const response = await server.fetch(request);
    const body = (await response.json()) as { items: unknown[] };
    const took = performance.now() - start;
    if (response.status !== 200 || body.items.length === 0) throw new Error(`page request failed: ${response.status}`);
    if (i >= 10) times.push(took); // the first requests warm up the JIT
  }
  return {
    name: 'mock server: page of 50 at 1,000,000 entries (median)',
    value: round(median(times)),
    unit: 'ms',
    budget: 5,
  };
}

const ENTRY = `
import '${ROOT}/src/elements/credit-provider/define.ts';
import '${ROOT}/src/elements/credit-transactions/define.ts';
import { createMockAdapter } from '${ROOT}/src/adapter/mock-adapter.ts';

const longTasks = [];
new PerformanceObserver((list) => { for (const e of list.getEntries()) longTasks.push(e.duration); }).observe({ type: 'longtask', buffered: true });
const adapter = createMockAdapter({ preset: 'scan-credits', server: { seedEntries: 100000 } });
// The server seeds 100,000 entries before the first answer: build it before timing.
await adapter.getAccount();
let firstPageAt = 0;
const list = adapter.listTransactions.bind(adapter);
adapter.listTransactions = async (q, o) => { const page = await list(q, o); if (!firstPageAt) firstPageAt = performance.now(); return page; };
const provider = document.createElement('credit-provider');
provider.adapter = adapter;
const el = document.createElement('credit-transactions');
el.setAttribute('page-size', '50');
provider.append(el);
document.body.append(provider);
const rows = () => el.shadowRoot?.querySelectorAll('[part~="row"]').length ?? 0;
const frame = () => new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0)));
while (!rows()) await new Promise((r) => requestAnimationFrame(r));
// The rows are in the DOM; the paint that shows them follows this frame.
await new Promise((r) => requestAnimationFrame(r));
const firstPaint = performance.now() - firstPageAt;
const before = longTasks.length;
el.pageSize = 2000;
const button = () => el.shadowRoot.querySelector('[part~="load-more"]');
while (button()) { const n = el.entries.length; button().click(); while (el.entries.length === n && button()) await frame(); await frame(); }
const afterLoad = longTasks.length;
const scroller = el.shadowRoot.querySelector('[part~="scroller"]');
for (let step = 1; step <= 60; step++) { scroller.scrollTop = (scroller.scrollHeight * step) / 60; await frame(); }
scroller.scrollTop = scroller.scrollHeight; await frame(); await frame();
const lastShown = [...el.shadowRoot.querySelectorAll('[part~="row"]')].some((r) => r.dataset.id === el.entries.at(-1).id);
window.__result = {
  firstPaint, loaded: el.entries.length, lastShown,
  nodes: document.querySelectorAll('*').length + el.shadowRoot.querySelectorAll('*').length,
  longest: Math.max(0, ...longTasks.slice(before)), longTasks: longTasks.length - before,
  loadLongest: Math.max(0, ...longTasks.slice(before, afterLoad)), scrollLongest: Math.max(0, ...longTasks.slice(afterLoad)), loadTasks: longTasks.slice(before, afterLoad).map(Math.round).join(','),
};
`;

async function browserRun(): Promise<Measurement[]> {
  const bundle = await build({
    stdin: { contents: ENTRY, resolveDir: ROOT, loader: 'ts' },
    bundle: true,
    format: 'esm',
    write: false,
    minify: true,
    target: 'es2022',
    tsconfig: `${ROOT}/tsconfig.json`,
    logLevel: 'error',
  });
  const code = bundle.outputFiles[0]!.text;
  const { findBrowser } = (await import(
    pathToFileURL(`${ROOT}/scripts/find-browser.js`).href
  )) as typeof import('../find-browser.js');
  const found = await findBrowser();
  const browser = await chromium.launch({ executablePath: found.executablePath, args: found.args, headless: true });
  try {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    await page.route('http://bench.local/**', (route) =>
      route.request().url().endsWith('.js')
        ? route.fulfill({ body: code, contentType: 'text/javascript' })
        : route.fulfill({
            body: '<!doctype html><html lang="en"><body><script type="module" src="/history.js"></script></body></html>',
            contentType: 'text/html',
          }),
    );
    await page.goto('http://bench.local/');
    await page.waitForFunction(() => (window as { __result?: unknown }).__result, undefined, { timeout: 240_000 });
    const r = (await page.evaluate(
      () => (window as unknown as { __result: Record<string, number | boolean> }).__result,
    )) as {
      firstPaint: number;
      loaded: number;
      lastShown: boolean;
      nodes: number;
      longest: number;
      longTasks: number;
    };
    if (process.env.BENCH_DEBUG) console.log(r);
    if (r.loaded < 100_000 || !r.lastShown)
      throw new Error(`history did not reach the end: ${r.loaded} loaded, last row shown: ${r.lastShown}`);
    return [
      {
        name: 'history 100k: first rows painted after first page',
        value: round(r.firstPaint),
        unit: 'ms',
        budget: 100,
      },
      {
        name: 'history 100k: DOM nodes (all pages loaded, scrolled to end)',
        value: r.nodes,
        unit: 'nodes',
        budget: 2000,
      },
      {
        name: `history 100k: longest task loading + scrolling (${r.longTasks} > 50 ms)`,
        value: round(r.longest),
        unit: 'ms',
        budget: 50,
      },
    ];
  } finally {
    await browser.close();
  }
}

const round = (n: number) => Math.round(n * 10) / 10;

export async function run(): Promise<Measurement[]> {
  return [await serverPage(), ...(await browserRun())];
}

const section: BenchSection = {
  title: 'History at scale (keyset pages, windowed <credit-transactions>)',
  async run(ctx: BenchContext) {
    const results = await run();
    ctx.table(
      ['measurement', 'value', 'budget'],
      results.map((m) => [m.name, `${m.value} ${m.unit}`, m.budget === undefined ? '' : `≤ ${m.budget} ${m.unit}`]),
    );
    for (const m of results)
      if (m.budget !== undefined && m.value > m.budget) ctx.fail(`${m.name}: ${m.value} ${m.unit} > ${m.budget}`);
  },
};
export default section;

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  for (const m of await run())
    console.log(`${m.name}: ${m.value} ${m.unit}${m.budget === undefined ? '' : ` (budget ${m.budget})`}`);
}
