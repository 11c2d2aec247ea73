/** German texts of `<credit-requests>`, loaded only by pages that speak German. */
import type { Translation } from '../../i18n/catalog.js';
import type { RequestsMessages } from './credit-requests.messages.js';

export default {
  caption: 'Guthabenanfragen',
  date: 'Datum',
  credits: 'Sie erhalten',
  amount: 'Sie zahlen (gesamt)',
  method: 'Zahlungsart',
  reference: 'Referenz',
  status: 'Status',
  empty: 'Noch keine Guthabenanfragen.',
  emptyHelp:
    'Wenn Sie Guthaben per Überweisung oder Kryptowährung kaufen, erscheint Ihre Anfrage hier, bis Ihre Zahlung bei uns eingegangen ist.',
  status_pending: 'Ausstehend',
  status_accepted: 'Angenommen',
  status_rejected: 'Abgelehnt',
  note: (note: string) => `Hinweis: ${note}`,
  method_bank_transfer: 'Überweisung',
  method_crypto: 'Kryptowährung',
  updated: 'Guthabenanfragen aktualisiert.',
} satisfies Translation<RequestsMessages>;
