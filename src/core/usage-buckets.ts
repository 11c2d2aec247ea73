/**
 * Usage at a glance, pure: which running sums one ledger entry adds to (per day,
 * per kind, per member), and how a summary over a range is assembled from those
 * sums. The reference server keeps the sums in the same transaction as each
 * ledger write, so a summary reads a few hundred bucket rows at any ledger size
 * and never scans the entries.
 */
import type { Transaction } from './schemas/transactions.js';
import type { UsageBucket, UsageGroupAmount, UsageGroupBy, UsageInterval } from './schemas/usage.js';

/** `kind` and `member` split spend; `flow` holds what left the balance without being spent. */
export type UsageDimension = UsageGroupBy | 'flow';

/** One increment (or one stored sum): `amount` over `entries` entries on `day`. */
export interface UsageRow {
  day: string;
  dimension: UsageDimension;
  key: string;
  amount: number;
  entries: number;
}

const DAY_MS = 86_400_000;

/** Spending: completed Out entries that paid for something (not expiry, not refunds). */
export function isSpend(entry: Pick<Transaction, 'direction' | 'status' | 'kind'>): boolean {
  return (
    entry.direction === 'out' && entry.status === 'completed' && entry.kind !== 'expiry' && entry.kind !== 'refund'
  );
}

/** The kind a spend entry is grouped under: its category when it has one, else its ledger kind. */
export const spendKind = (entry: Pick<Transaction, 'kind' | 'category'>): string => entry.category ?? entry.kind;

/** The sums one entry adds to; none for entries that move nothing (pending, failed, In). */
export function usageRowsOf(entry: Transaction): UsageRow[] {
  if (entry.status !== 'completed' || entry.direction !== 'out' || entry.amount === 0) return [];
  const day = entry.createdAt.slice(0, 10);
  const row = (dimension: UsageDimension, key: string): UsageRow => ({
    day,
    dimension,
    key,
    amount: entry.amount,
    entries: 1,
  });
  if (entry.kind === 'expiry') return [row('flow', 'expired')];
  if (entry.kind === 'refund') return [row('flow', 'refunded')];
  return [row('kind', spendKind(entry)), row('member', entry.member ?? '')];
}

const dayMs = (day: string): number => Date.parse(`${day}T00:00:00Z`);
const dayOfMs = (ms: number): string => new Date(ms).toISOString().slice(0, 10);

/** Whole days from `from` to `to`, both inclusive (0 when `to` is before `from`). */
export function daysBetween(from: string, to: string): number {
  return Math.max(0, Math.round((dayMs(to) - dayMs(from)) / DAY_MS) + 1);
}

/** The day `n` days after `day` (before it when negative). */
export function addDays(day: string, n: number): string {
  return dayOfMs(dayMs(day) + n * DAY_MS);
}

/** The first day of the bucket that holds `day`: itself, its ISO week's Monday, or its month's 1st. */
export function bucketStart(day: string, interval: UsageInterval): string {
  if (interval === 'day') return day;
  if (interval === 'month') return `${day.slice(0, 7)}-01`;
  const weekday = (new Date(dayMs(day)).getUTCDay() + 6) % 7; // Monday 0 … Sunday 6
  return addDays(day, -weekday);
}

function nextBucketStart(start: string, interval: UsageInterval): string {
  if (interval === 'day') return addDays(start, 1);
  if (interval === 'week') return addDays(start, 7);
  const d = new Date(dayMs(start));
  return dayOfMs(Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + 1, 1));
}

/** Where a day's sums go when a store adds them up: its bucket's first day, clipped to `from`; `all` is one bucket. */
export function bucketOf(day: string, interval: UsageInterval | 'all', from: string): string {
  if (interval === 'all') return from;
  const start = bucketStart(day, interval);
  return start < from ? from : start;
}

/** The buckets of a range in order, clipped to it: `[start, end]` pairs. */
export function bucketRanges(from: string, to: string, interval: UsageInterval): { start: string; end: string }[] {
  const out: { start: string; end: string }[] = [];
  for (let start = bucketStart(from, interval); start <= to; start = nextBucketStart(start, interval)) {
    const end = addDays(nextBucketStart(start, interval), -1);
    out.push({ start: start < from ? from : start, end: end > to ? to : end });
  }
  return out;
}

const largestFirst = (a: UsageGroupAmount, b: UsageGroupAmount) => b.amount - a.amount || a.key.localeCompare(b.key);

function groupsOf(sums: Map<string, { amount: number; entries: number }>): UsageGroupAmount[] {
  return [...sums]
    .filter(([, s]) => s.amount > 0)
    .map(([key, s]) => ({ key, amount: s.amount, entries: s.entries }))
    .sort(largestFirst);
}

function add(sums: Map<string, { amount: number; entries: number }>, key: string, amount: number, entries: number) {
  const sum = sums.get(key);
  if (sum) {
    sum.amount += amount;
    sum.entries += entries;
  } else sums.set(key, { amount, entries });
}

export interface SummaryParts {
  buckets: UsageBucket[];
  groups: UsageGroupAmount[];
  total: number;
  entries: number;
  expired: number;
  refunded: number;
}

/**
 * Folds stored rows (of the grouping dimension and of `flow`, within `[from, to]`,
 * by day or already summed per bucket: `day` is then the bucket's first day)
 * into the buckets of a summary.
 */
export function assembleSummary(
  rows: readonly UsageRow[],
  from: string,
  to: string,
  interval: UsageInterval,
): SummaryParts {
  const ranges = bucketRanges(from, to, interval);
  const perBucket = ranges.map(() => new Map<string, { amount: number; entries: number }>());
  const overall = new Map<string, { amount: number; entries: number }>();
  let expired = 0;
  let refunded = 0;
  for (const row of rows) {
    if (row.day < from || row.day > to) continue;
    if (row.dimension === 'flow') {
      if (row.key === 'expired') expired += row.amount;
      else if (row.key === 'refunded') refunded += row.amount;
      continue;
    }
    // Buckets are few (≤ a few hundred) and in order: binary search by start.
    let lo = 0;
    let hi = ranges.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >>> 1;
      if (ranges[mid]!.start <= row.day) lo = mid;
      else hi = mid - 1;
    }
    add(perBucket[lo]!, row.key, row.amount, row.entries);
    add(overall, row.key, row.amount, row.entries);
  }
  const buckets = ranges.map(({ start, end }, i) => {
    const groups = groupsOf(perBucket[i]!);
    return { start, end, total: groups.reduce((sum, g) => sum + g.amount, 0), groups };
  });
  const groups = groupsOf(overall);
  return {
    buckets,
    groups,
    total: groups.reduce((sum, g) => sum + g.amount, 0),
    entries: groups.reduce((sum, g) => sum + g.entries, 0),
    expired,
    refunded,
  };
}
