/**
 * Building blocks for the demo accounts: an empty account record, a seeded
 * pseudo-random source (no `Math.random`, so every run shows the same data) and a
 * history writer whose clock only moves forward, so running balances and expiry
 * entries are correct by construction.
 */
import { buildQuote } from '../../core/pricing.js';
import type { AccountSettings, AutoTopUpState, PaymentMethod, TopUp, Transaction } from '../../core/schemas/index.js';
import { balanceOf, expireDue, postEntry, type EntryInput } from '../ledger-ops.js';
import type { AccountRecord, PresetName } from '../store/types.js';

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
  model: AccountRecord['model'];
  currency: string;
  settings: AccountSettings;
  lowBalanceThreshold: number;
  createdAt: number;
}

/** A fresh account with no history; presets fill in the rest. */
export function emptyAccount(base: AccountBase): AccountRecord {
  return {
    id: base.id,
    token: base.token,
    preset: base.preset,
    name: base.name,
    model: base.model,
    currency: base.currency,
    unitLabels: null,
    settings: base.settings,
    lowBalanceThreshold: base.lowBalanceThreshold,
    creditPaymentsEnabled: true,
    blocks: [],
    entries: [],
    nextSeq: 1,
    billingDetails: null,
    packages: [],
    topUps: new Map(),
    requests: new Map(),
    invoices: new Map(),
    items: new Map(),
    payments: new Map(),
    holds: new Map(),
    autoTopUp: structuredClone(NO_AUTO_TOP_UP),
    idempotency: new Map(),
    planCredits: 0,
    nextBillingDate: null,
    updatedAt: new Date(base.createdAt).toISOString(),
    extra: {},
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
    readonly account: AccountRecord,
    start: number,
  ) {
    this.clock = start;
  }

  get now(): number {
    return this.clock;
  }

  get balance(): number {
    return balanceOf(this.account, this.clock);
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
      expireDue(this.account, this.clock);
    }
    this.clock = target;
  }

  post(at: number, input: EntryInput): Transaction {
    this.advanceTo(at);
    return postEntry(this.account, input, this.clock);
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
    this.account.topUps.set(topUp.id, topUp);
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
