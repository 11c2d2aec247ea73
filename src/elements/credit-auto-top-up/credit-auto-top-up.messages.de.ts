/** German texts of `<credit-auto-top-up>`, loaded only by pages that speak German. */
import type { Translation } from '../../i18n/catalog.js';
import type { AutoTopUpMessages } from './credit-auto-top-up.messages.js';

export default {
  title: 'Automatisches Aufladen',
  open: 'Einstellungen für automatisches Aufladen',
  enabled: 'Automatisch aufladen',
  threshold: 'Wenn das Guthaben unter diesen Wert fällt',
  thresholdHint: 'Leer lassen für keinen Guthaben-Auslöser; 0 bedeutet, wenn es aufgebraucht ist.',
  expiryDays: 'Tage vor Verfall der Credits',
  expiryDaysHint:
    'Leer lassen für keinen Verfalls-Auslöser. Dieser Kauf verlängert Ihre restlichen Credits um 12 Monate.',
  amount: 'Was gekauft wird',
  fixedAmount: 'Ein fester Betrag',
  refill: 'Auf ein Zielguthaben auffüllen',
  amountValue: 'Betrag',
  target: 'Zielguthaben',
  monthlyCap: 'Monatliches Limit (optional)',
  paymentMethod: 'Zahlungsmittel',
  noPaymentMethod: 'Noch kein gespeichertes Zahlungsmittel. Es wird bei Ihrer nächsten Kartenzahlung gespeichert.',
  save: 'Speichern',
  saved: 'Einstellungen für automatisches Aufladen gespeichert.',
  paused: 'Automatisches Aufladen ist nach wiederholten Fehlern pausiert. Speichern Sie, um fortzufahren.',
  lastFailure: (reason: string, date: string) => `Letzter Versuch am ${date}: ${reason}`,
  monthly_cap_reached: 'das monatliche Limit wurde erreicht',
  no_payment_method: 'kein gespeichertes Zahlungsmittel',
  notAvailable: 'Automatisches Aufladen ist für dieses Konto nicht verfügbar.',
  invalidNumber: 'Geben Sie eine gültige Zahl ein.',
  invalidDays: 'Geben Sie eine Anzahl Tage von 1 bis 365 ein.',
  needTrigger: 'Wählen Sie eine Guthabenschwelle oder Tage vor dem Verfall.',
  invalidTarget: 'Das Ziel muss über der Schwelle liegen.',
  failed: 'Automatisches Aufladen fehlgeschlagen.',
} satisfies Translation<AutoTopUpMessages>;
