import { z } from './zod.js';
import { amount, id, timestamp } from './common.js';

export const autoTopUpSettings = z.object({
  enabled: z.boolean(),
  /** Trigger when the balance falls below this (0 = when it runs out); null = no balance trigger. */
  threshold: z.nullable(amount),
  /** Trigger this many days before credits expire; null = no expiry trigger. */
  expiryDays: z.nullable(z.int().check(z.gte(1), z.lte(365))),
  /** What to buy: a package, a fixed amount, or refill up to a target balance. */
  purchase: z.union([
    z.object({ type: z.literal('package'), packageId: id }),
    z.object({ type: z.literal('amount'), amount }),
    z.object({ type: z.literal('refill'), targetBalance: amount }),
  ]),
  /** At most this much per calendar month (currency minor units); null = no cap. */
  monthlyCap: z.nullable(amount),
  paymentMethodId: z.nullable(id),
});
export type AutoTopUpSettings = z.infer<typeof autoTopUpSettings>;

export const savedPaymentMethod = z.object({ id, label: z.string(), brand: z.string(), last4: z.string() });

export const autoTopUpState = z.object({
  settings: autoTopUpSettings,
  paymentMethods: z.array(savedPaymentMethod),
  /** Paused after repeated failures until saved again. */
  paused: z.boolean(),
  lastFailure: z.nullable(z.object({ at: timestamp, message: z.string() })),
});
export type AutoTopUpState = z.infer<typeof autoTopUpState>;
