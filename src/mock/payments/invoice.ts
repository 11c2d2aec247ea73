/**
 * Invoice top-ups (at or above the invoice threshold): the server issues an unpaid
 * invoice with a billing number at once; the top-up stays pending (a pending In
 * entry, no money) until the operator marks it paid through the admin API
 * (`POST /admin/accounts/:accountId/top-ups/:id/mark-paid`).
 */
import { ProblemError } from '../http.js';
import type { PaymentProcessor } from './processor.js';

/** Days the customer has to pay an invoice. */
export const INVOICE_DUE_DAYS = 14;

export const invoiceProcessor: PaymentProcessor = {
  start: (ctx) => {
    const dueDate = new Date(ctx.now() + INVOICE_DUE_DAYS * 86_400_000).toISOString().slice(0, 10);
    // The invoice (and its number) is issued in the transaction that applies this result.
    return { status: 'pending', next: { type: 'invoice', billingNumber: '', dueDate }, issueUnpaidInvoice: true };
  },
  complete: () => {
    throw new ProblemError(
      409,
      'invalid_state',
      'An invoice top-up is credited when the payment arrives; it cannot be completed here.',
    );
  },
};
