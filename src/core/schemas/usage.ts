/**
 * Usage at a glance (`GET /usage/summary`) and credit blocks (`GET /credit-blocks`):
 * what was spent on what over a range, and each grant or purchase with what is
 * left of it and when it expires.
 */
import { z } from './zod.js';
import { amount, date, id, timestamp } from './common.js';
import { transactionKind } from './transactions.js';

export const usageInterval = z.enum(['day', 'week', 'month']);
export type UsageInterval = z.infer<typeof usageInterval>;

export const usageGroupBy = z.enum(['kind', 'member']);
export type UsageGroupBy = z.infer<typeof usageGroupBy>;

export const usageSummaryQuery = z.object({
  /** First day of the range (UTC), inclusive. */
  from: date,
  /** Last day of the range (UTC), inclusive. */
  to: date,
  /** Bucket size; default `day`. Weeks start on Monday (ISO 8601). */
  interval: z.optional(usageInterval),
  /** What the spend of each bucket is split by; default `kind`. */
  groupBy: z.optional(usageGroupBy),
});
export type UsageSummaryQuery = z.infer<typeof usageSummaryQuery>;

/** One group's share: `key` is a kind (`scan`, `ai.video.4K`, `payment.service`, …) or a member ("" for none). */
export const usageGroupAmount = z.object({ key: z.string(), amount, entries: z.int().check(z.gte(0)) });
export type UsageGroupAmount = z.infer<typeof usageGroupAmount>;

export const usageBucket = z.object({
  /** First day of the bucket, clipped to the range. */
  start: date,
  /** Last day of the bucket, clipped to the range. */
  end: date,
  /** Spent in this bucket (sum of `groups`). */
  total: amount,
  /** Non-zero groups only, largest first. */
  groups: z.array(usageGroupAmount),
});
export type UsageBucket = z.infer<typeof usageBucket>;

export const usageSummary = z.object({
  from: date,
  to: date,
  interval: usageInterval,
  groupBy: usageGroupBy,
  /**
   * Spent in the range: completed Out entries that paid for something (usage,
   * payments); not expiry and not refunds, which are reported on their own.
   */
  total: amount,
  /** How many entries make up `total`. */
  entries: z.int().check(z.gte(0)),
  /** Credits that expired in the range. */
  expired: amount,
  /** Credits refunded (taken back by the operator) in the range. */
  refunded: amount,
  /** Every group with spend in the range, largest first. */
  groups: z.array(usageGroupAmount),
  /** Every bucket of the range in order, empty ones included. */
  buckets: z.array(usageBucket),
  /** The range of the same length just before this one, for comparison. */
  previous: z.object({ from: date, to: date, total: amount }),
  /** Average spend per month over the last 90 days (as on the account). */
  monthlyAverage: amount,
});
export type UsageSummary = z.infer<typeof usageSummary>;

export const creditBlockStatus = z.enum(['active', 'used_up', 'expired']);
export type CreditBlockStatus = z.infer<typeof creditBlockStatus>;

export const creditBlockView = z.object({
  id,
  /** Paid credits vs granted (promotional) or plan credits. */
  source: z.enum(['paid', 'granted', 'plan']),
  /** The entry kind that brought the credits (top_up, purchase, grant, plan, …). */
  kind: transactionKind,
  description: z.string(),
  /** What the block held when it was granted or bought. */
  amount,
  /** What is left (0 once used up; what lapsed for an expired block). */
  remaining: amount,
  grantedAt: timestamp,
  expiresAt: z.nullable(timestamp),
  status: creditBlockStatus,
  /** When the block was used up or expired. */
  closedAt: z.nullable(timestamp),
  /**
   * Where an expiry-triggered auto top-up is on: the expiry this block gets when
   * the next such top-up runs (null when it would not be extended).
   */
  extendsTo: z.nullable(timestamp),
});
export type CreditBlockView = z.infer<typeof creditBlockView>;

export const creditBlockList = z.object({
  /**
   * Active blocks in consumption order (earliest expiry first, never-expiring
   * last), then closed ones, most recently closed first.
   */
  items: z.array(creditBlockView),
});
export type CreditBlockList = z.infer<typeof creditBlockList>;
