/**
 * The history table with a windowed body: only the rows near the view exist in
 * the DOM (see row-window.ts), moved into place by one offset on the body, while
 * the real `<table>`, `<caption>`, `<th scope=col>`, explicit row/cell roles,
 * `aria-rowcount` and each row's `aria-rowindex` keep the table semantics screen
 * readers need. The scroll container is focusable and named; arrow keys, Page
 * Up/Down and Home/End move focus row by row, scrolling rows into the window
 * first, so keyboard users reach every row and every action.
 *
 * Columns share one grid (the rows are subgrids), so header and rows always line
 * up; amounts, balances and statuses never wrap and never shrink below their
 * text. A hidden sizer row holds the widest values of all loaded entries, so the
 * columns keep their widths while rows scroll in and out. Columns no loaded
 * entry uses (method, billing number, actions) are left out.
 */
import { html, nothing, type ReactiveControllerHost, type TemplateResult } from 'lit';
import { classMap } from 'lit/directives/class-map.js';
import { repeat } from 'lit/directives/repeat.js';
import type { Account } from '../../core/schemas/account.js';
import type { Transaction } from '../../core/schemas/transactions.js';
import { formatBalance, formatDate, formatSignedBalance } from '../../i18n/format.js';
import type { HistoryList } from '../../state/history-list.js';
import { styleProperties } from '../../util/style-properties.js';
import { RowActions, type RowActionsHost } from './actions.js';
import type { TransactionsMessages } from './credit-transactions.messages.js';
import {
  actionsFor,
  columnNeeds,
  describe,
  renderHeaderRow,
  rowStatus,
  type ColumnNeeds,
  type RowAction,
} from './row.js';
import { RowWindow } from './row-window.js';

export interface HistoryTableOptions {
  account(): Account | undefined;
  locale(): string;
  messages(): TransactionsMessages;
  /** The loaded entries, once the first page is there. */
  list(): HistoryList | undefined;
  /** Loads the next older page when the last loaded rows come into view. */
  autoLoad(): boolean;
  loadMore(): void;
}

export class HistoryTable {
  /** Row actions (complete, invoice, retry) with their busy and error state per entry. */
  readonly actions: RowActions;
  /** Which rows are rendered, and keyboard scrolling. */
  private readonly window: RowWindow;
  private needs: { items: readonly Transaction[]; needs: ColumnNeeds } | undefined;

  constructor(
    host: ReactiveControllerHost & HTMLElement & { readonly renderRoot: HTMLElement | DocumentFragment },
    private readonly options: HistoryTableOptions,
    actions: RowActionsHost,
  ) {
    this.actions = new RowActions(host, actions);
    this.window = new RowWindow(host, {
      count: () => options.list()?.items.length ?? 0,
      key: (index) => options.list()?.items[index]?.id ?? '',
      onRange: (_start, last) => {
        if (options.autoLoad() && last >= (options.list()?.items.length ?? 0) - 5) options.loadMore();
      },
    });
  }

  /** The table inside its scroll box; `footer` ("load more") goes in the box, after the rows. */
  /** `hideCaption`: the page names the table itself; the caption stays its accessible name. */
  render(footer: TemplateResult | typeof nothing = nothing, hideCaption = false): TemplateResult | typeof nothing {
    const account = this.options.account();
    const list = this.options.list();
    if (!account || !list) return nothing;
    const m = this.options.messages();
    const items = list.items;
    const hasMore = !list.complete;
    const needs = this.columnNeeds(items);
    const { start, end, shift, height } = this.window.range();
    const shown = items.slice(start, end);
    const columns = {
      'uses-method': needs.used.has('method'),
      'uses-billing-number': needs.used.has('billingNumber'),
      'uses-actions': needs.used.has('actions'),
    };
    // Explicit roles are intended: the sections are display:grid for the subgrid
    // layout, and some browsers drop implicit table roles for those.
    /* eslint-disable lit-a11y/no-redundant-role */
    return html`<div
      class="scroller"
      part="scroller"
      tabindex="0"
      role="region"
      aria-labelledby="caption"
      @keydown=${(event: KeyboardEvent) => onKeydown(event, items.length, this.window)}
      @focusin=${this.onFocusIn}
    >
      <table part="table" role="table" class=${classMap(columns)} aria-rowcount=${hasMore ? -1 : items.length + 1}>
        <caption id="caption" part="caption" class=${hideCaption ? 'visually-hidden' : nothing}>
          ${m.caption}
        </caption>
        <thead role="rowgroup">
          ${renderHeaderRow(m)}
        </thead>
        <tbody
          role="rowgroup"
          class=${height === null ? '' : 'windowed'}
          ${styleProperties({
            '--_credit-rows-shift': `${shift}px`,
            height: height === null ? 'auto' : `${height}px`,
          })}
        >
          ${this.renderSizer(needs, items, account)}
          ${repeat(
            shown,
            (entry) => entry.id,
            (entry, i) => this.renderRow(entry, start + i, account),
          )}
        </tbody>
      </table>
      ${footer}
    </div>`;
    /* eslint-enable lit-a11y/no-redundant-role */
  }

  /** What the columns need; after "load more" only the appended entries are scanned. */
  private columnNeeds(items: readonly Transaction[]): ColumnNeeds {
    const known = this.needs;
    if (known?.items === items) return known.needs;
    const length = known?.items.length ?? 0;
    const appended =
      known &&
      length > 0 &&
      items.length >= length &&
      items[0] === known.items[0] &&
      items[length - 1] === known.items[length - 1];
    this.needs = { items, needs: appended ? columnNeeds(items, length, known.needs) : columnNeeds(items) };
    return this.needs.needs;
  }

  /** Focus that lands on a row or action outside the view (Tab) brings that row fully into view. */
  private readonly onFocusIn = (event: FocusEvent) => {
    const row = (event.target as HTMLElement).closest<HTMLElement>('tr[data-id]');
    if (row) void this.window.reveal(Number(row.getAttribute('aria-rowindex')) - 2);
  };

  /**
   * An invisible row with the widest value of each column among all loaded
   * entries: the grid sizes the columns by it, so widths do not change while
   * rows scroll in and out of the window.
   */
  private renderSizer(needs: ColumnNeeds, items: readonly Transaction[], account: Account): TemplateResult {
    const m = this.options.messages();
    const locale = this.options.locale();
    const lines = (values: Iterable<string>) => [...values].map((v) => html`<span>${v}</span>`);
    const dates = [items[0], items.at(-1)]
      .filter((e) => !!e)
      .map((e) => formatDate(e.createdAt, locale, 'medium', true));
    const amounts = needs.widest.map((e) =>
      formatSignedBalance(account, e.direction === 'in' ? e.amount : -e.amount, locale),
    );
    const balances = needs.widest.map((e) => formatBalance(account, e.balanceAfter, locale));
    const actionText: Record<RowAction, string> = { complete: m.complete, invoice: m.downloadInvoice, retry: m.retry };
    return html`<tr class="sizer" aria-hidden="true" inert>
      <td class="c-date">${lines(dates)}</td>
      <td class="c-type">${lines([m.in, m.out])}</td>
      <td class="c-reference"></td>
      <td class="c-amount">${lines(amounts)}</td>
      <td class="c-balance">${lines(balances)}</td>
      <td class="c-status">${lines([...needs.statuses].map((s) => m[s]))}</td>
      <td class="c-method">${lines([...needs.methods].map((method) => m[method]))}</td>
      <td class="c-billingNumber">${needs.billingNumber}</td>
      <td class="c-actions">
        ${[...needs.actions].map((a) => html`<span class="button secondary action">${actionText[a]}</span>`)}
      </td>
    </tr>`;
  }

  /**
   * One history row. Cells carry their column name in `data-label` (the phone
   * layout labels the balance with it); rows keep explicit table roles because
   * the grid layout changes their CSS display.
   */
  private renderRow(entry: Transaction, index: number, account: Account): TemplateResult {
    const locale = this.options.locale();
    const m = this.options.messages();
    const signed = entry.direction === 'in' ? entry.amount : -entry.amount;
    const busy = this.actions.busy.get(entry.id);
    const error = this.actions.errors.get(entry.id);
    const date = formatDate(entry.createdAt, locale, 'medium', true);
    const type = entry.direction === 'in' ? m.in : m.out;
    const amount = formatSignedBalance(account, signed, locale);
    const balance = formatBalance(account, entry.balanceAfter, locale);
    const method = entry.method ? m[entry.method] : '';
    const billingNumber = entry.billingNumber ?? '';
    const status = rowStatus(entry);
    const { title, detail } = describe(entry, m);
    const actions = actionsFor(entry);
    return html`<tr
      role="row"
      part="row row-${entry.status} row-${entry.direction}"
      aria-rowindex=${index + 2}
      tabindex="-1"
      data-id=${entry.id}
      class="${entry.status} status-${status} ${actions.length || error ? 'has-actions' : ''}"
    >
      <td role="cell" part="cell-date" class="c-date" data-label=${m.date}>
        <time datetime=${entry.createdAt}>${date}</time>
      </td>
      <td role="cell" part="cell-type" class="c-type" data-label=${m.type}>${type}</td>
      <td role="cell" part="cell-reference" class="c-reference" data-label=${m.description}>
        <span part="description" class="description">${title}</span>
        <span part="reference" class="reference">${entry.reference}</span>
        ${detail ? html`<span part="detail" class="detail">${detail}</span>` : nothing}
        ${
          method || billingNumber
            ? html`<span class="inline-extra">${[method, billingNumber].filter(Boolean).join(' · ')}</span>`
            : nothing
        }
      </td>
      <td role="cell" part="cell-amount" class="c-amount ${entry.direction}" data-label=${m.amount}>${amount}</td>
      <td role="cell" part="cell-balance" class="c-balance" data-label=${m.balance}>${balance}</td>
      <td role="cell" part="cell-status" class="c-status" data-label=${m.status} data-status=${status}>${m[status]}</td>
      <td role="cell" part="cell-method" class="c-method" data-label=${m.method}>${method}</td>
      <td role="cell" part="cell-billing-number" class="c-billingNumber" data-label=${m.billingNumber}>
        ${billingNumber}
      </td>
      <td role="cell" part="cell-actions" class="c-actions" data-label=${m.actions}>
        ${actions.map((action) => this.renderAction(action, entry, busy))}
        ${error ? html`<span class="row-error" role="alert">${error}</span>` : nothing}
      </td>
    </tr>`;
  }

  private renderAction(action: RowAction, entry: Transaction, busy: RowAction | undefined): TemplateResult {
    const m = this.options.messages();
    const running = busy === action;
    const text = action === 'complete' ? m.complete : action === 'retry' ? m.retry : m.downloadInvoice;
    const label =
      action === 'complete'
        ? m.completeLabel(entry.reference)
        : action === 'retry'
          ? m.retryLabel(entry.reference)
          : m.downloadLabel(entry.billingNumber ?? entry.reference);
    return html`<button
      type="button"
      class="button secondary action"
      part="action action-${action}"
      data-action=${action}
      aria-label=${label}
      aria-busy=${running ? 'true' : 'false'}
      aria-disabled=${busy ? 'true' : 'false'}
      @click=${() => void this.actions.run(action, entry)}
    >
      ${running ? html`<span class="spinner" aria-hidden="true"></span>` : nothing}${text}
    </button>`;
  }
}

const MOVES: Record<string, (index: number, last: number) => number> = {
  ArrowDown: (i, last) => Math.min(i + 1, last),
  ArrowUp: (i) => Math.max(i - 1, 0),
  Home: () => 0,
  End: (_i, last) => last,
  PageDown: (i, last) => Math.min(i + 10, last),
  PageUp: (i) => Math.max(i - 10, 0),
};

/** Row-to-row focus movement; rows outside the window are scrolled into it first. */
async function onKeydown(event: KeyboardEvent, count: number, window: RowWindow): Promise<void> {
  const move = MOVES[event.key];
  const target = event.target as HTMLElement;
  const row = target.closest<HTMLElement>('tr[data-id]');
  const scroller = event.currentTarget as HTMLElement;
  if (!move || count === 0 || event.altKey || event.ctrlKey || event.metaKey) return;
  // From the scroller itself only ArrowDown/Home/End enter the rows; otherwise it scrolls natively.
  if (!row && (target !== scroller || !['ArrowDown', 'Home', 'End'].includes(event.key))) return;
  event.preventDefault();
  const current = row ? Number(row.getAttribute('aria-rowindex')) - 2 : -1;
  const next = row ? move(current, count - 1) : event.key === 'End' ? count - 1 : 0;
  if (next === current) return;
  const found = await window.reveal(next);
  found?.focus({ preventScroll: true });
}
