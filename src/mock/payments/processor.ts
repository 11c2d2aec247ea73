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
import type { AccountState, TopUpMeta } from '../store/types.js';

export interface ProcessorResult {
  status: TopUp['status'];
  next: NextAction | null;
  failureCode?: string | null;
  failureMessage?: string | null;
  /** Billing number of an invoice the processor issued itself (invoice flow). */
  billingNumber?: string | null;
  /** Id of that invoice. */
  invoiceId?: string | null;
  /** Issue an unpaid invoice now (invoice flow): its billing number goes into `next`. */
  issueUnpaidInvoice?: boolean;
  /** What the processor needs to remember about the top-up (provider ids). */
  meta?: Partial<TopUpMeta>;
}

/** What a processor sees of a top-up: a snapshot read outside any transaction. */
export interface TopUpSnapshot {
  account: AccountState;
  topUp: TopUp;
  meta: TopUpMeta;
}

/**
 * Processors run outside every database transaction (they may call Stripe or
 * PayPal over the network); the route records the intent before and applies the
 * result in a second transaction after (`RequestContext.withIntent`). A retry may
 * call them again for the same top-up: they pass the top-up id to the provider as
 * its idempotency key, so that never starts a second payment.
 */
export interface PaymentProcessor {
  /** Begins payment of a new top-up (status `requires_payment` until paid). */
  start(ctx: RequestContext, snapshot: TopUpSnapshot): Promise<ProcessorResult> | ProcessorResult;
  /** Pays or completes a `requires_payment` / `pending` top-up. */
  complete(
    ctx: RequestContext,
    snapshot: TopUpSnapshot,
    request: CompleteTopUpRequest,
  ): Promise<ProcessorResult> | ProcessorResult;
}

/** The server's processors by payment method; a method without one is not available. */
export type PaymentProcessors = Partial<Record<PaymentMethod, PaymentProcessor>>;
