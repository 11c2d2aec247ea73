/**
 * End to end, as a host would use the kit: a plain HTML page served by a static
 * file server loads dist/creditkit.js, puts the badge in the header and the
 * provider in the footer, first with the in-page mock, then pointed at the
 * reference server over HTTP, where an operator's change shows without a reload.
 */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { chromium, type Browser, type Page } from 'playwright-core';
import { findBrowser } from '../../scripts/find-browser.js';
import { startNodeServer, type RunningNodeServer } from '../../src/mock/node-server.js';

const ROOT = join(import.meta.dirname, '../..');
const TYPES: Record<string, string> = { '.js': 'text/javascript', '.html': 'text/html', '.map': 'application/json' };

function hostPage(provider: string): string {
  return `<!doctype html>
<html lang="en">
  <head><meta charset="utf-8"><title>Host</title>
    <script type="module" src="/dist/creditkit.js"></script></head>
  <body>
    <header><nav>Acme <credit-balance></credit-balance></nav></header>
    <main><h1>Dashboard</h1></main>
    <footer>${provider}</footer>
  </body>
</html>`;
}

/** A static file server for the repo root, plus `/page?…` host pages. */
function startStatic(pages: Record<string, string>): Promise<Server> {
  const server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://x');
    if (pages[url.pathname]) {
      res.writeHead(200, { 'content-type': 'text/html' }).end(pages[url.pathname]);
      return;
    }
    const file = normalize(join(ROOT, url.pathname));
    if (!file.startsWith(join(ROOT, 'dist')) || !existsSync(file)) {
      res.writeHead(404).end();
      return;
    }
    res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' }).end(readFileSync(file));
  });
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(server)));
}

async function badgeText(page: Page): Promise<string> {
  const handle = await page.waitForFunction(
    () => document.querySelector('credit-balance')?.shadowRoot?.querySelector('[part~=amount]')?.textContent ?? false,
    undefined,
    { timeout: 10_000 },
  );
  return String(await handle.jsonValue());
}

describe('a static host page using dist/creditkit.js', { timeout: 120_000 }, () => {
  let browser: Browser;
  let api: RunningNodeServer;
  let web: Server;
  let origin: string;

  before(async () => {
    if (!existsSync(join(ROOT, 'dist/creditkit.js'))) {
      const build = spawnSync('npm', ['run', 'build:lib'], { cwd: ROOT, stdio: 'inherit' });
      assert.equal(build.status, 0, 'vite build failed');
    }
    api = await startNodeServer({ port: 0, host: '127.0.0.1', presets: ['usage-billing'] });
    web = await startStatic({
      '/mock': hostPage('<credit-provider mock preset="usage-billing"></credit-provider>'),
      '/api': hostPage(`<credit-provider api="${api.url}" token="demo-usage-billing"></credit-provider>`),
    });
    origin = `http://127.0.0.1:${(web.address() as AddressInfo).port}`;
    const { executablePath, args } = await findBrowser();
    browser = await chromium.launch({ executablePath, args });
  });

  after(async () => {
    await browser?.close();
    await api?.close();
    web?.close();
  });

  it('shows €250.00 with the in-page mock', async () => {
    const page = await browser.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto(`${origin}/mock`);
    assert.equal(await badgeText(page), '€250.00');
    assert.deepEqual(errors, []);
    await page.close();
  });

  it('shows the same from the reference server and follows an operator change live', async () => {
    const page = await browser.newPage();
    await page.goto(`${origin}/api`);
    assert.equal(await badgeText(page), '€250.00');
    const account = (await (
      await fetch(`${api.url}/account`, { headers: { authorization: 'Bearer demo-usage-billing' } })
    ).json()) as { id: string };
    const grant = await fetch(`${api.url}/admin/accounts/${account.id}/grants`, {
      method: 'POST',
      headers: {
        authorization: 'Bearer admin-demo-token',
        'content-type': 'application/json',
        'idempotency-key': 'e2e-grant-1',
      },
      body: JSON.stringify({ amount: 1234 }),
    });
    assert.equal(grant.status, 200);
    await page.waitForFunction(
      () =>
        document.querySelector('credit-balance')?.shadowRoot?.querySelector('[part~=amount]')?.textContent ===
        '€262.34',
      undefined,
      { timeout: 10_000 },
    );
    await page.close();
  });
});
