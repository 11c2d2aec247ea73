/**
 * A payment processor takes a started top-up to its next step. The top-ups route
 * picks the processor by method: the simulated card processor or Stripe for
 * `card`, the invoice flow for `invoice`, PayPal for `paypal`.
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

const processors = new Map<PaymentMethod, (ctx: RequestContext) => PaymentProcessor>();

/** Registers the processor factory for a method (called by each processor module). */
export function registerProcessor(method: PaymentMethod, factory: (ctx: RequestContext) => PaymentProcessor): void {
  processors.set(method, factory);
}

export function processorFor(method: PaymentMethod, ctx: RequestContext): PaymentProcessor | undefined {
  return processors.get(method)?.(ctx);
}
