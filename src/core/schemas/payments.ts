import { z } from './zod.js';
import { amount, currency, id, timestamp } from './common.js';
import { transaction } from './transactions.js';

export const itemType = z.enum(['service', 'invoice']);
export type ItemType = z.infer<typeof itemType>;

export const itemRef = z.object({ itemType, itemId: id });
export type ItemRef = z.infer<typeof itemRef>;

export const payability = z.object({
  itemType,
  itemId: id,
  name: z.string(),
  /** The price the backend decided, in balance minor units. */
  price: amount,
  currency,
  payable: z.boolean(),
  /** Why not payable: a problem code (`credit_payments_disabled`, `insufficient_credits`, `not_eligible`, `already_paid`). */
  reason: z.nullable(z.string()),
  /** How much is missing when the balance is short. */
  shortfall: amount,
});
export type Payability = z.infer<typeof payability>;

export const payment = z.object({
  id,
  itemType,
  itemId: id,
  amount,
  createdAt: timestamp,
  transaction,
});
export type Payment = z.infer<typeof payment>;
