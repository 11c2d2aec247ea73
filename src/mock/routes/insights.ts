/**
 * Usage at a glance and credit blocks: `GET /usage/summary` folds the per-day
 * usage sums every ledger write keeps (src/core/usage-buckets.ts) into buckets,
 * so it reads at most a few thousand small rows however long the ledger is;
 * `GET /credit-blocks` lists each grant or purchase with what is left of it.
 */
import {
  creditBlockList,
  usageSummary,
  usageSummaryQuery,
  type CreditBlockList,
  type UsageSummary,
  type UsageSummaryQuery,
} from '../../core/schemas/index.js';
import { addDays, assembleSummary, bucketRanges, daysBetween } from '../../core/usage-buckets.js';
import { validate } from '../context.js';
import { blockViews, CLOSED_BLOCKS_SHOWN } from '../credit-blocks.js';
import { ProblemError, json } from '../http.js';
import { monthlyAverageSpend } from '../ledger-ops.js';
import type { Route } from '../router.js';
import type { AccountTx } from '../store/types.js';

/** Longest range one summary covers (about three years) and most buckets it returns. */
export const MAX_RANGE_DAYS = 1100;
export const MAX_BUCKETS = 400;

function invalid(field: string, code: string, message: string): ProblemError {
  return new ProblemError(422, 'validation_failed', message, [{ field, code, message }]);
}

export function readSummaryQuery(params: URLSearchParams): Required<UsageSummaryQuery> {
  const raw: Record<string, string> = {};
  for (const [key, value] of params) if (value !== '') raw[key] = value;
  const query = validate(usageSummaryQuery, raw);
  const { from, to } = query;
  const interval = query.interval ?? 'day';
  if (from > to) throw invalid('from', 'after_to', 'from must not be after to.');
  if (daysBetween(from, to) > MAX_RANGE_DAYS)
    throw invalid('to', 'range_too_long', `A summary covers at most ${MAX_RANGE_DAYS} days.`);
  if (bucketRanges(from, to, interval).length > MAX_BUCKETS)
    throw invalid('interval', 'too_many_buckets', `At most ${MAX_BUCKETS} buckets: choose a longer interval.`);
  return { from, to, interval, groupBy: query.groupBy ?? 'kind' };
}

/** The summary of a validated query. Exported for tests and the bench. */
export async function usageSummaryOf(
  tx: AccountTx,
  query: Required<UsageSummaryQuery>,
  now: number,
): Promise<UsageSummary> {
  const { from, to, interval, groupBy } = query;
  const length = daysBetween(from, to);
  const previousFrom = addDays(from, -length);
  const previousTo = addDays(from, -1);
  const [rows, previous, monthlyAverage] = await Promise.all([
    tx.usageRows(groupBy, from, to, interval),
    tx.usageRows(groupBy, previousFrom, previousTo, 'all'),
    monthlyAverageSpend(tx, now),
  ]);
  const current = assembleSummary(rows, from, to, interval);
  let previousTotal = 0;
  for (const row of previous) if (row.dimension !== 'flow') previousTotal += row.amount;
  return {
    from,
    to,
    interval,
    groupBy,
    ...current,
    previous: { from: previousFrom, to: previousTo, total: previousTotal },
    monthlyAverage,
  };
}

export async function creditBlocksOf(tx: AccountTx, now: number): Promise<CreditBlockList> {
  const [records, blocks, account] = await Promise.all([
    tx.blockRecords(CLOSED_BLOCKS_SHOWN),
    tx.blocks(),
    tx.account(),
  ]);
  return { items: blockViews(records, blocks, account, now) };
}

export const insightsRoutes: Route[] = [
  {
    method: 'GET',
    path: '/usage/summary',
    doc: {
      summary:
        'Spend over a date range per day, week or month, split by kind or team member, with the previous period and the monthly average',
      tags: ['usage'],
      query: usageSummaryQuery,
      response: usageSummary,
      problems: ['unauthorized', 'validation_failed'],
    },
    async handler(ctx) {
      const query = readSummaryQuery(ctx.query);
      return json(await ctx.read((tx) => usageSummaryOf(tx, query, ctx.now())));
    },
  },
  {
    method: 'GET',
    path: '/credit-blocks',
    doc: {
      summary:
        'Each grant or purchase with what is left, its expiry and status: active ones in the order they are used, then the latest closed ones',
      tags: ['account'],
      response: creditBlockList,
      problems: ['unauthorized'],
    },
    async handler(ctx) {
      return json(await ctx.read((tx) => creditBlocksOf(tx, ctx.now())));
    },
  },
];
