/**
 * Integer money. Every amount in creditkit is an integer count of the smallest
 * unit (cents for EUR, whole credits for credit units). Nothing here ever turns an
 * amount into a binary float: arithmetic is integer (BigInt where a product could
 * exceed 2^53), and display goes through `Intl.NumberFormat` with an exact decimal
 * string.
 */

/** An integer amount in the smallest unit of its currency or credit unit. */
export type Minor = number;

/** Basis points: 1 % = 100 bp. Rates (fees, VAT) are integers in basis points. */
export type BasisPoints = number;

export class MoneyError extends Error {
  override name = 'MoneyError';
}

/** Throws unless `value` is a safe integer; the guard at every money boundary. */
export function assertMinor(value: unknown, what = 'amount'): asserts value is Minor {
  if (typeof value !== 'number' || !Number.isSafeInteger(value)) {
    throw new MoneyError(`${what} must be a safe integer in minor units, got ${String(value)}`);
  }
}

/**
 * `numerator / denominator` rounded half-up (away from zero at .5), exact for any
 * safe integers because it works in BigInt.
 */
export function divideHalfUp(numerator: bigint, denominator: bigint): bigint {
  if (denominator <= 0n) throw new MoneyError('denominator must be positive');
  const negative = numerator < 0n;
  const abs = negative ? -numerator : numerator;
  const quotient = (abs * 2n + denominator) / (denominator * 2n);
  return negative ? -quotient : quotient;
}

/** `amount × rate` for a rate in basis points, rounded half-up to the minor unit. */
export function applyRate(amount: Minor, rate: BasisPoints): Minor {
  assertMinor(amount);
  assertMinor(rate, 'rate');
  const result = divideHalfUp(BigInt(amount) * BigInt(rate), 10_000n);
  return toSafeNumber(result);
}

/** Sum that refuses to leave the safe-integer range instead of losing cents. */
export function sumMinor(...amounts: Minor[]): Minor {
  let total = 0n;
  for (const amount of amounts) {
    assertMinor(amount);
    total += BigInt(amount);
  }
  return toSafeNumber(total);
}

function toSafeNumber(value: bigint): Minor {
  if (value > BigInt(Number.MAX_SAFE_INTEGER) || value < BigInt(Number.MIN_SAFE_INTEGER)) {
    throw new MoneyError('amount exceeds the safe integer range');
  }
  return Number(value);
}

/** Exact decimal text of a minor amount: (12345, 2) → "123.45", (-5, 2) → "-0.05". */
export function toDecimalString(amount: Minor, precision: number): string {
  assertMinor(amount);
  const sign = amount < 0 ? '-' : '';
  const digits = String(Math.abs(amount)).padStart(precision + 1, '0');
  if (precision === 0) return sign + digits;
  return `${sign}${digits.slice(0, -precision)}.${digits.slice(-precision)}`;
}

const formatters = new Map<string, Intl.NumberFormat>();
const precisions = new Map<string, number>();

/** Decimal places a currency uses (EUR 2, JPY 0, …), from `Intl` (cached: a formatter costs ~0.1 ms). */
export function currencyPrecision(currency: string): number {
  let precision = precisions.get(currency);
  if (precision === undefined) {
    precision =
      new Intl.NumberFormat('en', { style: 'currency', currency }).resolvedOptions().maximumFractionDigits ?? 2;
    precisions.set(currency, precision);
  }
  return precision;
}

function formatter(locale: string, options: Intl.NumberFormatOptions): Intl.NumberFormat {
  const key = `${locale}|${JSON.stringify(options)}`;
  let cached = formatters.get(key);
  if (!cached) {
    cached = new Intl.NumberFormat(locale, options);
    formatters.set(key, cached);
  }
  return cached;
}

/**
 * One formatter per locale, currency and sign style, with the currency's decimal
 * places as `Intl` resolves them (a page's first formatter costs milliseconds:
 * build one, not a second to ask for the places).
 */
function currencyFormatter(locale: string, currency: string, signed: boolean): [Intl.NumberFormat, number] {
  const nf = formatter(
    locale,
    signed ? { style: 'currency', currency, signDisplay: 'exceptZero' } : { style: 'currency', currency },
  );
  let precision = precisions.get(currency);
  if (precision === undefined) {
    precision = nf.resolvedOptions().maximumFractionDigits ?? 2;
    precisions.set(currency, precision);
  }
  return [nf, precision];
}

/** "€1,234.50" / "1.234,50 €" for a money amount in minor units. */
export function formatMoney(amount: Minor, currency: string, locale: string): string {
  const [nf, precision] = currencyFormatter(locale, currency, false);
  // Intl accepts an exact decimal string (ECMA-402 NumberFormat v3): no float.
  return nf.format(toDecimalString(amount, precision) as unknown as number);
}

/** "1,250" / "1.250" for a plain count (credits). */
export function formatCount(amount: Minor, locale: string, precision = 0): string {
  const nf = formatter(locale, {
    minimumFractionDigits: precision,
    maximumFractionDigits: precision,
  });
  return nf.format(toDecimalString(amount, precision) as unknown as number);
}

/** Signed money with an explicit sign: "+€10.00", "−€3.15". */
export function formatSignedMoney(amount: Minor, currency: string, locale: string): string {
  const [nf, precision] = currencyFormatter(locale, currency, true);
  return nf.format(toDecimalString(amount, precision) as unknown as number);
}

export type AmountInputError =
  'empty' | 'not_a_number' | 'negative' | 'too_many_decimals' | 'below_minimum' | 'above_maximum';

export type ParsedAmount = { ok: true; value: Minor } | { ok: false; error: AmountInputError };

export interface AmountLimits {
  /** Decimal places allowed (2 for cents, 0 for whole credits). */
  precision: number;
  /** Inclusive minimum in minor units. */
  min?: Minor;
  /** Inclusive maximum in minor units. */
  max?: Minor;
}

/**
 * Parses what a customer typed ("1,234.5", "1.234,50", "100", "€ 99") into minor
 * units without floats. The locale decides which of `.`/`,` is the decimal
 * separator; the other is accepted as a grouping mark.
 */
export function parseAmountInput(text: string, locale: string, limits: AmountLimits): ParsedAmount {
  const decimalMark = decimalSeparator(locale);
  const groupMark = decimalMark === ',' ? '.' : ',';
  // Currency symbols and a currency code next to the number ("EUR 99", "99 EUR") are noise.
  let cleaned = text
    .trim()
    .replace(/^[A-Z]{3}(?=[\s\d])|(?<=[\d\s])[A-Z]{3}$/g, '')
    .replace(/[\s\u00a0\u202f€$£¥]/g, '');
  if (cleaned === '') return { ok: false, error: 'empty' };
  if (/^[-−]/.test(cleaned)) return { ok: false, error: 'negative' };
  if (cleaned.startsWith('+')) cleaned = cleaned.slice(1);
  // A lone group mark followed by 1–2 digits at the end is a decimal mark typed by
  // someone used to the other convention ("12.5" in German): accept it.
  const groupPattern = new RegExp(`\\${groupMark}`, 'g');
  const parts = cleaned.split(decimalMark);
  if (parts.length === 1 && !new RegExp(`^\\d{1,3}(\\${groupMark}\\d{3})+$`).test(cleaned)) {
    const lone = cleaned.split(groupMark);
    if (lone.length === 2) cleaned = `${lone[0]}${decimalMark}${lone[1]}`;
  }
  const [whole = '', fraction = '', ...rest] = cleaned.split(decimalMark);
  if (rest.length > 0) return { ok: false, error: 'not_a_number' };
  const wholeDigits = whole.replace(groupPattern, '');
  if (!/^\d*$/.test(wholeDigits) || !/^\d*$/.test(fraction)) return { ok: false, error: 'not_a_number' };
  if (wholeDigits === '' && fraction === '') return { ok: false, error: 'not_a_number' };
  if (fraction.length > limits.precision) return { ok: false, error: 'too_many_decimals' };
  const minorText = (wholeDigits || '0') + fraction.padEnd(limits.precision, '0');
  const big = BigInt(minorText);
  if (big > BigInt(Number.MAX_SAFE_INTEGER)) return { ok: false, error: 'above_maximum' };
  const value = Number(big);
  if (limits.min !== undefined && value < limits.min) return { ok: false, error: 'below_minimum' };
  if (limits.max !== undefined && value > limits.max) return { ok: false, error: 'above_maximum' };
  return { ok: true, value };
}

/** The decimal separator a locale writes ("." for en, "," for de). */
export function decimalSeparator(locale: string): string {
  const part = formatter(locale, { minimumFractionDigits: 1 })
    .formatToParts(1.5)
    .find((p) => p.type === 'decimal');
  return part?.value ?? '.';
}
