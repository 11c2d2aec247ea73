/**
 * The pricing rules of SPEC §4 as pure functions: fees, VAT with reverse charge,
 * the card/invoice threshold and package discounts. The widgets use them for an
 * instant preview and the mock server for the authoritative quote, so the two can
 * never disagree.
 */
import { applyRate, sumMinor, type BasisPoints, type Minor } from './money.js';
import { isEuCountry } from './vat.js';
import type { AccountSettings, FeeRule } from './schemas/account.js';
import type { PaymentMethod } from './schemas/common.js';
import type { CreditPackage, Quote, VatTreatment } from './schemas/pricing.js';

export interface Breakdown {
  amount: Minor;
  fee: Minor;
  vatRate: BasisPoints;
  vat: Minor;
  vatTreatment: VatTreatment;
  total: Minor;
}

/** Processing fee: `rate` of the amount rounded half-up to the cent, plus the fixed part. */
export function processingFee(amount: Minor, rule: FeeRule | undefined): Minor {
  if (!rule || amount === 0) return 0;
  return sumMinor(applyRate(amount, rule.rate), rule.fixed);
}

/**
 * VAT treatment of a sale from `sellerCountry` to `buyerCountry`: domestic VAT, an
 * intra-EU B2B reverse charge, or outside the scope of the seller's VAT. An unknown
 * buyer is charged domestic VAT until billing details say otherwise.
 */
export function vatTreatmentFor(sellerCountry: string, buyerCountry: string | null): VatTreatment {
  if (!buyerCountry || buyerCountry === sellerCountry) return 'domestic';
  return isEuCountry(buyerCountry) ? 'reverse_charge' : 'outside_eu';
}

/** The full breakdown: fee, VAT on (amount + fee), total. */
export function breakdown(
  settings: Pick<AccountSettings, 'sellerCountry' | 'vatRate' | 'fees'>,
  amount: Minor,
  method: PaymentMethod,
  buyerCountry: string | null,
): Breakdown {
  const fee = processingFee(amount, settings.fees[method]);
  const vatTreatment = vatTreatmentFor(settings.sellerCountry, buyerCountry);
  const vatRate = vatTreatment === 'domestic' ? settings.vatRate : 0;
  const vat = applyRate(sumMinor(amount, fee), vatRate);
  return { amount, fee, vatRate, vat, vatTreatment, total: sumMinor(amount, fee, vat) };
}

/** Methods allowed for a money top-up of `amount`: card below the invoice threshold, invoice from it. */
export function topUpMethods(settings: AccountSettings, amount: Minor): PaymentMethod[] {
  const threshold = settings.topUp?.invoiceThreshold;
  if (threshold !== null && threshold !== undefined && amount >= threshold) return ['invoice'];
  return ['card'];
}

export type TopUpAmountError = 'below_minimum' | 'above_maximum' | 'not_available';

/** Validates a top-up amount against the account's limits. */
export function checkTopUpAmount(settings: AccountSettings, amount: Minor): TopUpAmountError | null {
  const topUp = settings.topUp;
  if (!topUp) return 'not_available';
  if (amount < topUp.min) return 'below_minimum';
  if (amount > topUp.max) return 'above_maximum';
  return null;
}

export interface QuoteInput {
  /** Net price charged. */
  amount: Minor;
  /** What the balance grows by. */
  credits: Minor;
  method: PaymentMethod;
  methods: PaymentMethod[];
  buyerCountry: string | null;
  balance: Minor;
  currency: string;
}

/** Assembles a quote from its inputs; the one place a quote's numbers are made. */
export function buildQuote(settings: AccountSettings, input: QuoteInput): Quote {
  const lines = breakdown(settings, input.amount, input.method, input.buyerCountry);
  return {
    currency: input.currency,
    amount: lines.amount,
    credits: input.credits,
    method: input.method,
    fee: lines.fee,
    vatRate: lines.vatRate,
    vat: lines.vat,
    vatTreatment: lines.vatTreatment,
    buyerCountry: input.buyerCountry,
    total: lines.total,
    balanceAfter: sumMinor(input.balance, input.credits),
    methods: input.methods,
  };
}

/**
 * Base rate: the price of one balance unit in the smallest package, scaled by
 * 10,000 so that fractions of a cent per credit stay integers.
 */
export function baseRate(packages: Pick<CreditPackage, 'credits' | 'price'>[]): number {
  const smallest = [...packages].filter((p) => p.credits > 0).sort((a, b) => a.credits - b.credits)[0];
  if (!smallest) return 0;
  return Number((BigInt(smallest.price) * 10_000n + BigInt(smallest.credits) / 2n) / BigInt(smallest.credits));
}

/** Saving of a package against the base rate, in basis points, half-up (1 000 for 10 %). */
export function packageSaving(pkg: Pick<CreditPackage, 'credits' | 'price'>, rate: number): BasisPoints {
  if (rate === 0 || pkg.credits === 0) return 0;
  // list price at base rate, ×10 000 scale: credits × rate
  const list = BigInt(pkg.credits) * BigInt(rate);
  const price = BigInt(pkg.price) * 10_000n;
  if (price >= list) return 0;
  const saving = ((list - price) * 10_000n * 2n + list) / (list * 2n);
  return Number(saving);
}

/** Price of a custom quantity at the base rate, half-up to the minor unit. */
export function customQuantityPrice(quantity: Minor, rate: number): Minor {
  return Number((BigInt(quantity) * BigInt(rate) * 2n + 10_000n) / 20_000n);
}
