/**
 * Top-ups and online purchases (SPEC §3 `<credit-top-up>`, `<credit-buy>`): start
 * (money `amount`, `packageId` or `quantity`; card, PayPal or invoice), status,
 * complete a waiting or pending one, the operator's "invoice paid", and the
 * Stripe webhook. Prices come only from `quoteFor()`; ledger effects only from
 * payments/settle.ts.
 */
import { z } from '../../core/schemas/zod.js';
import { completeTopUpRequest, startTopUpRequest, topUp as topUpSchema } from '../../core/schemas/index.js';
import type { RequestContext } from '../context.js';
import { json, ProblemError } from '../http.js';
import {
  createTopUp,
  handleStripeWebhook,
  isFinal,
  settleFromOutside,
  type PaymentProcessor,
  type ProcessorResult,
  type TopUpSnapshot,
} from '../payments/index.js';
import { quoteFor } from '../quote.js';
import type { Route } from '../router.js';
import type { AccountTx, StoredTopUp } from '../store/types.js';
import { useAdminAccount } from './admin.js';

async function findTopUp(tx: AccountTx, id: string | undefined): Promise<StoredTopUp> {
  const stored = id ? await tx.topUp(id) : null;
  if (!stored) throw new ProblemError(404, 'not_found', `No top-up ${id ?? ''}.`);
  return stored;
}

function processorFor(ctx: RequestContext, method: string): PaymentProcessor {
  const processor = ctx.server.processors[method as keyof typeof ctx.server.processors];
  if (!processor) throw new ProblemError(422, 'method_not_available', `Payment by ${method} is not available here.`);
  return processor;
}

/** The top-up and its account as they stand, for a processor call outside any transaction. */
function snapshot(ctx: RequestContext, id: string): Promise<TopUpSnapshot> {
  return ctx.read(async (tx) => ({ ...(await findTopUp(tx, id)), account: await tx.account() }));
}

/** Applies a processor's result in the settling transaction (a final top-up stays as it is; rules run on completion). */
async function settle(ctx: RequestContext, tx: AccountTx, id: string, result: ProcessorResult): Promise<Response> {
  return json(await settleFromOutside(ctx.server, tx, await findTopUp(tx, id), result, ctx.now()));
}

const TAGS = ['top-ups'];

/**
 * `POST /top-ups`: record the top-up (first transaction), let the processor start
 * the payment (outside: Stripe or PayPal may be called), store what it said (second
 * transaction). A retry with the same key resumes the same top-up.
 */
async function startTopUp(ctx: RequestContext): Promise<Response> {
  const input = await ctx.body(startTopUpRequest);
  return ctx.withIntent<ProcessorResult>({
    begin: async (tx) => {
      if (!(await tx.account()).billingDetails)
        throw new ProblemError(
          422,
          'billing_details_required',
          'Billing details are required before the first purchase.',
        );
      const quote = await quoteFor(tx, input, ctx.now());
      processorFor(ctx, quote.method);
      // Ids are unique across accounts; the reference continues this customer's own numbering.
      const number = ((await tx.account()).lastTopUpNumber ?? 1000) + 1;
      await tx.updateAccount({ lastTopUpNumber: number });
      const created = await createTopUp(tx, {
        id: `tu_${await tx.nextNumber('top-up')}`,
        reference: `TU-${number}`,
        quote,
        method: quote.method,
        kind: input.amount !== undefined ? 'top_up' : 'purchase',
        now: ctx.now(),
        returnUrl: input.returnUrl,
      });
      return created.topUp.id;
    },
    call: async (id) => {
      const snap = await snapshot(ctx, id);
      // A retry after the first attempt got past this point: report where it stands.
      if (snap.topUp.status !== 'requires_payment' || snap.topUp.next) return { ...snap.topUp };
      return processorFor(ctx, snap.topUp.method).start(ctx, snap);
    },
    finish: async (tx, id, result) => {
      const response = await settle(ctx, tx, id, result);
      return new Response(response.body, { status: 201, headers: response.headers });
    },
  });
}

/** `POST /top-ups/:id/complete`: pay a waiting top-up or complete a pending one, the same three steps. */
async function completeTopUp(ctx: RequestContext): Promise<Response> {
  const request = await ctx.body(completeTopUpRequest);
  const id = ctx.params.id ?? '';
  return ctx.withIntent<ProcessorResult>({
    begin: async (tx) => {
      const { topUp } = await findTopUp(tx, id);
      if (topUp.status === 'completed') return json(topUp);
      if (isFinal(topUp))
        throw new ProblemError(409, 'invalid_state', `This top-up is ${topUp.status}; start a new one.`);
      processorFor(ctx, topUp.method);
      return id;
    },
    call: async () => {
      const snap = await snapshot(ctx, id);
      if (isFinal(snap.topUp)) return { ...snap.topUp };
      return processorFor(ctx, snap.topUp.method).complete(ctx, snap, request);
    },
    finish: (tx, _id, result) => settle(ctx, tx, id, result),
  });
}

export const topUpsRoutes: Route[] = [
  {
    method: 'POST',
    path: '/top-ups',
    handler: startTopUp,
    doc: {
      summary: 'Start a top-up (amount) or a purchase (packageId / quantity), paid by card, PayPal or invoice.',
      tags: TAGS,
      body: startTopUpRequest,
      response: topUpSchema,
      status: 201,
      problems: [
        'billing_details_required',
        'amount_out_of_range',
        'method_not_available',
        'purchases_disabled',
        'not_found',
        'validation_failed',
        'idempotency_conflict',
        'idempotency_key_required',
      ],
      idempotent: true,
    },
  },
  {
    method: 'GET',
    path: '/top-ups/:id',
    handler: async (ctx) => json((await ctx.read((tx) => findTopUp(tx, ctx.params.id))).topUp),
    doc: {
      summary: 'A top-up and where its payment stands.',
      tags: TAGS,
      response: topUpSchema,
      problems: ['not_found'],
    },
  },
  {
    method: 'POST',
    path: '/top-ups/:id/complete',
    handler: completeTopUp,
    doc: {
      summary: 'Pay a top-up that requires payment (test card) or complete a pending one.',
      tags: TAGS,
      body: completeTopUpRequest,
      response: topUpSchema,
      problems: [
        'not_found',
        'invalid_state',
        'validation_failed',
        'method_not_available',
        'idempotency_conflict',
        'idempotency_key_required',
      ],
      idempotent: true,
    },
  },
  {
    method: 'POST',
    path: '/admin/accounts/:accountId/top-ups/:id/mark-paid',
    admin: true,
    handler: async (ctx) => {
      useAdminAccount(ctx);
      // Naturally idempotent: a top-up already paid is returned as it is.
      return ctx.transaction(async (tx) => {
        const stored = await findTopUp(tx, ctx.params.id);
        const { topUp } = stored;
        if (topUp.method !== 'invoice')
          throw new ProblemError(409, 'invalid_state', 'Only invoice top-ups are marked paid by the operator.');
        if (topUp.status === 'completed') return json(topUp);
        if (topUp.status !== 'pending') throw new ProblemError(409, 'invalid_state', `This top-up is ${topUp.status}.`);
        return json(await settleFromOutside(ctx.server, tx, stored, { status: 'completed', next: null }, ctx.now()));
      });
    },
    doc: {
      summary: 'Operator: the invoice of an invoice top-up was paid; credits the balance.',
      tags: ['admin'],
      response: topUpSchema,
      problems: ['not_found', 'invalid_state', 'unauthorized'],
    },
  },
  {
    method: 'POST',
    path: '/webhooks/stripe',
    public: true,
    handler: async (ctx) => {
      const outcome = await handleStripeWebhook(
        ctx.server,
        await ctx.text(),
        ctx.request.headers.get('stripe-signature'),
      );
      return json({ received: true, applied: outcome.applied });
    },
    doc: {
      summary: 'Stripe webhook (Checkout Session events), signature-verified; each event id applies once.',
      tags: ['webhooks'],
      response: z.object({ received: z.boolean(), applied: z.boolean() }),
      problems: ['invalid_signature', 'not_found'],
    },
  },
];
