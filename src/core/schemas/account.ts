import { z } from './zod.js';
import { amount, country, currency, id, localizedText, paymentMethod, timestamp } from './common.js';

/** Fee for one payment method: `rate` basis points of the amount plus `fixed` minor units. */
export const feeRule = z.object({ rate: amount, fixed: amount });
export type FeeRule = z.infer<typeof feeRule>;

export const topUpSettings = z.object({
  /** Preset amounts in minor units. */
  presets: z.array(amount),
  min: amount,
  max: amount,
  /** From this amount (inclusive) top-ups are paid by invoice instead of card. */
  invoiceThreshold: z.nullable(amount),
});

export const purchaseSettings = z.object({
  enabled: z.boolean(),
  /** Why purchases are not possible, when `enabled` is false (a problem code). */
  disabledReason: z.optional(z.string()),
  /** Methods offered for buying credits. */
  methods: z.array(paymentMethod),
  /** Custom quantity in balance units, priced at `unitPrice` per unit, or null when not allowed. */
  customQuantity: z.nullable(z.object({ min: amount, max: amount, step: amount })),
});

export const accountSettings = z.object({
  sellerCountry: country,
  /** Domestic VAT rate in basis points (1900 = 19 %). */
  vatRate: amount,
  /** Fees by payment method; a missing method has no fee. */
  fees: z.record(z.string(), feeRule),
  topUp: z.nullable(topUpSettings),
  purchase: purchaseSettings,
  /** Months after which bought credits expire, or null if they never do. */
  creditExpiryMonths: z.nullable(z.int()),
  autoTopUpAvailable: z.boolean(),
  billingPortal: z.boolean(),
  /** Services used to take payments, for the help text. */
  paymentServices: z.array(z.string()),
  /** Where customers get help (a page or a mailto: link); the help section's "Still need help?" links there. */
  supportUrl: z.optional(z.string()),
});
export type AccountSettings = z.infer<typeof accountSettings>;

export const expiringCredits = z.object({ amount, expiresAt: timestamp });
export type ExpiringCredits = z.infer<typeof expiringCredits>;

/** A subscription that grants credits on each billing date; they lapse at the next one. */
export const accountPlan = z.object({ credits: amount, renewsAt: timestamp });
export type AccountPlan = z.infer<typeof accountPlan>;

/** What usage costs, for the help answers: the host's own words, and the facts the kit can use. */
export const usagePricing = z.object({
  /** How usage is priced, by language: `{ en: '1 scan credit per started hour, at most 5 per scan' }`. */
  summary: localizedText,
  /** Price factors by output size, e.g. `[{ label: '2K', factor: 2 }]`. */
  multipliers: z.optional(z.array(z.object({ label: z.string(), factor: z.int() }))),
  /** Failed jobs are recorded but never charged. */
  failedNotCharged: z.boolean(),
});
export type UsagePricing = z.infer<typeof usagePricing>;

export const account = z.object({
  id,
  name: z.string(),
  /** `money`: the balance is money; `credits`: the balance is whole credit units. */
  model: z.enum(['money', 'credits']),
  /** Currency of prices, and of the balance in the money model. */
  currency,
  /** Unit labels for the credits model by language: `{ en: { one, other } }`. */
  unitLabels: z.nullable(z.record(z.string(), z.object({ one: z.string(), other: z.string() }))),
  /** Available balance in minor units (never negative). */
  balance: amount,
  /** Credits reserved by running jobs (holds), not available to spend. */
  held: amount,
  creditPaymentsEnabled: z.boolean(),
  lowBalanceThreshold: amount,
  /** Credits expiring within the next 30 days, soonest first. */
  expiring: z.array(expiringCredits),
  /** Average spend per month over the last three months. */
  monthlyAverageSpend: amount,
  billingDetailsComplete: z.boolean(),
  /** Localised product name of the credits, e.g. `{ en: 'scan credits' }`. */
  productName: z.optional(localizedText),
  /** The plan, when the account has one. */
  plan: z.optional(accountPlan),
  /** How usage is priced, when the account is charged for usage. */
  usage: z.optional(usagePricing),
  settings: accountSettings,
  updatedAt: timestamp,
});
export type Account = z.infer<typeof account>;
