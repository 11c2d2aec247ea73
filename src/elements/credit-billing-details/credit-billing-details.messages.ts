import { defineCatalog } from '../../i18n/catalog.js';

/** English, the source language. Other languages: credit-billing-details.messages.<language>.ts, typed against this. */
const en = {
  title: 'Billing details',
  company: 'Company name',
  street: 'Street address',
  postalCode: 'Postal code',
  city: 'City',
  country: 'Country',
  chooseCountry: 'Choose a country',
  vatNumber: 'VAT number',
  vatRequired: 'Required for businesses in the EU.',
  optional: 'optional',
  vatOptional: 'Optional outside the EU.',
  vatExample: (example: string) => `For example ${example}.`,
  invoiceLanguage: 'Invoice language',
  languageEn: 'English',
  languageDe: 'German',
  invoiceEmail: 'Invoice email',
  loading: 'Loading billing details…',
  loadFailed: 'Your billing details could not be loaded.',
  save: 'Save billing details',
  saving: 'Saving…',
  saved: 'Billing details saved. Future invoices use them; issued invoices stay as they were.',
  fixErrors: (count: number) => (count === 1 ? 'Please correct 1 field.' : `Please correct ${count} fields.`),
  required: 'This field is required.',
  too_long: 'This is too long.',
  invalid_country: 'Choose a country from the list.',
  invalid_postal_code: 'This postal code does not match the country.',
  invalid_format: 'This VAT number does not match the country’s format.',
  wrong_country: 'This VAT number belongs to another country.',
  invalid_email: 'Enter a valid email address, like name@example.com.',
  invalid_language: 'Choose an invoice language.',
  invalid: 'This value is not valid.',
};

export type BillingMessages = typeof en;

export const billingMessages = defineCatalog(en, { de: () => import('./credit-billing-details.messages.de.js') });
