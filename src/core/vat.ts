/**
 * EU VAT membership and VAT identification number formats. Used by the billing
 * details form and by the mock server, so the client and the server accept exactly
 * the same numbers.
 */

/** EU member states by ISO 3166-1 alpha-2 code. */
export const EU_COUNTRIES: ReadonlySet<string> = new Set([
  'AT',
  'BE',
  'BG',
  'CY',
  'CZ',
  'DE',
  'DK',
  'EE',
  'ES',
  'FI',
  'FR',
  'GR',
  'HR',
  'HU',
  'IE',
  'IT',
  'LT',
  'LU',
  'LV',
  'MT',
  'NL',
  'PL',
  'PT',
  'RO',
  'SE',
  'SI',
  'SK',
]);

export function isEuCountry(country: string): boolean {
  return EU_COUNTRIES.has(country.toUpperCase());
}

/**
 * VAT number body formats after the prefix (EC VIES formats). Greece's numbers
 * start with `EL`, not its ISO code `GR`.
 */
const VAT_FORMATS: Record<string, { prefix: string; body: RegExp }> = {
  AT: { prefix: 'AT', body: /^U\d{8}$/ },
  BE: { prefix: 'BE', body: /^[01]\d{9}$/ },
  BG: { prefix: 'BG', body: /^\d{9,10}$/ },
  CY: { prefix: 'CY', body: /^\d{8}[A-Z]$/ },
  CZ: { prefix: 'CZ', body: /^\d{8,10}$/ },
  DE: { prefix: 'DE', body: /^\d{9}$/ },
  DK: { prefix: 'DK', body: /^\d{8}$/ },
  EE: { prefix: 'EE', body: /^\d{9}$/ },
  ES: { prefix: 'ES', body: /^[A-Z0-9]\d{7}[A-Z0-9]$/ },
  FI: { prefix: 'FI', body: /^\d{8}$/ },
  FR: { prefix: 'FR', body: /^[A-HJ-NP-Z0-9]{2}\d{9}$/ },
  GR: { prefix: 'EL', body: /^\d{9}$/ },
  HR: { prefix: 'HR', body: /^\d{11}$/ },
  HU: { prefix: 'HU', body: /^\d{8}$/ },
  IE: { prefix: 'IE', body: /^(\d{7}[A-W][A-I]?|\d[A-Z+*]\d{5}[A-W])$/ },
  IT: { prefix: 'IT', body: /^\d{11}$/ },
  LT: { prefix: 'LT', body: /^(\d{9}|\d{12})$/ },
  LU: { prefix: 'LU', body: /^\d{8}$/ },
  LV: { prefix: 'LV', body: /^\d{11}$/ },
  MT: { prefix: 'MT', body: /^\d{8}$/ },
  NL: { prefix: 'NL', body: /^\d{9}B\d{2}$/ },
  PL: { prefix: 'PL', body: /^\d{10}$/ },
  PT: { prefix: 'PT', body: /^\d{9}$/ },
  RO: { prefix: 'RO', body: /^\d{2,10}$/ },
  SE: { prefix: 'SE', body: /^\d{12}$/ },
  SI: { prefix: 'SI', body: /^\d{8}$/ },
  SK: { prefix: 'SK', body: /^\d{10}$/ },
};

/** Removes spaces, dots and dashes and upper-cases: "de 123.456.789" → "DE123456789". */
export function normalizeVatNumber(value: string): string {
  return value.replace(/[\s.-]/g, '').toUpperCase();
}

export type VatNumberCheck = 'ok' | 'required' | 'invalid_format' | 'wrong_country';

/**
 * Checks a VAT number against the buyer country. Required inside the EU, optional
 * elsewhere (an empty value outside the EU is `ok`; a non-empty one is kept as
 * given since non-EU formats vary).
 */
export function checkVatNumber(country: string, value: string): VatNumberCheck {
  const normalized = normalizeVatNumber(value);
  const format = VAT_FORMATS[country.toUpperCase()];
  if (!format) return 'ok';
  if (normalized === '') return 'required';
  const prefix = normalized.slice(0, 2);
  if (prefix !== format.prefix) {
    return /^[A-Z]{2}/.test(prefix) && Object.values(VAT_FORMATS).some((f) => f.prefix === prefix)
      ? 'wrong_country'
      : 'invalid_format';
  }
  return format.body.test(normalized.slice(2)) ? 'ok' : 'invalid_format';
}

/** An example VAT number for a country's placeholder text. */
export function vatNumberExample(country: string): string {
  const examples: Record<string, string> = {
    DE: 'DE123456789',
    AT: 'ATU12345678',
    FR: 'FRXX123456789',
    GR: 'EL123456789',
    NL: 'NL123456789B01',
  };
  return examples[country.toUpperCase()] ?? `${VAT_FORMATS[country.toUpperCase()]?.prefix ?? ''}…`;
}
