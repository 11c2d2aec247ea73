/**
 * Ledger writes of the reference server, on the pure core rules. `planPost` and
 * `planExpiry` say what an entry does to the credit blocks and running balance
 * (the seed builder runs them on plain data); `postEntry`, `expireDue` and
 * `settlePending` apply them through a storage transaction. Only completed entries
 * move the balance; pending and failed ones carry the balance as it stood.
 *
 * Every write costs the same at any ledger size: it reads the account row and the
 * live blocks (a handful), appends one entry and bumps running sums; nothing
 * scans the ledger.
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
import { isSpend, usageRowsOf } from '../core/usage-buckets.js';
import { saveBlocks } from './credit-blocks.js';
import type { AccountState, AccountTx } from './store/types.js';

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
  /** What an Out entry paid for (`scan`, `ai.video.4K`, `payment.service`): usage summaries group by it. */
  category?: string;
  /** The team member behind the entry. */
  member?: string;
  /** Reuse an id (a pending entry completing keeps its id). */
  id?: string;
}

/** The part of an account a ledger write reads and changes. */
export interface LedgerState {
  blocks: CreditBlock[];
  balance: number;
  nextSeq: number;
  expiryMonths: number | null;
}

export interface LedgerPlan extends LedgerState {
  /** New entries with their ledger positions, in order (expiry entries first). */
  entries: { entry: Transaction; seq: number }[];
}

const DAY = 86_400_000;

/** Turns blocks whose expiry has passed into Out entries of kind `expiry`. */
export function planExpiry(state: LedgerState, now: number): LedgerPlan {
  const due = dueForExpiry(state.blocks, now);
  if (due.length === 0) return { ...state, entries: [] };
  const at = new Date(now).toISOString();
  let { balance, nextSeq } = state;
  const entries: LedgerPlan['entries'] = [];
  for (const block of due) {
    balance -= block.remaining;
    const seq = nextSeq++;
    entries.push({
      seq,
      entry: {
        id: `txn_${seq}`,
        createdAt: at,
        direction: 'out',
        kind: 'expiry',
        amount: block.remaining,
        balanceAfter: balance,
        status: 'completed',
        reference: block.id,
        description: 'Credits expired',
        method: null,
        billingNumber: null,
        invoiceId: null,
        topUpId: null,
        source: block.source,
      },
    });
  }
  const gone = new Set(due.map((b) => b.id));
  return { ...state, blocks: state.blocks.filter((b) => !gone.has(b.id)), balance, nextSeq, entries };
}

/**
 * Posts one entry: lapsed credits leave first (so this entry's running balance
 * follows from the one before), then a completed In adds a block and a completed
 * Out consumes earliest-expiry first (throws `InsufficientBalanceError` if short).
 */
export function planPost(state: LedgerState, input: EntryInput, now: number): LedgerPlan {
  const expired = planExpiry(state, now);
  const at = new Date(now).toISOString();
  let { blocks, balance } = expired;
  let nextSeq = expired.nextSeq;
  if (input.status === 'completed' && input.amount > 0) {
    if (input.direction === 'in') {
      const expiresAt =
        input.expiresAt !== undefined ? input.expiresAt : state.expiryMonths ? addMonths(at, state.expiryMonths) : null;
      blocks = [
        ...blocks,
        { id: `blk_${nextSeq}`, remaining: input.amount, expiresAt, source: input.source ?? 'paid', createdAt: at },
      ];
      balance += input.amount;
    } else {
      blocks = consume(blocks, input.amount, now).blocks.filter((b) => b.remaining > 0);
      balance -= input.amount;
    }
  }
  const seq = nextSeq++;
  const entry: Transaction = {
    id: input.id ?? `txn_${seq}`,
    createdAt: at,
    direction: input.direction,
    kind: input.kind,
    amount: input.amount,
    balanceAfter: balance,
    status: input.status,
    reference: input.reference,
    description: input.description,
    method: input.method ?? null,
    billingNumber: input.billingNumber ?? null,
    invoiceId: input.invoiceId ?? null,
    topUpId: input.topUpId ?? null,
    ...(input.source ? { source: input.source } : {}),
    ...(input.category ? { category: input.category } : {}),
    ...(input.member ? { member: input.member } : {}),
  };
  return { ...state, blocks, balance, nextSeq, entries: [...expired.entries, { entry, seq }] };
}

/** Out entries that count as spending for the monthly average (not expiry, not refunds). */
export const countsAsSpend: (entry: Transaction) => boolean = isSpend;

export const dayOf = (at: number | string): string => new Date(at).toISOString().slice(0, 10);
export const monthOf = (at: number | string): string => new Date(at).toISOString().slice(0, 7);

/** Sum of what the blocks hold, lapsed ones included until expiry writes them off: the running balance. */
export const heldByBlocks = (blocks: readonly CreditBlock[]): number => blocks.reduce((sum, b) => sum + b.remaining, 0);

async function ledgerState(tx: AccountTx): Promise<LedgerState> {
  const [account, blocks] = await Promise.all([tx.account(), tx.blocks()]);
  return {
    blocks,
    // Derived from the blocks (a handful, read anyway): it cannot drift from them.
    balance: heldByBlocks(blocks),
    nextSeq: account.nextSeq,
    expiryMonths: account.settings.creditExpiryMonths,
  };
}

/**
 * Writes a plan: new entries (the last one moved into place instead when it is a
 * settled pending entry), blocks and their records, running sums (spend per day
 * for the monthly average; per day, kind and member for usage summaries).
 */
async function apply(
  tx: AccountTx,
  before: LedgerState,
  plan: LedgerPlan,
  now: number,
  settles?: string,
): Promise<Transaction[]> {
  for (const { entry, seq } of plan.entries) {
    if (entry.id === settles) await tx.updateEntry(entry, seq);
    else await tx.appendEntry(entry, seq);
    if (countsAsSpend(entry)) await tx.addToBucket('spend', dayOf(entry.createdAt), entry.amount);
    const usage = usageRowsOf(entry);
    if (usage.length) await tx.addUsage(usage);
  }
  await saveBlocks(tx, before.blocks, plan.blocks, now, plan.entries);
  await tx.updateAccount({
    balance: plan.balance,
    nextSeq: plan.nextSeq,
    updatedAt: new Date(now).toISOString(),
  });
  return plan.entries.map((e) => e.entry);
}

/** Appends an entry (after any expiry entries it triggers); returns it. */
export async function postEntry(tx: AccountTx, input: EntryInput, now: number): Promise<Transaction> {
  const state = await ledgerState(tx);
  const written = await apply(tx, state, planPost(state, input, now), now);
  return written.at(-1)!;
}

/** Turns expired blocks into Out entries of kind `expiry`; returns the entries made. */
export async function expireDue(tx: AccountTx, now: number): Promise<Transaction[]> {
  const state = await ledgerState(tx);
  if (dueForExpiry(state.blocks, now).length === 0) return [];
  return apply(tx, state, planExpiry(state, now), now);
}

/** Whether any credits lapsed and wait for `expireDue` (a read: no write needed when false). */
export async function hasDueExpiry(tx: AccountTx, now: number): Promise<boolean> {
  return dueForExpiry(await tx.blocks(), now).length > 0;
}

/**
 * Settles a pending entry. Completed: it leaves its old place and is appended
 * again (same id), so the running balance stays in ledger order; an Out entry
 * that the balance no longer covers throws and nothing changes. Failed: it stays
 * where it is with status failed.
 */
export async function settlePending(
  tx: AccountTx,
  entryId: string,
  outcome: 'completed' | 'failed',
  now: number,
  patch: Partial<EntryInput> = {},
): Promise<Transaction> {
  const entry = await tx.entry(entryId);
  if (!entry || entry.status !== 'pending') throw new Error(`no pending entry ${entryId}`);
  if (outcome === 'failed') {
    const failed: Transaction = {
      ...entry,
      status: 'failed',
      ...(patch.description !== undefined ? { description: patch.description } : {}),
    };
    await tx.updateEntry(failed);
    return failed;
  }
  const state = await ledgerState(tx);
  const plan = planPost(
    state,
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
      ...(entry.category ? { category: entry.category } : {}),
      ...(entry.member ? { member: entry.member } : {}),
      ...patch,
      id: entry.id,
    },
    now,
  );
  const written = await apply(tx, state, plan, now, entry.id);
  return written.at(-1)!;
}

/** The available balance now: live blocks only (credits past expiry no longer count). */
export async function balanceNow(tx: AccountTx, now: number): Promise<number> {
  return availableBalance(await tx.blocks(), now);
}

/** What a new debit may take: the balance minus what running jobs hold. */
export async function spendableNow(tx: AccountTx, now: number): Promise<number> {
  const [account, blocks] = await Promise.all([tx.account(), tx.blocks()]);
  return Math.max(0, availableBalance(blocks, now) - account.held);
}

/** Average Out spend per month over the last 90 days (payments and usage, not expiry or refunds). */
export async function monthlyAverageSpend(tx: AccountTx, now: number): Promise<number> {
  const spent = await tx.sumBuckets('spend', dayOf(now - 89 * DAY), dayOf(now));
  return Math.round(spent / 3);
}

/** The account as the wire schema shows it. */
export async function accountView(tx: AccountTx, now: number): Promise<Account> {
  const [account, blocks, average] = await Promise.all([tx.account(), tx.blocks(), monthlyAverageSpend(tx, now)]);
  return viewOf(account, blocks, average, now);
}

export function viewOf(account: AccountState, blocks: readonly CreditBlock[], average: number, now: number): Account {
  return {
    id: account.id,
    name: account.name,
    model: account.model,
    currency: account.currency,
    unitLabels: account.unitLabels,
    balance: availableBalance(blocks, now),
    held: account.held,
    creditPaymentsEnabled: account.creditPaymentsEnabled,
    lowBalanceThreshold: account.lowBalanceThreshold,
    expiring: expiringWithin(blocks, now, 30),
    monthlyAverageSpend: average,
    billingDetailsComplete: account.billingDetails !== null,
    ...(account.productName ? { productName: account.productName } : {}),
    ...(account.planCredits > 0 && account.nextBillingDate
      ? { plan: { credits: account.planCredits, renewsAt: account.nextBillingDate } }
      : {}),
    ...(account.usage ? { usage: account.usage } : {}),
    settings: account.settings,
    updatedAt: account.updatedAt,
  };
}
