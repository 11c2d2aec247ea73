/**
 * CSV export of the filtered history. Pages through the server with the same
 * filters in chunks of at most 2,000 entries, yielding to the browser between
 * chunks so a long history never blocks the page, and builds the file from parts
 * (a Blob of strings) instead of one giant string.
 */
import { CSV_BOM, csvDecimal, csvLines, csvRow, csvText, type CsvCell } from '../../core/csv.js';
import { currencyPrecision } from '../../core/money.js';
import type { Account } from '../../core/schemas/account.js';
import type { Transaction } from '../../core/schemas/transactions.js';
import { unitLabel } from '../../i18n/format.js';
import { MAX_PAGE, pageQuery, type HistoryFilters } from '../../state/history-list.js';
import type { CreditStore } from '../../state/store.js';
import type { TransactionsMessages } from './credit-transactions.messages.js';

export interface CsvExportOptions {
  store: CreditStore;
  account: Account;
  filters: HistoryFilters;
  m: TransactionsMessages;
  locale: string;
  signal?: AbortSignal;
  /** Entries per request (≤ 2,000). */
  chunk?: number;
}

/** The header line, in the customer's language (values stay locale-neutral). */
export function csvHeader(m: TransactionsMessages): string[] {
  return [
    m.date,
    m.type,
    m.csvKind,
    m.reference,
    m.csvDescription,
    m.amount,
    m.balance,
    m.csvUnit,
    m.status,
    m.method,
    m.billingNumber,
    m.csvId,
  ];
}

/** One entry as CSV cells: ISO timestamp, in/out, signed decimal amount, balance after. */
export function csvCells(entry: Transaction, precision: number, unit: string): CsvCell[] {
  const signed = entry.direction === 'in' ? entry.amount : -entry.amount;
  return [
    entry.createdAt,
    entry.direction,
    entry.kind,
    csvText(entry.reference),
    csvText(entry.description),
    csvDecimal(signed, precision),
    csvDecimal(entry.balanceAfter, precision),
    unit,
    entry.status,
    entry.method ?? '',
    entry.billingNumber ?? '',
    entry.id,
  ];
}

/** Precision and unit column of an account: EUR with 2 decimals, or whole credits. */
export function csvUnit(account: Account, locale: string): { precision: number; unit: string } {
  if (account.model === 'money') return { precision: currencyPrecision(account.currency), unit: account.currency };
  return { precision: 0, unit: unitLabel(account, 2, locale) };
}

const yieldToBrowser = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

/** Fetches every filtered entry and returns the CSV file and how many rows it has. */
export async function exportCsv(options: CsvExportOptions): Promise<{ blob: Blob; count: number }> {
  const { store, account, filters, m, locale, signal } = options;
  const { precision, unit } = csvUnit(account, locale);
  const parts: string[] = [CSV_BOM, csvRow(csvHeader(m)) + '\r\n'];
  const seen = new Set<string>();
  let cursor: string | null = null;
  let count = 0;
  do {
    const page = await store.transactionsPage(
      pageQuery(filters, options.chunk ?? MAX_PAGE, cursor),
      signal ? { signal } : {},
    );
    const rows: CsvCell[][] = [];
    for (const entry of page.items) {
      // A pending entry that settles mid-export moves to the top; never list it twice.
      if (seen.has(entry.id)) continue;
      seen.add(entry.id);
      rows.push(csvCells(entry, precision, unit));
    }
    parts.push(csvLines(rows));
    count += rows.length;
    cursor = page.nextCursor;
    if (cursor) await yieldToBrowser();
  } while (cursor);
  return { blob: new Blob(parts, { type: 'text/csv;charset=utf-8' }), count };
}

/** `transactions-2026-11-23.csv`, or with the date range when filtered by date. */
export function csvFilename(filters: HistoryFilters, today: string): string {
  const range = filters.from || filters.to ? `${filters.from || 'start'}_${filters.to || today}` : today;
  return `transactions-${range}.csv`;
}
