/**
 * The loaded slice of the history, newest first: pages fetched with the
 * server's keyset cursor, filters, and the merge rules for live changes. Pure
 * data (no DOM), so the rules are easy to reason about and to test.
 */
import type { Transaction, TransactionQuery } from '../core/schemas/transactions.js';

/** The filters the customer chose; empty strings mean "any". */
export interface HistoryFilters {
  type: '' | 'in' | 'out';
  status: '' | 'completed' | 'pending' | 'failed';
  /** ISO dates (`YYYY-MM-DD`), inclusive. */
  from: string;
  to: string;
}

export const NO_FILTERS: HistoryFilters = { type: '', status: '', from: '', to: '' };

/** Largest page we ever ask for: validating more in one go is a long task. */
export const MAX_PAGE = 2000;

/** The request for one page with these filters (only set fields are sent). */
export function pageQuery(filters: HistoryFilters, limit: number, cursor?: string | null): TransactionQuery {
  return {
    limit: Math.min(Math.max(1, Math.floor(limit) || 50), MAX_PAGE),
    ...(cursor ? { cursor } : {}),
    ...(filters.type ? { type: filters.type } : {}),
    ...(filters.status ? { status: filters.status } : {}),
    ...(filters.from ? { from: filters.from } : {}),
    ...(filters.to ? { to: filters.to } : {}),
  };
}

export function hasFilters(filters: HistoryFilters): boolean {
  return Boolean(filters.type || filters.status || filters.from || filters.to);
}

/**
 * Whether an entry belongs in the filtered view. Dates compare as UTC calendar
 * days, as the server does for `from`/`to`.
 */
export function matchesFilters(entry: Transaction, filters: HistoryFilters): boolean {
  if (filters.type && entry.direction !== filters.type) return false;
  if (filters.status && entry.status !== filters.status) return false;
  const day = entry.createdAt.slice(0, 10);
  if (filters.from && day < filters.from) return false;
  if (filters.to && day > filters.to) return false;
  return true;
}

export class HistoryList {
  /** Loaded entries, newest first. */
  items: Transaction[] = [];
  /** Cursor of the next older page; null at the end, undefined before the first page. */
  nextCursor: string | null | undefined = undefined;
  /** Ids of `indexed` (see idsOf). */
  private ids = new Set<string>();
  private indexed: Transaction[] | null = null;

  get complete(): boolean {
    return this.nextCursor === null;
  }

  reset(): void {
    this.items = [];
    this.nextCursor = undefined;
  }

  /** The first page replaces everything. */
  setFirstPage(items: Transaction[], nextCursor: string | null): void {
    this.items = dedupe(items);
    this.nextCursor = nextCursor;
  }

  /** An older page goes at the end; entries already shown (moved by a settle) are skipped. */
  appendPage(items: Transaction[], nextCursor: string | null): void {
    const known = this.idsOf(this.items);
    const fresh = items.filter((e) => (known.has(e.id) ? false : (known.add(e.id), true)));
    this.items = this.items.concat(fresh);
    this.indexed = this.items;
    this.nextCursor = nextCursor;
  }

  /**
   * The ids of `items`, kept across pages: appending page after page costs the
   * page, not the whole list (100,000 loaded entries). Any other change of the
   * list replaces `items` and so rebuilds the set once.
   */
  private idsOf(items: Transaction[]): Set<string> {
    if (this.indexed !== items) {
      this.ids = new Set(items.map((e) => e.id));
      this.indexed = items;
    }
    return this.ids;
  }

  /**
   * A fresh first page after a change: its entries go on top and replace older
   * copies (a settled pending entry keeps its id but moves up). When the fresh page
   * shares nothing with what is loaded, entries may be missing in between, so the
   * list starts over from the fresh page.
   */
  mergeFirstPage(items: Transaction[], nextCursor: string | null): void {
    // No cursor: the fresh page is the whole (filtered) history.
    if (this.nextCursor === undefined || nextCursor === null) return this.setFirstPage(items, nextCursor);
    const fresh = new Set(items.map((e) => e.id));
    if (!this.items.some((e) => fresh.has(e.id))) return this.setFirstPage(items, nextCursor);
    // Entries below the overlap were loaded before and keep their own cursor.
    this.items = dedupe(items).concat(this.items.filter((e) => !fresh.has(e.id)));
  }

  /**
   * A single entry from a server event. A new entry goes on top; an entry we show
   * is replaced: in place when it only failed (it keeps its ledger position), on top
   * when it completed (the server re-appends it). Returns whether the view changed.
   */
  upsert(entry: Transaction, filters: HistoryFilters): boolean {
    const index = this.items.findIndex((e) => e.id === entry.id);
    if (!matchesFilters(entry, filters)) {
      if (index < 0) return false;
      this.items = this.items.filter((_, i) => i !== index);
      return true;
    }
    if (index >= 0 && entry.status === 'failed') {
      this.items = this.items.map((e, i) => (i === index ? entry : e));
      return true;
    }
    const rest = index >= 0 ? this.items.filter((_, i) => i !== index) : this.items;
    this.items = [entry, ...rest];
    return true;
  }
}

function dedupe(items: Transaction[]): Transaction[] {
  const seen = new Set<string>();
  return items.filter((e) => (seen.has(e.id) ? false : (seen.add(e.id), true)));
}
