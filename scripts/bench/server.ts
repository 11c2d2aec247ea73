/**
 * `npm run bench:server` (also a section of `npm run bench`): payments per second
 * through the reference server over HTTP, 1 and 32 concurrent clients, on every
 * store at 1,000 and 100,000 ledger entries, beside two ceilings measured in the
 * same run: bare node:http answering fixed JSON, and the same wrapped in
 * Request/Response the way the server is. Then PostgreSQL with one and two server
 * processes, and kill -9 mid-burst ten times. Budgets are ratios within the run:
 *   - throughput at 100k entries ≥ 0.9 × at 1k, for every store;
 *   - memory, 1 client ≥ 0.5 × the wrapped ceiling;
 *   - PostgreSQL, 32 clients over two processes ≥ 1.5 × one process;
 *   - 0 acknowledged writes lost in 10 of 10 restarts after SIGKILL;
 *   - GET /usage/summary at 1,000,000 entries: p50 ≤ 5 ms (lib/usage-summary.ts).
 * PostgreSQL parts need DATABASE_URL or TEST_DATABASE_URL (scripts/pg-cluster.sh
 * start); BENCH_SECONDS sets the measuring time per cell (default 3).
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { ROOT, BenchContext, type BenchSection } from './lib/context.js';
import { load, type LoadResult } from './lib/load.js';
import { usageSummaryBench } from './lib/usage-summary.js';

const SECONDS = Number(process.env.BENCH_SECONDS ?? 3);
const WARMUP_MS = Number(process.env.BENCH_WARMUP_SECONDS ?? 3) * 1000;
const PAY = JSON.stringify({ itemType: 'service', itemId: 'svc-logo' });
const DATABASE_URL = process.env.DATABASE_URL ?? process.env.TEST_DATABASE_URL;

interface Child {
  url: string;
  stop(signal?: NodeJS.Signals): Promise<void>;
}

function serve(args: string[], env: Record<string, string> = {}): Promise<Child> {
  const child: ChildProcess = spawn(process.execPath, ['--import', 'tsx', 'scripts/bench/lib/serve.ts', ...args], {
    cwd: ROOT,
    env: { ...process.env, ...env },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  return new Promise((resolve, reject) => {
    let out = '';
    child.stdout!.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      const match = /READY (\S+)/.exec(out);
      if (match)
        resolve({
          url: match[1]!,
          async stop(signal = 'SIGTERM') {
            if (child.exitCode === null) child.kill(signal);
            await exited;
          },
        });
    });
    child.once('exit', (code) => reject(new Error(`bench server exited (${code}) before it was ready: ${out}`)));
  });
}

async function freshDatabase(name: string): Promise<string> {
  const { openPostgres } = await import('../../src/mock/store/sql/pg-driver.js');
  const admin = await openPostgres(DATABASE_URL!, { poolSize: 1 });
  const db = `creditkit_bench_${name}`;
  try {
    await admin.query(`DROP DATABASE IF EXISTS ${db} WITH (FORCE)`);
    await admin.query(`CREATE DATABASE ${db}`);
  } finally {
    await admin.close();
  }
  const url = new URL(DATABASE_URL!);
  url.pathname = `/${db}`;
  return url.toString();
}

const payments = (urls: string[], accounts = 1) => ({
  urls,
  path: '/payments',
  token: (client: number) => `bench-${client % accounts}`,
  body: PAY,
  status: 201,
});

const fmt = (r: LoadResult) => [Math.round(r.rps), r.p50.toFixed(2), r.p99.toFixed(2), r.errors];

async function measure(ctx: BenchContext): Promise<void> {
  const rows: (string | number)[][] = [];
  const results = new Map<string, LoadResult>();
  const cell = async (name: string, run: () => Promise<LoadResult>) => {
    const result = await run();
    results.set(name, result);
    rows.push([name, ...fmt(result)]);
    console.log(`  ${name}: ${Math.round(result.rps)}/s`);
  };

  for (const mode of ['bare', 'wrapped']) {
    const server = await serve(['--mode', mode]);
    try {
      for (const c of [1, 32])
        await cell(`ceiling ${mode} node:http, ${c} client${c > 1 ? 's' : ''}`, () =>
          load({ ...payments([server.url]), path: '/' }, c, SECONDS * 1000, WARMUP_MS),
        );
    } finally {
      await server.stop();
    }
  }

  const stores: { store: string; env: (n: number) => Promise<Record<string, string>> }[] = [
    { store: 'memory', env: () => Promise.resolve({}) },
    { store: 'pglite', env: () => Promise.resolve({}) },
  ];
  if (DATABASE_URL)
    stores.push({ store: 'postgres', env: async (n) => ({ DATABASE_URL: await freshDatabase(`size_${n}`) }) });
  else ctx.skip('PostgreSQL: no DATABASE_URL / TEST_DATABASE_URL (scripts/pg-cluster.sh start)');

  for (const { store, env } of stores) {
    for (const entries of [1000, 100_000]) {
      const dir = mkdtempSync(join(tmpdir(), 'creditkit-bench-'));
      const server = await serve(
        ['--mode', 'server', '--store', store, '--entries', String(entries), '--dir', dir],
        await env(entries),
      );
      try {
        for (const c of [1, 32])
          await cell(`${store}, ${entries / 1000}k entries, ${c} client${c > 1 ? 's' : ''}`, () =>
            load(payments([server.url]), c, SECONDS * 1000, WARMUP_MS),
          );
      } finally {
        await server.stop();
        rmSync(dir, { recursive: true, force: true });
      }
    }
  }

  if (DATABASE_URL) {
    // Scale-out: 8 accounts (one account's writes are serialised by its row lock, on any number of processes).
    const url = await freshDatabase('scale');
    const args = ['--mode', 'server', '--store', 'postgres', '--accounts', '8', '--entries', '1000'];
    const one = await serve(args, { DATABASE_URL: url });
    try {
      await cell('postgres, 8 accounts, 32 clients, 1 process', () =>
        load(payments([one.url], 8), 32, SECONDS * 1000, WARMUP_MS),
      );
      const two = await serve(args, { DATABASE_URL: url });
      try {
        await cell('postgres, 8 accounts, 32 clients, 2 processes', () =>
          load(payments([one.url, two.url], 8), 32, SECONDS * 1000, WARMUP_MS),
        );
      } finally {
        await two.stop();
      }
    } finally {
      await one.stop();
    }
  }

  ctx.table(['payments (POST /payments)', 'per s', 'p50 ms', 'p99 ms', 'errors'], rows);

  const ratio = (label: string, a: string, b: string, budget: number) => {
    const x = results.get(a);
    const y = results.get(b);
    if (!x || !y) return;
    const value = x.rps / y.rps;
    const ok = value >= budget;
    console.log(`  ${ok ? '✓' : '✗'} ${label}: ${value.toFixed(2)} (budget ≥ ${budget})`);
    if (!ok) ctx.fail(`${label}: ${value.toFixed(2)} < ${budget}`);
  };
  for (const { store } of stores)
    for (const c of ['1 client', '32 clients'])
      ratio(`${store} ${c}: 100k / 1k entries`, `${store}, 100k entries, ${c}`, `${store}, 1k entries, ${c}`, 0.9);
  ratio(
    'memory, 1 client / wrapped ceiling',
    'memory, 1k entries, 1 client',
    'ceiling wrapped node:http, 1 client',
    0.5,
  );
  ratio(
    'postgres, 32 clients: 2 processes / 1 process',
    'postgres, 8 accounts, 32 clients, 2 processes',
    'postgres, 8 accounts, 32 clients, 1 process',
    1.5,
  );
  for (const [name, r] of results) if (r.errors > 0) ctx.fail(`${name}: ${r.errors} requests failed`);
}

/** kill -9 mid-burst and restart, ten times: every acknowledged write must be there, once. */
async function crashes(ctx: BenchContext): Promise<void> {
  const runs = Number(process.env.BENCH_CRASH_RUNS ?? 10);
  const { crashAndRecover } = await import('../../test/mock/process/crash-scenario.js');
  const target = DATABASE_URL ? 'PostgreSQL' : 'PGlite';
  let lost = 0;
  let passed = 0;
  for (let run = 1; run <= runs; run++) {
    const dir = mkdtempSync(join(tmpdir(), 'creditkit-crash-'));
    try {
      const args = ['--preset', 'agency-credits', '--preset', 'usage-billing'];
      const report = DATABASE_URL
        ? await crashAndRecover(args, { DATABASE_URL: await freshDatabase('crash') })
        : await crashAndRecover(['--data-dir', dir, ...args], {});
      passed++;
      console.log(`  run ${run}: ${report.acknowledged} acknowledged before kill -9, all there after restart`);
    } catch (error) {
      lost++;
      console.log(`  run ${run}: FAILED ${(error as Error).message.split('\n')[0]}`);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }
  console.log(`  ${target}: ${passed} of ${runs} restarts after kill -9 lost no acknowledged write`);
  if (lost > 0) ctx.fail(`${lost} of ${runs} crash runs lost or doubled acknowledged writes`);
}

const section: BenchSection = {
  title:
    'Reference server: payments per second by store and ledger size, scale-out, crash safety, usage summary at 1M entries',
  async run(ctx) {
    await usageSummaryBench(ctx);
    await measure(ctx);
    await crashes(ctx);
  },
};
export default section;

if (import.meta.url === pathToFileURL(process.argv[1]!).href) {
  const ctx = new BenchContext();
  await section.run(ctx);
  await ctx.close();
  process.exitCode = ctx.failures.length ? 1 : 0;
}
