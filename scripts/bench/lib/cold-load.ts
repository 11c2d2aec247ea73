/**
 * One cold load of a bench page in a fresh browser context (empty cache; the
 * server sends no-store): when the amount showed, counted from the page's first
 * module and from navigation, and which JavaScript files the page fetched until
 * it went quiet.
 */
import type { Browser } from 'playwright-core';

export interface ColdLoad {
  /** Module start (an inline module before the entry script) → amount, ms. */
  fromModuleStart: number;
  /** Navigation start → amount, ms. */
  fromNavigation: number;
  /** Paths of the .js files fetched (until 300 ms without a new one after the amount). */
  scripts: string[];
  /**
   * How many script fetches in a row the amount waited for: the longest chain
   * of imports (each file asked for by the one before, the entry asked for by
   * the page) among the files that arrived before the amount showed.
   */
  hops: number;
}

export interface LoadOptions {
  /** Round trip added to every request (Chromium's network emulation), ms. */
  rttMs?: number;
  /** Delay before each .js file is answered, ms (to count hops). */
  scriptDelayMs?: number;
  timeoutMs?: number;
}

const QUIET_MS = 300;

export async function coldLoad(browser: Browser, url: string, options: LoadOptions = {}): Promise<ColdLoad> {
  const context = await browser.newContext();
  try {
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    await cdp.send('Network.enable');
    // Who asked for each file: the importing module (static or dynamic import), or the page.
    const askedBy = new Map<string, string>();
    cdp.on('Network.requestWillBeSent', (event) => {
      const by = event.initiator.url ?? event.initiator.stack?.callFrames[0]?.url;
      if (by) askedBy.set(new URL(event.request.url).pathname, new URL(by).pathname);
    });
    const problems: string[] = [];
    page.on('pageerror', (error) => problems.push(error.message));
    page.on('console', (message) => {
      if (message.type() === 'error') problems.push(message.text());
    });
    if (options.rttMs) {
      await cdp.send('Network.emulateNetworkConditions', {
        offline: false,
        latency: options.rttMs,
        downloadThroughput: -1,
        uploadThroughput: -1,
      });
    }
    if (options.scriptDelayMs) {
      const delay = options.scriptDelayMs;
      await page.route(/\.js(\?|$)/, (route) => void setTimeout(() => void route.continue(), delay));
    }
    const scripts: string[] = [];
    let inFlight = 0;
    let lastScriptEvent = Date.now();
    const isScript = (requestUrl: string) => new URL(requestUrl).pathname.endsWith('.js');
    page.on('request', (request) => {
      if (!isScript(request.url())) return;
      scripts.push(new URL(request.url()).pathname);
      inFlight++;
      lastScriptEvent = Date.now();
    });
    const settle = (request: { url(): string }) => {
      if (!isScript(request.url())) return;
      inFlight--;
      lastScriptEvent = Date.now();
    };
    page.on('requestfinished', settle);
    page.on('requestfailed', settle);

    await page.goto(url, { waitUntil: 'commit' });
    const timeout = options.timeoutMs ?? 15_000;
    await page.waitForFunction(() => '__bench' in window, undefined, { timeout });
    const result = await page.evaluate(
      (ms) =>
        Promise.race([
          (window as unknown as { __bench: { amount: Promise<number | string>; start: number } }).__bench.amount.then(
            (at) => ({ at, start: (window as unknown as { __bench: { start: number } }).__bench.start }),
          ),
          new Promise<{ at: string; start: number }>((resolve) =>
            setTimeout(() => resolve({ at: `no amount within ${ms} ms`, start: 0 }), ms),
          ),
        ]),
      timeout,
    );
    if (typeof result.at === 'string')
      throw new Error(`${url}: ${result.at}${problems.length ? ` (${problems.join('; ')})` : ''}`);
    const arrived = await page.evaluate((at) => {
      const entries = performance.getEntriesByType('resource') as PerformanceResourceTiming[];
      return entries.filter((e) => e.responseEnd <= at).map((e) => new URL(e.name).pathname);
    }, result.at);
    const depth = (path: string, seen = new Set<string>()): number => {
      const by = askedBy.get(path);
      if (!by || !by.endsWith('.js') || seen.has(path)) return 1;
      return 1 + depth(by, seen.add(path));
    };
    const hops = Math.max(0, ...arrived.filter((path) => path.endsWith('.js')).map((path) => depth(path)));
    while (inFlight > 0 || Date.now() - lastScriptEvent < QUIET_MS) await new Promise((r) => setTimeout(r, 50));
    if (problems.length) throw new Error(`${url}: ${problems.join('; ')}`);
    return { fromModuleStart: result.at - result.start, fromNavigation: result.at, scripts, hops };
  } finally {
    await context.close();
  }
}
