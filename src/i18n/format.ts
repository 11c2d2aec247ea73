/** Display of balances and prices in the account's model and the customer's locale. */
import { decimalSeparator, formatCount, formatMoney, formatSignedMoney, toDecimalString } from '../core/money.js';
import type { Account } from '../core/schemas/account.js';
import { commonMessages } from './common.messages.js';
import { languageOf, messagesFor } from './catalog.js';

type UnitAccount = Pick<Account, 'model' | 'currency' | 'unitLabels'>;

/** The unit label for a count in the account's language: "credit" / "credits". */
const pluralRules = new Map<string, Intl.PluralRules>();

export function unitLabel(account: UnitAccount, amount: number, locale: string): string {
  let rules = pluralRules.get(locale);
  // Constructing PluralRules costs ~0.1 ms: a long history would pay it per row.
  if (!rules) pluralRules.set(locale, (rules = new Intl.PluralRules(locale)));
  const plural = rules.select(amount) === 'one' ? 'one' : 'other';
  const labels = account.unitLabels?.[languageOf(locale)] ?? account.unitLabels?.en;
  if (labels) return labels[plural];
  const m = messagesFor(commonMessages, locale);
  return plural === 'one' ? m.creditOne : m.creditOther;
}

/**
 * Intl writes negatives with a hyphen-minus ("-€75.90"); beside "−4 credits"
 * and "+€10.00" that reads as a dash. What customers read uses the minus sign
 * (U+2212) everywhere; machine text (CSV, inputs, the PDF's WinAnsi font) keeps
 * the core's hyphen.
 */
const withMinusSign = (text: string) => text.replace(/-/g, '\u2212');

/** An amount in balance units: "€1,234.50" or "1,250 credits". */
export function formatBalance(account: UnitAccount, amount: number, locale: string): string {
  if (account.model === 'money') return withMinusSign(formatMoney(amount, account.currency, locale));
  return `${withMinusSign(formatCount(amount, locale))} ${unitLabel(account, amount, locale)}`;
}

/** A signed amount in balance units: "+€10.00", "−25 credits". */
export function formatSignedBalance(account: UnitAccount, amount: number, locale: string): string {
  if (account.model === 'money') return withMinusSign(formatSignedMoney(amount, account.currency, locale));
  const sign = amount > 0 ? '+' : amount < 0 ? '\u2212' : '';
  return `${sign}${formatBalance(account, Math.abs(amount), locale)}`;
}

/** A price in the account's currency (packages are priced in money in both models). */
export function formatPrice(account: Pick<Account, 'currency'>, amount: number, locale: string): string {
  return withMinusSign(formatMoney(amount, account.currency, locale));
}

const dateFormats = new Map<string, Intl.DateTimeFormat>();

/** A localised date ("23 Nov 2026" / "23.11.2026"), cached per locale and style. */
export function formatDate(
  iso: string,
  locale: string,
  style: Intl.DateTimeFormatOptions['dateStyle'] = 'medium',
  withTime = false,
): string {
  const key = `${locale}|${style}|${withTime}`;
  let format = dateFormats.get(key);
  if (!format) {
    format = new Intl.DateTimeFormat(
      locale,
      withTime ? { dateStyle: style, timeStyle: 'short' } : { dateStyle: style },
    );
    dateFormats.set(key, format);
  }
  return format.format(new Date(iso));
}

/** "19 %" / "19 %" for a rate in basis points. */
export function formatRate(basisPoints: number, locale: string): string {
  return new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 2 }).format(basisPoints / 10_000);
}

/**
 * An amount as an input shows it for editing: the locale's decimal mark, no
 * grouping, no unit ("1000,50" in German); `parseAmountInput` reads it back.
 */
export function formatInput(amount: number, precision: number, locale: string): string {
  return toDecimalString(amount, precision).replace('.', decimalSeparator(locale));
}

/** The unit beside an input in balance units: the currency sign ("€") or the credits' plural label. */
export function balanceUnit(account: UnitAccount, locale: string): string {
  if (account.model === 'credits') return unitLabel(account, 2, locale);
  return currencySign(account.currency, locale);
}

/** The currency's sign in the locale ("€", "$", "CHF"). */
export function currencySign(currency: string, locale: string): string {
  return (
    new Intl.NumberFormat(locale, { style: 'currency', currency }).formatToParts(0).find((p) => p.type === 'currency')
      ?.value ?? currency
  );
}
