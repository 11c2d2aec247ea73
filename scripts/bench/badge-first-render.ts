/**
 * Badge first render: a page loads dist/creditkit.js with
 * `<credit-provider mock preset="usage-billing"><credit-balance>`; we measure from
 * an inline module that runs just before the bundle until the balance amount
 * appears in the badge's shadow DOM. Median of 7 runs (fresh browser context each,
 * server sends no-store), budget 30 ms.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT, median, type BenchContext, type BenchSection } from './lib/context.js';

const RUNS = 7;
const BUDGET_MS = 30;
const TIMEOUT_MS = 10_000;

const PAGE = /* html */ `<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8" />
    <link rel="icon" href="data:," />
    <script type="module">
      window.__benchStart = performance.now();
    </script>
    <script type="module" src="/dist/creditkit.js"></script>
  </head>
  <body>
    <credit-provider mock preset="usage-billing"><credit-balance></credit-balance></credit-provider>
    <script type="module">
      // Resolves with the time the amount text first appears in the badge's shadow root.
      window.__benchDone = new Promise((resolve) => {
        const hasAmount = (root) => /\\d/.test(root.querySelector('[part~="amount"]')?.textContent ?? '');
        customElements.whenDefined('credit-balance').then(() => {
          const root = document.querySelector('credit-balance').shadowRoot;
          if (!root) return resolve(-1);
          const finish = () => resolve(performance.now() - window.__benchStart);
          // The badge's error state: report it instead of waiting for the timeout.
          const failed = () => root.querySelector('[role="alert"]');
          if (hasAmount(root)) return finish();
          new MutationObserver((_, observer) => {
            if (hasAmount(root) || failed()) {
              observer.disconnect();
              if (failed()) resolve('error state: ' + failed().textContent.replace(/\\s+/g, ' ').trim());
              else finish();
            }
          }).observe(root, { childList: true, subtree: true, characterData: true });
        });
      });
    </script>
  </body>
</html>`;

const section: BenchSection = {
  title: `Badge first render (headless Chromium, median of ${RUNS}, budget ${BUDGET_MS} ms)`,
  async run(ctx: BenchContext) {
    for (const file of [
      'dist/creditkit.js',
      'src/elements/credit-balance/define.ts',
      'src/elements/credit-provider/define.ts',
    ]) {
      if (!existsSync(join(ROOT, file))) return ctx.skip(`${file} does not exist`);
    }
    let browser;
    try {
      browser = await ctx.browser();
    } catch (error) {
      return ctx.skip(`no browser: ${(error as Error).message}`);
    }
    const server = await ctx.server();
    const url = server.page('/__bench/badge-first-render.html', PAGE);
    const times: number[] = [];
    for (let i = 0; i < RUNS; i++) {
      const context = await browser.newContext();
      const page = await context.newPage();
      const errors: string[] = [];
      page.on('pageerror', (e) => errors.push(e.message));
      page.on('console', (m) => {
        if (m.type() === 'error') errors.push(m.text());
      });
      page.on('requestfailed', (r) => errors.push(`${r.url()} ${r.failure()?.errorText}`));
      page.on('response', (r) => {
        if (r.status() >= 400) errors.push(`${r.status()} ${r.url()}`);
      });
      try {
        await page.goto(url);
        const ms = await page.evaluate(
          (timeout) =>
            Promise.race([
              (window as unknown as { __benchDone: Promise<number | string> }).__benchDone,
              new Promise<number>((r) => setTimeout(() => r(Number.NaN), timeout)),
            ]),
          TIMEOUT_MS,
        );
        if (typeof ms === 'string' || Number.isNaN(ms) || ms < 0) {
          const why = typeof ms === 'string' ? ms : `no amount within ${TIMEOUT_MS} ms`;
          return ctx.skip(
            `the badge did not render a balance: ${why}` + (errors.length ? ` (${errors.join('; ')})` : ''),
          );
        }
        times.push(ms);
      } finally {
        await context.close();
      }
    }
    const m = median(times);
    ctx.table(
      ['measurement', 'median ms', 'min', 'max', 'budget', ''],
      [
        [
          'badge first render',
          m.toFixed(1),
          Math.min(...times).toFixed(1),
          Math.max(...times).toFixed(1),
          BUDGET_MS,
          m <= BUDGET_MS ? 'ok' : 'OVER',
        ],
      ],
    );
    if (m > BUDGET_MS) ctx.fail(`badge first render: median ${m.toFixed(1)} ms > ${BUDGET_MS} ms`);
  },
};

export default section;
