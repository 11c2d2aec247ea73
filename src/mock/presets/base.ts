/**
 * Building blocks for the demo accounts: an empty account record, a seeded
 * pseudo-random source (no `Math.random`, so every run shows the same data) and a
 * history writer whose clock only moves forward, so running balances and expiry
 * entries are correct by construction.
 */
import { buildQuote } from '../../core/pricing.js';
import { availableBalance, type CreditBlock } from '../../core/ledger.js';
import type { AccountSettings, AutoTopUpState, PaymentMethod, TopUp, Transaction } from '../../core/schemas/index.js';
import {
  countsAsSpend,
  dayOf,
  heldByBlocks,
  planExpiry,
  planPost,
  type EntryInput,
  type LedgerPlan,
  type LedgerState,
} from '../ledger-ops.js';
import { usageRowsOf } from '../../core/usage-buckets.js';
import { applyBlockChanges, blockChanges } from '../credit-blocks.js';
import type {
  AccountState,
  BlockRecord,
  PayableItem,
  PresetName,
  SeedAccount,
  StoredTopUp,
  UsageRow,
} from '../store/types.js';

export const DAY = 86_400_000;
export const HOUR = 3_600_000;

/** mulberry32: tiny, fast, good enough to vary demo data deterministically. */
export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

/** An integer in [min, max] from a generator. */
export function between(random: () => number, min: number, max: number): number {
  return min + Math.floor(random() * (max - min + 1));
}

/** Seed for a preset: stable for one `now` (day granularity) and different per preset. */
export function seedFor(preset: string, now: number): number {
  let h = Math.floor(now / DAY) | 0;
  for (const ch of preset) h = Math.imul(h ^ ch.charCodeAt(0), 0x01000193);
  return h >>> 0;
}

export const NO_AUTO_TOP_UP: AutoTopUpState = {
  settings: {
    enabled: false,
    threshold: null,
    expiryDays: null,
    purchase: { type: 'amount', amount: 0 },
    monthlyCap: null,
    paymentMethodId: null,
  },
  paymentMethods: [],
  paused: false,
  lastFailure: null,
};

export interface AccountBase {
  id: string;
  token: string;
  preset: PresetName;
  name: string;
  model: AccountState['model'];
  currency: string;
  settings: AccountSettings;
  lowBalanceThreshold: number;
  createdAt: number;
}

/**
 * An account while a preset builds it: the account row's fields plus plain lists
 * and maps of what it holds. `toSeed` turns it into what a store loads.
 */
export interface AccountDraft extends AccountState {
  blocks: CreditBlock[];
  entries: Transaction[];
  seqs: number[];
  topUps: Map<string, StoredTopUp>;
  items: Map<string, PayableItem>;
  /** Spend per day (`2026-11-23`) of the history, for the monthly average. */
  spend: Map<string, number>;
  /** Usage sums of the history by `dimension|day|key`. */
  usageSums: Map<string, UsageRow>;
  /** History of every block, by id. */
  blockRecords: Map<string, BlockRecord>;
}

/** A fresh account with no history; presets fill in the rest. */
export function emptyAccount(base: AccountBase): AccountDraft {
  return {
    id: base.id,
    token: base.token,
    preset: base.preset,
    name: base.name,
    model: base.model,
    currency: base.currency,
    unitLabels: null,
    productName: null,
    settings: base.settings,
    lowBalanceThreshold: base.lowBalanceThreshold,
    creditPaymentsEnabled: true,
    billingDetails: null,
    packages: [],
    autoTopUp: structuredClone(NO_AUTO_TOP_UP),
    autoTopUpEngine: { armed: true, failures: 0, pendingTopUpId: null, pendingReason: null, capNotified: null },
    planCredits: 0,
    nextBillingDate: null,
    balance: 0,
    held: 0,
    nextSeq: 1,
    updatedAt: new Date(base.createdAt).toISOString(),
    blocks: [],
    entries: [],
    seqs: [],
    topUps: new Map(),
    items: new Map(),
    spend: new Map(),
    usageSums: new Map(),
    blockRecords: new Map(),
  };
}

/** Adds an entry to the draft's usage sums. */
export function addUsage(account: AccountDraft, entry: Transaction): void {
  for (const row of usageRowsOf(entry)) {
    const id = `${row.dimension}|${row.day}|${row.key}`;
    const sum = account.usageSums.get(id);
    if (sum) {
      sum.amount += row.amount;
      sum.entries += row.entries;
    } else account.usageSums.set(id, row);
  }
}

/** Appends planned entries to a draft (the seed-time twin of `postEntry`). */
export function applyToDraft(account: AccountDraft, plan: LedgerPlan): Transaction[] {
  for (const { entry, seq } of plan.entries) {
    account.entries.push(entry);
    account.seqs.push(seq);
    if (countsAsSpend(entry)) {
      const day = dayOf(entry.createdAt);
      account.spend.set(day, (account.spend.get(day) ?? 0) + entry.amount);
    }
    addUsage(account, entry);
  }
  const at = plan.entries.at(-1)?.entry.createdAt ?? account.updatedAt;
  applyBlockChanges(account.blockRecords, account.blocks, blockChanges(account.blocks, plan.blocks, plan.entries, at));
  account.blocks = plan.blocks;
  account.balance = plan.balance;
  account.nextSeq = plan.nextSeq;
  if (plan.entries.length) account.updatedAt = plan.entries.at(-1)!.entry.createdAt;
  return plan.entries.map((e) => e.entry);
}

const ledgerOf = (account: AccountDraft): LedgerState => ({
  blocks: account.blocks,
  balance: heldByBlocks(account.blocks),
  nextSeq: account.nextSeq,
  expiryMonths: account.settings.creditExpiryMonths,
});

/** What a store loads for a finished draft. */
export function toSeed(account: AccountDraft): SeedAccount {
  const { blocks, entries, seqs, topUps, items, spend, usageSums, blockRecords, ...state } = account;
  return {
    state,
    blocks,
    entries,
    seqs,
    topUps: [...topUps.values()],
    items: [...items.values()],
    invoices: [],
    requests: [],
    holds: [],
    payments: [],
    buckets: [...spend].map(([period, amount]) => ({ metric: 'spend', period, amount })),
    usage: [...usageSums.values()],
    blockRecords: [...blockRecords.values()],
  };
}

/**
 * Writes history in time order. Before each entry it expires every block whose
 * expiry has passed, at the instant it expired, so expiry entries sit where they
 * belong and the running balance never jumps.
 */
export class HistoryWriter {
  private clock: number;

  constructor(
    readonly account: AccountDraft,
    start: number,
  ) {
    this.clock = start;
  }

  get now(): number {
    return this.clock;
  }

  get balance(): number {
    return availableBalance(this.account.blocks, this.clock);
  }

  /** Moves the clock to `at` (never backwards), expiring blocks on the way. */
  advanceTo(at: number): void {
    const target = Math.max(at, this.clock);
    for (;;) {
      let next = Infinity;
      for (const block of this.account.blocks) {
        if (block.remaining <= 0 || block.expiresAt === null) continue;
        const expiry = Date.parse(block.expiresAt);
        if (expiry <= target && expiry < next) next = expiry;
      }
      if (next === Infinity) break;
      this.clock = Math.max(this.clock, next);
      applyToDraft(this.account, planExpiry(ledgerOf(this.account), this.clock));
    }
    this.clock = target;
  }

  post(at: number, input: EntryInput): Transaction {
    this.advanceTo(at);
    return applyToDraft(this.account, planPost(ledgerOf(this.account), input, this.clock)).at(-1)!;
  }

  /**
   * A top-up or purchase together with its `TopUp` record, so pending ones can be
   * completed and failed ones retried from the history.
   */
  purchase(
    at: number,
    input: {
      id: string;
      reference: string;
      amount: number;
      credits: number;
      method: PaymentMethod;
      status: 'completed' | 'pending' | 'failed';
      kind: 'top_up' | 'purchase';
      description: string;
      buyerCountry: string | null;
    },
  ): Transaction {
    this.advanceTo(at);
    const balance = this.balance;
    // New top-ups continue after the seeded ones ("TU-1004" → "TU-1005").
    const number = /^TU-(\d+)$/.exec(input.reference)?.[1];
    if (number) this.account.lastTopUpNumber = Math.max(this.account.lastTopUpNumber ?? 0, Number(number));
    const entry = this.post(at, {
      direction: 'in',
      kind: input.kind,
      amount: input.credits,
      status: input.status,
      reference: input.reference,
      description: input.description,
      method: input.method,
      topUpId: input.id,
      source: 'paid',
    });
    const quote = buildQuote(this.account.settings, {
      amount: input.amount,
      credits: input.credits,
      method: input.method,
      methods: [input.method],
      buyerCountry: input.buyerCountry,
      balance,
      currency: this.account.currency,
    });
    const iso = new Date(this.clock).toISOString();
    const topUp: TopUp = {
      id: input.id,
      status: input.status,
      method: input.method,
      quote,
      next: input.status === 'pending' ? { type: 'test_card' } : null,
      failureCode: input.status === 'failed' ? 'payment_declined' : null,
      failureMessage: input.status === 'failed' ? 'Your card was declined.' : null,
      billingNumber: null,
      transactionId: entry.id,
      createdAt: iso,
      updatedAt: iso,
    };
    this.account.topUps.set(topUp.id, { topUp, meta: { kind: input.kind, entryId: entry.id } });
    return entry;
  }
}

/** Usage amounts between `min` and `max` that add up to exactly `budget`. */
export function usageAmounts(random: () => number, budget: number, min: number, max: number): number[] {
  const amounts: number[] = [];
  let left = budget;
  while (left > 0) {
    const amount = Math.min(left, between(random, min, max));
    amounts.push(amount);
    left -= amount;
  }
  return amounts;
}

/** `count` instants spread over [from, to] with a little jitter, ascending. */
export function spread(random: () => number, count: number, from: number, to: number): number[] {
  const step = (to - from) / Math.max(count, 1);
  return Array.from({ length: count }, (_, i) => Math.floor(from + step * i + random() * step * 0.8));
}

export interface TimelineEvent {
  at: number;
  run: (h: HistoryWriter, at: number) => void;
}

/** Runs events in time order (stable for equal instants). */
export function runTimeline(h: HistoryWriter, events: TimelineEvent[]): void {
  for (const event of [...events].sort((a, b) => a.at - b.at)) event.run(h, event.at);
}
