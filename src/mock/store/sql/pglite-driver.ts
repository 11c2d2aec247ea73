/**
 * The embedded database: PGlite (PostgreSQL compiled to WebAssembly) on a data
 * directory. One connection, so transactions run one after another; every commit
 * is flushed to the directory before it returns (no relaxed durability), which is
 * what lets an acknowledged write survive `kill -9`.
 *
 * Loaded with a dynamic import from Node-only code: the package never reaches a
 * browser bundle.
 */
import { closeSync, mkdirSync, openSync, readFileSync, rmSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import type { Row, SqlDriver, SqlSession } from './driver.js';

interface PgliteResults {
  rows: Row[];
}
interface PgliteQueryable {
  query(sql: string, params?: unknown[]): Promise<PgliteResults>;
  exec(sql: string): Promise<unknown>;
}
interface Pglite extends PgliteQueryable {
  transaction<T>(fn: (tx: PgliteQueryable) => Promise<T>): Promise<T>;
  close(): Promise<void>;
}

const PGLITE_MODULE = '@electric-sql/pglite';
const LOCK_FILE = 'creditkit-server.lock';

/** Thrown when another live process holds the data directory. */
export class DataDirInUseError extends Error {}

/**
 * PGlite has no lock of its own: two processes on one directory would corrupt
 * it. A lock file with the owner's pid keeps a second server out; a stale one
 * (its process is gone, e.g. after kill -9) is taken over.
 */
function lockDataDir(dir: string): () => void {
  const path = join(dir, LOCK_FILE);
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      const fd = openSync(path, 'wx');
      writeSync(fd, String(process.pid));
      closeSync(fd);
      return () => rmSync(path, { force: true });
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      const pid = Number(readFileSync(path, 'utf8').trim());
      if (Number.isInteger(pid) && pid > 0 && pid !== process.pid && alive(pid))
        throw new DataDirInUseError(
          `The data directory ${dir} is in use by another creditkit-server (pid ${pid}). ` +
            'Stop it, or give this one its own --data-dir (several servers share data through PostgreSQL: DATABASE_URL).',
        );
      rmSync(path, { force: true });
    }
  }
  throw new DataDirInUseError(`Could not lock the data directory ${dir}.`);
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

function session(db: PgliteQueryable): SqlSession {
  return {
    query: async <R extends Row>(sql: string, params: readonly unknown[] = []) =>
      (await db.query(sql, [...params])).rows as R[],
    exec: async (sql: string) => void (await db.exec(sql)),
  };
}

export async function openPglite(dataDir: string): Promise<SqlDriver> {
  mkdirSync(dataDir, { recursive: true });
  const unlock = lockDataDir(dataDir);
  let db: Pglite;
  try {
    const { PGlite } = (await import(/* @vite-ignore */ PGLITE_MODULE)) as {
      PGlite: { create(dir: string): Promise<Pglite> };
    };
    db = await PGlite.create(dataDir);
  } catch (error) {
    unlock();
    throw error;
  }
  const root = session(db);
  return {
    kind: 'pglite',
    location: dataDir,
    query: root.query,
    transaction: (fn, options) =>
      db.transaction(async (tx) => {
        if (options?.readOnly) await tx.query('SET TRANSACTION READ ONLY');
        return fn(session(tx));
      }),
    // One process per directory: there is nobody else to hear from.
    listen: () => Promise.resolve(),
    notify: () => Promise.resolve(),
    async close() {
      try {
        await db.close();
      } finally {
        unlock();
      }
    },
  };
}
