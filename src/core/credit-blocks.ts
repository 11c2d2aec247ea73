/**
 * Reading a credit block list (`GET /credit-blocks`) the way customers ask about
 * it: which credits go first, and in how many days. Pure; shared by the usage
 * view and the dashboard's overview so they always name the same block.
 */
import type { CreditBlockView } from './schemas/usage.js';

const DAY_MS = 86_400_000;

/** The credits that expire next: the first active block with an expiry, in the order credits are used. */
export function nextToExpire(
  blocks: readonly CreditBlockView[] | undefined,
): (CreditBlockView & { expiresAt: string }) | undefined {
  return blocks?.find((b): b is CreditBlockView & { expiresAt: string } => b.status === 'active' && !!b.expiresAt);
}

/** Whole days from `now` until `iso` (0 on the day itself and after it). */
export function daysUntil(iso: string, now: number): number {
  return Math.max(0, Math.floor((Date.parse(iso) - now) / DAY_MS));
}
