import type { Transaction } from '../../core/schemas/transactions.js';
import { defineCatalog } from '../../i18n/catalog.js';

const KINDS: Record<Transaction['kind'], string> = {
  top_up: 'Top-up',
  purchase: 'Credit purchase',
  payment: 'Payment',
  usage: 'Usage',
  hold: 'Reserved for a running job',
  expiry: 'Expired credits',
  refund: 'Refund',
  grant: 'Credits granted',
  plan: 'Plan credits',
  adjustment: 'Adjustment',
};

/** English, the source language. Other languages: credit-transactions.messages.<language>.ts, typed against this. */
const en = {
  /** The description a row leads with. The backend's descriptions are English, so English pages show them as they are. */
  describe: (entry: Pick<Transaction, 'kind' | 'description' | 'method' | 'direction'>) =>
    entry.description || KINDS[entry.kind],
  /** The backend's own text under the description, where `describe` does not already show it. */
  detail: (_entry: Pick<Transaction, 'description'>) => '',
  caption: 'Transaction history',
  scrollerLabel: 'Transactions, scrollable',
  date: 'Date',
  type: 'Type',
  reference: 'Reference',
  description: 'Description',
  amount: 'Amount',
  balance: 'Balance',
  status: 'Status',
  method: 'Method',
  billingNumber: 'Billing number',
  actions: 'Actions',
  in: 'In',
  out: 'Out',
  completed: 'Completed',
  pending: 'Pending',
  failed: 'Failed',
  held: 'Held',
  notCharged: 'Not charged',
  card: 'Card',
  paypal: 'PayPal',
  invoice: 'Invoice',
  bank_transfer: 'Bank transfer',
  crypto: 'Cryptocurrency',
  credits: 'Credits',
  filters: 'Filter transactions',
  allTypes: 'All types',
  allStatuses: 'All statuses',
  from: 'From',
  to: 'To',
  /** Day, month and year letters of the date hint (the order and separators come from the locale). */
  dateLetters: 'DD MM YYYY',
  invalidDate: (example: string) => `Enter a date like ${example}.`,
  reversedRange: 'The start date is after the end date.',
  reset: 'Reset',
  complete: 'Complete payment',
  completeLabel: (ref: string) => `Complete payment ${ref}`,
  downloadInvoice: 'Invoice PDF',
  downloadLabel: (number: string) => `Invoice PDF ${number}, download`,
  retry: 'Retry',
  retryLabel: (ref: string) => `Retry payment ${ref}`,
  loadMore: 'Load more',
  exportCsv: 'Export CSV',
  exporting: 'Exporting…',
  exported: (count: number) => `Exported ${count} ${count === 1 ? 'entry' : 'entries'}.`,
  empty: 'No transactions yet.',
  emptyFiltered: 'No transactions match these filters.',
  loaded: (count: number) => `${count} ${count === 1 ? 'transaction' : 'transactions'} shown.`,
  newEntry: 'New transaction added.',
  completedNotice: 'Payment completed.',
  stillPending: 'The payment is still pending.',
  invoiceDownloaded: (number: string) => `Invoice ${number} downloaded.`,
  csvKind: 'Kind',
  csvDescription: 'Description',
  csvUnit: 'Unit',
  csvId: 'ID',
};

export type TransactionsMessages = typeof en;

export const transactionsMessages = defineCatalog(en, { de: () => import('./credit-transactions.messages.de.js') });
