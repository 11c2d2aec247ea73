import { html, nothing, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { toCreditsError } from '../../adapter/errors.js';
import type { Transaction } from '../../core/schemas/transactions.js';
import { buttonStyles, skeletonStyles, tokens } from '../../theme/tokens.styles.js';
import { CreditElement } from '../base/credit-element.js';
import { CreditTransactionsLoadedEvent } from './credit-transactions.events.js';
import { transactionsMessages } from './credit-transactions.messages.js';
import { transactionsStyles } from './credit-transactions.styles.js';
import { csvFilename, exportCsv } from './csv-export.js';
import { downloadBlob } from './download.js';
import { renderFilters } from './filters.js';
import { NO_FILTERS, hasFilters, type HistoryFilters, type HistoryList } from '../../state/history-list.js';
import { HistoryTable } from './table.js';

/**
 * @summary The account's history: every ledger entry with its running balance,
 * filters, CSV export, invoice PDFs, and actions on pending and failed payments.
 *
 * Newest first, fetched from the server a page at a time (keyset cursor, "load
 * more" at the end of the list); rows are windowed, so only the rows near the
 * view are in the DOM with 100,000 or 1,000,000 entries loaded, and every row
 * stays reachable by scrolling. New entries (from any element, tab or the server)
 * appear at the top without a reload. Each row leads with what happened, in the
 * page's language, with the reference beside it. Amounts, balances and statuses
 * are never cut: on narrower containers type, method and billing number give way
 * first, and below 700px each entry is a compact two-line row. Arrow keys, Home
 * and End move between rows.
 *
 * @fires {CreditTransactionsLoadedEvent} credit-transactions-loaded - A page of the history arrived (`count`, `hasMore`).
 * @fires {CreditRetryTopUpEvent} credit-retry-top-up - Retry of a failed top-up requested (`topUpId`, `amount`, `method`); cancelable. If not canceled and the page has a `<credit-top-up>`, it opens prefilled.
 * @fires {CreditCompletePaymentEvent} credit-complete-payment - "Complete payment" on a pending entry (`topUpId`); cancelable. If not canceled, the payment step reopens in the page's `<credit-top-up>` (or the history's own); nothing is charged until the customer pays there.
 * @fires {CreditInvoiceDownloadFailedEvent} credit-invoice-download-failed - An invoice PDF could not be downloaded (`invoiceId`, `billingNumber`, `code`); the error also shows in the row.
 *
 * @csspart base - The wrapper of everything.
 * @csspart filters - The filter form (type, status, date range).
 * @csspart filter-type - The In / Out filter.
 * @csspart filter-status - The status filter.
 * @csspart filter-from - Start of the date range.
 * @csspart filter-to - End of the date range.
 * @csspart filter-reset - Clears every filter (shown while a filter is set).
 * @csspart filter-error - Says why a typed date range was not applied.
 * @csspart export-button - Downloads the filtered history as CSV.
 * @csspart scroller - The focusable scroll container around the table.
 * @csspart table - The `<table>`.
 * @csspart caption - The table caption (the visible heading; see `no-heading`).
 * @csspart header-row - The column header row.
 * @csspart header-cell - A column header.
 * @csspart row - A history row (and `row-<status>`, `row-<direction>` below).
 * @csspart row-completed - A completed entry's row (beside `row`).
 * @csspart row-pending - A pending entry's row.
 * @csspart row-failed - A failed entry's row.
 * @csspart row-in - A row that added to the balance.
 * @csspart row-out - A row that took from the balance.
 * @csspart cell-date - Date and time cell.
 * @csspart cell-type - In / Out cell.
 * @csspart cell-reference - Description cell: what happened, with the reference beside it.
 * @csspart description - The description, in the page's language.
 * @csspart reference - The entry's reference (top-up, job or invoice id).
 * @csspart detail - The backend's own description, when the page speaks another language.
 * @csspart cell-amount - Signed amount cell.
 * @csspart cell-balance - Running balance after the entry.
 * @csspart cell-status - Completed / pending / failed, "held" for a running job's hold, "not charged" for a failed job.
 * @csspart cell-method - Payment method.
 * @csspart cell-billing-number - Invoice billing number.
 * @csspart cell-actions - Row actions.
 * @csspart action - A row action button (and `action-<name>` below).
 * @csspart action-complete - "Complete payment" on a pending top-up.
 * @csspart action-invoice - Downloads the invoice PDF.
 * @csspart action-retry - Retries a failed top-up.
 * @csspart load-more - Loads the next older page.
 * @csspart empty - The empty state.
 * @csspart skeleton - The loading placeholder.
 * @csspart status - The live region and the error state.
 * @csspart retry - The retry button of the error state.
 *
 * @cssprop [--credit-transactions-max-height=32rem] - Height of the scrolling table.
 * @cssprop [--credit-transactions-columns=…] - Grid template of the columns (named lines date, type, reference, amount, balance, status, method, billingNumber, actions, end).
 * @cssprop [--credit-transactions-row-border-color=var(--credit-color-border)] - Row separators.
 * @cssprop [--credit-transactions-in-color=var(--credit-color-success)] - Colour of In amounts.
 * @cssprop [--credit-transactions-out-color=var(--credit-color-text)] - Colour of Out amounts.
 */
export class CreditTransactions extends CreditElement {
  static override styles = [tokens, buttonStyles, skeletonStyles, transactionsStyles];

  /** Entries per request (1–2,000); larger pages mean fewer "load more" clicks. */
  @property({ type: Number, attribute: 'page-size' }) pageSize = 50;

  /** Loads the next page by itself when the last loaded rows scroll into view. */
  @property({ type: Boolean, attribute: 'auto-load' }) autoLoad = false;

  /** Hides the visible caption when the page gives the history its own heading (it stays the table's accessible name). */
  @property({ type: Boolean, reflect: true, attribute: 'no-heading' }) noHeading = false;

  @state() private filters: HistoryFilters = { ...NO_FILTERS };
  @state() private exporting = false;
  @state() private announcement = '';
  @state() private filterError = '';

  /** The filtered view, shared through the store (live entries, merges after changes). */
  private readonly view = this.useResource((store) => store.history(this.filters, this.pageSize));
  private readonly table = new HistoryTable(
    this,
    {
      account: () => this.account,
      locale: () => this.locale,
      messages: () => this.messages(transactionsMessages),
      list: () => this.list,
      autoLoad: () => this.autoLoad,
      loadMore: () => void this.loadMore(),
    },
    {
      store: () => this.store,
      locale: () => this.locale,
      messages: () => this.messages(transactionsMessages),
      announce: (text) => (this.announcement = text),
      downloadRoot: () => this.renderRoot,
    },
  );
  private pageArrived = false;
  /** What the live region and the loaded event last reported. */
  private reported: { list: HistoryList | undefined; pages: number; first: string | undefined } = {
    list: undefined,
    pages: 0,
    first: undefined,
  };

  /** Entries loaded so far, newest first. */
  get entries(): readonly Transaction[] {
    return this.list?.items ?? [];
  }

  /** The loaded list, once the first page arrived. */
  private get list(): HistoryList | undefined {
    const view = this.view.current;
    return view?.status === 'ready' ? view.list : undefined;
  }

  /** Reloads the history from the first page (keeps the filters). */
  reload(): Promise<void> {
    return this.view.current?.refresh() ?? Promise.resolve();
  }

  /** Fetches the next older page (the `load-more` button, or auto-load). */
  loadMore(): Promise<void> {
    return this.view.current?.loadMore() ?? Promise.resolve();
  }

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    this.noteChanges();
  }

  protected override get isLoading(): boolean {
    const status = this.view.current?.status ?? 'idle';
    return super.isLoading || status === 'loading' || status === 'idle';
  }

  protected override get hasError(): boolean {
    return super.hasError || this.view.current?.status === 'error';
  }

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    const list = this.list;
    if (this.pageArrived && list) {
      this.pageArrived = false;
      this.dispatchEvent(new CreditTransactionsLoadedEvent({ count: list.items.length, hasMore: !list.complete }));
    }
  }

  /**
   * Before a render: a page arrived (`credit-transactions-loaded` follows once it
   * is rendered), or a new entry appeared on top of a list already shown (a polite
   * announcement).
   */
  private noteChanges(): void {
    const list = this.list;
    const pages = this.view.current?.pages ?? 0;
    if (!list) return;
    const first = list.items[0]?.id;
    const previous = this.reported;
    this.reported = { list, pages, first };
    if (previous.list === list && first !== previous.first && previous.first !== undefined)
      this.announcement = this.messages(transactionsMessages).newEntry;
    if (previous.list !== list || pages !== previous.pages) this.pageArrived = true;
  }

  private applyFilters(filters: HistoryFilters): void {
    const same = (Object.keys(filters) as (keyof HistoryFilters)[]).every((k) => filters[k] === this.filters[k]);
    if (same) void this.reload();
    else this.filters = filters;
  }

  private async onExport(): Promise<void> {
    const store = this.store;
    const account = this.account;
    if (!store || !account || this.exporting) return;
    const m = this.messages(transactionsMessages);
    this.exporting = true;
    this.announcement = m.exporting;
    try {
      const { blob, count } = await exportCsv({ store, account, filters: this.filters, m, locale: this.locale });
      downloadBlob(blob, csvFilename(this.filters, new Date().toISOString().slice(0, 10)), this.renderRoot);
      this.announcement = m.exported(count);
    } catch (error) {
      this.announcement = this.errorText(toCreditsError(error).code);
    } finally {
      this.exporting = false;
    }
  }

  protected override render() {
    const m = this.messages(transactionsMessages);
    const account = this.account;
    if (this.store?.status === 'error' && !account) return this.renderAccountError();
    return html`<div part="base">
      <div class="toolbar">
        ${renderFilters({
          m,
          locale: this.locale,
          filters: this.filters,
          error: this.filterError,
          onApply: (f) => this.applyFilters(f),
          onError: (text) => (this.filterError = text),
        })}
        <button
          type="button"
          class="button secondary"
          part="export-button"
          aria-busy=${this.exporting ? 'true' : 'false'}
          ?disabled=${this.exporting || !this.list || !account}
          @click=${this.onExport}
        >
          ${this.exporting ? html`<span class="spinner" aria-hidden="true"></span>` : nothing}${m.exportCsv}
        </button>
      </div>
      <div class="visually-hidden" role="status" aria-live="polite">${this.announcement}</div>
      ${this.renderBody()}
    </div>`;
  }

  private renderBody() {
    const m = this.messages(transactionsMessages);
    const account = this.account;
    const view = this.view.current;
    if (view?.status === 'error') {
      return html`<div part="status" class="error-state" role="alert">
        <span>${this.errorText(view.error?.code)}</span>
        <button type="button" part="retry" class="button secondary" @click=${() => this.reload()}>
          ${this.common.retry}
        </button>
      </div>`;
    }
    const list = this.list;
    if (!view || !list || !account) {
      return html`<div class="skeleton-list" part="skeleton" aria-busy="true">
        <span class="visually-hidden" role="status">${this.common.loading}</span>
        ${[0, 1, 2, 3].map(() => html`<div class="skeleton-row" aria-hidden="true"><span></span><span></span></div>`)}
      </div>`;
    }
    if (list.items.length === 0) {
      return html`<p part="empty">${hasFilters(this.filters) ? m.emptyFiltered : m.empty}</p>`;
    }
    const footer =
      list.nextCursor || view.moreError
        ? html`<div class="footer">
            ${
              list.nextCursor
                ? html`<button
                    type="button"
                    class="button secondary"
                    part="load-more"
                    aria-busy=${view.loadingMore ? 'true' : 'false'}
                    ?disabled=${view.loadingMore}
                    @click=${() => this.loadMore()}
                  >
                    ${view.loadingMore ? html`<span class="spinner" aria-hidden="true"></span>` : nothing}${m.loadMore}
                  </button>`
                : nothing
            }
            ${view.moreError ? html`<span class="error-state" role="alert">${this.errorText(view.moreError.code)}</span>` : nothing}
          </div>`
        : nothing;
    return this.table.render(footer, this.noHeading);
  }
}
