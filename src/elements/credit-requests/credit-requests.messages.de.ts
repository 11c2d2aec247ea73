/** German texts of `<credit-requests>`, loaded only by pages that speak German. */
import type { Translation } from '../../i18n/catalog.js';
import type { RequestsMessages } from './credit-requests.messages.js';

export default {
  caption: 'Credit-Anfragen',
  date: 'Datum',
  credits: 'Credits',
  amount: 'Betrag',
  method: 'Zahlungsart',
  reference: 'Referenz',
  status: 'Status',
  empty: 'Sie haben keine Credit-Anfragen.',
  status_pending: 'Ausstehend',
  status_accepted: 'Angenommen',
  status_rejected: 'Abgelehnt',
  note: (note: string) => `Hinweis: ${note}`,
  method_bank_transfer: 'Überweisung',
  method_crypto: 'Kryptowährung',
  updated: 'Credit-Anfragen aktualisiert.',
} satisfies Translation<RequestsMessages>;
