/**
 * What the SQL store needs of a PostgreSQL client, so one store runs on PGlite
 * (embedded, one connection) and on a PostgreSQL server (`pg`, a pool).
 */
export type Row = Record<string, unknown>;

/** One connection inside a transaction. */
export interface SqlSession {
  query<R extends Row = Row>(sql: string, params?: readonly unknown[]): Promise<R[]>;
  /** Runs several statements without parameters (migrations). */
  exec(sql: string): Promise<void>;
}

export interface SqlDriver {
  readonly kind: 'pglite' | 'postgres';
  /** Where the data is (a directory, or the database URL without its password). */
  readonly location: string;
  /** One statement on its own (autocommit). */
  query<R extends Row = Row>(sql: string, params?: readonly unknown[]): Promise<R[]>;
  /** Runs `fn` between BEGIN and COMMIT on one connection; ROLLBACK when it throws. */
  transaction<T>(fn: (session: SqlSession) => Promise<T>, options?: { readOnly?: boolean }): Promise<T>;
  /**
   * Calls `onPayload` for every NOTIFY on `channel` from any connection (other
   * server processes included). Resolves once listening.
   */
  listen(channel: string, onPayload: (payload: string) => void): Promise<void>;
  /** Sends NOTIFYs on `channel` in one transaction of their own (no-op where nobody else listens). */
  notify(channel: string, payloads: readonly string[]): Promise<void>;
  close(): Promise<void>;
}

/** PostgreSQL error codes worth a retry of the whole transaction. */
export const RETRYABLE = new Set(['40001', '40P01']);

export function sqlState(error: unknown): string | undefined {
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === 'string' ? code : undefined;
}
