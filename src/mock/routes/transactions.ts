/**
 * `GET /transactions`: the ledger newest first, in keyset pages. The cursor is the
 * ledger position (seq) of the last entry served, so entries written between page
 * fetches land above the cursor and never shift, skip or repeat what is below.
 * `entries` is kept in ascending seq order, so finding a page is a binary search
 * plus `limit` steps, even at a million entries.
 */
import { transactionPage, transactionQuery, type Transaction, type TransactionPage } from '../../core/schemas/index.js';
import { validate } from '../context.js';
import { ProblemError, json } from '../http.js';
import { entrySeq } from '../ledger-ops.js';
import type { Route } from '../router.js';
import { decodeCursor, encodeCursor } from './cursor.js';

const DEFAULT_LIMIT = 50;

/**
 * The seq of entry `i`. An entry without one (replaced by hand elsewhere) sorts
 * just after its nearest known predecessor, which keeps the order a binary search
 * needs.
 */
function seqAt(entries: readonly Transaction[], i: number): number {
  const seq = entrySeq(entries[i]!);
  if (seq !== undefined) return seq;
  for (let j = i - 1; j >= 0; j--) {
    const prev = entrySeq(entries[j]!);
    if (prev !== undefined) return prev + (i - j) / (i - j + 1);
  }
  return i / (i + 1);
}

/** First index whose seq is ≥ `seq` (entries ascend by seq). */
function lowerBoundSeq(entries: readonly Transaction[], seq: number): number {
  let lo = 0;
  let hi = entries.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (seqAt(entries, mid) < seq) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** First index created at or after `iso` (the server clock never goes back, so createdAt ascends too). */
function lowerBoundTime(entries: readonly Transaction[], iso: string): number {
  let lo = 0;
  let hi = entries.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (entries[mid]!.createdAt < iso) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

function nextDay(date: string): string {
  const d = new Date(`${date}T00:00:00.000Z`);
  d.setUTCDate(d.getUTCDate() + 1);
  return d.toISOString();
}

/** One page of `entries` for a validated query. Exported for tests and the CSV export. */
export function transactionsPage(
  entries: readonly Transaction[],
  query: ReturnType<typeof readQuery>,
): TransactionPage {
  const limit = query.limit ?? DEFAULT_LIMIT;
  let end = entries.length;
  if (query.cursor !== undefined) end = lowerBoundSeq(entries, decodeCursor(query.cursor));
  // Dates are whole UTC days, both ends inclusive.
  if (query.to !== undefined) end = Math.min(end, lowerBoundTime(entries, nextDay(query.to)));
  const fromIso = query.from !== undefined ? `${query.from}T00:00:00.000Z` : null;
  const items: Transaction[] = [];
  let lastIndex = -1;
  let more = false;
  for (let i = end - 1; i >= 0; i--) {
    const entry = entries[i]!;
    if (fromIso !== null && entry.createdAt < fromIso) break;
    if (query.type !== undefined && entry.direction !== query.type) continue;
    if (query.status !== undefined && entry.status !== query.status) continue;
    if (items.length === limit) {
      more = true;
      break;
    }
    items.push(entry);
    lastIndex = i;
  }
  return { items, nextCursor: more ? encodeCursor(seqAt(entries, lastIndex)) : null };
}

/** Query string → validated query (`limit` is a number on the wire schema). */
export function readQuery(params: URLSearchParams) {
  const raw: Record<string, unknown> = {};
  for (const [key, value] of params) {
    if (value === '') continue;
    raw[key] = key === 'limit' && /^\d{1,9}$/.test(value) ? Number(value) : value;
  }
  const query = validate(transactionQuery, raw);
  if (query.from !== undefined && query.to !== undefined && query.from > query.to) {
    throw new ProblemError(422, 'validation_failed', 'from must not be after to.', [
      { field: 'from', code: 'after_to', message: 'from must not be after to.' },
    ]);
  }
  return query;
}

export const transactionsRoutes: Route[] = [
  {
    method: 'GET',
    path: '/transactions',
    doc: {
      summary: 'Ledger entries, newest first, in cursor pages; filters by type, status and date range',
      tags: ['transactions'],
      query: transactionQuery,
      response: transactionPage,
      problems: ['unauthorized', 'validation_failed'],
    },
    handler(ctx) {
      const query = readQuery(ctx.query);
      return json(transactionsPage(ctx.account.entries, query));
    },
  },
];
