/**
 * Billing details validation: the ONE function the `<credit-billing-details>`
 * form and the mock server's `PUT /billing-details` both run, so the browser and
 * the backend accept and refuse exactly the same input. Error `field`s are the
 * form inputs' `name`s; `code`s are stable and translated by the element.
 */
import type { BillingDetailsInput } from './schemas/billing.js';
import { checkVatNumber, isEuCountry, normalizeVatNumber } from './vat.js';

export const BILLING_FIELDS = [
  'company',
  'street',
  'postalCode',
  'city',
  'country',
  'vatNumber',
  'invoiceLanguage',
  'invoiceEmail',
] as const;
export type BillingField = (typeof BILLING_FIELDS)[number];

export type BillingErrorCode =
  | 'required'
  | 'too_long'
  | 'invalid_country'
  | 'invalid_postal_code'
  | 'invalid_format'
  | 'wrong_country'
  | 'invalid_email'
  | 'invalid_language';

export interface BillingFieldError {
  field: BillingField;
  code: BillingErrorCode;
  message: string;
}

export type BillingValidation = { ok: true; value: BillingDetailsInput } | { ok: false; errors: BillingFieldError[] };

const MAX_LENGTH = 200;
const LANGUAGES = ['en', 'de'] as const;
/** Postal code shapes for the countries we can check; others only need to be non-empty. */
const POSTAL_CODES: Record<string, RegExp> = {
  DE: /^\d{5}$/,
  AT: /^\d{4}$/,
  FR: /^\d{5}$/,
  NL: /^\d{4} ?[A-Z]{2}$/,
  GR: /^\d{3} ?\d{2}$/,
  US: /^\d{5}(-\d{4})?$/,
};
const MESSAGES: Record<BillingErrorCode, string> = {
  required: 'This field is required.',
  too_long: `At most ${MAX_LENGTH} characters.`,
  invalid_country: 'Choose a country (ISO 3166-1 alpha-2 code).',
  invalid_postal_code: 'This postal code does not match the country.',
  invalid_format: 'This VAT number does not match the country’s format.',
  wrong_country: 'This VAT number belongs to another country.',
  invalid_email: 'Enter a valid email address.',
  invalid_language: 'Choose an invoice language.',
};
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

const text = (value: unknown): string => (typeof value === 'string' ? value.trim() : '');

/** ISO 3166-1 alpha-2 codes (officially assigned; the country select offers these). */
export const COUNTRY_CODES: readonly string[] = (
  'AD AE AF AG AI AL AM AO AQ AR AS AT AU AW AX AZ BA BB BD BE BF BG BH BI BJ BL BM BN BO BQ BR BS ' +
  'BT BV BW BY BZ CA CC CD CF CG CH CI CK CL CM CN CO CR CU CV CW CX CY CZ DE DJ DK DM DO DZ EC EE ' +
  'EG EH ER ES ET FI FJ FK FM FO FR GA GB GD GE GF GG GH GI GL GM GN GP GQ GR GS GT GU GW GY HK HM ' +
  'HN HR HT HU ID IE IL IM IN IO IQ IR IS IT JE JM JO JP KE KG KH KI KM KN KP KR KW KY KZ LA LB LC ' +
  'LI LK LR LS LT LU LV LY MA MC MD ME MF MG MH MK ML MM MN MO MP MQ MR MS MT MU MV MW MX MY MZ NA ' +
  'NC NE NF NG NI NL NO NP NR NU NZ OM PA PE PF PG PH PK PL PM PN PR PS PT PW PY QA RE RO RS RU RW ' +
  'SA SB SC SD SE SG SH SI SJ SK SL SM SN SO SR SS ST SV SX SY SZ TC TD TF TG TH TJ TK TL TM TN TO ' +
  'TR TT TV TW TZ UA UG UM US UY UZ VA VC VE VG VI VN VU WF WS YE YT ZA ZM ZW '
)
  .trim()
  .split(' ');
const COUNTRY_SET: ReadonlySet<string> = new Set(COUNTRY_CODES);

/** Whether a code is an assigned ISO 3166-1 alpha-2 country code. */
export function isCountryCode(code: string): boolean {
  return COUNTRY_SET.has(code);
}

/**
 * Validates raw input (from a form or a request body). On success returns the
 * normalised details: trimmed text, upper-case country, VAT number without
 * spaces/dots (empty when not given outside the EU).
 */
export function validateBillingDetails(input: Partial<Record<BillingField, unknown>>): BillingValidation {
  const errors: BillingFieldError[] = [];
  const fail = (field: BillingField, code: BillingErrorCode) => errors.push({ field, code, message: MESSAGES[code] });
  const value = {
    company: text(input.company),
    street: text(input.street),
    postalCode: text(input.postalCode).toUpperCase(),
    city: text(input.city),
    country: text(input.country).toUpperCase(),
    vatNumber: normalizeVatNumber(text(input.vatNumber)),
    invoiceLanguage: text(input.invoiceLanguage),
    invoiceEmail: text(input.invoiceEmail),
  };
  for (const field of ['company', 'street', 'postalCode', 'city'] as const) {
    if (value[field] === '') fail(field, 'required');
    else if (value[field].length > MAX_LENGTH) fail(field, 'too_long');
  }
  if (value.country === '') fail('country', 'required');
  else if (!isCountryCode(value.country)) fail('country', 'invalid_country');
  const postal = POSTAL_CODES[value.country];
  if (postal && value.postalCode !== '' && !postal.test(value.postalCode)) fail('postalCode', 'invalid_postal_code');
  if (value.country !== '' && isCountryCode(value.country)) {
    const vat = checkVatNumber(value.country, value.vatNumber);
    if (vat !== 'ok') fail('vatNumber', vat);
    else if (!isEuCountry(value.country) && value.vatNumber.length > 30) fail('vatNumber', 'too_long');
  }
  if (!(LANGUAGES as readonly string[]).includes(value.invoiceLanguage)) fail('invoiceLanguage', 'invalid_language');
  if (value.invoiceEmail === '') fail('invoiceEmail', 'required');
  else if (!EMAIL.test(value.invoiceEmail) || value.invoiceEmail.length > MAX_LENGTH)
    fail('invoiceEmail', 'invalid_email');
  if (errors.length > 0) return { ok: false, errors };
  return { ok: true, value: value as BillingDetailsInput };
}
