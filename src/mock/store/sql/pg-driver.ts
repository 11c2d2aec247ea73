/**
 * A PostgreSQL server through `pg` (node-postgres): a pool for transactions, one
 * checked-out client per transaction, and one dedicated client that LISTENs for
 * the change notices of every server process (reconnecting when it drops).
 *
 * `pg` is an optional peer dependency: only a server given DATABASE_URL loads it,
 * and says how to install it when it is missing.
 */
import type { Row, SqlDriver, SqlSession } from './driver.js';

interface PgQueryable {
  query(sql: string, params?: unknown[]): Promise<{ rows: Row[] }>;
}
interface PgClient extends PgQueryable {
  connect(): Promise<void>;
  end(): Promise<void>;
  on(event: 'notification', fn: (message: { channel: string; payload?: string }) => void): void;
  on(event: 'error' | 'end', fn: (error?: Error) => void): void;
}
interface PgPoolClient extends PgQueryable {
  release(destroy?: boolean | Error): void;
}
interface PgPool extends PgQueryable {
  connect(): Promise<PgPoolClient>;
  end(): Promise<void>;
  on(event: 'error', fn: (error: Error) => void): void;
}
interface PgModule {
  Pool: new (config: { connectionString: string; max?: number }) => PgPool;
  Client: new (config: { connectionString: string }) => PgClient;
}

const PG_MODULE = 'pg';

export class MissingDriverError extends Error {}

async function loadPg(): Promise<PgModule> {
  try {
    const module = (await import(/* @vite-ignore */ PG_MODULE)) as { default?: PgModule } & PgModule;
    return module.default ?? module;
  } catch {
    throw new MissingDriverError(
      'DATABASE_URL is set, but the PostgreSQL driver is not installed. Install it next to creditkit: npm install pg',
    );
  }
}

/** The URL without its password, for logs and banners. */
export function redactUrl(url: string): string {
  try {
    const parsed = new URL(url);
    if (parsed.password) parsed.password = '***';
    return parsed.toString();
  } catch {
    return 'postgres (unparsable DATABASE_URL)';
  }
}

function session(client: PgQueryable): SqlSession {
  return {
    query: async <R extends Row>(sql: string, params: readonly unknown[] = []) =>
      (await client.query(sql, [...params])).rows as R[],
    exec: async (sql: string) => void (await client.query(sql)),
  };
}

export async function openPostgres(url: string, options: { poolSize?: number } = {}): Promise<SqlDriver> {
  const pg = await loadPg();
  const pool = new pg.Pool({ connectionString: url, max: options.poolSize ?? 10 });
  // An idle client's connection dropping must not crash the server; the next query reconnects.
  pool.on('error', (error) => console.error('[creditkit server] PostgreSQL connection lost:', error.message));
  await (await pool.connect()).release();
  const listeners = new Set<PgClient>();
  let closed = false;

  async function listen(channel: string, onPayload: (payload: string) => void): Promise<void> {
    const client = new pg.Client({ connectionString: url });
    client.on('notification', (message) => {
      if (message.channel === channel && message.payload !== undefined) onPayload(message.payload);
    });
    let retried = false;
    const reconnect = (error?: Error) => {
      if (closed || retried) return;
      retried = true;
      listeners.delete(client);
      void client.end().catch(() => undefined);
      if (error) console.error('[creditkit server] lost the LISTEN connection, reconnecting:', error.message);
      const retry = () => {
        if (!closed) listen(channel, onPayload).catch(() => setTimeout(retry, 1000).unref());
      };
      setTimeout(retry, 1000).unref();
    };
    client.on('error', reconnect);
    client.on('end', () => reconnect());
    listeners.add(client);
    await client.connect();
    await client.query(`LISTEN ${channel}`);
  }

  return {
    kind: 'postgres',
    location: redactUrl(url),
    query: session(pool).query,
    async transaction(fn, options) {
      const client = await pool.connect();
      let broken: Error | undefined;
      try {
        await client.query(options?.readOnly ? 'BEGIN READ ONLY ISOLATION LEVEL REPEATABLE READ' : 'BEGIN');
        const result = await fn(session(client));
        await client.query('COMMIT');
        return result;
      } catch (error) {
        await client.query('ROLLBACK').catch((rollbackError: Error) => (broken = rollbackError));
        throw error;
      } finally {
        client.release(broken);
      }
    },
    listen,
    async notify(channel, payloads) {
      const client = await pool.connect();
      let broken: Error | undefined;
      try {
        await client.query('BEGIN');
        // A notice is a hint to refresh, not a write: its commit need not wait for the disk.
        await client.query('SET LOCAL synchronous_commit TO off');
        for (const payload of payloads) await client.query('SELECT pg_notify($1, $2)', [channel, payload]);
        await client.query('COMMIT');
      } catch (error) {
        await client.query('ROLLBACK').catch((rollbackError: Error) => (broken = rollbackError));
        throw error;
      } finally {
        client.release(broken);
      }
    },
    async close() {
      closed = true;
      await Promise.all([...listeners].map((client) => client.end().catch(() => undefined)));
      listeners.clear();
      await pool.end();
    },
  };
}
