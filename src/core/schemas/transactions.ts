import { z } from './zod.js';
import { amount, date, id, paymentMethod, timestamp } from './common.js';

export const transactionKind = z.enum([
  'top_up',
  'purchase',
  'payment',
  'usage',
  'hold',
  'expiry',
  'refund',
  'grant',
  'plan',
  'adjustment',
]);
export type TransactionKind = z.infer<typeof transactionKind>;

export const transactionStatus = z.enum(['completed', 'pending', 'failed']);
export type TransactionStatus = z.infer<typeof transactionStatus>;

export const transaction = z.object({
  id,
  createdAt: timestamp,
  /** In adds to the balance, Out takes from it. */
  direction: z.enum(['in', 'out']),
  kind: transactionKind,
  /** Unsigned amount in balance minor units. */
  amount,
  /** Balance after this entry (unchanged for pending and failed entries). */
  balanceAfter: amount,
  status: transactionStatus,
  reference: z.string(),
  description: z.string(),
  method: z.nullable(paymentMethod),
  billingNumber: z.nullable(z.string()),
  invoiceId: z.nullable(id),
  /** The top-up behind an In entry; used to complete a pending or retry a failed one. */
  topUpId: z.nullable(id),
  /** Paid credits vs granted (promotional) or plan credits. */
  source: z.optional(z.enum(['paid', 'granted', 'plan'])),
  /**
   * What an Out entry paid for, finer than `kind`: `scan`, `ai.<tier>.<resolution>`
   * (`ai.video.4K`), `payment.service`, `payment.invoice`. Usage summaries group by it.
   */
  category: z.optional(z.string().check(z.maxLength(100))),
  /** The team member who caused the entry (the host's name or id for them). */
  member: z.optional(z.string().check(z.maxLength(100))),
});
export type Transaction = z.infer<typeof transaction>;

export const transactionQuery = z.object({
  cursor: z.optional(z.string().check(z.maxLength(200))),
  limit: z.optional(z.int().check(z.gte(1), z.lte(2000))),
  type: z.optional(z.enum(['in', 'out'])),
  status: z.optional(transactionStatus),
  from: z.optional(date),
  to: z.optional(date),
});
export type TransactionQuery = z.infer<typeof transactionQuery>;

export const transactionPage = z.object({
  items: z.array(transaction),
  /** Opaque cursor for the next (older) page, or null at the end. */
  nextCursor: z.nullable(z.string()),
});
export type TransactionPage = z.infer<typeof transactionPage>;
