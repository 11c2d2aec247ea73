/**
 * Usage summary latency at a million ledger entries (issue 15: ≤ 5 ms at p50).
 * The scan-credits account is seeded with 1,000,000 entries over 400 days in one
 * bulk load (entries, usage sums and blocks as the presets build them; no HTTP
 * writes), then `GET /usage/summary` runs through the server's fetch handler
 * (routing, auth, validation, JSON) in-process, for several ranges, on memory
 * and PGlite. The answer reads bucket sums, so it must not grow with the ledger
 * (a fold over the entries would take seconds): in memory p50 ≤ 5 ms absolute; on
 * PGlite, whose every read pays a few round trips into WebAssembly, p50 ≤ 3 × the
 * p50 of GET /account measured in the same run.
 *
 * Standalone: `npx tsx scripts/bench/lib/usage-summary.ts` (USAGE_BENCH_ENTRIES sets the size).
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { createPresetAccounts } from '../../../src/mock/presets/index.js';
import { createMockServer } from '../../../src/mock/server.js';
import { MemoryStorage } from '../../../src/mock/store/memory.js';
import type { Storage } from '../../../src/mock/store/types.js';
import { BenchContext } from './context.js';

const ENTRIES = Number(process.env.USAGE_BENCH_ENTRIES ?? 1_000_000);
/** In memory (the in-page mock, msw): absolute. */
const BUDGET_P50_MS = 5;
/** On SQL stores a read's round trips set a floor (GET /account, same run): the summary may take 3 of them. */
const BUDGET_SQL_FLOOR_RATIO = 3;
const DAY = 86_400_000;

const percentile = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * p))]!;

async function measure(storage: Storage, now: number, samples: number, floor = false) {
  const mock = createMockServer({ storage, presets: ['scan-credits'], now, frozenClock: true });
  const day = (offset: number) => new Date(now - offset * DAY).toISOString().slice(0, 10);
  const queries = floor
    ? ['']
    : [
        `from=${day(29)}&to=${day(0)}&interval=day&groupBy=kind`,
        `from=${day(89)}&to=${day(0)}&interval=week&groupBy=member`,
        `from=${day(399)}&to=${day(0)}&interval=month&groupBy=kind`,
      ];
  const times: number[] = [];
  let errors = 0;
  for (let i = 0; i < samples; i++) {
    const q = queries[i % queries.length]!;
    const started = performance.now();
    const response = await mock.fetch(
      new Request(floor ? 'http://mock/account' : `http://mock/usage/summary?${q}`, {
        headers: { authorization: 'Bearer demo-scan-credits' },
      }),
    );
    const body = (await response.json()) as { total?: number };
    times.push(performance.now() - started);
    if (response.status !== 200 || (!floor && !(body.total! > 0))) errors++;
  }
  times.sort((a, b) => a - b);
  return { p50: percentile(times, 0.5), p99: percentile(times, 0.99), errors };
}

export async function usageSummaryBench(ctx: BenchContext): Promise<void> {
  const now = Date.now();
  let started = performance.now();
  const seed = createPresetAccounts(['scan-credits'], now, { seedEntries: ENTRIES });
  const built = performance.now() - started;
  const entries = seed[0]!.entries.length;
  const rows: (string | number)[][] = [];
  const check = (
    store: string,
    r: { p50: number; p99: number; errors: number },
    load: number,
    floor: { p50: number },
  ) => {
    rows.push([
      store,
      entries.toLocaleString('en'),
      load.toFixed(0),
      r.p50.toFixed(2),
      r.p99.toFixed(2),
      floor.p50.toFixed(2),
      r.errors,
    ]);
    const budget = store === 'memory' ? BUDGET_P50_MS : BUDGET_SQL_FLOOR_RATIO * floor.p50;
    if (r.p50 > budget) ctx.fail(`usage summary on ${store}: p50 ${r.p50.toFixed(2)} ms > ${budget.toFixed(2)} ms`);
    if (r.errors) ctx.fail(`usage summary on ${store}: ${r.errors} bad answers`);
  };
  const samples = ctx.ci ? 60 : 300;

  started = performance.now();
  const memory = new MemoryStorage(seed);
  const memoryLoad = built + performance.now() - started;
  check('memory', await measure(memory, now, samples), memoryLoad, await measure(memory, now, samples, true));

  const dir = mkdtempSync(join(tmpdir(), 'creditkit-usage-bench-'));
  try {
    const { openPglite } = await import('../../../src/mock/store/sql/pglite-driver.js');
    const { SqlStorage } = await import('../../../src/mock/store/sql/sql-storage.js');
    started = performance.now();
    const pglite = await SqlStorage.open(await openPglite(dir));
    await pglite.seed(seed);
    const load = built + performance.now() - started;
    check('pglite', await measure(pglite, now, samples), load, await measure(pglite, now, samples, true));
    await pglite.close();
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  ctx.table(['GET /usage/summary', 'entries', 'seed ms', 'p50 ms', 'p99 ms', 'GET /account p50 ms', 'errors'], rows);
}

if (import.meta.url === pathToFileURL(process.argv[1]!).href) {
  const ctx = new BenchContext();
  await usageSummaryBench(ctx);
  await ctx.close();
  process.exitCode = ctx.failures.length ? 1 : 0;
}
