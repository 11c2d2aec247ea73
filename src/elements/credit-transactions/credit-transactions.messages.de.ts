/** German texts of `<credit-transactions>`, loaded only by pages that speak German. */
import type { Transaction } from '../../core/schemas/transactions.js';
import type { Translation } from '../../i18n/catalog.js';
import type { TransactionsMessages } from './credit-transactions.messages.js';

const KINDS: Record<Transaction['kind'], string> = {
  top_up: 'Aufladung',
  purchase: 'Guthabenkauf',
  payment: 'Zahlung',
  usage: 'Nutzung',
  hold: 'Für einen laufenden Auftrag reserviert',
  expiry: 'Verfallenes Guthaben',
  refund: 'Erstattung',
  grant: 'Gutschrift',
  plan: 'Guthaben aus Ihrem Tarif',
  adjustment: 'Korrektur',
};

const METHODS: Record<NonNullable<Transaction['method']>, string> = {
  card: 'Karte',
  paypal: 'PayPal',
  invoice: 'Rechnung',
  bank_transfer: 'Banküberweisung',
  crypto: 'Kryptowährung',
  credits: 'Guthaben',
};

export default {
  /** The backend's descriptions are English: German pages lead with the kind of entry (a payment's item name stays). */
  describe: (entry) =>
    entry.kind === 'payment' && entry.description
      ? entry.description
      : (entry.kind === 'top_up' || entry.kind === 'purchase') && entry.method
        ? `${KINDS[entry.kind]} per ${METHODS[entry.method]}`
        : KINDS[entry.kind],
  detail: (entry) => entry.description,
  caption: 'Transaktionsverlauf',
  scrollerLabel: 'Transaktionen, scrollbar',
  date: 'Datum',
  type: 'Art',
  reference: 'Referenz',
  description: 'Beschreibung',
  amount: 'Betrag',
  balance: 'Saldo',
  status: 'Status',
  method: 'Zahlungsart',
  billingNumber: 'Rechnungsnummer',
  actions: 'Aktionen',
  in: 'Eingang',
  out: 'Ausgang',
  completed: 'Abgeschlossen',
  pending: 'Ausstehend',
  failed: 'Fehlgeschlagen',
  held: 'Reserviert',
  notCharged: 'Nicht berechnet',
  ...METHODS,
  filters: 'Transaktionen filtern',
  allTypes: 'Alle Arten',
  allStatuses: 'Alle Status',
  from: 'Von',
  to: 'Bis',
  dateLetters: 'TT MM JJJJ',
  invalidDate: (example: string) => `Geben Sie ein Datum wie ${example} ein.`,
  reversedRange: 'Das Startdatum liegt nach dem Enddatum.',
  reset: 'Zurücksetzen',
  complete: 'Zahlung abschließen',
  completeLabel: (ref: string) => `Zahlung abschließen (${ref})`,
  downloadInvoice: 'Rechnung (PDF)',
  downloadLabel: (number: string) => `Rechnung (PDF) ${number} herunterladen`,
  retry: 'Erneut versuchen',
  retryLabel: (ref: string) => `Erneut versuchen (Zahlung ${ref})`,
  loadMore: 'Mehr laden',
  exportCsv: 'CSV exportieren',
  exporting: 'Wird exportiert …',
  exported: (count: number) => `${count} ${count === 1 ? 'Eintrag' : 'Einträge'} exportiert.`,
  empty: 'Noch keine Transaktionen.',
  emptyFiltered: 'Keine Transaktionen passen zu diesen Filtern.',
  loaded: (count: number) => `${count} ${count === 1 ? 'Transaktion' : 'Transaktionen'} angezeigt.`,
  newEntry: 'Neue Transaktion hinzugefügt.',
  completedNotice: 'Zahlung abgeschlossen.',
  stillPending: 'Die Zahlung ist noch ausstehend.',
  invoiceDownloaded: (number: string) => `Rechnung ${number} heruntergeladen.`,
  csvKind: 'Vorgang',
  csvDescription: 'Beschreibung',
  csvUnit: 'Einheit',
  csvId: 'ID',
} satisfies Translation<TransactionsMessages>;
