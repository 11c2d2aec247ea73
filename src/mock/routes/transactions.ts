/**
 * `GET /transactions`: the ledger newest first, in keyset pages. The cursor is the
 * ledger position (seq) of the last entry served, so entries written between page
 * fetches land above the cursor and never shift, skip or repeat what is below.
 * Finding a page costs the same at a million entries as at ten (an index range in
 * SQL, a binary search in memory).
 */
import { transactionPage, transactionQuery, type TransactionPage } from '../../core/schemas/index.js';
import { validate } from '../context.js';
import { ProblemError, json } from '../http.js';
import type { Route } from '../router.js';
import type { AccountTx, LedgerQuery } from '../store/types.js';
import { decodeCursor, encodeCursor } from './cursor.js';

const DEFAULT_LIMIT = 50;

function nextDay(date: string): string {
  const d = new Date(`${date}T00:00:00.000Z`);
  d.setUTCDate(d.getUTCDate() + 1);
  return d.toISOString();
}

/** One page of the ledger for a validated query. Exported for tests. */
export async function transactionsPage(tx: AccountTx, query: ReturnType<typeof readQuery>): Promise<TransactionPage> {
  const ledger: LedgerQuery = { limit: query.limit ?? DEFAULT_LIMIT };
  if (query.cursor !== undefined) ledger.beforeSeq = decodeCursor(query.cursor);
  // Dates are whole UTC days, both ends inclusive.
  if (query.to !== undefined) ledger.toIso = nextDay(query.to);
  if (query.from !== undefined) ledger.fromIso = `${query.from}T00:00:00.000Z`;
  if (query.type !== undefined) ledger.direction = query.type;
  if (query.status !== undefined) ledger.status = query.status;
  const page = await tx.ledgerPage(ledger);
  return { items: page.items, nextCursor: page.nextBeforeSeq === null ? null : encodeCursor(page.nextBeforeSeq) };
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
    async handler(ctx) {
      const query = readQuery(ctx.query);
      return json(await ctx.read((tx) => transactionsPage(tx, query)));
    },
  },
];
