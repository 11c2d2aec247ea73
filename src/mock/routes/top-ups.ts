/**
 * Top-ups and online purchases (SPEC §3 `<credit-top-up>`, `<credit-buy>`): start
 * (money `amount`, `packageId` or `quantity`; card, PayPal or invoice), status,
 * complete a waiting or pending one, the operator's "invoice paid", and the
 * Stripe webhook. Prices come only from `quoteFor()`; ledger effects only from
 * payments/settle.ts.
 */
import { z } from '../../core/schemas/zod.js';
import { completeTopUpRequest, startTopUpRequest, topUp as topUpSchema, type TopUp } from '../../core/schemas/index.js';
import { json, ProblemError } from '../http.js';
import { applyResult, createTopUp, handleStripeWebhook, isFinal } from '../payments/index.js';
import { quoteFor } from '../quote.js';
import type { Route } from '../router.js';
import type { AccountRecord } from '../store/types.js';

function findTopUp(account: AccountRecord, id: string | undefined): TopUp {
  const topUp = id ? account.topUps.get(id) : undefined;
  if (!topUp) throw new ProblemError(404, 'not_found', `No top-up ${id ?? ''}.`);
  return topUp;
}

const TAGS = ['top-ups'];

export const topUpsRoutes: Route[] = [
  {
    method: 'POST',
    path: '/top-ups',
    handler: async (ctx) => {
      const input = await ctx.body(startTopUpRequest);
      return ctx.idempotent(async (account) => {
        if (!account.billingDetails)
          throw new ProblemError(
            409,
            'billing_details_required',
            'Billing details are required before the first top-up.',
          );
        const quote = quoteFor(account, input, ctx.now());
        const processor = ctx.server.processors[quote.method];
        if (!processor)
          throw new ProblemError(422, 'method_not_available', `Payment by ${quote.method} is not available here.`);
        const created = createTopUp(account, {
          id: `tu_${ctx.server.storage.nextNumber('top-up')}`,
          quote,
          method: quote.method,
          kind: input.amount !== undefined ? 'top_up' : 'purchase',
          now: ctx.now(),
          returnUrl: input.returnUrl,
        });
        try {
          const result = await processor.start(ctx, account, created);
          return json(applyResult(ctx.server, account, created, result, ctx.now()), 201);
        } catch (error) {
          // Nothing was started: forget the attempt so it never shows anywhere.
          account.topUps.delete(created.id);
          throw error;
        }
      });
    },
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
    handler: (ctx) => json(findTopUp(ctx.account, ctx.params.id)),
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
    handler: async (ctx) => {
      const request = await ctx.body(completeTopUpRequest);
      return ctx.idempotent(async (account) => {
        const topUp = findTopUp(account, ctx.params.id);
        if (topUp.status === 'completed') return json(topUp);
        if (isFinal(topUp))
          throw new ProblemError(409, 'invalid_state', `This top-up is ${topUp.status}; start a new one.`);
        const processor = ctx.server.processors[topUp.method];
        if (!processor)
          throw new ProblemError(422, 'method_not_available', `Payment by ${topUp.method} is not available here.`);
        const result = await processor.complete(ctx, account, topUp, request);
        return json(applyResult(ctx.server, account, topUp, result, ctx.now()));
      });
    },
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
      const accountId = ctx.params.accountId!;
      if (!ctx.server.storage.account(accountId)) throw new ProblemError(404, 'not_found', `No account ${accountId}.`);
      // Naturally idempotent: a top-up already paid is returned as it is.
      return ctx.server.storage.withAccount(accountId, (account) => {
        const topUp = findTopUp(account, ctx.params.id);
        if (topUp.method !== 'invoice')
          throw new ProblemError(409, 'invalid_state', 'Only invoice top-ups are marked paid by the operator.');
        if (topUp.status === 'completed') return json(topUp);
        if (topUp.status !== 'pending') throw new ProblemError(409, 'invalid_state', `This top-up is ${topUp.status}.`);
        return json(applyResult(ctx.server, account, topUp, { status: 'completed', next: null }, ctx.now()));
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
