/**
 * A payment processor takes a started top-up to its next step. The server is
 * constructed with one processor per method (`defaultProcessors()` in ./index.ts:
 * the simulated card processor or Stripe for `card`, the invoice flow for
 * `invoice`, PayPal for `paypal`); the top-ups route picks one by method. There is
 * no registry filled at import time: a bundler may drop a module imported only
 * for its side effect, and then a method silently disappears.
 */
import type { CompleteTopUpRequest, NextAction, PaymentMethod, TopUp } from '../../core/schemas/index.js';
import type { RequestContext } from '../context.js';
import type { AccountRecord } from '../store/types.js';

export interface ProcessorResult {
  status: TopUp['status'];
  next: NextAction | null;
  failureCode?: string | null;
  failureMessage?: string | null;
  /** Billing number of an invoice the processor issued itself (invoice flow). */
  billingNumber?: string | null;
  /** Id of that invoice. */
  invoiceId?: string | null;
}

export interface PaymentProcessor {
  /** Begins payment of a new top-up (status `requires_payment` until paid). */
  start(ctx: RequestContext, account: AccountRecord, topUp: TopUp): Promise<ProcessorResult> | ProcessorResult;
  /** Pays or completes a `requires_payment` / `pending` top-up. */
  complete(
    ctx: RequestContext,
    account: AccountRecord,
    topUp: TopUp,
    request: CompleteTopUpRequest,
  ): Promise<ProcessorResult> | ProcessorResult;
}

/** The server's processors by payment method; a method without one is not available. */
export type PaymentProcessors = Partial<Record<PaymentMethod, PaymentProcessor>>;
