/** German texts of `<credit-billing-details>`, loaded only by pages that speak German. */
import type { Translation } from '../../i18n/catalog.js';
import type { BillingMessages } from './credit-billing-details.messages.js';

export default {
  title: 'Rechnungsdaten',
  company: 'Firmenname',
  street: 'Straße und Hausnummer',
  postalCode: 'Postleitzahl',
  city: 'Ort',
  country: 'Land',
  chooseCountry: 'Land auswählen',
  vatNumber: 'USt-IdNr.',
  vatRequired: 'Für Unternehmen in der EU erforderlich.',
  optional: 'optional',
  vatOptional: 'Außerhalb der EU optional.',
  vatExample: (example: string) => `Zum Beispiel ${example}.`,
  invoiceLanguage: 'Rechnungssprache',
  languageEn: 'Englisch',
  languageDe: 'Deutsch',
  invoiceEmail: 'E-Mail für Rechnungen',
  loading: 'Rechnungsdaten werden geladen …',
  loadFailed: 'Ihre Rechnungsdaten konnten nicht geladen werden.',
  save: 'Rechnungsdaten speichern',
  saving: 'Wird gespeichert …',
  saved: 'Rechnungsdaten gespeichert. Künftige Rechnungen verwenden sie; ausgestellte Rechnungen bleiben unverändert.',
  fixErrors: (count: number) =>
    count === 1 ? 'Bitte korrigieren Sie 1 Feld.' : `Bitte korrigieren Sie ${count} Felder.`,
  required: 'Dieses Feld ist erforderlich.',
  too_long: 'Das ist zu lang.',
  invalid_country: 'Wählen Sie ein Land aus der Liste.',
  invalid_postal_code: 'Diese Postleitzahl passt nicht zum Land.',
  invalid_format: 'Diese USt-IdNr. hat nicht das Format des Landes.',
  wrong_country: 'Diese USt-IdNr. gehört zu einem anderen Land.',
  invalid_email: 'Geben Sie eine gültige E-Mail-Adresse ein, z. B. name@example.com.',
  invalid_language: 'Wählen Sie eine Rechnungssprache.',
  invalid: 'Dieser Wert ist ungültig.',
} satisfies Translation<BillingMessages>;
