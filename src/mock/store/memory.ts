/**
 * In-memory `Storage` for the in-page mock and msw: no dependency, microseconds
 * per operation. One queue runs every transaction and read in turn (a page has
 * one customer; the Node server on many uses SQL), so nothing ever sees another
 * transaction's half-done writes. A transaction writes in place and journals how
 * to undo each write; when `fn` throws, the journal runs backwards and the store
 * is as it was.
 *
 * The ledger is an array in ascending ledger position with a parallel array of
 * positions; an entry that moves (a settled pending entry) leaves a hole, so every
 * write is O(1) and a page is a binary search plus `limit` steps at any size.
 */
import type { CreditBlock } from '../../core/ledger.js';
import type { CreditRequest, Payment, TopUp, Transaction, UsageInterval } from '../../core/schemas/index.js';
import { bucketOf } from '../../core/usage-buckets.js';
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
} from './types.js';

type UsageSums = MemoryAccount['usage'];

/** Adds rows to usage sums; returns how to take them off again. */
function addUsageRows(usage: UsageSums, rows: readonly UsageRow[]): Undo {
  for (const row of rows) {
    const slot = `${row.dimension}|${row.day}`;
    let sums = usage.get(slot);
    if (!sums) usage.set(slot, (sums = new Map()));
    const sum = sums.get(row.key);
    if (sum) {
      sum.amount += row.amount;
      sum.entries += row.entries;
    } else sums.set(row.key, { amount: row.amount, entries: row.entries });
  }
  return () => {
    for (const row of rows) {
      const sum = usage.get(`${row.dimension}|${row.day}`)!.get(row.key)!;
      sum.amount -= row.amount;
      sum.entries -= row.entries;
    }
  };
}

interface MemoryAccount {
  state: AccountState;
  blocks: CreditBlock[];
  /** Ascending by `seqs`; `null` where an entry moved away. */
  entries: (Transaction | null)[];
  seqs: number[];
  /** Index of each entry in `entries`. */
  position: Map<string, number>;
  topUps: Map<string, StoredTopUp>;
  requests: Map<string, CreditRequest>;
  holds: Map<string, HoldRecord>;
  invoices: Map<string, InvoiceRecord>;
  items: Map<string, PayableItem>;
  payments: Map<string, Payment>;
  /** By `operation key`, in insertion order (oldest first), so purging stops at the first young one. */
  idempotency: Map<string, IdempotencyEntry>;
  buckets: Map<string, number>;
  /** Usage sums by `dimension|day`, then key. */
  usage: Map<string, Map<string, { amount: number; entries: number }>>;
  blockRecords: Map<string, BlockRecord>;
}

type Undo = () => void;

/** Sets `map[key]` and returns how to put the old value back. */
function setUndoable<K, V>(map: Map<K, V>, key: K, value: V): Undo {
  const had = map.has(key);
  const old = map.get(key);
  map.set(key, value);
  return had ? () => void map.set(key, old as V) : () => void map.delete(key);
}

function firstAtLeast(values: readonly number[], target: number): number {
  let lo = 0;
  let hi = values.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (values[mid]! < target) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

export class MemoryStorage implements Storage {
  readonly kind = 'memory';
  readonly location = 'memory';
  private readonly accounts = new Map<string, MemoryAccount>();
  private readonly byToken = new Map<string, string>();
  private readonly counters = new Map<string, number>();
  private readonly providerEvents = new Set<string>();
  private readonly portalSessions = new Map<string, { accountId: string; expiresAt: number }>();
  private readonly listeners = new Set<ChangeListener>();
  private queue: Promise<unknown> = Promise.resolve();

  constructor(seed: readonly SeedAccount[] = []) {
    for (const account of seed) this.load(account);
  }

  private load(seed: SeedAccount): void {
    const entries: (Transaction | null)[] = [...seed.entries];
    const position = new Map<string, number>();
    entries.forEach((e, i) => position.set(e!.id, i));
    const byId = <T, K>(list: readonly T[], key: (t: T) => K) => new Map(list.map((x) => [key(x), x]));
    this.accounts.set(seed.state.id, {
      state: seed.state,
      blocks: seed.blocks.map((b) => ({ ...b })),
      entries,
      seqs: [...seed.seqs],
      position,
      topUps: byId(seed.topUps, (t) => t.topUp.id),
      requests: byId(seed.requests, (r) => r.id),
      holds: byId(seed.holds, (h) => h.id),
      invoices: byId(seed.invoices, (i) => i.id),
      items: byId(seed.items, (i) => i.itemId),
      payments: byId(seed.payments, (p) => p.id),
      idempotency: new Map(),
      buckets: new Map(seed.buckets.map((b) => [`${b.metric}|${b.period}`, b.amount])),
      usage: new Map(),
      blockRecords: new Map(seed.blockRecords.map((r) => [r.id, Object.freeze({ ...r })])),
    });
    addUsageRows(this.accounts.get(seed.state.id)!.usage, seed.usage);
    this.byToken.set(seed.state.token, seed.state.id);
  }

  /** Runs `job` after everything queued before it. */
  private exclusive<T>(job: () => Promise<T>): Promise<T> {
    const run = this.queue.then(job);
    this.queue = run.catch(() => undefined);
    return run;
  }

  private get(accountId: string): MemoryAccount {
    const account = this.accounts.get(accountId);
    if (!account) throw new UnknownAccountError(accountId);
    return account;
  }

  accountIdByToken(token: string): Promise<string | null> {
    return Promise.resolve(this.byToken.get(token) ?? null);
  }

  accountIds(): Promise<string[]> {
    return Promise.resolve([...this.accounts.keys()]);
  }

  async transaction<T>(accountId: string, fn: (tx: AccountTx) => Promise<T>): Promise<T> {
    const { result, notice } = await this.exclusive(async () => {
      const tx = new MemoryTx(this, this.get(accountId), false);
      try {
        const result = await fn(tx);
        return { result, notice: tx.notice() };
      } catch (error) {
        tx.rollback();
        throw error;
      }
    });
    if (notice) await Promise.all([...this.listeners].map((l) => l(notice)));
    return result;
  }

  read<T>(accountId: string, fn: (tx: AccountTx) => Promise<T>): Promise<T> {
    return this.exclusive(() => fn(new MemoryTx(this, this.get(accountId), true)));
  }

  portalSession(id: string, now: number): Promise<string | null> {
    const session = this.portalSessions.get(id);
    return Promise.resolve(session && session.expiresAt > now ? session.accountId : null);
  }

  seed(accounts: readonly SeedAccount[]): Promise<boolean> {
    if (this.accounts.size > 0) return Promise.resolve(false);
    for (const account of accounts) this.load(account);
    return Promise.resolve(true);
  }

  purgeIdempotency(before: number): Promise<number> {
    let purged = 0;
    for (const account of this.accounts.values()) purged += purgeOld(account.idempotency, before);
    return Promise.resolve(purged);
  }

  onChange(listener: ChangeListener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  close(): Promise<void> {
    this.listeners.clear();
    return Promise.resolve();
  }

  /** Internal to MemoryTx: global state it touches. */
  get shared() {
    return {
      counters: this.counters,
      providerEvents: this.providerEvents,
      portalSessions: this.portalSessions,
    };
  }

  /**
   * The ledger of an account, oldest first (tests and tools; not part of `Storage`).
   * The array is a copy; the entries are the stored (frozen) objects.
   */
  entriesOf(accountId: string): Transaction[] {
    return this.get(accountId).entries.filter((e): e is Transaction => e !== null);
  }

  /** The account row, blocks and records of an account as they stand (tests and tools; not part of `Storage`). */
  inspect(accountId: string) {
    const a = this.get(accountId);
    return {
      state: a.state,
      blocks: a.blocks as readonly CreditBlock[],
      entries: this.entriesOf(accountId),
      invoices: a.invoices as ReadonlyMap<string, InvoiceRecord>,
      topUps: new Map([...a.topUps].map(([id, stored]) => [id, stored.topUp])) as ReadonlyMap<string, TopUp>,
      holds: a.holds as ReadonlyMap<string, HoldRecord>,
      payments: a.payments as ReadonlyMap<string, Payment>,
      requests: a.requests as ReadonlyMap<string, CreditRequest>,
      items: a.items as ReadonlyMap<string, PayableItem>,
    };
  }
}

function purgeOld(records: Map<string, IdempotencyEntry>, before: number): number {
  let purged = 0;
  for (const [key, entry] of records) {
    if (entry.createdAt >= before) break;
    records.delete(key);
    purged++;
  }
  return purged;
}

/** A write that would break a ledger invariant (the SQL store's CHECK constraints say the same). */
export class InvariantError extends Error {}

const newestFirst = <T>(map: Map<string, T>): T[] => [...map.values()].reverse();

class MemoryTx implements AccountTx {
  private readonly undo: Undo[] = [];
  private readonly changes = { entries: new Set<string>(), topUps: new Set<string>(), requests: new Set<string>() };
  private readonly notices: string[] = [];
  private touched = false;

  constructor(
    private readonly store: MemoryStorage,
    private readonly a: MemoryAccount,
    private readonly readOnly: boolean,
  ) {}

  get accountId(): string {
    return this.a.state.id;
  }

  private write(undo: Undo, visible = true): void {
    if (this.readOnly) throw new ReadOnlyError();
    this.undo.push(undo);
    if (visible) this.touched = true;
  }

  private guard(): void {
    if (this.readOnly) throw new ReadOnlyError();
  }

  /** Stores a frozen copy of `value` under `key`, undoably; `visible` writes reach live listeners. */
  private put<K, V extends object>(map: Map<K, V>, key: K, value: V, visible = false): Promise<void> {
    this.guard();
    this.write(setUndoable(map, key, Object.freeze({ ...value })), visible);
    return Promise.resolve();
  }

  rollback(): void {
    for (let i = this.undo.length - 1; i >= 0; i--) this.undo[i]!();
    this.undo.length = 0;
  }

  notice(): ChangeNotice | null {
    if (!this.touched && this.notices.length === 0) return null;
    return {
      accountId: this.accountId,
      entries: [...this.changes.entries],
      topUps: [...this.changes.topUps],
      requests: [...this.changes.requests],
      notices: [...this.notices],
    };
  }

  account(): Promise<AccountState> {
    return Promise.resolve(this.a.state);
  }

  updateAccount(patch: Partial<AccountState>): Promise<void> {
    this.guard();
    // The same invariants the SQL schema holds as constraints.
    if ((patch.balance ?? 0) < 0 || (patch.held ?? 0) < 0)
      throw new InvariantError('balance and held never go below 0');
    const old = this.a.state;
    this.a.state = Object.freeze({ ...old, ...patch }) as AccountState;
    this.write(() => void (this.a.state = old));
    return Promise.resolve();
  }

  blocks(): Promise<CreditBlock[]> {
    return Promise.resolve(this.a.blocks.map((b) => ({ ...b })));
  }

  saveBlocks(blocks: readonly CreditBlock[]): Promise<void> {
    this.guard();
    if (blocks.some((b) => b.remaining < 0)) throw new InvariantError('a credit block never holds less than 0');
    const old = this.a.blocks;
    this.a.blocks = blocks.filter((b) => b.remaining > 0).map((b) => ({ ...b }));
    this.write(() => void (this.a.blocks = old), false);
    return Promise.resolve();
  }

  /** Puts `entry` at the end of the ledger (position `seq`); returns how to take it off again. */
  private push(entry: Transaction, seq: number): Undo {
    if (entry.amount < 0 || entry.balanceAfter < 0) throw new InvariantError('amounts and balances never go below 0');
    const a = this.a;
    const last = a.seqs.at(-1);
    if (last !== undefined && seq <= last) throw new Error(`ledger position ${seq} is not after ${last}`);
    a.entries.push(Object.freeze({ ...entry }));
    a.seqs.push(seq);
    a.position.set(entry.id, a.entries.length - 1);
    this.changes.entries.add(entry.id);
    return () => {
      a.entries.pop();
      a.seqs.pop();
      a.position.delete(entry.id);
    };
  }

  appendEntry(entry: Transaction, seq: number): Promise<void> {
    this.guard();
    if (this.a.position.has(entry.id)) throw new Error(`duplicate entry id ${entry.id}`);
    this.write(this.push(entry, seq));
    return Promise.resolve();
  }

  entry(id: string): Promise<Transaction | null> {
    const index = this.a.position.get(id);
    return Promise.resolve(index === undefined ? null : this.a.entries[index]!);
  }

  updateEntry(entry: Transaction, seq?: number): Promise<void> {
    this.guard();
    const a = this.a;
    const index = a.position.get(entry.id);
    if (index === undefined) throw new Error(`no entry ${entry.id}`);
    const old = a.entries[index]!;
    if (seq === undefined) {
      a.entries[index] = Object.freeze({ ...entry });
      this.write(() => void (a.entries[index] = old));
    } else {
      const undoPush = this.push(entry, seq);
      a.entries[index] = null;
      this.write(() => {
        undoPush();
        a.entries[index] = old;
        a.position.set(entry.id, index);
      });
    }
    this.changes.entries.add(entry.id);
    return Promise.resolve();
  }

  ledgerPage(query: LedgerQuery): Promise<LedgerPage> {
    const { entries, seqs } = this.a;
    let end = query.beforeSeq === undefined ? entries.length : firstAtLeast(seqs, query.beforeSeq);
    // createdAt ascends with the ledger position (the server clock never goes back).
    if (query.toIso !== undefined) {
      const iso = query.toIso;
      let lo = 0;
      let hi = end;
      while (lo < hi) {
        const mid = (lo + hi) >>> 1;
        const at = createdAtNear(entries, mid);
        if (at !== null && at < iso) lo = mid + 1;
        else hi = mid;
      }
      end = lo;
    }
    const items: Transaction[] = [];
    let lastSeq = -1;
    let more = false;
    for (let i = end - 1; i >= 0; i--) {
      const entry = entries[i];
      if (!entry) continue;
      if (query.fromIso !== undefined && entry.createdAt < query.fromIso) break;
      if (query.direction !== undefined && entry.direction !== query.direction) continue;
      if (query.status !== undefined && entry.status !== query.status) continue;
      if (items.length === query.limit) {
        more = true;
        break;
      }
      items.push(entry);
      lastSeq = seqs[i]!;
    }
    return Promise.resolve({ items, nextBeforeSeq: more ? lastSeq : null });
  }

  topUp(id: string): Promise<StoredTopUp | null> {
    const found = this.a.topUps.get(id);
    return Promise.resolve(found ? { topUp: found.topUp, meta: { ...found.meta } } : null);
  }

  putTopUp(topUp: TopUp, meta: TopUpMeta): Promise<void> {
    this.guard();
    this.write(setUndoable(this.a.topUps, topUp.id, { topUp: Object.freeze({ ...topUp }), meta: { ...meta } }));
    this.changes.topUps.add(topUp.id);
    return Promise.resolve();
  }

  request(id: string): Promise<CreditRequest | null> {
    return Promise.resolve(this.a.requests.get(id) ?? null);
  }

  requests(): Promise<CreditRequest[]> {
    return Promise.resolve(newestFirst(this.a.requests));
  }

  putRequest(request: CreditRequest): Promise<void> {
    this.changes.requests.add(request.id);
    return this.put(this.a.requests, request.id, request, true);
  }

  hold(id: string): Promise<HoldRecord | null> {
    return Promise.resolve(this.a.holds.get(id) ?? null);
  }

  holds(): Promise<HoldRecord[]> {
    return Promise.resolve([...this.a.holds.values()]);
  }

  putHold(hold: HoldRecord): Promise<void> {
    return this.put(this.a.holds, hold.id, hold, true);
  }

  invoice(id: string): Promise<InvoiceRecord | null> {
    return Promise.resolve(this.a.invoices.get(id) ?? null);
  }

  putInvoice(invoice: InvoiceRecord): Promise<void> {
    return this.put(this.a.invoices, invoice.id, invoice);
  }

  item(id: string): Promise<PayableItem | null> {
    return Promise.resolve(this.a.items.get(id) ?? null);
  }

  putItem(item: PayableItem): Promise<void> {
    return this.put(this.a.items, item.itemId, item);
  }

  payments(): Promise<Payment[]> {
    return Promise.resolve(newestFirst(this.a.payments));
  }

  putPayment(payment: Payment): Promise<void> {
    return this.put(this.a.payments, payment.id, payment);
  }

  idempotency(operation: string, key: string): Promise<IdempotencyEntry | null> {
    return Promise.resolve(this.a.idempotency.get(`${operation} ${key}`) ?? null);
  }

  putIdempotency(operation: string, key: string, entry: IdempotencyEntry): Promise<void> {
    this.guard();
    const id = `${operation} ${key}`;
    const records = this.a.idempotency;
    const old = records.get(id);
    // Re-inserted at the end, so the map stays in creation order for purging.
    records.delete(id);
    records.set(id, Object.freeze({ ...entry }));
    this.write(() => {
      records.delete(id);
      if (old) records.set(id, old);
    }, false);
    return Promise.resolve();
  }

  nextNumber(series: string): Promise<number> {
    this.guard();
    const { counters } = this.store.shared;
    const next = (counters.get(series) ?? 0) + 1;
    this.write(setUndoable(counters, series, next), false);
    return Promise.resolve(next);
  }

  addToBucket(metric: string, period: string, amount: number): Promise<void> {
    this.guard();
    const key = `${metric}|${period}`;
    this.write(setUndoable(this.a.buckets, key, (this.a.buckets.get(key) ?? 0) + amount), false);
    return Promise.resolve();
  }

  sumBuckets(metric: string, fromPeriod: string, toPeriod: string): Promise<number> {
    // Periods are days or months: walking the range is bounded (≤ a few hundred keys).
    let sum = 0;
    for (const period of periodsBetween(fromPeriod, toPeriod)) sum += this.a.buckets.get(`${metric}|${period}`) ?? 0;
    return Promise.resolve(sum);
  }

  addUsage(rows: readonly UsageRow[]): Promise<void> {
    this.guard();
    if (rows.some((r) => r.amount < 0 || r.entries < 0)) throw new InvariantError('usage sums never go below 0');
    this.write(
      addUsageRows(
        this.a.usage,
        rows.map((r) => ({ ...r })),
      ),
      false,
    );
    return Promise.resolve();
  }

  usageRows(
    dimension: UsageDimension,
    fromDay: string,
    toDay: string,
    interval: UsageInterval | 'all',
  ): Promise<UsageRow[]> {
    // One map lookup per day and dimension: a year is 730 lookups, at any ledger size.
    const rows = new Map<string, UsageRow>();
    for (const day of periodsBetween(fromDay, toDay))
      for (const dim of [dimension, 'flow'] as const) {
        const sums = this.a.usage.get(`${dim}|${day}`);
        if (!sums) continue;
        const bucket = bucketOf(day, interval, fromDay);
        for (const [key, sum] of sums) {
          if (sum.entries === 0) continue;
          const id = `${dim}|${bucket}|${key}`;
          const row = rows.get(id);
          if (row) {
            row.amount += sum.amount;
            row.entries += sum.entries;
          } else rows.set(id, { day: bucket, dimension: dim, key, amount: sum.amount, entries: sum.entries });
        }
      }
    return Promise.resolve([...rows.values()]);
  }

  blockRecord(id: string): Promise<BlockRecord | null> {
    return Promise.resolve(this.a.blockRecords.get(id) ?? null);
  }

  putBlockRecord(record: BlockRecord): Promise<void> {
    if (record.amount < 0 || record.remaining < 0) throw new InvariantError('a block record never holds less than 0');
    return this.put(this.a.blockRecords, record.id, record);
  }

  blockRecords(closedLimit: number): Promise<BlockRecord[]> {
    const all = [...this.a.blockRecords.values()];
    const closed = all
      .filter((r) => r.status !== 'active')
      .sort((a, b) => b.closedAt!.localeCompare(a.closedAt!))
      .slice(0, closedLimit);
    return Promise.resolve([...all.filter((r) => r.status === 'active'), ...closed]);
  }

  claimProviderEvent(provider: string, eventId: string): Promise<boolean> {
    this.guard();
    const { providerEvents } = this.store.shared;
    const key = `${provider}:${eventId}`;
    if (providerEvents.has(key)) return Promise.resolve(false);
    providerEvents.add(key);
    this.write(() => void providerEvents.delete(key), false);
    return Promise.resolve(true);
  }

  putPortalSession(id: string, expiresAt: number): Promise<void> {
    return this.put(this.store.shared.portalSessions, id, { accountId: this.accountId, expiresAt });
  }

  notify(message: string): void {
    this.guard();
    this.notices.push(message);
  }
}

/** The entry's createdAt at index `i`, or of the nearest entry before it when `i` is a hole. */
function createdAtNear(entries: readonly (Transaction | null)[], i: number): string | null {
  for (let j = i; j >= 0; j--) {
    const entry = entries[j];
    if (entry) return entry.createdAt;
  }
  return null;
}

/** Every day (`YYYY-MM-DD`) or month (`YYYY-MM`) from `from` to `to`, inclusive. */
export function periodsBetween(from: string, to: string): string[] {
  const out: string[] = [];
  if (from > to) return out;
  if (from.length === 7) {
    let [y, m] = from.split('-').map(Number) as [number, number];
    for (let p = from; p <= to;) {
      out.push(p);
      m += 1;
      if (m > 12) {
        m = 1;
        y += 1;
      }
      p = `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}`;
    }
    return out;
  }
  for (let t = Date.parse(`${from}T00:00:00Z`), end = Date.parse(`${to}T00:00:00Z`); t <= end; t += 86_400_000)
    out.push(new Date(t).toISOString().slice(0, 10));
  return out;
}
