/**
 * The history's columns, its header row, what a row says about its entry
 * (description, status), which actions it offers, and which columns the loaded
 * entries need at all.
 */
import { html, type TemplateResult } from 'lit';
import type { Transaction } from '../../core/schemas/transactions.js';
import type { TransactionsMessages } from './credit-transactions.messages.js';

export type RowAction = 'complete' | 'invoice' | 'retry';

/** Columns in DOM order; each cell sits on the grid line of its name (hidden columns take no space). */
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
export type Column = (typeof COLUMNS)[number];

/** Columns that only some entries fill: left out when no loaded entry has a value. */
export type OptionalColumn = 'method' | 'billingNumber' | 'actions';

/** Column header keys (the reference column is headed "Description"). */
const HEADERS: Record<Column, keyof TransactionsMessages> = {
  date: 'date',
  type: 'type',
  reference: 'description',
  amount: 'amount',
  balance: 'balance',
  status: 'status',
  method: 'method',
  billingNumber: 'billingNumber',
  actions: 'actions',
};

export function renderHeaderRow(m: TransactionsMessages): TemplateResult {
  return html`<tr role="row" part="header-row" aria-rowindex="1">
    ${COLUMNS.map(
      (column) =>
        html`<th scope="col" role="columnheader" part="header-cell" class="c-${column}">${m[HEADERS[column]]}</th>`,
    )}
  </tr>`;
}

/** What a row shows as its status: a job's hold is "Held", a failed charge "Not charged". */
export type RowStatus = 'completed' | 'pending' | 'failed' | 'held' | 'notCharged';

export function rowStatus(entry: Transaction): RowStatus {
  if (entry.kind === 'hold' && entry.status === 'pending') return 'held';
  if (entry.status === 'failed' && entry.direction === 'out') return 'notCharged';
  return entry.status;
}

/** The customer-facing description: in the page's language, the backend's own text as detail. */
export function describe(entry: Transaction, m: TransactionsMessages): { title: string; detail: string } {
  const title = m.describe(entry);
  const detail = m.detail(entry);
  return { title, detail: detail && detail !== title ? detail : '' };
}

/** Whether the customer can act on an entry (used to skip rendering an empty button cell). */
export function actionsFor(entry: Transaction): RowAction[] {
  const actions: RowAction[] = [];
  if (entry.status === 'pending' && entry.topUpId) actions.push('complete');
  if (entry.status === 'failed' && entry.topUpId) actions.push('retry');
  if (entry.invoiceId && entry.status === 'completed') actions.push('invoice');
  return actions;
}

/** What the loaded entries need: the optional columns in use and the widest values per column. */
export interface ColumnNeeds {
  used: Set<OptionalColumn>;
  /** The entries with the largest amounts and balances (they set the column widths). */
  widest: Transaction[];
  /** Largest In, largest Out, highest and lowest balance, as found so far. */
  extremes: (Transaction | undefined)[];
  statuses: Set<RowStatus>;
  actions: Set<RowAction>;
  /** The longest billing number and method in use. */
  billingNumber: string;
  methods: Set<NonNullable<Transaction['method']>>;
}

/**
 * One pass over the loaded entries (O(n), no formatting), or over the new ones
 * only when `base` describes `items.slice(0, from)` (older pages appended): cheap
 * for every page of a 100,000-entry history, and it keeps column widths steady
 * while scrolling because the widest values are always measured, rendered or not.
 */
export function columnNeeds(items: readonly Transaction[], from = 0, base?: ColumnNeeds): ColumnNeeds {
  const used = new Set<OptionalColumn>(base?.used);
  const statuses = new Set<RowStatus>(base?.statuses);
  const actions = new Set<RowAction>(base?.actions);
  const methods = new Set<NonNullable<Transaction['method']>>(base?.methods);
  let billingNumber = base?.billingNumber ?? '';
  let [maxIn, maxOut, maxBalance, minBalance] = base?.extremes ?? [];
  for (let i = from; i < items.length; i++) {
    const entry = items[i]!;
    if (entry.method) methods.add(entry.method);
    if (entry.billingNumber && entry.billingNumber.length > billingNumber.length) billingNumber = entry.billingNumber;
    statuses.add(rowStatus(entry));
    if (entry.topUpId || entry.invoiceId) for (const action of actionsFor(entry)) actions.add(action);
    if (entry.direction === 'in') {
      if (!maxIn || entry.amount > maxIn.amount) maxIn = entry;
    } else if (!maxOut || entry.amount > maxOut.amount) maxOut = entry;
    if (!maxBalance || entry.balanceAfter > maxBalance.balanceAfter) maxBalance = entry;
    if (!minBalance || entry.balanceAfter < minBalance.balanceAfter) minBalance = entry;
  }
  if (methods.size) used.add('method');
  if (billingNumber) used.add('billingNumber');
  if (actions.size) used.add('actions');
  const extremes: ColumnNeeds['extremes'] = [maxIn, maxOut, maxBalance, minBalance];
  const widest = extremes.filter((e): e is Transaction => !!e);
  return { used, widest, extremes, statuses, actions, billingNumber, methods };
}
