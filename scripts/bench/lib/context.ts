/**
 * Shared helpers for bench sections: a lazily launched headless Chromium
 * (playwright-core + scripts/find-browser.js), a lazily started static server
 * on 127.0.0.1:0 over the repo root, tables, and fail/skip bookkeeping.
 */
import { createServer, request, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, resolve } from 'node:path';
import type { Browser } from 'playwright-core';

export const ROOT = resolve(import.meta.dirname, '../../..');

export interface BenchSection {
  /** Shown as the section heading. */
  title: string;
  run(ctx: BenchContext): Promise<void>;
}

export interface StaticServer {
  origin: string;
  /** Serves `html` at `path` (e.g. `/bench/badge.html`) from memory. */
  page(path: string, html: string): string;
  /** Forwards requests under `prefix` to `target` (an origin), streams included: a same-origin API. */
  proxy(prefix: string, target: string): void;
}

/** Forwards one request to `target` and streams the answer back. */
function forward(req: IncomingMessage, res: ServerResponse, target: string): void {
  const upstream = request(new URL(req.url ?? '/', target), { method: req.method, headers: req.headers }, (answer) => {
    res.writeHead(answer.statusCode ?? 502, answer.headers);
    answer.pipe(res);
  });
  upstream.on('error', () => {
    if (!res.headersSent) res.writeHead(502);
    res.end();
  });
  req.pipe(upstream);
}

const TYPES: Record<string, string> = {
  '.js': 'text/javascript',
  '.mjs': 'text/javascript',
  '.json': 'application/json',
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css',
  '.map': 'application/json',
  '.svg': 'image/svg+xml',
};

export class BenchContext {
  readonly failures: string[] = [];
  readonly skips: string[] = [];
  /** `--ci`: the short run CI does (fewer samples, generous time margins). */
  ci = false;
  private readonly cleanups: (() => Promise<void> | void)[] = [];

  /** Runs `cleanup` when the bench ends (servers a section started). */
  defer(cleanup: () => Promise<void> | void): void {
    this.cleanups.push(cleanup);
  }
  private browserPromise: Promise<Browser> | undefined;
  private serverPromise: Promise<StaticServer & { server: Server }> | undefined;

  /** Records a failure (the bench exits 1 at the end) and prints it. */
  fail(message: string): void {
    this.failures.push(message);
    console.log(`  ✗ FAIL: ${message}`);
  }

  /** Records a skipped measurement (missing entry, no browser, …). */
  skip(message: string): void {
    this.skips.push(message);
    console.log(`  - skipped: ${message}`);
  }

  table(headers: string[], rows: (string | number)[][]): void {
    const cells = [headers, ...rows.map((r) => r.map(String))];
    const widths = headers.map((_, i) => Math.max(...cells.map((r) => (r[i] ?? '').length)));
    const line = (r: string[]) =>
      '  ' + r.map((c, i) => (i === 0 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join('  ');
    console.log(line(headers));
    console.log('  ' + widths.map((w) => '-'.repeat(w)).join('  '));
    for (const r of cells.slice(1)) console.log(line(r));
  }

  /** Headless Chromium via playwright-core; one per bench run. */
  browser(): Promise<Browser> {
    this.browserPromise ??= (async () => {
      const { findBrowser } = await import('../../find-browser.js');
      const { chromium } = await import('playwright-core');
      const found = await findBrowser();
      console.log(`  (browser: ${found.executablePath}, ${found.source})`);
      return chromium.launch({ executablePath: found.executablePath, args: found.args, headless: true });
    })();
    return this.browserPromise;
  }

  /** Static server over the repo root (no caching), plus in-memory pages. */
  server(): Promise<StaticServer> {
    this.serverPromise ??= new Promise((resolvePromise, reject) => {
      const pages = new Map<string, string>();
      const proxies = new Map<string, string>();
      const serve = async (req: IncomingMessage, res: ServerResponse) => {
        const rawPath = new URL(req.url ?? '/', 'http://x').pathname;
        for (const [prefix, target] of proxies) if (rawPath.startsWith(prefix)) return forward(req, res, target);
        res.setHeader('Cache-Control', 'no-store');
        try {
          // Inside the try: a malformed %-escape must be a 404, not an unhandled rejection.
          const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
          const inline = pages.get(path);
          if (inline !== undefined) {
            res.setHeader('Content-Type', TYPES['.html']!);
            res.end(inline);
            return;
          }
          const file = normalize(join(ROOT, path));
          if (!file.startsWith(ROOT) || !(await stat(file)).isFile()) throw new Error('not a file');
          res.setHeader('Content-Type', TYPES[extname(file)] ?? 'application/octet-stream');
          res.end(await readFile(file));
        } catch {
          res.statusCode = 404;
          res.end('not found');
        }
      };
      const server = createServer((req, res) => void serve(req, res));
      server.on('error', reject);
      server.listen(0, '127.0.0.1', () => {
        const address = server.address();
        const port = typeof address === 'object' && address ? address.port : 0;
        const origin = `http://127.0.0.1:${port}`;
        resolvePromise({
          server,
          origin,
          page(path, html) {
            pages.set(path, html);
            return origin + path;
          },
          proxy(prefix, target) {
            proxies.set(prefix, target);
          },
        });
      });
    });
    return this.serverPromise;
  }

  async close(): Promise<void> {
    for (const cleanup of this.cleanups.reverse()) await cleanup();
    if (this.browserPromise) await (await this.browserPromise.catch(() => undefined))?.close();
    if (this.serverPromise) {
      const { server } = await this.serverPromise;
      server.closeAllConnections();
      await new Promise((r) => server.close(r));
    }
  }
}

export const median = (values: number[]): number => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
};

export const kib = (bytes: number): string => (bytes / 1024).toFixed(1);
