import { z } from './zod.js';
import { amount, country, currency, id, paymentMethod, timestamp } from './common.js';
import { quote } from './pricing.js';

export const topUpStatus = z.enum(['requires_payment', 'pending', 'completed', 'failed', 'canceled']);
export type TopUpStatus = z.infer<typeof topUpStatus>;

/** Start a purchase: a money top-up (`amount`), a package (`packageId`) or a quantity. */
export const startTopUpRequest = z.object({
  amount: z.optional(amount),
  packageId: z.optional(id),
  quantity: z.optional(amount),
  method: paymentMethod,
  country: z.optional(country),
  /** Where a hosted payment page sends the customer back to. */
  returnUrl: z.optional(z.string().check(z.maxLength(2048))),
});
export type StartTopUpRequest = z.infer<typeof startTopUpRequest>;

/** What the customer must do next to finish paying. */
export const nextAction = z.union([
  /** The simulated processor's test-mode payment window. */
  z.object({ type: z.literal('test_card') }),
  /** Leave for a hosted payment page (Stripe Checkout) and come back. */
  z.object({ type: z.literal('redirect'), url: z.string() }),
  /** Approve a PayPal order with the PayPal JS SDK. */
  z.object({
    type: z.literal('paypal'),
    orderId: z.string(),
    clientId: z.string(),
    currency,
    sdkBaseUrl: z.optional(z.string()),
  }),
  /** Pay the invoice by bank transfer; credited when received. */
  z.object({ type: z.literal('invoice'), billingNumber: z.string(), dueDate: z.string() }),
]);
export type NextAction = z.infer<typeof nextAction>;

export const topUp = z.object({
  id,
  status: topUpStatus,
  method: paymentMethod,
  quote,
  next: z.nullable(nextAction),
  /** Decline or failure reason (a problem code such as `payment_declined`). */
  failureCode: z.nullable(z.string()),
  failureMessage: z.nullable(z.string()),
  billingNumber: z.nullable(z.string()),
  transactionId: z.nullable(id),
  createdAt: timestamp,
  updatedAt: timestamp,
});
export type TopUp = z.infer<typeof topUp>;

/** Pay a `requires_payment` or `pending` top-up (test card number for the simulated processor). */
export const completeTopUpRequest = z.object({
  cardNumber: z.optional(z.string().check(z.maxLength(32))),
  paypalOrderId: z.optional(z.string().check(z.maxLength(64))),
});
export type CompleteTopUpRequest = z.infer<typeof completeTopUpRequest>;
