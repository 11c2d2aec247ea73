import { defineCatalog } from '../../i18n/catalog.js';

/** English, the source language. Other languages: credit-requests.messages.<language>.ts, typed against this. */
const en = {
  caption: 'Credit requests',
  date: 'Date',
  credits: 'You get',
  amount: 'You pay (total)',
  method: 'Method',
  reference: 'Reference',
  status: 'Status',
  empty: 'No credit requests yet.',
  emptyHelp:
    'When you buy credits by bank transfer or cryptocurrency, your request shows here until we have received your payment.',
  status_pending: 'Pending',
  status_accepted: 'Accepted',
  status_rejected: 'Rejected',
  note: (note: string) => `Note: ${note}`,
  method_bank_transfer: 'Bank transfer',
  method_crypto: 'Cryptocurrency',
  updated: 'Credit requests updated.',
};

export type RequestsMessages = typeof en;

export const requestsMessages = defineCatalog(en, { de: () => import('./credit-requests.messages.de.js') });
