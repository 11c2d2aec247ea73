/**
 * Pay with credits: `GET /payability` tells a pay button whether an item can be
 * paid and what it costs (the backend decides the price, never the page);
 * `POST /payments` checks and debits in one step inside the account lock, so
 * concurrent payments never overdraw, and marks an invoice paid in that same step.
 * Services can be bought again; an invoice is paid once.
 */
import { PROBLEM_STATUS } from '../openapi.js';
import { z } from '../../core/schemas/zod.js';
import {
  itemRef,
  itemType,
  payability as payabilitySchema,
  payment as paymentSchema,
  type ItemRef,
  type Payability,
  type Payment,
} from '../../core/schemas/payments.js';
import type { RequestContext } from '../context.js';
import { runAfterDebit } from '../hooks.js';
import { ProblemError, json } from '../http.js';
import { postEntry } from '../ledger-ops.js';
import type { Route } from '../router.js';
import type { AccountRecord, PayableItem } from '../store/types.js';
import { assertSpendable, spendable } from '../usage/debit.js';
import { publishChanges } from '../publish.js';

const tags = ['payments'];

function findItem(account: AccountRecord, ref: ItemRef): PayableItem {
  const item = account.items.get(ref.itemId);
  if (!item || item.itemType !== ref.itemType)
    throw new ProblemError(404, 'not_found', `No ${ref.itemType} ${ref.itemId}.`);
  return item;
}

/** Why an item cannot be paid now (first reason wins), or null when it can. */
function blocker(account: AccountRecord, item: PayableItem, available: number): string | null {
  if (item.itemType === 'invoice' && item.paid) return 'already_paid';
  if (!account.creditPaymentsEnabled) return 'credit_payments_disabled';
  if (!item.eligible) return 'not_eligible';
  if (item.price > available) return 'insufficient_credits';
  return null;
}

function payabilityOf(account: AccountRecord, item: PayableItem, now: number): Payability {
  const available = spendable(account, now);
  const reason = blocker(account, item, available);
  return {
    itemType: item.itemType,
    itemId: item.itemId,
    name: item.name,
    price: item.price,
    currency: account.currency,
    payable: reason === null,
    reason,
    shortfall: Math.max(0, item.price - available),
  };
}

const STATUS = PROBLEM_STATUS;

async function pay(ctx: RequestContext): Promise<Response> {
  const ref = await ctx.body(itemRef);
  return ctx.idempotent(async (acc) => {
    const now = ctx.now();
    const item = findItem(acc, ref);
    const reason = blocker(acc, item, spendable(acc, now));
    if (reason === 'insufficient_credits') assertSpendable(acc, item.price, now);
    if (reason) throw new ProblemError(STATUS[reason] ?? 409, reason, `${item.name} cannot be paid with credits.`);
    const transaction = postEntry(
      acc,
      {
        direction: 'out',
        kind: 'payment',
        amount: item.price,
        status: 'completed',
        reference: item.itemId,
        description: item.name,
        method: 'credits',
      },
      now,
    );
    if (item.itemType === 'invoice') item.paid = true;
    const payment: Payment = {
      id: `pay_${transaction.id.replace(/^txn_/, '')}`,
      itemType: item.itemType,
      itemId: item.itemId,
      amount: item.price,
      createdAt: transaction.createdAt,
      transaction,
    };
    acc.payments.set(payment.id, payment);
    await runAfterDebit(ctx.server, acc);
    publishChanges(ctx.server, acc, [transaction]);
    return json(payment, 201);
  });
}

export const paymentsRoutes: Route[] = [
  {
    method: 'GET',
    path: '/payability',
    handler: (ctx) => {
      const ref = { itemType: ctx.query.get('itemType'), itemId: ctx.query.get('itemId') };
      const parsed = itemRef.safeParse(ref);
      if (!parsed.success) {
        throw new ProblemError(422, 'validation_failed', 'itemType and itemId are required.', [
          {
            field: itemType.safeParse(ref.itemType).success ? 'itemId' : 'itemType',
            code: 'invalid',
            message: 'Required.',
          },
        ]);
      }
      return json(payabilityOf(ctx.account, findItem(ctx.account, parsed.data), ctx.now()));
    },
    doc: {
      summary: 'Whether an item can be paid with credits, and its price',
      query: itemRef,
      response: payabilitySchema,
      problems: ['not_found', 'validation_failed'],
      tags,
    },
  },
  {
    method: 'POST',
    path: '/payments',
    handler: pay,
    doc: {
      summary: 'Pay a service or invoice with credits (atomic check-and-debit)',
      body: itemRef,
      response: paymentSchema,
      status: 201,
      problems: [
        'insufficient_credits',
        'credit_payments_disabled',
        'not_eligible',
        'already_paid',
        'not_found',
        'idempotency_conflict',
        'validation_failed',
      ],
      idempotent: true,
      tags,
    },
  },
  {
    method: 'GET',
    path: '/payments',
    handler: (ctx) => json([...ctx.account.payments.values()].reverse()),
    doc: { summary: 'Payments made with credits, newest first', response: z.array(paymentSchema), tags },
  },
];
