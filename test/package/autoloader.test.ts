/**
 * dist/creditkit-autoloader.js as a page uses it: only the tags on the page are
 * registered (now or added later, or named in a preload hint), each with every
 * file it needs requested by the autoloader itself (one wave after it, the page's
 * language included), composites bring their children, and each discovery ends
 * with `credit-discovery-complete`.
 *
 * Runs against dist/ as it is (CI builds first); builds once if it is missing.
 */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join, normalize } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { chromium, type Browser, type Page } from 'playwright-core';
import { findBrowser } from '../../scripts/find-browser.js';
import { createMockServer } from '../../src/mock/server.js';

const ROOT = join(import.meta.dirname, '../..');

interface Discovery {
  tags: string[];
  failed: string[];
}

function page(body: string, lang = 'en', bodyAttributes = ''): string {
  return `<!doctype html><html lang="${lang}"><head><meta charset="utf-8"><link rel="icon" href="data:,">
<script type="module" src="/dist/creditkit-autoloader.js"></script></head><body ${bodyAttributes}>${body}</body></html>`;
}

const PAGES: Record<string, string> = {
  '/badge': page('<credit-provider mock><credit-balance></credit-balance></credit-provider>'),
  '/badge-de': page('<credit-provider mock><credit-balance></credit-balance></credit-provider>', 'de'),
  '/empty': page('<main></main>'),
  '/preload': page('<main></main>', 'en', 'data-creditkit-preload="credit-top-up"'),
  '/unknown': page('<credit-nope></credit-nope><credit-provider mock></credit-provider>'),
  '/dashboard': page('<credit-provider mock><credit-dashboard></credit-dashboard></credit-provider>'),
  '/badge-api': page(
    '<credit-provider api="/api" token="demo-usage-billing"><credit-balance></credit-balance></credit-provider>',
  ),
};

/** The reference server behind `/api` on the pages' origin (its event stream stays open and quiet). */
const api = createMockServer({ presets: ['usage-billing'], basePath: '/api' });

/** A script request and who asked for it (the importing module, for static and dynamic imports). */
interface Fetched {
  path: string;
  by: string;
}

describe('dist/creditkit-autoloader.js', { timeout: 120_000 }, () => {
  let browser: Browser;
  let web: Server;
  let origin: string;

  before(async () => {
    if (!existsSync(join(ROOT, 'dist/creditkit-autoloader.js'))) {
      assert.equal(spawnSync('npm', ['run', 'build'], { cwd: ROOT, stdio: 'inherit' }).status, 0, 'build failed');
    }
    web = createServer((req, res) => {
      const path = new URL(req.url ?? '/', 'http://x').pathname;
      if (PAGES[path]) return void res.writeHead(200, { 'content-type': 'text/html' }).end(PAGES[path]);
      if (path.startsWith('/api/')) {
        if (path === '/api/events')
          return void res.writeHead(200, { 'content-type': 'text/event-stream' }).flushHeaders();
        const headers = new Headers(req.headers as Record<string, string>);
        void api.fetch(new Request(`http://x${req.url}`, { headers })).then(async (answer) => {
          res.writeHead(answer.status, Object.fromEntries(answer.headers)).end(Buffer.from(await answer.arrayBuffer()));
        });
        return;
      }
      const file = normalize(join(ROOT, path));
      if (!file.startsWith(join(ROOT, 'dist')) || !existsSync(file)) return void res.writeHead(404).end();
      res.writeHead(200, { 'content-type': 'text/javascript' }).end(readFileSync(file));
    });
    await new Promise<void>((resolve) => web.listen(0, '127.0.0.1', resolve));
    origin = `http://127.0.0.1:${(web.address() as AddressInfo).port}`;
    const { executablePath, args } = await findBrowser();
    browser = await chromium.launch({ executablePath, args });
  });

  after(async () => {
    await browser?.close();
    web?.closeAllConnections();
    web?.close();
  });

  /** Opens a page, records every script request and its initiator, and the first discovery. */
  async function open(path: string, steps: (page: Page, first: Discovery, fetched: Fetched[]) => Promise<void>) {
    const context = await browser.newContext();
    const tab = await context.newPage();
    const errors: string[] = [];
    tab.on('pageerror', (error) => errors.push(error.message));
    const cdp = await context.newCDPSession(tab);
    const fetched: Fetched[] = [];
    cdp.on('Network.requestWillBeSent', (event) => {
      const url = new URL(event.request.url);
      if (!url.pathname.endsWith('.js') && !url.pathname.startsWith('/api/')) return;
      const by = event.initiator.url ?? event.initiator.stack?.callFrames[0]?.url ?? '';
      fetched.push({ path: url.pathname, by: by && new URL(by).pathname });
    });
    await cdp.send('Network.enable');
    await tab.addInitScript(() => {
      const w = window as unknown as { discoveries: Discovery[] };
      w.discoveries = [];
      document.addEventListener('credit-discovery-complete', (event) => w.discoveries.push(event.detail));
    });
    try {
      await tab.goto(origin + path);
      await tab.waitForFunction(() => (window as unknown as { discoveries: Discovery[] }).discoveries.length > 0);
      const [first] = await tab.evaluate(() => (window as unknown as { discoveries: Discovery[] }).discoveries);
      await steps(tab, first!, fetched);
      assert.deepEqual(errors, [], 'uncaught errors in the page');
    } finally {
      await context.close();
    }
  }

  const defined = (tab: Page, tags: string[]) =>
    tab.evaluate((list) => list.filter((tag) => customElements.get(tag) !== undefined), tags);

  it('registers the tags on the page and nothing else; the autoloader requests all their files itself', async () => {
    await open('/badge', async (tab, first, fetched) => {
      assert.deepEqual(first.tags.sort(), ['credit-balance', 'credit-provider']);
      assert.deepEqual(await defined(tab, ['credit-top-up', 'credit-buy', 'credit-dashboard']), []);
      const elementFiles = fetched.filter((f) => f.path.includes('/cdn/elements/')).map((f) => f.path);
      assert.deepEqual(elementFiles.sort(), [
        '/dist/cdn/elements/credit-balance.js',
        '/dist/cdn/elements/credit-provider.js',
      ]);
      // One wave: everything the tags need (the mock with its chunks too, for a provider with `mock`)
      // was asked for by the autoloader; only the error texts, off the way to the first render, come later.
      const later = fetched.filter((f) => f.by !== '/dist/creditkit-autoloader.js' && f.by !== '/badge');
      assert.deepEqual(
        later.map((f) => f.path.replace(/-[\w-]+\.js$/, '')),
        ['/dist/cdn/chunks/error.messages'],
        JSON.stringify(later),
      );
      await tab.locator('credit-balance [part~="amount"]').filter({ hasText: '€250.00' }).waitFor();
    });
  });

  it('a German page gets the German texts in the same wave', async () => {
    await open('/badge-de', async (tab, _first, fetched) => {
      const german = fetched.filter((f) => f.path.includes('.messages.de-') && !f.path.includes('error.messages'));
      assert.deepEqual(
        german.map((f) => [f.path.replace(/-[\w-]+\.js$/, ''), f.by]),
        [
          ['/dist/cdn/chunks/common.messages.de', '/dist/creditkit-autoloader.js'],
          ['/dist/cdn/chunks/credit-balance.messages.de', '/dist/creditkit-autoloader.js'],
        ],
      );
      await tab.locator('credit-balance [part~="amount"]').filter({ hasText: '250,00 €' }).waitFor();
      assert.equal(await tab.locator('credit-balance [part~="label"]').textContent(), 'Guthaben');
    });
  });

  it('registers elements added later, and reports each discovery', async () => {
    await open('/empty', async (tab, first) => {
      assert.deepEqual(first, { tags: [], failed: [] });
      await tab.evaluate(() => {
        const provider = document.createElement('credit-provider');
        provider.toggleAttribute('mock', true);
        provider.append(document.createElement('credit-balance'));
        document.querySelector('main')!.append(provider);
      });
      await tab.waitForFunction(() => (window as unknown as { discoveries: unknown[] }).discoveries.length > 1);
      const second = await tab.evaluate(() => (window as unknown as { discoveries: Discovery[] }).discoveries[1]!);
      assert.deepEqual(second.tags.sort(), ['credit-balance', 'credit-provider']);
      await tab.locator('credit-balance [part~="amount"]').filter({ hasText: '€250.00' }).waitFor();
    });
  });

  it('loads what data-creditkit-preload names before it is on the page', async () => {
    await open('/preload', async (tab, first) => {
      assert.deepEqual(first.tags, ['credit-top-up']);
      assert.deepEqual(await defined(tab, ['credit-top-up', 'credit-balance']), ['credit-top-up']);
    });
  });

  it('reports a credit-* tag it does not know as failed and loads the rest', async () => {
    await open('/unknown', async (tab, first) => {
      assert.deepEqual(first, { tags: ['credit-provider'], failed: ['credit-nope'] });
      assert.deepEqual(await defined(tab, ['credit-provider']), ['credit-provider']);
    });
  });

  it("starts a provider's account request itself, with the files; the adapter uses it (one request)", async () => {
    await open('/badge-api', async (tab, _first, fetched) => {
      await tab.locator('credit-balance [part~="amount"]').filter({ hasText: '€250.00' }).waitFor();
      const account = fetched.filter((f) => f.path === '/api/account');
      assert.deepEqual(account, [{ path: '/api/account', by: '/dist/creditkit-autoloader.js' }]);
      // The account's schema came in the same wave, asked for by the autoloader too.
      const schemas = fetched.find((f) => f.path.includes('/first-request-'));
      assert.equal(schemas?.by, '/dist/creditkit-autoloader.js');
    });
  });

  it('a composite brings the elements it renders, in the same wave', async () => {
    await open('/dashboard', async (tab, first, fetched) => {
      assert.deepEqual(first.tags.sort(), ['credit-dashboard', 'credit-provider']);
      const children = ['credit-balance', 'credit-buy', 'credit-transactions', 'credit-billing-details'];
      assert.deepEqual(await defined(tab, children), children);
      const elementFiles = fetched.filter((f) => f.path.includes('/cdn/elements/'));
      assert.ok(
        elementFiles.every((f) => f.by === '/dist/creditkit-autoloader.js'),
        JSON.stringify(elementFiles),
      );
      await tab.locator('credit-dashboard credit-balance [part~="amount"]').filter({ hasText: '€250.00' }).waitFor();
    });
  });
});
