/**
 * A filtered view of the history as a shared resource: its first page is fetched
 * like any resource (and merged, not replaced, when a change refetches it), older
 * pages are appended with the server's cursor, and single entries from server
 * events go straight in. Keyed by filters and page size, so two history elements
 * with the same view share one list.
 */
import { toCreditsError, type CreditsError } from '../adapter/errors.js';
import type { Transaction, TransactionPage } from '../core/schemas/transactions.js';
import { HistoryList, pageQuery, type HistoryFilters } from './history-list.js';
import { Latest, untilAborted } from './latest.js';
import { Resource, type ResourceOwner } from './resource.js';

export class HistoryResource extends Resource<TransactionPage> {
  /** The loaded entries, newest first, and the cursor of the next older page. */
  readonly list = new HistoryList();
  /** An older page is being fetched. */
  loadingMore = false;
  moreError: CreditsError | undefined;
  /** Pages fetched so far (first pages and older ones); a new one means "a page arrived". */
  pages = 0;
  private readonly more = new Latest();

  constructor(
    owner: ResourceOwner,
    readonly filters: HistoryFilters,
    readonly pageSize: number,
  ) {
    super(owner, (adapter, signal) => adapter.listTransactions(pageQuery(filters, pageSize), { signal }));
  }

  /** The key of a view: same filters and page size, same list. */
  static key(filters: HistoryFilters, pageSize: number): string {
    return JSON.stringify([filters.type, filters.status, filters.from, filters.to, pageQuery(filters, pageSize).limit]);
  }

  /** Fetches the next older page (no-op while one is loading or at the end). */
  async loadMore(): Promise<void> {
    const adapter = this.owner.adapter;
    const cursor = this.list.nextCursor;
    if (!adapter || !cursor || this.loadingMore || this.status !== 'ready') return;
    const ticket = this.more.begin();
    this.loadingMore = true;
    this.moreError = undefined;
    this.owner.changed();
    try {
      const page = await untilAborted(
        adapter.listTransactions(pageQuery(this.filters, this.pageSize, cursor), { signal: ticket.signal }),
        ticket.signal,
      );
      if (ticket.current) {
        this.list.appendPage(page.items, page.nextCursor);
        this.pages++;
      }
    } catch (error) {
      if (ticket.current) this.moreError = toCreditsError(error);
    } finally {
      if (ticket.current) {
        this.loadingMore = false;
        this.owner.changed();
      }
    }
  }

  /** An entry from a server event: goes on top, replaces its older copy, or leaves a view it no longer matches. */
  upsert(entry: Transaction): void {
    if (this.status !== 'ready') return;
    if (this.list.upsert(entry, this.filters)) this.owner.changed();
  }

  override reset(): void {
    this.more.cancel();
    this.loadingMore = false;
    this.moreError = undefined;
    this.list.reset();
    this.pages = 0;
    super.reset();
  }

  /** A first page: the first one fills the list; a refetched one merges into what is loaded. */
  protected override accept(page: TransactionPage): void {
    if (this.list.nextCursor === undefined) this.list.setFirstPage(page.items, page.nextCursor);
    else this.list.mergeFirstPage(page.items, page.nextCursor);
    this.pages++;
    super.accept(page);
  }
}
