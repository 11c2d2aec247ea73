/** The history's columns, its header row, and which actions an entry offers. */
import { html, type TemplateResult } from 'lit';
import type { Transaction } from '../../core/schemas/transactions.js';
import type { TransactionsMessages } from './credit-transactions.messages.js';

export type RowAction = 'complete' | 'invoice' | 'retry';

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
