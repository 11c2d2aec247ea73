/**
 * Ledger rules, pure: credit blocks consumed earliest-expiry first, expiry, running
 * balances, and the idempotency decision. The mock server's store applies them
 * inside its per-account lock; nothing here does I/O.
 */
import type { Minor } from './money.js';

export interface CreditBlock {
  id: string;
  /** Remaining amount in balance minor units. */
  remaining: Minor;
  /** ISO timestamp after which the block is gone, or null if it never expires. */
  expiresAt: string | null;
  source: 'paid' | 'granted' | 'plan';
  createdAt: string;
}

export class InsufficientBalanceError extends Error {
  override name = 'InsufficientBalanceError';
  constructor(
    readonly available: Minor,
    readonly requested: Minor,
  ) {
    super(`insufficient balance: ${available} available, ${requested} requested`);
  }
}

/** Sum of what the blocks still hold that has not expired at `now`. */
export function availableBalance(blocks: readonly CreditBlock[], now: number): Minor {
  return blocks.reduce((sum, b) => (isLive(b, now) ? sum + b.remaining : sum), 0);
}

/** A block is usable strictly before its expiry instant. */
export function isLive(block: CreditBlock, now: number): boolean {
  return block.remaining > 0 && (block.expiresAt === null || now < Date.parse(block.expiresAt));
}

/** Live blocks in consumption order: earliest expiry first, never-expiring last, then oldest. */
export function consumptionOrder(blocks: readonly CreditBlock[], now: number): CreditBlock[] {
  return blocks
    .filter((b) => isLive(b, now))
    .sort((a, b) => {
      const ea = a.expiresAt === null ? Infinity : Date.parse(a.expiresAt);
      const eb = b.expiresAt === null ? Infinity : Date.parse(b.expiresAt);
      return ea - eb || a.createdAt.localeCompare(b.createdAt);
    });
}

export interface Consumption {
  blocks: CreditBlock[];
  taken: { blockId: string; amount: Minor }[];
}

/** Takes `amount` from the blocks earliest-expiry first; throws rather than overdraw. */
export function consume(blocks: readonly CreditBlock[], amount: Minor, now: number): Consumption {
  const available = availableBalance(blocks, now);
  if (amount > available) throw new InsufficientBalanceError(available, amount);
  const next = blocks.map((b) => ({ ...b }));
  const byId = new Map(next.map((b) => [b.id, b]));
  const taken: Consumption['taken'] = [];
  let left = amount;
  for (const block of consumptionOrder(next, now)) {
    if (left === 0) break;
    const take = Math.min(left, block.remaining);
    byId.get(block.id)!.remaining -= take;
    taken.push({ blockId: block.id, amount: take });
    left -= take;
  }
  return { blocks: next, taken };
}

/** Blocks whose expiry has passed at `now` but still hold credits: what expiry removes. */
export function dueForExpiry(blocks: readonly CreditBlock[], now: number): CreditBlock[] {
  return blocks.filter((b) => b.remaining > 0 && b.expiresAt !== null && now >= Date.parse(b.expiresAt));
}

/** Credits expiring within `days` of `now`, grouped by expiry date, soonest first. */
export function expiringWithin(
  blocks: readonly CreditBlock[],
  now: number,
  days: number,
): { amount: Minor; expiresAt: string }[] {
  const horizon = now + days * 86_400_000;
  const groups = new Map<string, Minor>();
  for (const block of consumptionOrder(blocks, now)) {
    if (block.expiresAt === null || Date.parse(block.expiresAt) > horizon) continue;
    groups.set(block.expiresAt, (groups.get(block.expiresAt) ?? 0) + block.remaining);
  }
  return [...groups].map(([expiresAt, amount]) => ({ amount, expiresAt }));
}

/** Adds whole calendar months to an ISO timestamp (day clamped to the month's end). */
export function addMonths(iso: string, months: number): string {
  const d = new Date(iso);
  const day = d.getUTCDate();
  d.setUTCDate(1);
  d.setUTCMonth(d.getUTCMonth() + months);
  const lastDay = new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + 1, 0)).getUTCDate();
  d.setUTCDate(Math.min(day, lastDay));
  return d.toISOString();
}

/**
 * Extends the expiry of every live block that expires (except plan credits, which
 * renew with the plan) by `months` calendar months: what an expiry-triggered auto
 * top-up does to the credits left. Returns new blocks; the input is not changed.
 */
export function extendExpiry(blocks: readonly CreditBlock[], now: number, months: number): CreditBlock[] {
  return blocks.map((b) =>
    isLive(b, now) && b.expiresAt !== null && b.source !== 'plan'
      ? { ...b, expiresAt: addMonths(b.expiresAt, months) }
      : { ...b },
  );
}

export type IdempotencyDecision<T> = { kind: 'new' } | { kind: 'replay'; result: T } | { kind: 'conflict' };

export interface IdempotencyRecord<T> {
  fingerprint: string;
  result: T;
}

/** A repeated key with the same request replays the first result; different content is a conflict. */
export function decideIdempotency<T>(
  record: IdempotencyRecord<T> | undefined,
  fingerprint: string,
): IdempotencyDecision<T> {
  if (!record) return { kind: 'new' };
  return record.fingerprint === fingerprint ? { kind: 'replay', result: record.result } : { kind: 'conflict' };
}

/** A stable fingerprint of a request body: JSON with sorted keys. */
export function fingerprint(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) =>
    v && typeof v === 'object' && !Array.isArray(v)
      ? Object.fromEntries(Object.entries(v as Record<string, unknown>).sort(([a], [b]) => a.localeCompare(b)))
      : v,
  );
}

/** True when every entry's running balance follows from the previous one. */
export function runningBalancesConsistent(
  entries: readonly { direction: 'in' | 'out'; amount: Minor; balanceAfter: Minor; status: string }[],
  openingBalance = 0,
): boolean {
  let balance = openingBalance;
  for (const entry of entries) {
    if (entry.status === 'completed') balance += entry.direction === 'in' ? entry.amount : -entry.amount;
    if (entry.balanceAfter !== balance || balance < 0) return false;
  }
  return true;
}
