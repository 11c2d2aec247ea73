/**
 * The product as hosts install it: `npm pack` of the built tree, installed from
 * the tarball into one throwaway host project (with react, react-dom and their
 * types from the npm registry), then whole journeys in Chromium:
 *
 *  (a) Vite + TS app, `import 'creditkit'`: billing details → top-up 123.45 →
 *      card 4242 → badge €373.45 and the history row; 0002 declined; 3155
 *      pending, then completed from the history;
 *  (b) the same app with one import per element;
 *  (c) React 19 + TS: `tsc -b` passes with one `types` entry and fails on
 *      mistakes; credit-paid once; a host adapter object set as a property;
 *  (d) plain HTML with dist/creditkit.js, and with dist/creditkit-autoloader.js,
 *      under a strict CSP, no violation;
 *  (e) Node: the entries import without a DOM; `creditkit-server` from the
 *      installed package starts and serves a top-up.
 *
 * Honest shortcuts, to stay within minutes on 2 cores: the apps are built with
 * the repository's own vite and type-checked with its typescript (the versions
 * a new Vite + React project gets); everything they import comes from the
 * installed tarball. Runs against dist/ as built (CI builds first).
 */
import assert from 'node:assert/strict';
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, extname, join, normalize } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { chromium, type Browser, type Page } from 'playwright-core';
import { build } from 'vite';
import { findBrowser } from '../../scripts/find-browser.js';
import { NORTHWIND_DE } from '../helpers/buyers.js';
import { jsonClient } from './http.js';
import {
  autoloaderPage,
  bundleApp,
  frameworkTypings,
  mixedApp,
  perElementApp,
  reactApp,
  staticPage,
  STRICT_CSP,
  usagePage,
  type Files,
} from './hosts.js';

const ROOT = join(import.meta.dirname, '../..');
const TSC = join(ROOT, 'node_modules/typescript/bin/tsc');
const TYPES: Record<string, string> = { '.js': 'text/javascript', '.html': 'text/html', '.css': 'text/css' };

/** What the React host app records on window. */
interface ReactHostWindow {
  paidEvents: unknown[];
  adapterCalls: string[];
}

let work: string;
let host: string;
let browser: Browser;

function run(command: string, args: string[], cwd: string): { status: number | null; output: string } {
  const result = spawnSync(command, args, { cwd, encoding: 'utf8', env: { ...process.env, NODE_ENV: '' } });
  return { status: result.status, output: `${result.stdout}\n${result.stderr}` };
}

function writeFiles(dir: string, files: Files): void {
  for (const [name, content] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, name)), { recursive: true });
    writeFileSync(join(dir, name), content);
  }
}

/** Writes an app into the shared host project and builds it with Vite. */
async function buildApp(name: string, files: Files): Promise<string> {
  const dir = join(host, 'apps', name);
  writeFiles(dir, files);
  await build({
    root: dir,
    configFile: false,
    logLevel: 'error',
    oxc: { jsx: { runtime: 'automatic', importSource: 'react' } },
    build: { outDir: join(dir, 'dist'), emptyOutDir: true },
  });
  return dir;
}

/** A static server for one folder, with optional headers and extra pages. */
async function serve(
  dir: string,
  headers: Record<string, string> = {},
  pages: Record<string, string> = {},
  mounts: Record<string, string> = {},
) {
  const server = createServer((req, res) => {
    let path = new URL(req.url ?? '/', 'http://x').pathname;
    if (pages[path] !== undefined)
      return void res.writeHead(200, { 'content-type': 'text/html', ...headers }).end(pages[path]);
    let root = dir;
    const mount = Object.keys(mounts).find((prefix) => path.startsWith(prefix));
    if (mount) [root, path] = [mounts[mount]!, path.slice(mount.length - 1)];
    const file = normalize(join(root, path === '/' ? 'index.html' : path));
    if (!file.startsWith(root) || !existsSync(file)) return void res.writeHead(404).end();
    res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream', ...headers });
    res.end(readFileSync(file));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { server, origin: `http://127.0.0.1:${(server.address() as AddressInfo).port}` };
}

/**
 * Serves a folder, opens `path` in a new tab, runs the steps, and always closes
 * both; uncaught errors in the page fail the test.
 */
async function visit(
  served: {
    dir: string;
    headers?: Record<string, string>;
    pages?: Record<string, string>;
    mounts?: Record<string, string>;
  },
  path: string,
  steps: (page: Page) => Promise<void>,
  beforeLoad?: (page: Page) => Promise<void>,
): Promise<void> {
  const { server, origin } = await serve(served.dir, served.headers, served.pages, served.mounts);
  const page = await browser.newPage();
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  try {
    await beforeLoad?.(page);
    await page.goto(`${origin}${path}`);
    await steps(page);
    assert.deepEqual(errors, [], 'uncaught errors in the page');
  } finally {
    await page.close();
    server.close();
  }
}

/** Pays the agency-credits invoice inv-2001 (€150.00) with the pay button. */
async function payInvoice(page: Page): Promise<void> {
  await badge(page, '€300.00');
  await page.locator('credit-pay-button [part~="button"][aria-disabled="false"]').click();
  // A confirmation step (if the button asks for one) is part of paying.
  const confirm = page.locator('credit-pay-button').getByRole('button', { name: /^confirm/i });
  await Promise.race([badge(page, '€150.00'), confirm.click()]);
  await badge(page, '€150.00');
}

const inTopUp = (page: Page, part: string) => page.locator(`credit-top-up [part~="${part}"]`).first();

async function badge(page: Page, expected: string): Promise<void> {
  await page.locator('credit-balance [part~="amount"]').filter({ hasText: expected }).waitFor();
}

/** Opens the dialog, fills the amount, waits for the backend's quote, confirms and continues. */
async function startTopUp(page: Page, amount: string): Promise<void> {
  await inTopUp(page, 'trigger').click();
  await inTopUp(page, 'amount-input').fill(amount);
  await page.locator('credit-top-up [part~="breakdown"][data-confirmed]').waitFor();
  await inTopUp(page, 'confirm-checkbox').check();
  await inTopUp(page, 'continue-button').click();
}

async function payWithCard(page: Page, card: string): Promise<string> {
  await inTopUp(page, 'test-card-input').fill(card);
  await inTopUp(page, 'test-pay-button').click();
  const outcome = page.locator('credit-top-up [data-outcome]');
  await outcome.waitFor();
  return (await outcome.getAttribute('data-outcome'))!;
}

async function closeDialog(page: Page): Promise<void> {
  await inTopUp(page, 'close-button').click();
  await page.locator('credit-top-up dialog[open]').waitFor({ state: 'detached' });
}

/** History rows whose amount cell reads `amount`, with their status. */
function historyRow(page: Page, amount: string) {
  return page.locator('credit-transactions [part~="row"]').filter({
    has: page.locator('[part~="cell-amount"]', { hasText: amount }),
  });
}

/** Journey (a)/(b): the whole top-up story on a freshly loaded page. */
async function topUpJourney(page: Page): Promise<void> {
  await badge(page, '€250.00');

  // First top-up: the dialog asks for billing details, then continues with the amount.
  await inTopUp(page, 'trigger').click();
  const form = (name: string) => page.locator(`credit-top-up [name="${name}"]`).first();
  await form('company').fill(NORTHWIND_DE.company);
  await form('street').fill(NORTHWIND_DE.street);
  await form('postalCode').fill(NORTHWIND_DE.postalCode);
  await form('city').fill(NORTHWIND_DE.city);
  await form('country').selectOption(NORTHWIND_DE.country);
  await form('vatNumber').fill(NORTHWIND_DE.vatNumber);
  await form('invoiceEmail').fill(NORTHWIND_DE.invoiceEmail);
  await page.locator('credit-top-up [part~="save-button"]').click();
  await inTopUp(page, 'amount-input').fill('123.45');
  await page.locator('credit-top-up [part~="breakdown"][data-confirmed]').waitFor();
  await inTopUp(page, 'confirm-checkbox').check();
  await inTopUp(page, 'continue-button').click();
  assert.equal(await payWithCard(page, '4242 4242 4242 4242'), 'completed');
  await closeDialog(page);
  await badge(page, '€373.45');
  await historyRow(page, '123.45').locator('[data-status="completed"]').waitFor();

  // Declined: nothing charged.
  await startTopUp(page, '50');
  assert.equal(await payWithCard(page, '4000 0000 0000 0002'), 'failed');
  await closeDialog(page);
  await badge(page, '€373.45');

  // Pending, then completed from the history: "Complete payment" reopens the
  // payment step (the bank's confirmation) and nothing is credited before it.
  await startTopUp(page, '20');
  assert.equal(await payWithCard(page, '4000 0025 0000 3155'), 'pending');
  await closeDialog(page);
  await badge(page, '€373.45');
  const pendingRow = historyRow(page, '20.00');
  await pendingRow.locator('[data-status="pending"]').waitFor();
  await pendingRow.locator('[part~="action-complete"]').click();
  const payAgain = inTopUp(page, 'test-pay-button');
  await payAgain.waitFor();
  await badge(page, '€373.45');
  await payAgain.click();
  await page.locator('credit-top-up [data-outcome="completed"]').waitFor();
  await badge(page, '€393.45');
  await historyRow(page, '20.00').locator('[data-status="completed"]').waitFor();
}

describe('the packed package in host projects', { timeout: 240_000 }, () => {
  before(async () => {
    if (!existsSync(join(ROOT, 'dist/creditkit.js'))) {
      assert.equal(run('npm', ['run', 'build'], ROOT).status, 0, 'npm run build failed');
    }
    work = mkdtempSync(join(tmpdir(), 'creditkit-hosts-'));
    const packed = run('npm', ['pack', '--json', '--pack-destination', work], ROOT);
    assert.equal(packed.status, 0, packed.output);
    const [{ filename }] = JSON.parse(packed.output.slice(packed.output.indexOf('['))) as { filename: string }[];
    host = join(work, 'host');
    writeFiles(host, {
      'package.json': JSON.stringify({
        name: 'host',
        private: true,
        type: 'module',
        dependencies: {
          creditkit: `file:../${filename}`,
          react: '^19.0.0',
          'react-dom': '^19.0.0',
          '@types/react': '^19.0.0',
          '@types/react-dom': '^19.0.0',
          // Only for the Preact, Solid and Vue typing checks.
          preact: '^10.0.0',
          'solid-js': '^1.9.0',
          vue: '^3.5.0',
          'vue-tsc': '^3.0.0',
        },
      }),
    });
    const install = run('npm', ['install', '--no-audit', '--no-fund', '--prefer-offline', '--loglevel=error'], host);
    assert.equal(install.status, 0, install.output);
    const { executablePath, args } = await findBrowser();
    browser = await chromium.launch({ executablePath, args });
  });

  after(async () => {
    await browser?.close();
    if (work) rmSync(work, { recursive: true, force: true });
  });

  for (const [name, files] of [
    ['(a) Vite + TS, import "creditkit"', bundleApp],
    ['(b) Vite + TS, one import per element', perElementApp],
  ] as const) {
    it(`${name}: top-up with billing details, declined, pending then completed`, async () => {
      const dir = await buildApp(name.slice(1, 2), files);
      await visit({ dir: join(dir, 'dist') }, '/', topUpJourney);
    });
  }

  it('two copies on one page (a bundle and dist/creditkit.js): no error, one working kit', async () => {
    const bundle = join(host, 'apps', 'a', 'dist');
    const entry = /src="(\/assets\/[^"]+\.js)"/.exec(readFileSync(join(bundle, 'index.html'), 'utf8'))![1];
    const twoCopies = `<!doctype html>
<html lang="en">
  <head>
    <script type="module" src="/kit/dist/creditkit.js"></script>
    <script type="module" src="${entry}"></script>
  </head>
  <body>
    <credit-provider mock preset="agency-credits">
      <credit-balance></credit-balance>
      <credit-pay-button item-type="invoice" item-id="inv-2001"></credit-pay-button>
    </credit-provider>
  </body>
</html>`;
    await visit(
      { dir: bundle, pages: { '/two-copies': twoCopies }, mounts: { '/kit/': join(host, 'node_modules/creditkit') } },
      '/two-copies',
      payInvoice,
    );
  });

  it('mixing "creditkit" and "creditkit/elements/credit-balance" bundles Lit once, one class per tag', async () => {
    const dir = await buildApp('mixed', mixedApp);
    const assets = join(dir, 'dist/assets');
    const code = readdirSync(assets)
      .filter((f) => f.endsWith('.js'))
      .map((f) => readFileSync(join(assets, f), 'utf8'))
      .join('\n');
    // Each copy of lit-html and of LitElement registers its version once.
    assert.equal(code.match(/litHtmlVersions/g)?.length, 1, 'lit-html copies');
    assert.equal(code.match(/litElementVersions/g)?.length, 1, 'LitElement copies');
    await visit({ dir: join(dir, 'dist') }, '/', (page) => badge(page, '€250.00'));
  });

  it('(c) React 19 + TS: tsc -b passes, mistakes fail, credit-paid once through a host adapter', async () => {
    const dir = await buildApp('react', reactApp);
    const checked = run(process.execPath, [TSC, '-b'], dir);
    assert.equal(checked.status, 0, `tsc -b:\n${checked.output}`);
    const mistakes = run(process.execPath, [TSC, '-p', 'tsconfig.mistakes.json'], dir);
    for (const expected of [
      /"subscription"' is not assignable to type '"invoice" \| "service"/,
      /Property 'onCreditPaid' does not exist/,
      /Types of property '"oncredit-paid"' are incompatible/,
      /"nope"' is not assignable to type 'MockPreset/,
    ])
      assert.match(mistakes.output, expected);

    await visit({ dir: join(dir, 'dist') }, '/', async (page) => {
      await payInvoice(page);
      await page.locator('#paid').filter({ hasText: /\S/ }).waitFor();
      const { events, calls } = await page.evaluate(() => {
        const w = window as unknown as ReactHostWindow;
        return { events: w.paidEvents.length, calls: w.adapterCalls };
      });
      assert.equal(events, 1, 'credit-paid fires once');
      assert.ok(calls.includes('payWithCredits') && calls.includes('getAccount'), calls.join(', '));
    });
  });

  it('Preact, Solid and Vue hosts type-check with one types entry; their marked mistakes are errors', () => {
    const dir = join(host, 'apps', 'typings');
    writeFiles(dir, frameworkTypings);
    const vueTsc = join(host, 'node_modules/vue-tsc/bin/vue-tsc.js');
    for (const [framework, compiler] of [
      ['preact', TSC],
      ['solid', TSC],
      ['vue', vueTsc],
    ] as const) {
      const checked = run(process.execPath, [compiler, '-p', 'tsconfig.json'], join(dir, framework));
      assert.equal(checked.status, 0, `${framework}:\n${checked.output}`);
    }
  });

  for (const [script, html] of [
    ['dist/creditkit.js', staticPage],
    ['dist/creditkit-autoloader.js', autoloaderPage],
  ] as const) {
    it(`(d) plain HTML + ${script} under a strict CSP: the journey, zero violations`, () => strictPageJourney(html));
  }

  /** Journey (d): the top-up story on a plain page under the strict CSP, counting violations. */
  async function strictPageJourney(html: string): Promise<void> {
    // The installed package's folder, served as a host serves a copied static folder.
    const served = {
      dir: join(host, 'node_modules/creditkit'),
      headers: { 'content-security-policy': STRICT_CSP },
      pages: { '/': html },
    };
    const reports: string[] = [];
    const countViolations = async (page: Page) => {
      page.on('console', (message) => {
        if (/Content Security Policy|Trusted Type|TrustedHTML|TrustedScript/i.test(message.text()))
          reports.push(message.text());
      });
      await page.addInitScript(() => {
        (window as unknown as { violations: string[] }).violations = [];
        document.addEventListener('securitypolicyviolation', (e) =>
          (window as unknown as { violations: string[] }).violations.push(`${e.violatedDirective} ${e.blockedURI}`),
        );
      });
    };
    await visit(
      served,
      '/',
      async (page) => {
        await topUpJourney(page);
        const violations = await page.evaluate(() => (window as unknown as { violations: string[] }).violations);
        assert.deepEqual({ violations, reports }, { violations: [], reports: [] });
      },
      countViolations,
    );
  }

  it('(f) usage from the installed package, German, strict CSP: table = chart, keyboard, live usage by member', async () => {
    const served = {
      dir: join(host, 'node_modules/creditkit'),
      headers: { 'content-security-policy': STRICT_CSP },
      pages: { '/': usagePage },
    };
    await visit(served, '/', async (page) => {
      const usage = (part: string) => page.locator(`credit-usage [part~="${part}"]`);
      const euros = (text: string | null) => Number((text ?? '').replace(/[^\d]/g, ''));
      await usage('chart').waitFor();
      assert.equal(await usage('bar').count(), 7);
      assert.match((await usage('summary').textContent())!, /Credits verbraucht vom \d\d\.\d\d\.\d{4} bis/);
      const total = euros(await usage('stat').first().locator('dd').first().textContent());
      // Keyboard: the bars are one tab stop; arrow keys move and the readout follows.
      await page.locator('credit-usage [part~="bar"][tabindex="0"]').focus();
      await page.keyboard.press('ArrowLeft');
      const focused = page.locator('credit-usage [part~="bar"][tabindex="0"]');
      assert.equal(await focused.getAttribute('data-index'), '5');
      assert.equal((await usage('readout').textContent())!.trim(), await focused.getAttribute('aria-label'));
      // The table holds the same numbers: its grand total is the period's total.
      await usage('toggle').click();
      await usage('table').first().waitFor();
      assert.equal(euros(await page.locator('credit-usage tfoot td:last-child').first().textContent()), total);
      await usage('toggle').click();
      // The host's server records a 4K render by Priya (6 credits): the page hears of it and shows it.
      await page.evaluate(async () => {
        const provider = document.querySelector('credit-provider') as unknown as {
          store: { adapter: { admin: { recordUsage(input: object, key: string): Promise<unknown> } } };
        };
        await provider.store.adapter.admin.recordUsage(
          { type: 'ai', tier: 'image', resolution: '4K', member: 'Priya Nair' },
          'package-journey-priya',
        );
      });
      await page
        .locator('credit-usage [part~="stat"] dd')
        .first()
        .filter({ hasText: new Intl.NumberFormat('de').format(total + 6) })
        .waitFor();
      assert.match((await page.locator('credit-usage [part~="bar"]').last().getAttribute('aria-label'))!, /Priya Nair/);
    });
  });

  it('(e) Node: the entries import without a DOM; creditkit-server serves a top-up', async () => {
    const imported = run(
      process.execPath,
      [
        '--input-type=module',
        '-e',
        "for (const entry of ['creditkit', 'creditkit/adapter', 'creditkit/mock', 'creditkit/server', 'creditkit/elements/credit-dashboard']) await import(entry); console.log('imported');",
      ],
      host,
    );
    assert.match(imported.output, /imported/, imported.output);

    const cli: ChildProcess = spawn(
      join(host, 'node_modules/.bin/creditkit-server'),
      ['--port', '0', '--preset', 'usage-billing'],
      {
        cwd: host,
      },
    );
    try {
      const url = await new Promise<string>((resolve, reject) => {
        let out = '';
        cli.stdout!.on('data', (chunk: Buffer) => {
          out += chunk;
          const match = /listening on (http:\/\/\S+)/.exec(out);
          if (match) resolve(match[1]!);
        });
        cli.once('exit', (code) => reject(new Error(`creditkit-server exited (${code}):\n${out}`)));
      });
      const call = jsonClient(fetch, url);
      await call('PUT', '/billing-details', NORTHWIND_DE);
      const topUp = await call('POST', '/top-ups', { amount: 12345, method: 'card' });
      const done = await call('POST', `/top-ups/${String(topUp.body.id)}/complete`, {
        cardNumber: '4242 4242 4242 4242',
      });
      assert.equal(done.body.status, 'completed', JSON.stringify(done.body));
      assert.equal((await call('GET', '/account')).body.balance, 25000 + 12345);
    } finally {
      cli.kill('SIGTERM');
    }
  });
});
