import { z } from './zod.js';
import { MANUAL_METHODS } from '../methods.js';
import { amount, currency, id, paymentMethod, timestamp } from './common.js';
import { quote } from './pricing.js';

export const creditRequestStatus = z.enum(['pending', 'accepted', 'rejected']);
export type CreditRequestStatus = z.infer<typeof creditRequestStatus>;

export const createCreditRequest = z.object({
  packageId: z.optional(id),
  quantity: z.optional(amount),
  amount: z.optional(amount),
  method: z.enum(MANUAL_METHODS),
});
export type CreateCreditRequest = z.infer<typeof createCreditRequest>;

export const paymentInstructions = z.object({
  /** The text the customer must quote with the payment. */
  reference: z.string(),
  lines: z.array(z.object({ label: z.string(), value: z.string() })),
});

export const creditRequest = z.object({
  id,
  createdAt: timestamp,
  decidedAt: z.nullable(timestamp),
  status: creditRequestStatus,
  method: paymentMethod,
  credits: amount,
  total: amount,
  currency,
  reference: z.string(),
  instructions: paymentInstructions,
  quote,
  /** The operator's note, shown when rejected. */
  note: z.nullable(z.string()),
});
export type CreditRequest = z.infer<typeof creditRequest>;

export const creditRequestList = z.object({ items: z.array(creditRequest) });
