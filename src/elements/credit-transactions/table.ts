/**
 * The history table with a windowed body: only the rows near the viewport exist
 * in the DOM (see row-window.ts), between two `aria-hidden` spacer rows, while
 * the real `<table>`, `<caption>`, `<th scope=col>`, explicit row/cell roles,
 * `aria-rowcount` and each row's `aria-rowindex` keep the table semantics screen
 * readers need. The scroll container is focusable and named; arrow keys, Page
 * Up/Down and Home/End move focus row by row, scrolling rows into the window
 * first, so keyboard users reach every row and every action.
 */
import { html, nothing, type ReactiveControllerHost, type TemplateResult } from 'lit';
import { repeat } from 'lit/directives/repeat.js';
import type { Account } from '../../core/schemas/account.js';
import type { Transaction } from '../../core/schemas/transactions.js';
import { formatBalance, formatDate, formatSignedBalance } from '../../i18n/format.js';
import type { HistoryList } from '../../state/history-list.js';
import { styleProperties } from '../../util/style-properties.js';
import { RowActions, type RowActionsHost } from './actions.js';
import type { TransactionsMessages } from './credit-transactions.messages.js';
import { actionsFor, renderHeaderRow, type RowAction } from './row.js';
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

  constructor(
    host: ReactiveControllerHost & HTMLElement & { readonly renderRoot: HTMLElement | DocumentFragment },
    private readonly options: HistoryTableOptions,
    actions: RowActionsHost,
  ) {
    this.actions = new RowActions(host, actions);
    this.window = new RowWindow(host, {
      count: () => options.list()?.items.length ?? 0,
      onRange: (_start, last) => {
        if (options.autoLoad() && last >= (options.list()?.items.length ?? 0) - 5) options.loadMore();
      },
    });
  }

  render(): TemplateResult | typeof nothing {
    const account = this.options.account();
    const list = this.options.list();
    if (!account || !list) return nothing;
    const m = this.options.messages();
    const items = list.items;
    const hasMore = !list.complete;
    const { start, end, above, below } = this.window.range(items.length);
    const shown = items.slice(start, end);
    // Explicit roles are intended: the sections are display:block/grid for the
    // fixed-height row layout, and some browsers drop implicit table roles for those.
    /* eslint-disable lit-a11y/no-redundant-role */
    return html`<div
      class="scroller"
      part="scroller"
      tabindex="0"
      role="region"
      aria-labelledby="caption"
      @keydown=${(event: KeyboardEvent) => onKeydown(event, items.length, this.window)}
    >
      <table part="table" role="table" aria-rowcount=${hasMore ? -1 : items.length + 1}>
        <caption id="caption" part="caption">
          ${m.caption}
        </caption>
        <thead role="rowgroup">
          ${renderHeaderRow(m)}
        </thead>
        <tbody role="rowgroup">
          <tr class="spacer" aria-hidden="true" ${styleProperties({ height: `${above}px` })}></tr>
          ${repeat(
            shown,
            (entry) => entry.id,
            (entry, i) => this.renderRow(entry, start + i, account),
          )}
          <tr class="spacer" aria-hidden="true" ${styleProperties({ height: `${below}px` })}></tr>
        </tbody>
      </table>
    </div>`;
    /* eslint-enable lit-a11y/no-redundant-role */
  }

  /**
   * One history row. Cells carry their column name in `data-label` for the
   * stacked (narrow) layout; rows keep explicit table roles because the
   * fixed-height row layout changes their CSS display.
   */
  private renderRow(entry: Transaction, index: number, account: Account): TemplateResult {
    const locale = this.options.locale();
    const m = this.options.messages();
    const signed = entry.direction === 'in' ? entry.amount : -entry.amount;
    const busy = this.actions.busy.get(entry.id);
    const error = this.actions.errors.get(entry.id);
    // Cells never wrap (every row has the same height); a title carries text the ellipsis may cut.
    const date = formatDate(entry.createdAt, locale, 'medium', true);
    const type = entry.direction === 'in' ? m.in : m.out;
    const amount = formatSignedBalance(account, signed, locale);
    const balance = formatBalance(account, entry.balanceAfter, locale);
    const method = entry.method ? m[entry.method] : '';
    const billingNumber = entry.billingNumber ?? '';
    return html`<tr
      role="row"
      part="row row-${entry.status} row-${entry.direction}"
      aria-rowindex=${index + 2}
      tabindex="-1"
      data-id=${entry.id}
      class=${entry.status}
    >
      <td role="cell" part="cell-date" data-label=${m.date} title=${date}>
        <time datetime=${entry.createdAt}>${date}</time>
      </td>
      <td role="cell" part="cell-type" data-label=${m.type} title=${type}>${type}</td>
      <td
        role="cell"
        part="cell-reference"
        data-label=${m.reference}
        title=${`${entry.reference} – ${entry.description}`}
      >
        ${entry.reference}
      </td>
      <td role="cell" part="cell-amount" data-label=${m.amount} class=${entry.direction} title=${amount}>${amount}</td>
      <td role="cell" part="cell-balance" data-label=${m.balance} title=${balance}>${balance}</td>
      <td role="cell" part="cell-status" data-label=${m.status} data-status=${entry.status} title=${m[entry.status]}>
        ${m[entry.status]}
      </td>
      <td role="cell" part="cell-method" data-label=${m.method} title=${method}>${method}</td>
      <td role="cell" part="cell-billing-number" data-label=${m.billingNumber} title=${billingNumber}>
        ${billingNumber}
      </td>
      <td role="cell" part="cell-actions" data-label=${m.actions}>
        ${actionsFor(entry).map((action) => this.renderAction(action, entry, busy))}
        ${error ? html`<span class="row-error" role="alert" title=${error}>${error}</span>` : nothing}
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
