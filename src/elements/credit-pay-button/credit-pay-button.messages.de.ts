/** German texts of `<credit-pay-button>`, loaded only by pages that speak German. */
import type { Translation } from '../../i18n/catalog.js';
import type { PayButtonMessages } from './credit-pay-button.messages.js';

export default {
  buy: 'Mit Guthaben kaufen',
  pay: 'Mit Guthaben bezahlen',
  paying: 'Wird bezahlt …',
  checking: 'Guthaben wird geprüft …',
  confirmService: (name: string, price: string, after: string) =>
    `${name} für ${price} mit Guthaben kaufen. Guthaben danach: ${after}.`,
  confirmInvoice: (name: string, price: string, after: string) =>
    `${name} über ${price} mit Guthaben bezahlen. Guthaben danach: ${after}.`,
  confirm: 'Bestätigen',
  cancel: 'Abbrechen',
  paidService: (name: string, price: string) => `${name} für ${price} gekauft. Ihr Guthaben wurde aktualisiert.`,
  paidInvoice: (name: string, price: string) => `${name} mit ${price} Guthaben bezahlt.`,
  paidBadge: 'Bezahlt',
  purchasedBadge: 'Gekauft',
  buyAgain: 'Erneut kaufen',
  failed: (reason: string) => `Zahlung fehlgeschlagen: ${reason}`,
  already_paid: 'Dies wurde bereits bezahlt.',
  credit_payments_disabled: 'Zahlen mit Guthaben ist für dieses Konto deaktiviert.',
  not_eligible: 'Dies kann nicht mit Guthaben bezahlt werden.',
  insufficient: (shortfall: string) => `Ihrem Guthaben fehlen ${shortfall}.`,
  topUpDifference: (shortfall: string) => `Differenz aufladen (${shortfall})`,
  unknownReason: 'Zahlen mit Guthaben ist gerade nicht möglich.',
} satisfies Translation<PayButtonMessages>;
