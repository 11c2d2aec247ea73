/**
 * Crash safety: kill -9 the server in the middle of a burst of payments and
 * top-ups, start it again on the same data, and check from outside that every
 * acknowledged write is there exactly once, the balance is the sum of the
 * entries, and a retry with the same key returns the first response. Runs on the
 * embedded database (PGlite) and, when TEST_DATABASE_URL is set, on PostgreSQL.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { crashAndRecover } from './crash-scenario.js';
import { freshDatabase } from './server-process.js';

describe('crash safety (kill -9 mid-burst, restart)', () => {
  it('embedded database (PGlite): nothing acknowledged is lost or doubled', { timeout: 240_000 }, async () => {
    const dir = mkdtempSync(join(tmpdir(), 'creditkit-crash-'));
    try {
      await crashAndRecover(['--data-dir', dir, '--preset', 'agency-credits', '--preset', 'usage-billing'], {});
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  const skip = process.env.TEST_DATABASE_URL ? false : 'TEST_DATABASE_URL is not set (scripts/pg-cluster.sh start)';
  if (skip && process.env.CI) throw new Error(`The PostgreSQL crash test must run in CI: ${skip}`);
  it('PostgreSQL: nothing acknowledged is lost or doubled', { skip, timeout: 240_000 }, async () => {
    const url = await freshDatabase('crash');
    await crashAndRecover(['--preset', 'agency-credits', '--preset', 'usage-billing'], { DATABASE_URL: url });
  });
});
