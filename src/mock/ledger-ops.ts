/**
 * Ledger mutations of the mock server, built on the pure core rules. Call them
 * only inside `storage.withAccount` (or `ctx.idempotent`), which serialises them.
 * Only completed entries move the balance; pending and failed ones carry the
 * balance as it stood.
 */
import {
  addMonths,
  availableBalance,
  consume,
  dueForExpiry,
  expiringWithin,
  type CreditBlock,
} from '../core/ledger.js';
import type { Account, PaymentMethod, Transaction, TransactionKind } from '../core/schemas/index.js';
import type { AccountRecord } from './store/types.js';

export interface EntryInput {
  direction: 'in' | 'out';
  kind: TransactionKind;
  amount: number;
  status: 'completed' | 'pending' | 'failed';
  reference: string;
  description: string;
  method?: PaymentMethod | null;
  billingNumber?: string | null;
  invoiceId?: string | null;
  topUpId?: string | null;
  source?: 'paid' | 'granted' | 'plan';
  /** For In entries: when the credits expire; defaults to the account's expiry policy. */
  expiresAt?: string | null;
  /** Reuse an id (a pending entry completing keeps its id). */
  id?: string;
}

/**
 * Ledger position of each stored entry. `entries` is always in ascending `seq`
 * order (entries are appended; a settled pending entry is removed and appended
 * again with a new seq), which is what keyset pagination binary-searches. The seq
 * lives in a side map, not on the entry, so the wire object stays exactly the
 * schema's shape.
 */
const SEQ = new WeakMap<Transaction, number>();

/** Records an entry's ledger position (for code that builds entries by hand, e.g. bulk seeding). */
export function setEntrySeq(entry: Transaction, seq: number): void {
  SEQ.set(entry, seq);
}

/**
 * An entry's ledger position. Entries that bypassed the side map (replaced by a
 * spread copy elsewhere) fall back to the `txn_<seq>` id that `postEntry` gives.
 */
export function entrySeq(entry: Transaction): number | undefined {
  const known = SEQ.get(entry);
  if (known !== undefined) return known;
  const m = /^txn_(\d+)$/.exec(entry.id);
  return m ? Number(m[1]) : undefined;
}

export function balanceOf(account: AccountRecord, now: number): number {
  return availableBalance(account.blocks, now);
}

/** Appends an entry; completed In adds a credit block, completed Out consumes earliest-expiry first (throws if short). */
export function postEntry(account: AccountRecord, input: EntryInput, now: number): Transaction {
  // Credits that expired since the last write leave as expiry entries first, so
  // this entry's running balance follows from the one before it.
  if (dueForExpiry(account.blocks, now).length > 0) expireDue(account, now);
  const at = new Date(now).toISOString();
  if (input.status === 'completed' && input.amount > 0) {
    if (input.direction === 'in') {
      const expiresAt =
        input.expiresAt !== undefined
          ? input.expiresAt
          : account.settings.creditExpiryMonths
            ? addMonths(at, account.settings.creditExpiryMonths)
            : null;
      const block: CreditBlock = {
        id: `blk_${account.nextSeq}`,
        remaining: input.amount,
        expiresAt,
        source: input.source ?? 'paid',
        createdAt: at,
      };
      account.blocks.push(block);
    } else {
      account.blocks = consume(account.blocks, input.amount, now).blocks.filter((b) => b.remaining > 0);
    }
  }
  const seq = account.nextSeq++;
  const entry: Transaction = {
    id: input.id ?? `txn_${seq}`,
    createdAt: at,
    direction: input.direction,
    kind: input.kind,
    amount: input.amount,
    balanceAfter: balanceOf(account, now),
    status: input.status,
    reference: input.reference,
    description: input.description,
    method: input.method ?? null,
    billingNumber: input.billingNumber ?? null,
    invoiceId: input.invoiceId ?? null,
    topUpId: input.topUpId ?? null,
    ...(input.source ? { source: input.source } : {}),
  };
  SEQ.set(entry, seq);
  account.entries.push(entry);
  account.updatedAt = at;
  return entry;
}

/**
 * Settles a pending entry: it leaves its old place and is appended as completed
 * (same id), so the running balance stays in ledger order.
 */
export function settlePending(
  account: AccountRecord,
  entryId: string,
  outcome: 'completed' | 'failed',
  now: number,
  patch: Partial<EntryInput> = {},
): Transaction {
  const index = account.entries.findIndex((e) => e.id === entryId);
  const entry = account.entries[index];
  if (!entry || entry.status !== 'pending') throw new Error(`no pending entry ${entryId}`);
  if (outcome === 'failed') {
    const failed: Transaction = { ...entry, status: 'failed' };
    const seq = entrySeq(entry);
    if (seq !== undefined) SEQ.set(failed, seq);
    account.entries[index] = failed;
    return failed;
  }
  account.entries.splice(index, 1);
  return postEntry(
    account,
    {
      direction: entry.direction,
      kind: entry.kind,
      amount: entry.amount,
      status: 'completed',
      reference: entry.reference,
      description: entry.description,
      method: entry.method,
      billingNumber: entry.billingNumber,
      invoiceId: entry.invoiceId,
      topUpId: entry.topUpId,
      ...(entry.source ? { source: entry.source } : {}),
      ...patch,
      id: entry.id,
    },
    now,
  );
}

/** Turns expired blocks into Out entries of kind `expiry`; returns the entries made. */
export function expireDue(account: AccountRecord, now: number): Transaction[] {
  const made: Transaction[] = [];
  const due = dueForExpiry(account.blocks, now);
  // The ledger still counts every due block; each expiry entry takes one away, so
  // the running balance steps down block by block (balanceOf already excludes all).
  let balance = balanceOf(account, now) + due.reduce((sum, b) => sum + b.remaining, 0);
  for (const block of due) {
    const amount = block.remaining;
    block.remaining = 0;
    balance -= amount;
    const seq = account.nextSeq++;
    const at = new Date(now).toISOString();
    const entry: Transaction = {
      id: `txn_${seq}`,
      createdAt: at,
      direction: 'out',
      kind: 'expiry',
      amount,
      balanceAfter: balance,
      status: 'completed',
      reference: block.id,
      description: 'Credits expired',
      method: null,
      billingNumber: null,
      invoiceId: null,
      topUpId: null,
      source: block.source,
    };
    SEQ.set(entry, seq);
    account.entries.push(entry);
    made.push(entry);
  }
  account.blocks = account.blocks.filter((b) => b.remaining > 0);
  if (made.length) account.updatedAt = new Date(now).toISOString();
  return made;
}

/** Average Out spend per month over the last three months (payments and usage, not expiry). */
export function monthlyAverageSpend(account: AccountRecord, now: number): number {
  const since = now - 90 * 86_400_000;
  let spent = 0;
  for (let i = account.entries.length - 1; i >= 0; i--) {
    const e = account.entries[i]!;
    if (Date.parse(e.createdAt) < since) break;
    if (e.direction === 'out' && e.status === 'completed' && e.kind !== 'expiry' && e.kind !== 'refund')
      spent += e.amount;
  }
  return Math.round(spent / 3);
}

/** The account as the wire schema shows it. */
export function accountView(account: AccountRecord, now: number): Account {
  const held = [...account.holds.values()].filter((h) => h.status === 'held').reduce((s, h) => s + h.amount, 0);
  return {
    id: account.id,
    name: account.name,
    model: account.model,
    currency: account.currency,
    unitLabels: account.unitLabels,
    balance: balanceOf(account, now),
    held,
    creditPaymentsEnabled: account.creditPaymentsEnabled,
    lowBalanceThreshold: account.lowBalanceThreshold,
    expiring: expiringWithin(account.blocks, now, 30),
    monthlyAverageSpend: monthlyAverageSpend(account, now),
    billingDetailsComplete: account.billingDetails !== null,
    ...(account.productName ? { productName: account.productName } : {}),
    settings: account.settings,
    updatedAt: account.updatedAt,
  };
}
