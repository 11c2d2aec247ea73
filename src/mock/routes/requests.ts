/**
 * Credit requests: buying credits by bank transfer or cryptocurrency. The
 * customer gets payment instructions and a unique reference; the credits arrive
 * only when the operator accepts the request (admin API), exactly once, and
 * never when it is rejected.
 */
import { z } from '../../core/schemas/zod.js';
import { createCreditRequest, creditRequest, creditRequestList, type CreditRequest } from '../../core/schemas/index.js';
import type { RequestContext } from '../context.js';
import { ProblemError, json } from '../http.js';
import { issueInvoice } from '../invoices/issue.js';
import { postEntry } from '../ledger-ops.js';
import { quoteFor } from '../quote.js';
import type { Route } from '../router.js';
import { useAdminAccount } from './admin.js';

/** The demo seller's bank account and wallet (fictitious; the IBAN is the standard example one). */
const SELLER_BANK = {
  holder: 'creditkit Demo GmbH',
  iban: 'DE89 3704 0044 0532 0130 00',
  bic: 'COBADEFFXXX',
  bank: 'Demo Bank Berlin',
};
const SELLER_WALLET = {
  asset: 'USDC',
  network: 'Ethereum (ERC-20)',
  address: '0x5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAed',
};

/** Instruction lines; `label` is a stable key the elements translate (`iban`, `network`, …). */
function instructionsFor(method: 'bank_transfer' | 'crypto', reference: string): CreditRequest['instructions'] {
  const lines =
    method === 'bank_transfer'
      ? [
          { label: 'account_holder', value: SELLER_BANK.holder },
          { label: 'iban', value: SELLER_BANK.iban },
          { label: 'bic', value: SELLER_BANK.bic },
          { label: 'bank', value: SELLER_BANK.bank },
        ]
      : [
          { label: 'asset', value: SELLER_WALLET.asset },
          { label: 'network', value: SELLER_WALLET.network },
          { label: 'address', value: SELLER_WALLET.address },
        ];
  return { reference, lines: [...lines, { label: 'reference', value: reference }] };
}

async function create(ctx: RequestContext): Promise<Response> {
  const input = await ctx.body(createCreditRequest);
  return ctx.idempotent(async (tx) => {
    const now = ctx.now();
    // Throws purchases_disabled / method_not_available / amount_out_of_range / not_found.
    const quote = await quoteFor(tx, input, now);
    if (!(await tx.account()).billingDetails)
      throw new ProblemError(422, 'billing_details_required', 'Billing details are needed to invoice the purchase.');
    const number = await tx.nextNumber('credit-request');
    const reference = `CK-REQ-${String(number).padStart(6, '0')}`;
    const request: CreditRequest = {
      id: `req_${number}`,
      createdAt: new Date(now).toISOString(),
      decidedAt: null,
      status: 'pending',
      method: input.method,
      credits: quote.credits,
      total: quote.total,
      currency: quote.currency,
      reference,
      instructions: instructionsFor(input.method, reference),
      quote,
      note: null,
    };
    await tx.putRequest(request);
    return json(request, 201);
  });
}

const decisionBody = z.object({ accept: z.boolean(), note: z.optional(z.string().check(z.maxLength(1000))) });

/** Accept or reject; a repeated identical decision returns the request unchanged (credits added once). */
async function decide(ctx: RequestContext): Promise<Response> {
  useAdminAccount(ctx);
  const decision = await ctx.body(decisionBody);
  return ctx.idempotent(async (tx) => {
    const request = await tx.request(ctx.params.id!);
    if (!request) throw new ProblemError(404, 'not_found', `No credit request ${ctx.params.id}.`);
    const wanted = decision.accept ? 'accepted' : 'rejected';
    if (request.status === wanted) return json(request);
    if (request.status !== 'pending')
      throw new ProblemError(409, 'invalid_state', `The request was already ${request.status}.`);
    const now = ctx.now();
    const decided: CreditRequest = {
      ...request,
      status: wanted,
      decidedAt: new Date(now).toISOString(),
      note: decision.note?.trim() || null,
    };
    if (decision.accept) {
      const description = `${request.credits} credits (${request.method === 'crypto' ? 'cryptocurrency' : 'bank transfer'})`;
      const invoice = await issueInvoice(tx, { description, quote: request.quote, now, paid: true });
      await postEntry(
        tx,
        {
          direction: 'in',
          kind: 'purchase',
          amount: request.credits,
          status: 'completed',
          reference: request.reference,
          description,
          method: request.method,
          billingNumber: invoice.billingNumber,
          invoiceId: invoice.id,
          source: 'paid',
        },
        now,
      );
    }
    await tx.putRequest(decided);
    return json(decided);
  });
}

export const requestsRoutes: Route[] = [
  {
    method: 'GET',
    path: '/credit-requests',
    handler: async (ctx) => json({ items: await ctx.read((tx) => tx.requests()) }),
    doc: {
      summary: "The customer's credit requests, newest first",
      tags: ['credit requests'],
      response: creditRequestList,
    },
  },
  {
    method: 'POST',
    path: '/credit-requests',
    handler: create,
    doc: {
      summary:
        'Buy credits by bank transfer or cryptocurrency: a pending request with payment instructions and a reference',
      tags: ['credit requests'],
      body: createCreditRequest,
      response: creditRequest,
      status: 201,
      idempotent: true,
      problems: [
        'validation_failed',
        'purchases_disabled',
        'method_not_available',
        'amount_out_of_range',
        'billing_details_required',
        'not_found',
        'idempotency_conflict',
      ],
    },
  },
  {
    method: 'POST',
    path: '/admin/accounts/:accountId/credit-requests/:id/decision',
    admin: true,
    handler: decide,
    doc: {
      summary:
        'Operator: accept (credits added once, invoice issued) or reject (nothing added, note shown) a credit request',
      tags: ['admin'],
      body: decisionBody,
      response: creditRequest,
      idempotent: true,
      problems: ['not_found', 'invalid_state', 'validation_failed', 'idempotency_conflict'],
    },
  },
];
