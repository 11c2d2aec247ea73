/**
 * `Storage` on PostgreSQL (a server through `pg`, or PGlite embedded). Each
 * `transaction` takes the account row with `SELECT … FOR UPDATE` first, so writes
 * to one account run one after another on every server process, while other
 * accounts go on in parallel; deadlocks and serialization failures retry the
 * whole transaction. Account row and credit blocks are written once, just before
 * COMMIT. Change notices go to other processes with NOTIFY after the commit, in a
 * transaction of their own: a NOTIFY inside the write would hold the account's
 * lock while it takes PostgreSQL's global notify lock, serialising every write of
 * every account on every process.
 */
import type { CreditBlock } from '../../../core/ledger.js';
import type { CreditRequest, Payment, TopUp, Transaction, UsageInterval } from '../../../core/schemas/index.js';
import {
  ReadOnlyError,
  UnknownAccountError,
  type AccountState,
  type AccountTx,
  type BlockRecord,
  type ChangeListener,
  type ChangeNotice,
  type HoldRecord,
  type IdempotencyEntry,
  type InvoiceRecord,
  type LedgerPage,
  type LedgerQuery,
  type PayableItem,
  type SeedAccount,
  type Storage,
  type StoredTopUp,
  type TopUpMeta,
  type UsageDimension,
  type UsageRow,
} from '../types.js';
import { RETRYABLE, sqlState, type Row, type SqlDriver, type SqlSession } from './driver.js';
import { MIGRATIONS } from './migrations.js';

const CHANNEL = 'creditkit_changes';
/** `pg_advisory_xact_lock` key for migrations and seeding ("ck" + 1). */
const SCHEMA_LOCK = 0x636b0001;
const MAX_ATTEMPTS = 5;
/** NOTIFY payloads must stay under 8000 bytes: a long id list is cut (the account event still goes). */
const MAX_NOTICE_IDS = 100;
const SEED_BATCH = 5000;

/** Account fields kept in columns (constraints, cheap updates); the rest is the `state` document. */
const COLUMNS = new Set(['id', 'token', 'preset', 'balance', 'held', 'nextSeq', 'updatedAt']);

const num = (value: unknown): number => Number(value);

/** SQL for the first day of the bucket a `usage_buckets.day` falls in (clipped to the range by the caller). */
const BUCKET_START: Record<UsageInterval | 'all', string> = {
  day: 'day',
  week: "to_char(date_trunc('week', day::date), 'YYYY-MM-DD')",
  month: "substr(day, 1, 7) || '-01'",
  all: '$3',
};
const text = (value: unknown): string => JSON.stringify(value);

export class SqlStorage implements Storage {
  private readonly listeners = new Set<ChangeListener>();
  /** Tells this process's own notices from other processes'. */
  private readonly origin = `${Date.now().toString(36)}-${Math.random().toString(36).slice(2)}`;

  private constructor(private readonly driver: SqlDriver) {}

  get kind(): string {
    return this.driver.kind;
  }

  get location(): string {
    return this.driver.location;
  }

  /** Migrates the schema and, on PostgreSQL, starts listening to other processes. */
  static async open(driver: SqlDriver): Promise<SqlStorage> {
    const storage = new SqlStorage(driver);
    await storage.migrate();
    if (driver.kind === 'postgres') await driver.listen(CHANNEL, (payload) => storage.remote(payload));
    return storage;
  }

  private async migrate(): Promise<void> {
    await this.driver.transaction(async (s) => {
      await s.query('SELECT pg_advisory_xact_lock($1)', [SCHEMA_LOCK]);
      await s.exec(
        'CREATE TABLE IF NOT EXISTS schema_migrations (version integer PRIMARY KEY, applied_at timestamptz NOT NULL DEFAULT now())',
      );
      const [row] = await s.query('SELECT coalesce(max(version), 0) AS version FROM schema_migrations');
      for (let version = num(row!.version) + 1; version <= MIGRATIONS.length; version++) {
        await s.exec(MIGRATIONS[version - 1]!);
        await s.query('INSERT INTO schema_migrations (version) VALUES ($1)', [version]);
      }
    });
  }

  private outbox: string[] = [];
  private sending: Promise<void> | null = null;

  /** Queues a committed change for the other processes; sent in order, batched, never blocking the write. */
  private announce(notice: ChangeNotice): void {
    if (this.driver.kind !== 'postgres') return;
    this.outbox.push(JSON.stringify({ o: this.origin, n: notice }));
    this.sending ??= this.send();
  }

  private async send(): Promise<void> {
    while (this.outbox.length > 0) {
      const batch = this.outbox.splice(0, 100);
      try {
        await this.driver.notify(CHANNEL, batch);
      } catch (error) {
        // Live events are hints: a client that misses one catches up on its next read or reconnect.
        console.error('[creditkit server] could not notify other processes:', (error as Error).message);
      }
    }
    this.sending = null;
  }

  private remote(payload: string): void {
    let message: { o: string; n: ChangeNotice };
    try {
      message = JSON.parse(payload) as typeof message;
    } catch {
      return;
    }
    if (message.o === this.origin) return;
    for (const listener of this.listeners) void Promise.resolve(listener(message.n)).catch(() => undefined);
  }

  async accountIdByToken(token: string): Promise<string | null> {
    const [row] = await this.driver.query('SELECT id FROM accounts WHERE token = $1', [token]);
    return row ? String(row.id) : null;
  }

  async accountIds(): Promise<string[]> {
    return (await this.driver.query('SELECT id FROM accounts ORDER BY position')).map((r) => String(r.id));
  }

  async transaction<T>(accountId: string, fn: (tx: AccountTx) => Promise<T>): Promise<T> {
    for (let attempt = 1; ; attempt++) {
      try {
        const { result, notice } = await this.driver.transaction(async (session) => {
          const tx = new SqlTx(session, accountId, false);
          await tx.lock();
          const result = await fn(tx);
          await tx.flush();
          return { result, notice: tx.notice() };
        });
        if (notice) {
          this.announce(notice);
          await Promise.all([...this.listeners].map((l) => l(notice)));
        }
        return result;
      } catch (error) {
        if (attempt < MAX_ATTEMPTS && RETRYABLE.has(sqlState(error) ?? '')) continue;
        throw error;
      }
    }
  }

  read<T>(accountId: string, fn: (tx: AccountTx) => Promise<T>): Promise<T> {
    return this.driver.transaction(
      async (session) => {
        const tx = new SqlTx(session, accountId, true);
        await tx.lock();
        return fn(tx);
      },
      { readOnly: true },
    );
  }

  async portalSession(id: string, now: number): Promise<string | null> {
    const [row] = await this.driver.query('SELECT account_id FROM portal_sessions WHERE id = $1 AND expires_at > $2', [
      id,
      now,
    ]);
    return row ? String(row.account_id) : null;
  }

  seed(accounts: readonly SeedAccount[]): Promise<boolean> {
    return this.driver.transaction(async (s) => {
      await s.query('SELECT pg_advisory_xact_lock($1)', [SCHEMA_LOCK]);
      const [any] = await s.query('SELECT 1 FROM accounts LIMIT 1');
      if (any) return false;
      for (const account of accounts) await insertSeed(s, account);
      return true;
    });
  }

  async purgeIdempotency(before: number): Promise<number> {
    const [row] = await this.driver.query(
      'WITH gone AS (DELETE FROM idempotency_records WHERE created_at < $1 RETURNING 1) SELECT count(*) AS n FROM gone',
      [before],
    );
    return num(row?.n ?? 0);
  }

  onChange(listener: ChangeListener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  async close(): Promise<void> {
    this.listeners.clear();
    await this.sending;
    await this.driver.close();
  }
}

async function insertSeed(s: SqlSession, seed: SeedAccount): Promise<void> {
  const { state } = seed;
  await s.query(
    `INSERT INTO accounts (id, token, preset, state, balance, held, next_seq, updated_at)
     VALUES ($1, $2, $3, $4::text::json, $5, $6, $7, $8)`,
    [
      state.id,
      state.token,
      state.preset,
      text(documentOf(state)),
      state.balance,
      state.held,
      state.nextSeq,
      state.updatedAt,
    ],
  );
  for (const block of seed.blocks) await upsertBlock(s, state.id, block);
  for (let i = 0; i < seed.entries.length; i += SEED_BATCH) {
    const entries = seed.entries.slice(i, i + SEED_BATCH);
    await s.query(
      `INSERT INTO ledger_entries (account_id, seq, id, created_at, direction, status, amount, balance_after, data)
       SELECT $1, seq, id, created_at, direction, status, amount, balance_after, data::json
       FROM unnest($2::bigint[], $3::text[], $4::text[], $5::text[], $6::text[], $7::bigint[], $8::bigint[], $9::text[])
         AS t (seq, id, created_at, direction, status, amount, balance_after, data)`,
      [
        state.id,
        seed.seqs.slice(i, i + SEED_BATCH),
        entries.map((e) => e.id),
        entries.map((e) => e.createdAt),
        entries.map((e) => e.direction),
        entries.map((e) => e.status),
        entries.map((e) => e.amount),
        entries.map((e) => e.balanceAfter),
        entries.map(text),
      ],
    );
  }
  for (const { topUp, meta } of seed.topUps) await upsertTopUp(s, state.id, topUp, meta);
  for (const item of seed.items) await upsertDoc(s, 'payable_items', state.id, item.itemId, item);
  for (const invoice of seed.invoices) await upsertInvoice(s, state.id, invoice);
  for (const request of seed.requests) await upsertDoc(s, 'credit_requests', state.id, request.id, request);
  for (const hold of seed.holds) await upsertHold(s, state.id, hold);
  for (const payment of seed.payments) await upsertDoc(s, 'payments', state.id, payment.id, payment);
  await addUsage(s, state.id, seed.usage);
  for (let i = 0; i < seed.blockRecords.length; i += SEED_BATCH)
    await putBlockRecords(s, state.id, seed.blockRecords.slice(i, i + SEED_BATCH));
  for (const bucket of seed.buckets)
    await s.query('INSERT INTO buckets (account_id, metric, period, amount) VALUES ($1, $2, $3, $4)', [
      state.id,
      bucket.metric,
      bucket.period,
      bucket.amount,
    ]);
}

/** The account's fields that live in the `state` document. */
function documentOf(state: AccountState): Record<string, unknown> {
  return Object.fromEntries(Object.entries(state).filter(([key]) => !COLUMNS.has(key)));
}

function upsertBlock(s: SqlSession, accountId: string, block: CreditBlock): Promise<Row[]> {
  return s.query(
    `INSERT INTO credit_blocks (account_id, id, remaining, expires_at, source, created_at) VALUES ($1, $2, $3, $4, $5, $6)
     ON CONFLICT (account_id, id) DO UPDATE SET remaining = EXCLUDED.remaining, expires_at = EXCLUDED.expires_at,
       source = EXCLUDED.source, created_at = EXCLUDED.created_at`,
    [accountId, block.id, block.remaining, block.expiresAt, block.source, block.createdAt],
  );
}

/** Adds usage rows in one statement (rows for one key and day are summed first: ON CONFLICT takes each key once). */
async function addUsage(s: SqlSession, accountId: string, rows: readonly UsageRow[]): Promise<void> {
  const merged = new Map<string, UsageRow>();
  for (const row of rows) {
    const id = `${row.dimension}|${row.day}|${row.key}`;
    const had = merged.get(id);
    merged.set(id, had ? { ...had, amount: had.amount + row.amount, entries: had.entries + row.entries } : row);
  }
  const list = [...merged.values()];
  for (let i = 0; i < list.length; i += SEED_BATCH) {
    const batch = list.slice(i, i + SEED_BATCH);
    await s.query(
      `INSERT INTO usage_buckets (account_id, dimension, day, key, amount, entries)
       SELECT $1, dimension, day, key, amount, entries
       FROM unnest($2::text[], $3::text[], $4::text[], $5::bigint[], $6::bigint[]) AS t (dimension, day, key, amount, entries)
       ON CONFLICT (account_id, dimension, day, key) DO UPDATE
         SET amount = usage_buckets.amount + EXCLUDED.amount, entries = usage_buckets.entries + EXCLUDED.entries`,
      [
        accountId,
        batch.map((r) => r.dimension),
        batch.map((r) => r.day),
        batch.map((r) => r.key),
        batch.map((r) => r.amount),
        batch.map((r) => r.entries),
      ],
    );
  }
}

function putBlockRecords(s: SqlSession, accountId: string, records: readonly BlockRecord[]): Promise<Row[]> {
  return s.query(
    `INSERT INTO credit_block_records (account_id, id, status, closed_at, amount, remaining, data)
     SELECT $1, id, status, closed_at, amount, remaining, data::json
     FROM unnest($2::text[], $3::text[], $4::text[], $5::bigint[], $6::bigint[], $7::text[])
       AS t (id, status, closed_at, amount, remaining, data)
     ON CONFLICT (account_id, id) DO UPDATE SET status = EXCLUDED.status, closed_at = EXCLUDED.closed_at,
       amount = EXCLUDED.amount, remaining = EXCLUDED.remaining, data = EXCLUDED.data`,
    [
      accountId,
      records.map((r) => r.id),
      records.map((r) => r.status),
      records.map((r) => r.closedAt),
      records.map((r) => r.amount),
      records.map((r) => r.remaining),
      records.map(text),
    ],
  );
}

function upsertTopUp(s: SqlSession, accountId: string, topUp: TopUp, meta: TopUpMeta): Promise<Row[]> {
  return s.query(
    `INSERT INTO top_ups (account_id, id, data, meta) VALUES ($1, $2, $3::text::json, $4::text::json)
     ON CONFLICT (account_id, id) DO UPDATE SET data = EXCLUDED.data, meta = EXCLUDED.meta`,
    [accountId, topUp.id, text(topUp), text(meta)],
  );
}

/** Tables that are just a document per id. */
type DocTable = 'payable_items' | 'credit_requests' | 'payments';

function upsertDoc(s: SqlSession, table: DocTable, accountId: string, id: string, data: unknown): Promise<Row[]> {
  return s.query(
    `INSERT INTO ${table} (account_id, id, data) VALUES ($1, $2, $3::text::json)
     ON CONFLICT (account_id, id) DO UPDATE SET data = EXCLUDED.data`,
    [accountId, id, text(data)],
  );
}

function upsertInvoice(s: SqlSession, accountId: string, invoice: InvoiceRecord): Promise<Row[]> {
  return s.query(
    `INSERT INTO invoices (account_id, id, billing_number, data) VALUES ($1, $2, $3, $4::text::json)
     ON CONFLICT (account_id, id) DO UPDATE SET data = EXCLUDED.data`,
    [accountId, invoice.id, invoice.billingNumber, text(invoice)],
  );
}

function upsertHold(s: SqlSession, accountId: string, hold: HoldRecord): Promise<Row[]> {
  return s.query(
    `INSERT INTO holds (account_id, id, status, amount, data) VALUES ($1, $2, $3, $4, $5::text::json)
     ON CONFLICT (account_id, id) DO UPDATE SET status = EXCLUDED.status, amount = EXCLUDED.amount, data = EXCLUDED.data`,
    [accountId, hold.id, hold.status, hold.amount, text(hold)],
  );
}

const blockKey = (b: CreditBlock) => `${b.remaining}|${b.expiresAt}|${b.source}|${b.createdAt}`;

class SqlTx implements AccountTx {
  private state: AccountState | undefined;
  private documentDirty = false;
  private columnsDirty = false;
  /** Blocks as read (by id → comparable key), and as they should be at commit. */
  private storedBlocks: Map<string, string> | undefined;
  private blockList: CreditBlock[] | undefined;
  private blocksDirty = false;
  private readonly changes = { entries: new Set<string>(), topUps: new Set<string>(), requests: new Set<string>() };
  private readonly notices: string[] = [];
  private touched = false;

  constructor(
    private readonly s: SqlSession,
    readonly accountId: string,
    private readonly readOnly: boolean,
  ) {}

  /**
   * Reads the account row, locking it for the transaction unless read-only. The
   * blocks are read by a later statement on purpose: under READ COMMITTED a
   * statement that waited for the lock still sees, in any subquery, the snapshot
   * from before the wait, so blocks read together with the lock can be stale.
   */
  async lock(): Promise<void> {
    const [row] = await this.s.query(
      `SELECT id, token, preset, state, balance, held, next_seq, updated_at FROM accounts WHERE id = $1${
        this.readOnly ? '' : ' FOR UPDATE'
      }`,
      [this.accountId],
    );
    if (!row) throw new UnknownAccountError(this.accountId);
    const doc = (typeof row.state === 'string' ? JSON.parse(row.state) : row.state) as Omit<
      AccountState,
      'id' | 'token' | 'preset' | 'balance' | 'held' | 'nextSeq' | 'updatedAt'
    >;
    this.state = Object.freeze({
      ...doc,
      id: String(row.id),
      token: String(row.token),
      preset: row.preset as AccountState['preset'],
      balance: num(row.balance),
      held: num(row.held),
      nextSeq: num(row.next_seq),
      updatedAt: String(row.updated_at),
    });
  }

  private guard(visible = true): void {
    if (this.readOnly) throw new ReadOnlyError();
    if (visible) this.touched = true;
  }

  /** Writes the account row and the blocks as they now stand. */
  async flush(): Promise<void> {
    if (this.blocksDirty && this.blockList && this.storedBlocks) {
      const wanted = new Map(this.blockList.map((b) => [b.id, b]));
      const gone = [...this.storedBlocks.keys()].filter((id) => !wanted.has(id));
      if (gone.length)
        await this.s.query('DELETE FROM credit_blocks WHERE account_id = $1 AND id = ANY($2::text[])', [
          this.accountId,
          gone,
        ]);
      for (const block of this.blockList)
        if (this.storedBlocks.get(block.id) !== blockKey(block)) await upsertBlock(this.s, this.accountId, block);
    }
    if (!this.state || (!this.columnsDirty && !this.documentDirty)) return;
    const st = this.state;
    if (this.documentDirty)
      await this.s.query(
        'UPDATE accounts SET state = $2::text::json, balance = $3, held = $4, next_seq = $5, updated_at = $6 WHERE id = $1',
        [st.id, text(documentOf(st)), st.balance, st.held, st.nextSeq, st.updatedAt],
      );
    else
      await this.s.query('UPDATE accounts SET balance = $2, held = $3, next_seq = $4, updated_at = $5 WHERE id = $1', [
        st.id,
        st.balance,
        st.held,
        st.nextSeq,
        st.updatedAt,
      ]);
  }

  notice(): ChangeNotice | null {
    if (!this.touched && this.notices.length === 0) return null;
    const cut = (ids: Set<string>) => [...ids].slice(-MAX_NOTICE_IDS);
    return {
      accountId: this.accountId,
      entries: cut(this.changes.entries),
      topUps: cut(this.changes.topUps),
      requests: cut(this.changes.requests),
      notices: this.notices.slice(0, 10),
    };
  }

  account(): Promise<AccountState> {
    return Promise.resolve(this.state!);
  }

  updateAccount(patch: Partial<AccountState>): Promise<void> {
    this.guard();
    for (const key of Object.keys(patch)) {
      if (COLUMNS.has(key)) this.columnsDirty = true;
      else this.documentDirty = true;
    }
    this.state = Object.freeze({ ...this.state!, ...patch });
    return Promise.resolve();
  }

  async blocks(): Promise<CreditBlock[]> {
    if (!this.blockList) {
      const rows = await this.s.query(
        'SELECT id, remaining, expires_at, source, created_at FROM credit_blocks WHERE account_id = $1',
        [this.accountId],
      );
      this.blockList = rows.map((r) => ({
        id: String(r.id),
        remaining: num(r.remaining),
        expiresAt: r.expires_at === null ? null : String(r.expires_at),
        source: r.source as CreditBlock['source'],
        createdAt: String(r.created_at),
      }));
      this.storedBlocks = new Map(this.blockList.map((b) => [b.id, blockKey(b)]));
    }
    return this.blockList.map((b) => ({ ...b }));
  }

  async saveBlocks(blocks: readonly CreditBlock[]): Promise<void> {
    this.guard(false);
    if (!this.storedBlocks) await this.blocks();
    // Empty blocks go; a negative one is kept so the CHECK constraint refuses it.
    this.blockList = blocks.filter((b) => b.remaining !== 0).map((b) => ({ ...b }));
    this.blocksDirty = true;
  }

  async appendEntry(entry: Transaction, seq: number): Promise<void> {
    this.guard();
    await this.s.query(
      `INSERT INTO ledger_entries (account_id, seq, id, created_at, direction, status, amount, balance_after, data)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9::text::json)`,
      [
        this.accountId,
        seq,
        entry.id,
        entry.createdAt,
        entry.direction,
        entry.status,
        entry.amount,
        entry.balanceAfter,
        text(entry),
      ],
    );
    this.changes.entries.add(entry.id);
  }

  async entry(id: string): Promise<Transaction | null> {
    const [row] = await this.s.query('SELECT data FROM ledger_entries WHERE account_id = $1 AND id = $2', [
      this.accountId,
      id,
    ]);
    return row ? (row.data as Transaction) : null;
  }

  async updateEntry(entry: Transaction, seq?: number): Promise<void> {
    this.guard();
    const rows = await this.s.query(
      `UPDATE ledger_entries SET seq = coalesce($3, seq), created_at = $4, direction = $5, status = $6, amount = $7,
         balance_after = $8, data = $9::text::json
       WHERE account_id = $1 AND id = $2 RETURNING id`,
      [
        this.accountId,
        entry.id,
        seq ?? null,
        entry.createdAt,
        entry.direction,
        entry.status,
        entry.amount,
        entry.balanceAfter,
        text(entry),
      ],
    );
    if (rows.length === 0) throw new Error(`no entry ${entry.id}`);
    this.changes.entries.add(entry.id);
  }

  async ledgerPage(query: LedgerQuery): Promise<LedgerPage> {
    const params: unknown[] = [this.accountId];
    const where = ['account_id = $1'];
    const add = (clause: string, value: unknown) => {
      params.push(value);
      where.push(clause.replace('?', `$${params.length}`));
    };
    if (query.beforeSeq !== undefined) add('seq < ?', query.beforeSeq);
    if (query.direction !== undefined) add('direction = ?', query.direction);
    if (query.status !== undefined) add('status = ?', query.status);
    if (query.fromIso !== undefined) add('created_at >= ?', query.fromIso);
    if (query.toIso !== undefined) add('created_at < ?', query.toIso);
    params.push(query.limit + 1);
    const rows = await this.s.query(
      `SELECT seq, data FROM ledger_entries WHERE ${where.join(' AND ')} ORDER BY seq DESC LIMIT $${params.length}`,
      params,
    );
    const more = rows.length > query.limit;
    const page = rows.slice(0, query.limit);
    return {
      items: page.map((r) => r.data as Transaction),
      nextBeforeSeq: more ? num(page.at(-1)!.seq) : null,
    };
  }

  async topUp(id: string): Promise<StoredTopUp | null> {
    const [row] = await this.s.query('SELECT data, meta FROM top_ups WHERE account_id = $1 AND id = $2', [
      this.accountId,
      id,
    ]);
    return row ? { topUp: row.data as TopUp, meta: row.meta as TopUpMeta } : null;
  }

  async putTopUp(topUp: TopUp, meta: TopUpMeta): Promise<void> {
    this.guard();
    await upsertTopUp(this.s, this.accountId, topUp, meta);
    this.changes.topUps.add(topUp.id);
  }

  private async doc<T>(table: DocTable | 'holds' | 'invoices', id: string): Promise<T | null> {
    const [row] = await this.s.query(`SELECT data FROM ${table} WHERE account_id = $1 AND id = $2`, [
      this.accountId,
      id,
    ]);
    return row ? (row.data as T) : null;
  }

  private async docs<T>(table: 'credit_requests' | 'holds' | 'payments', order: 'ASC' | 'DESC'): Promise<T[]> {
    const rows = await this.s.query(`SELECT data FROM ${table} WHERE account_id = $1 ORDER BY position ${order}`, [
      this.accountId,
    ]);
    return rows.map((r) => r.data as T);
  }

  request(id: string): Promise<CreditRequest | null> {
    return this.doc('credit_requests', id);
  }

  requests(): Promise<CreditRequest[]> {
    return this.docs('credit_requests', 'DESC');
  }

  async putRequest(request: CreditRequest): Promise<void> {
    this.guard();
    await upsertDoc(this.s, 'credit_requests', this.accountId, request.id, request);
    this.changes.requests.add(request.id);
  }

  hold(id: string): Promise<HoldRecord | null> {
    return this.doc('holds', id);
  }

  holds(): Promise<HoldRecord[]> {
    return this.docs('holds', 'ASC');
  }

  async putHold(hold: HoldRecord): Promise<void> {
    this.guard();
    await upsertHold(this.s, this.accountId, hold);
  }

  invoice(id: string): Promise<InvoiceRecord | null> {
    return this.doc('invoices', id);
  }

  async putInvoice(invoice: InvoiceRecord): Promise<void> {
    this.guard(false);
    await upsertInvoice(this.s, this.accountId, invoice);
  }

  item(id: string): Promise<PayableItem | null> {
    return this.doc('payable_items', id);
  }

  async putItem(item: PayableItem): Promise<void> {
    this.guard(false);
    await upsertDoc(this.s, 'payable_items', this.accountId, item.itemId, item);
  }

  payments(): Promise<Payment[]> {
    return this.docs('payments', 'DESC');
  }

  async putPayment(payment: Payment): Promise<void> {
    this.guard(false);
    await upsertDoc(this.s, 'payments', this.accountId, payment.id, payment);
  }

  async idempotency(operation: string, key: string): Promise<IdempotencyEntry | null> {
    const [row] = await this.s.query(
      'SELECT data FROM idempotency_records WHERE account_id = $1 AND operation = $2 AND key = $3',
      [this.accountId, operation, key],
    );
    return row ? (row.data as IdempotencyEntry) : null;
  }

  async putIdempotency(operation: string, key: string, entry: IdempotencyEntry): Promise<void> {
    this.guard(false);
    await this.s.query(
      `INSERT INTO idempotency_records (account_id, operation, key, created_at, data) VALUES ($1, $2, $3, $4, $5::text::json)
       ON CONFLICT (account_id, operation, key) DO UPDATE SET created_at = EXCLUDED.created_at, data = EXCLUDED.data`,
      [this.accountId, operation, key, entry.createdAt, text(entry)],
    );
  }

  async nextNumber(series: string): Promise<number> {
    this.guard(false);
    const [row] = await this.s.query(
      `INSERT INTO counters (series, value) VALUES ($1, 1)
       ON CONFLICT (series) DO UPDATE SET value = counters.value + 1 RETURNING value`,
      [series],
    );
    return num(row!.value);
  }

  async addToBucket(metric: string, period: string, amount: number): Promise<void> {
    this.guard(false);
    await this.s.query(
      `INSERT INTO buckets (account_id, metric, period, amount) VALUES ($1, $2, $3, $4)
       ON CONFLICT (account_id, metric, period) DO UPDATE SET amount = buckets.amount + EXCLUDED.amount`,
      [this.accountId, metric, period, amount],
    );
  }

  async sumBuckets(metric: string, fromPeriod: string, toPeriod: string): Promise<number> {
    const [row] = await this.s.query(
      `SELECT coalesce(sum(amount), 0) AS total FROM buckets
       WHERE account_id = $1 AND metric = $2 AND period >= $3 AND period <= $4`,
      [this.accountId, metric, fromPeriod, toPeriod],
    );
    return num(row!.total);
  }

  async addUsage(rows: readonly UsageRow[]): Promise<void> {
    this.guard(false);
    await addUsage(this.s, this.accountId, rows);
  }

  async usageRows(
    dimension: UsageDimension,
    fromDay: string,
    toDay: string,
    interval: UsageInterval | 'all',
  ): Promise<UsageRow[]> {
    // Summed per bucket in the database (the same rule as `bucketOf`): rows cost more than arithmetic.
    const rows = await this.s.query(
      `SELECT dimension, greatest(${BUCKET_START[interval]}, $3) AS day, key, sum(amount) AS amount, sum(entries) AS entries
       FROM usage_buckets
       WHERE account_id = $1 AND dimension IN ($2, 'flow') AND day >= $3 AND day <= $4 AND entries > 0
       GROUP BY 1, 2, 3`,
      [this.accountId, dimension, fromDay, toDay],
    );
    return rows.map((r) => ({
      dimension: r.dimension as UsageDimension,
      day: String(r.day),
      key: String(r.key),
      amount: num(r.amount),
      entries: num(r.entries),
    }));
  }

  async blockRecord(id: string): Promise<BlockRecord | null> {
    const [row] = await this.s.query('SELECT data FROM credit_block_records WHERE account_id = $1 AND id = $2', [
      this.accountId,
      id,
    ]);
    return row ? (row.data as BlockRecord) : null;
  }

  async putBlockRecord(record: BlockRecord): Promise<void> {
    this.guard(false);
    await putBlockRecords(this.s, this.accountId, [record]);
  }

  async blockRecords(closedLimit: number): Promise<BlockRecord[]> {
    const rows = await this.s.query(
      `(SELECT data FROM credit_block_records WHERE account_id = $1 AND status = 'active')
       UNION ALL
       (SELECT data FROM credit_block_records WHERE account_id = $1 AND status <> 'active'
        ORDER BY closed_at DESC LIMIT $2)`,
      [this.accountId, closedLimit],
    );
    return rows.map((r) => r.data as BlockRecord);
  }

  async claimProviderEvent(provider: string, eventId: string): Promise<boolean> {
    this.guard(false);
    const rows = await this.s.query(
      `INSERT INTO provider_events (provider, event_id, account_id) VALUES ($1, $2, $3)
       ON CONFLICT (provider, event_id) DO NOTHING RETURNING event_id`,
      [provider, eventId, this.accountId],
    );
    return rows.length === 1;
  }

  async putPortalSession(id: string, expiresAt: number): Promise<void> {
    this.guard(false);
    // Sessions that ended a day before this one's end are of no use to anyone.
    await this.s.query('DELETE FROM portal_sessions WHERE account_id = $1 AND expires_at < $2', [
      this.accountId,
      expiresAt - 86_400_000,
    ]);
    await this.s.query('INSERT INTO portal_sessions (id, account_id, expires_at) VALUES ($1, $2, $3)', [
      id,
      this.accountId,
      expiresAt,
    ]);
  }

  notify(message: string): void {
    this.guard();
    this.notices.push(message);
  }
}
