/** Messages every element shares: states, retry, and the user-facing text of error codes. */
import { defineCatalog } from './catalog.js';

export const commonMessages = defineCatalog({
  en: {
    loading: 'Loading…',
    retry: 'Try again',
    close: 'Close',
    creditOne: 'credit',
    creditOther: 'credits',
    errorGeneric: 'Something went wrong. Please try again.',
    network_error: 'The credits service could not be reached. Check your connection and try again.',
    timeout: 'The credits service took too long to answer. Please try again.',
    malformed_response: 'The credits service sent an unexpected answer. Please try again later.',
    unauthorized: 'You are not signed in to the credits service.',
    forbidden: 'You are not allowed to do this.',
    not_found: 'This could not be found.',
    internal_error: 'The credits service had a problem. Please try again later.',
    insufficient_credits: 'Your balance is too low for this.',
    credit_payments_disabled: 'Paying with credits is switched off for this account.',
    not_eligible: 'This cannot be paid with credits.',
    billing_details_required: 'Please complete your billing details first.',
    amount_out_of_range: 'This amount is outside the allowed range.',
    idempotency_conflict: 'This request conflicts with an earlier one. Please start again.',
    validation_failed: 'Some details are not valid. Please check the highlighted fields.',
    payment_declined: 'The payment was declined. Nothing was charged.',
    purchases_disabled: 'Buying credits is not possible for this account right now.',
    method_not_available: 'This payment method is not available.',
    not_implemented: 'This is not available yet.',
    noProvider: 'No credits configuration found on this page.',
  },
  de: {
    loading: 'Wird geladen …',
    retry: 'Erneut versuchen',
    close: 'Schließen',
    creditOne: 'Credit',
    creditOther: 'Credits',
    errorGeneric: 'Etwas ist schiefgelaufen. Bitte versuchen Sie es erneut.',
    network_error: 'Der Credits-Dienst ist nicht erreichbar. Prüfen Sie Ihre Verbindung und versuchen Sie es erneut.',
    timeout: 'Der Credits-Dienst hat zu lange nicht geantwortet. Bitte versuchen Sie es erneut.',
    malformed_response: 'Der Credits-Dienst hat unerwartet geantwortet. Bitte versuchen Sie es später erneut.',
    unauthorized: 'Sie sind beim Credits-Dienst nicht angemeldet.',
    forbidden: 'Dazu sind Sie nicht berechtigt.',
    not_found: 'Das wurde nicht gefunden.',
    internal_error: 'Beim Credits-Dienst ist ein Problem aufgetreten. Bitte versuchen Sie es später erneut.',
    insufficient_credits: 'Ihr Guthaben reicht dafür nicht aus.',
    credit_payments_disabled: 'Zahlen mit Guthaben ist für dieses Konto deaktiviert.',
    not_eligible: 'Dies kann nicht mit Guthaben bezahlt werden.',
    billing_details_required: 'Bitte vervollständigen Sie zuerst Ihre Rechnungsdaten.',
    amount_out_of_range: 'Dieser Betrag liegt außerhalb des erlaubten Bereichs.',
    idempotency_conflict: 'Diese Anfrage widerspricht einer früheren. Bitte beginnen Sie neu.',
    validation_failed: 'Einige Angaben sind ungültig. Bitte prüfen Sie die markierten Felder.',
    payment_declined: 'Die Zahlung wurde abgelehnt. Es wurde nichts belastet.',
    purchases_disabled: 'Der Kauf von Credits ist für dieses Konto derzeit nicht möglich.',
    method_not_available: 'Diese Zahlungsart ist nicht verfügbar.',
    not_implemented: 'Dies ist noch nicht verfügbar.',
    noProvider: 'Auf dieser Seite wurde keine Credits-Konfiguration gefunden.',
  },
});

/** The user-facing text for an error code, never a raw exception message. */
export function errorText(code: string | undefined, locale: string): string {
  const m = commonMessages[locale.toLowerCase().startsWith('de') ? 'de' : 'en'] as Record<string, unknown>;
  const text = code ? m[code] : undefined;
  return typeof text === 'string' ? text : (m.errorGeneric as string);
}
