/** German error texts, loaded only by German pages that show an error. */
import type { Translation } from './catalog.js';
import type { ErrorMessages } from './error.messages.js';

export default {
  network_error: 'Der Server ist nicht erreichbar. Prüfen Sie Ihre Verbindung und versuchen Sie es erneut.',
  timeout: 'Der Server hat zu lange nicht geantwortet. Bitte versuchen Sie es erneut.',
  malformed_response: 'Der Server hat unerwartet geantwortet. Bitte versuchen Sie es später erneut.',
  unauthorized: 'Sie sind nicht angemeldet. Bitte melden Sie sich erneut an.',
  forbidden: 'Dazu sind Sie nicht berechtigt.',
  not_found: 'Das wurde nicht gefunden.',
  internal_error: 'Auf dem Server ist ein Problem aufgetreten. Bitte versuchen Sie es später erneut.',
  insufficient_credits: 'Ihr Guthaben reicht dafür nicht aus.',
  credit_payments_disabled: 'Zahlungen mit Guthaben sind für dieses Konto ausgeschaltet.',
  not_eligible: 'Dies kann nicht mit Guthaben bezahlt werden.',
  billing_details_required: 'Bitte vervollständigen Sie zuerst Ihre Rechnungsdaten.',
  amount_out_of_range: 'Dieser Betrag liegt außerhalb des erlaubten Bereichs.',
  idempotency_conflict: 'Diese Anfrage überschneidet sich mit einer früheren. Bitte beginnen Sie von vorn.',
  validation_failed: 'Einige Angaben sind ungültig. Bitte prüfen Sie die markierten Felder.',
  payment_declined: 'Die Zahlung wurde abgelehnt. Es wurde nichts belastet.',
  purchases_disabled: 'Für dieses Konto kann derzeit kein Guthaben gekauft werden.',
  method_not_available: 'Diese Zahlungsart ist nicht verfügbar.',
  not_implemented: 'Dies ist noch nicht verfügbar.',
} satisfies Translation<ErrorMessages>;
