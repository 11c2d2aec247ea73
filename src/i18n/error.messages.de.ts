/** German error texts, loaded only by German pages that show an error. */
import type { Translation } from './catalog.js';
import type { ErrorMessages } from './error.messages.js';

export default {
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
} satisfies Translation<ErrorMessages>;
