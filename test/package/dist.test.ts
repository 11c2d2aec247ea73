/**
 * The built files, not the sources: what `npm run build` wrote into dist/ still
 * has every payment processor wired into the reference server, and every
 * composite's built entry registers the elements it renders (custom-elements.json
 * `dependencies`, from `@dependency`). Both broke once without a source test
 * noticing: a module kept only for its side effect is dropped by the build.
 *
 * Runs against dist/ as it is (CI builds first); builds once if dist/ is missing.
 */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { dirname, join, normalize } from 'node:path';
import { pathToFileURL } from 'node:url';
import { after, before, describe, it } from 'node:test';
import { chromium, type Browser } from 'playwright-core';
import { findBrowser } from '../../scripts/find-browser.js';
import { NORTHWIND_DE } from '../helpers/buyers.js';
import { jsonClient } from './http.js';

const ROOT = join(import.meta.dirname, '../..');

function ensureBuilt(): void {
  if (existsSync(join(ROOT, 'dist/npm/mock/index.js')) && existsSync(join(ROOT, 'dist/creditkit.js'))) return;
  const build = spawnSync('npm', ['run', 'build'], { cwd: ROOT, stdio: 'inherit' });
  assert.equal(build.status, 0, 'npm run build failed');
}

/** Composites and the tags they render, as custom-elements.json states them. */
function composites(): [string, string[]][] {
  const manifest = JSON.parse(readFileSync(join(ROOT, 'custom-elements.json'), 'utf8')) as {
    modules: { declarations?: { tagName?: string; dependencies?: string[] }[] }[];
  };
  return manifest.modules
    .flatMap((m) => m.declarations ?? [])
    .flatMap((d) => (d.tagName && d.dependencies?.length ? [[d.tagName, d.dependencies] as [string, string[]]] : []));
}

describe('dist/npm: the reference server has its payment processors', () => {
  before(ensureBuilt);

  it('pays a card top-up (4242) and starts an invoice top-up, as the source does', async () => {
    const { createMockServer } = (await import(
      pathToFileURL(join(ROOT, 'dist/npm/mock/index.js')).href
    )) as typeof import('../../src/mock/index.js');
    const server = createMockServer({ now: Date.parse('2026-11-23T09:00:00Z'), frozenClock: true });
    const call = jsonClient((request) => server.fetch(request), 'http://mock');
    assert.equal((await call('PUT', '/billing-details', NORTHWIND_DE)).status, 200);

    const card = await call('POST', '/top-ups', { amount: 12345, method: 'card' });
    assert.equal(card.status, 201, `card top-up: ${JSON.stringify(card.body)}`);
    const paid = await call('POST', `/top-ups/${String(card.body.id)}/complete`, { cardNumber: '4242 4242 4242 4242' });
    assert.equal(paid.body.status, 'completed', JSON.stringify(paid.body));

    const invoice = await call('POST', '/top-ups', { amount: 100000, method: 'invoice' });
    assert.equal(invoice.status, 201, `invoice top-up: ${JSON.stringify(invoice.body)}`);
    assert.equal(invoice.body.status, 'pending');
  });
});

/** Every module a built file reaches through relative static imports. */
function reachable(entry: string): string[] {
  const seen = new Set<string>();
  const stack = [entry];
  while (stack.length) {
    const file = stack.pop()!;
    if (seen.has(file)) continue;
    seen.add(file);
    const code = readFileSync(file, 'utf8');
    for (const [, spec] of code.matchAll(/(?:^|\n)\s*(?:import|export)\s*(?:[^'"]*?from\s*)?["'](\.[^"']+)["']/g))
      stack.push(normalize(join(dirname(file), spec!)));
  }
  return [...seen];
}

describe('dist/npm: a composite entry registers what it renders', () => {
  before(ensureBuilt);

  for (const [tag, children] of composites()) {
    it(`creditkit/elements/${tag} defines ${children.join(', ')}`, () => {
      const code = reachable(join(ROOT, `dist/npm/elements/${tag}/define.js`)).map((f) => readFileSync(f, 'utf8'));
      const defined = new Set(code.flatMap((c) => [...c.matchAll(/defineElement\("([a-z-]+)"/g)].map(([, t]) => t!)));
      assert.deepEqual(
        children.filter((child) => !defined.has(child)),
        [],
        `not registered by the ${tag} entry`,
      );
    });
  }

  it('finds composites in the manifest', () => {
    assert.ok(composites().some(([tag]) => tag === 'credit-dashboard'));
  });
});

describe('dist/cdn: a composite script file alone registers what it renders', { timeout: 60_000 }, () => {
  let browser: Browser;
  let web: Server;
  let origin: string;

  before(async () => {
    ensureBuilt();
    web = createServer((req, res) => {
      const path = new URL(req.url ?? '/', 'http://x').pathname;
      if (path.startsWith('/page/')) {
        const tag = path.slice('/page/'.length);
        res.writeHead(200, { 'content-type': 'text/html' });
        res.end(`<!doctype html><script type="module" src="/dist/cdn/elements/${tag}.js"></script>`);
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
    web?.close();
  });

  for (const [tag, children] of composites()) {
    it(`dist/cdn/elements/${tag}.js defines ${children.join(', ')}`, async () => {
      const page = await browser.newPage();
      try {
        await page.goto(`${origin}/page/${tag}`);
        await page.waitForFunction((t) => customElements.get(t) !== undefined, tag);
        const missing = await page.evaluate(
          (tags) => tags.filter((t) => customElements.get(t) === undefined),
          children,
        );
        assert.deepEqual(missing, [], `not registered by dist/cdn/elements/${tag}.js`);
      } finally {
        await page.close();
      }
    });
  }
});
