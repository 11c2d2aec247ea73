/**
 * The stores every storage test runs against: memory, PGlite (a temporary data
 * directory, opened once per test file) and a PostgreSQL server when
 * TEST_DATABASE_URL is set (.ci/run starts one). Without it the PostgreSQL tests
 * are reported as skipped with the reason, never silently; with CI=true a missing
 * server is a failure.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { MemoryStorage } from '../../../src/mock/store/memory.js';
import type { SqlDriver } from '../../../src/mock/store/sql/driver.js';
import { SqlStorage } from '../../../src/mock/store/sql/sql-storage.js';
import type { SeedAccount, Storage } from '../../../src/mock/store/types.js';

export type BackendName = 'memory' | 'pglite' | 'postgres';

export interface Backend {
  name: BackendName;
  /** Why it cannot run here, or null. */
  unavailable: string | null;
  /** A fresh, empty store (same database, emptied), seeded with `seed` when given. */
  fresh(seed?: readonly SeedAccount[]): Promise<Storage>;
  /** Releases the shared database (call in `after`). */
  dispose(): Promise<void>;
}

const TABLES = [
  'usage_buckets',
  'credit_block_records',
  'buckets',
  'portal_sessions',
  'provider_events',
  'counters',
  'idempotency_records',
  'payments',
  'payable_items',
  'invoices',
  'holds',
  'credit_requests',
  'top_ups',
  'ledger_entries',
  'credit_blocks',
  'accounts',
];

/** A driver whose close() leaves the shared connection open for the next test. */
function shared(driver: SqlDriver): SqlDriver {
  return { ...driver, close: () => Promise.resolve() };
}

function sqlBackend(name: 'pglite' | 'postgres', connect: () => Promise<SqlDriver>, cleanup = () => {}): Backend {
  let driver: Promise<SqlDriver> | undefined;
  return {
    name,
    unavailable: null,
    async fresh(seed = []) {
      driver ??= connect();
      const d = shared(await driver);
      const storage = await SqlStorage.open(d);
      await d.transaction((s) => s.exec(`TRUNCATE ${TABLES.join(', ')} RESTART IDENTITY CASCADE`));
      if (seed.length) await storage.seed(seed);
      return storage;
    },
    async dispose() {
      if (driver) await (await driver).close();
      cleanup();
    },
  };
}

export function backends(): Backend[] {
  const list: Backend[] = [
    {
      name: 'memory',
      unavailable: null,
      fresh: (seed = []) => Promise.resolve(new MemoryStorage(seed)),
      dispose: () => Promise.resolve(),
    },
  ];
  const dir = mkdtempSync(join(tmpdir(), 'creditkit-pglite-'));
  list.push(
    sqlBackend(
      'pglite',
      async () => (await import('../../../src/mock/store/sql/pglite-driver.js')).openPglite(dir),
      () => rmSync(dir, { recursive: true, force: true }),
    ),
  );
  const url = process.env.TEST_DATABASE_URL;
  if (url) {
    list.push(
      sqlBackend('postgres', async () =>
        (await import('../../../src/mock/store/sql/pg-driver.js')).openPostgres(url, { poolSize: 20 }),
      ),
    );
  } else {
    const reason = 'TEST_DATABASE_URL is not set (eval "$(scripts/pg-cluster.sh start)" starts a server)';
    if (process.env.CI) throw new Error(`The PostgreSQL storage tests must run in CI: ${reason}`);
    list.push({
      name: 'postgres',
      unavailable: reason,
      fresh: () => Promise.reject(new Error(reason)),
      dispose: () => Promise.resolve(),
    });
  }
  return list;
}
