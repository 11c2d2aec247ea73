/**
 * One history row and the header row. Cells carry their column name in
 * `data-label` for the stacked (narrow) layout; rows keep explicit table roles
 * because the fixed-height row layout changes their CSS display.
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { Account } from '../../core/schemas/account.js';
import type { Transaction } from '../../core/schemas/transactions.js';
import { formatBalance, formatDate, formatSignedBalance } from '../../i18n/format.js';
import type { TransactionsMessages } from './credit-transactions.messages.js';

export type RowAction = 'complete' | 'invoice' | 'retry';

export interface RowContext {
  account: Account;
  locale: string;
  m: TransactionsMessages;
  /** The action running on an entry (by id), for aria-busy and the spinner. */
  busy: ReadonlyMap<string, RowAction>;
  /** Inline error text of the last failed action on an entry (by id). */
  errors: ReadonlyMap<string, string>;
  onAction(action: RowAction, entry: Transaction, event: Event): void;
}

export const COLUMNS = [
  'date',
  'type',
  'reference',
  'amount',
  'balance',
  'status',
  'method',
  'billingNumber',
  'actions',
] as const;

export function renderHeaderRow(m: TransactionsMessages): TemplateResult {
  return html`<tr role="row" part="header-row" aria-rowindex="1">
    ${COLUMNS.map((column) => html`<th scope="col" role="columnheader" part="header-cell">${m[column]}</th>`)}
  </tr>`;
}

/** Whether the customer can act on an entry (used to skip rendering an empty button cell). */
export function actionsFor(entry: Transaction): RowAction[] {
  const actions: RowAction[] = [];
  if (entry.status === 'pending' && entry.topUpId) actions.push('complete');
  if (entry.status === 'failed' && entry.topUpId) actions.push('retry');
  if (entry.invoiceId && entry.status === 'completed') actions.push('invoice');
  return actions;
}

export function renderRow(entry: Transaction, index: number, ctx: RowContext): TemplateResult {
  const { account, locale, m } = ctx;
  const signed = entry.direction === 'in' ? entry.amount : -entry.amount;
  const busy = ctx.busy.get(entry.id);
  const error = ctx.errors.get(entry.id);
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
      ${actionsFor(entry).map((action) => renderAction(action, entry, busy, ctx))}
      ${error ? html`<span class="row-error" role="alert" title=${error}>${error}</span>` : nothing}
    </td>
  </tr>`;
}

function renderAction(
  action: RowAction,
  entry: Transaction,
  busy: RowAction | undefined,
  ctx: RowContext,
): TemplateResult {
  const { m } = ctx;
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
    @click=${(event: Event) => ctx.onAction(action, entry, event)}
  >
    ${running ? html`<span class="spinner" aria-hidden="true"></span>` : nothing}${text}
  </button>`;
}
