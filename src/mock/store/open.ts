/**
 * Opens the store the Node server runs on (Node only: imported by node-server.ts,
 * never by the page or msw paths):
 *   - `databaseUrl` (DATABASE_URL): a PostgreSQL server, shared by every server
 *     process pointed at it;
 *   - otherwise `dataDir`: embedded PostgreSQL (PGlite) in that directory;
 *   - `memory`: nothing kept (tests, throwaway runs).
 * Demo data is seeded only into an empty store, never over existing data.
 */
import { resolve } from 'node:path';
import { MemoryStorage } from './memory.js';
import type { SeedAccount, Storage } from './types.js';

export interface StorageConfig {
  memory?: boolean;
  /** PGlite data directory; relative paths resolve against the working directory. */
  dataDir?: string;
  /** A PostgreSQL connection string. */
  databaseUrl?: string;
  /** Connections per process to PostgreSQL (default 10). */
  poolSize?: number;
}

/** Where `npx creditkit-server` keeps its data unless told otherwise. */
export const DEFAULT_DATA_DIR = '.creditkit/data';

export interface OpenedStorage {
  storage: Storage;
  /** True when the store was empty and got the demo accounts. */
  seeded: boolean;
}

export async function openStorage(config: StorageConfig, seed: () => SeedAccount[]): Promise<OpenedStorage> {
  if (config.memory) return { storage: new MemoryStorage(seed()), seeded: true };
  const { SqlStorage } = await import('./sql/sql-storage.js');
  const driver = config.databaseUrl
    ? await (await import('./sql/pg-driver.js')).openPostgres(config.databaseUrl, { poolSize: config.poolSize })
    : await (await import('./sql/pglite-driver.js')).openPglite(resolve(config.dataDir ?? DEFAULT_DATA_DIR));
  let storage: Storage | undefined;
  try {
    storage = await SqlStorage.open(driver);
    // Building a large seed costs time: only when the store turns out empty.
    const empty = (await storage.accountIds()).length === 0;
    const seeded = empty && (await storage.seed(seed()));
    return { storage, seeded };
  } catch (error) {
    await (storage ?? driver).close().catch(() => undefined);
    throw error;
  }
}
