/**
 * Pay with credits: `GET /payability` tells a pay button whether an item can be
 * paid and what it costs (the backend decides the price, never the page);
 * `POST /payments` checks and debits in one step inside the account lock, so
 * concurrent payments never overdraw, and marks an invoice paid in that same step.
 * Services can be bought again; an invoice is paid once.
 */
import { PROBLEM_STATUS } from '../problem-status.js';
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
import { postEntry, spendableNow } from '../ledger-ops.js';
import type { Route } from '../router.js';
import type { AccountState, AccountTx, PayableItem } from '../store/types.js';

const tags = ['payments'];

async function findItem(tx: AccountTx, ref: ItemRef): Promise<PayableItem> {
  const item = await tx.item(ref.itemId);
  if (!item || item.itemType !== ref.itemType)
    throw new ProblemError(404, 'not_found', `No ${ref.itemType} ${ref.itemId}.`);
  return item;
}

/** Why an item cannot be paid now (first reason wins), or null when it can. */
function blocker(account: AccountState, item: PayableItem, available: number): string | null {
  if (item.itemType === 'invoice' && item.paid) return 'already_paid';
  if (!account.creditPaymentsEnabled) return 'credit_payments_disabled';
  if (!item.eligible) return 'not_eligible';
  if (item.price > available) return 'insufficient_credits';
  return null;
}

async function payabilityOf(tx: AccountTx, item: PayableItem, now: number): Promise<Payability> {
  const account = await tx.account();
  const available = await spendableNow(tx, now);
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

async function pay(ctx: RequestContext): Promise<Response> {
  const ref = await ctx.body(itemRef);
  return ctx.idempotent(async (tx) => {
    const now = ctx.now();
    const item = await findItem(tx, ref);
    const available = await spendableNow(tx, now);
    const reason = blocker(await tx.account(), item, available);
    if (reason === 'insufficient_credits')
      throw new ProblemError(409, reason, `This needs ${item.price}; ${available} is available.`);
    if (reason)
      throw new ProblemError(PROBLEM_STATUS[reason] ?? 409, reason, `${item.name} cannot be paid with credits.`);
    const transaction = await postEntry(
      tx,
      {
        direction: 'out',
        kind: 'payment',
        amount: item.price,
        status: 'completed',
        reference: item.itemId,
        description: item.name,
        method: 'credits',
        category: `payment.${item.itemType}`,
      },
      now,
    );
    if (item.itemType === 'invoice') await tx.putItem({ ...item, paid: true });
    const payment: Payment = {
      id: `pay_${transaction.id.replace(/^txn_/, '')}`,
      itemType: item.itemType,
      itemId: item.itemId,
      amount: item.price,
      createdAt: transaction.createdAt,
      transaction,
    };
    await tx.putPayment(payment);
    await runAfterDebit(ctx.server, tx);
    return json(payment, 201);
  });
}

export const paymentsRoutes: Route[] = [
  {
    method: 'GET',
    path: '/payability',
    handler: async (ctx) => {
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
      return json(await ctx.read(async (tx) => payabilityOf(tx, await findItem(tx, parsed.data), ctx.now())));
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
    handler: async (ctx) => json(await ctx.read((tx) => tx.payments())),
    doc: { summary: 'Payments made with credits, newest first', response: z.array(paymentSchema), tags },
  },
];
