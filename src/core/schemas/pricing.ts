import { z } from './zod.js';
import { amount, country, currency, id, localizedText, paymentMethod, timestamp } from './common.js';

export const creditPackage = z.object({
  id,
  name: z.optional(localizedText),
  /** What the package adds to the balance, in balance minor units. */
  credits: amount,
  /** Net price in currency minor units. */
  price: amount,
  /** Saving against the base rate in basis points (computed by the core). */
  saving: amount,
  popular: z.optional(z.boolean()),
});
export type CreditPackage = z.infer<typeof creditPackage>;

export const packageList = z.object({
  currency,
  /** Price of one balance unit at the base rate, in currency minor units per unit × 10,000 (basis points precision). */
  baseRate: amount,
  packages: z.array(creditPackage),
});
export type PackageList = z.infer<typeof packageList>;

/** What the customer asks a price for: a money amount, a package, or a custom quantity. */
export const quoteRequest = z.object({
  amount: z.optional(amount),
  packageId: z.optional(id),
  quantity: z.optional(amount),
  method: z.optional(paymentMethod),
  /** Buyer country; defaults to the billing details' country. */
  country: z.optional(country),
});
export type QuoteRequest = z.infer<typeof quoteRequest>;

export const vatTreatment = z.enum(['domestic', 'reverse_charge', 'outside_eu']);
export type VatTreatment = z.infer<typeof vatTreatment>;

export const quote = z.object({
  currency,
  /** Net amount charged for the credits (top-up amount or package price). */
  amount,
  /** What the balance grows by, in balance minor units. */
  credits: amount,
  method: paymentMethod,
  fee: amount,
  /** VAT rate in basis points (1900 = 19 %). */
  vatRate: amount,
  vat: amount,
  vatTreatment,
  buyerCountry: z.nullable(country),
  total: amount,
  balanceAfter: amount,
  /** Methods allowed for this amount. */
  methods: z.array(paymentMethod),
  expiresAt: z.optional(timestamp),
});
export type Quote = z.infer<typeof quote>;
