/**
 * Usage of the credit-unit presets: the host backend records finished jobs
 * (`POST /usage`), or reserves credits before a job (`POST /usage/holds`) and
 * captures them on success or releases them on failure, so a failed job never
 * costs anything. Operators record usage and renew plans through the admin API.
 */
import { z } from '../../core/schemas/zod.js';
import { account as accountSchema } from '../../core/schemas/account.js';
import type { RequestContext } from '../context.js';
import { runAfterDebit } from '../hooks.js';
import { ProblemError, json } from '../http.js';
import { accountView, postEntry, settlePending, spendableNow } from '../ledger-ops.js';
import type { Route } from '../router.js';
import type { AccountTx, HoldRecord } from '../store/types.js';
import { renewDuePlans, renewPlanAt } from '../usage/plan.js';
import { priceUsage } from '../usage/pricing.js';
import { useAdminAccount } from './admin.js';
import {
  captureRequest,
  hold as holdSchema,
  usageRecord,
  usageResult,
  usageSpec,
  type HoldView,
} from '../usage/schemas.js';

const tags = ['usage'];

/** Throws `insufficient_credits` (409) unless `amount` can be spent now (held credits are not spendable). */
async function assertSpendable(tx: AccountTx, amount: number, now: number): Promise<void> {
  const available = await spendableNow(tx, now);
  if (amount > available)
    throw new ProblemError(409, 'insufficient_credits', `This needs ${amount}; ${available} is available.`);
}

async function recordUsage(ctx: RequestContext): Promise<Response> {
  const input = await ctx.body(usageRecord);
  return ctx.idempotent(async (tx) => {
    const now = ctx.now();
    await renewDuePlans(tx, now);
    const account = await tx.account();
    const priced = priceUsage(account, input, `usage_${account.nextSeq}`);
    const failed = input.outcome === 'failed';
    if (!failed) await assertSpendable(tx, priced.amount, now);
    const transaction = await postEntry(
      tx,
      {
        direction: 'out',
        kind: 'usage',
        amount: priced.amount,
        status: failed ? 'failed' : 'completed',
        reference: priced.reference,
        description: failed ? `${priced.description} (failed, not charged)` : priced.description,
        category: priced.category,
        ...(input.member ? { member: input.member } : {}),
      },
      now,
    );
    if (!failed) await runAfterDebit(ctx.server, tx);
    return json({ charged: failed ? 0 : priced.amount, transaction }, 201);
  });
}

function holdView(hold: HoldRecord): HoldView {
  return { ...hold };
}

async function findHold(tx: AccountTx, id: string): Promise<HoldRecord> {
  const hold = await tx.hold(id);
  if (!hold) throw new ProblemError(404, 'not_found', 'No such hold.');
  if (hold.status !== 'held') throw new ProblemError(409, 'invalid_state', `The hold is already ${hold.status}.`);
  return hold;
}

async function createHold(ctx: RequestContext): Promise<Response> {
  const input = await ctx.body(usageSpec);
  return ctx.idempotent(async (tx) => {
    const now = ctx.now();
    await renewDuePlans(tx, now);
    const account = await tx.account();
    const priced = priceUsage(account, input, `job_${account.nextSeq}`);
    await assertSpendable(tx, priced.amount, now);
    // A pending Out entry: the history shows the reservation; it moves no credits until captured.
    const entry = await postEntry(
      tx,
      {
        direction: 'out',
        kind: 'hold',
        amount: priced.amount,
        status: 'pending',
        reference: priced.reference,
        description: priced.description,
        category: priced.category,
        ...(input.member ? { member: input.member } : {}),
      },
      now,
    );
    const hold: HoldRecord = {
      id: `hold_${entry.id.replace(/^txn_/, '')}`,
      amount: priced.amount,
      status: 'held',
      createdAt: ctx.nowIso(),
      description: priced.description,
      transactionId: entry.id,
    };
    await tx.putHold(hold);
    await tx.updateAccount({ held: (await tx.account()).held + hold.amount });
    return json(holdView(hold), 201);
  });
}

/**
 * Charges a hold. Atomic: the hold's credits are released and the capture taken
 * in one transaction; if the balance cannot cover it (credits expired meanwhile),
 * nothing changes and the hold can still be released.
 */
async function captureHold(ctx: RequestContext): Promise<Response> {
  const input = await ctx.body(captureRequest);
  return ctx.idempotent(async (tx) => {
    const now = ctx.now();
    const hold = await findHold(tx, ctx.params.id ?? '');
    const amount = input.amount ?? hold.amount;
    if (amount > hold.amount)
      throw new ProblemError(422, 'validation_failed', 'A capture cannot exceed the hold.', [
        { field: 'amount', code: 'too_big', message: `At most ${hold.amount}.` },
      ]);
    // What this hold may take: the spendable balance plus what it holds itself.
    const available = (await spendableNow(tx, now)) + hold.amount;
    if (amount > available)
      throw new ProblemError(409, 'insufficient_credits', `This needs ${amount}; ${available} is available.`);
    await tx.updateAccount({ held: (await tx.account()).held - hold.amount });
    // Settling the pending entry consumes the credits; kind becomes usage, amount what the job cost.
    const entry = await settlePending(tx, hold.transactionId!, 'completed', now, { kind: 'usage', amount });
    const captured: HoldRecord = { ...hold, status: 'captured', transactionId: entry.id };
    await tx.putHold(captured);
    await runAfterDebit(ctx.server, tx);
    return json(holdView(captured));
  });
}

async function releaseHold(ctx: RequestContext): Promise<Response> {
  return ctx.idempotent(async (tx) => {
    const hold = await findHold(tx, ctx.params.id ?? '');
    await settlePending(tx, hold.transactionId!, 'failed', ctx.now(), {
      description: `${hold.description} (job failed, released, not charged)`,
    });
    const released: HoldRecord = { ...hold, status: 'released' };
    await tx.putHold(released);
    await tx.updateAccount({ held: (await tx.account()).held - hold.amount });
    return json(holdView(released));
  });
}

async function renewPlan(ctx: RequestContext): Promise<Response> {
  useAdminAccount(ctx);
  return ctx.idempotent(async (tx) => {
    if ((await tx.account()).planCredits <= 0)
      throw new ProblemError(409, 'invalid_state', 'This account has no plan.');
    await renewPlanAt(tx, ctx.now());
    return json(await accountView(tx, ctx.now()));
  });
}

const recordDoc = {
  body: usageRecord,
  response: usageResult,
  status: 201,
  problems: ['insufficient_credits', 'validation_failed', 'idempotency_conflict'],
  idempotent: true,
  tags,
};

export const usageRoutes: Route[] = [
  {
    method: 'POST',
    path: '/usage',
    handler: recordUsage,
    doc: {
      summary: 'Record usage of a finished job (host backend); failed jobs are recorded, not charged',
      ...recordDoc,
    },
  },
  {
    method: 'GET',
    path: '/usage/holds',
    handler: async (ctx) => json((await ctx.read((tx) => tx.holds())).map(holdView)),
    doc: { summary: 'List holds (credits reserved by jobs)', response: z.array(holdSchema), tags },
  },
  {
    method: 'POST',
    path: '/usage/holds',
    handler: createHold,
    doc: {
      summary: 'Reserve credits before a job starts',
      body: usageSpec,
      response: holdSchema,
      status: 201,
      problems: ['insufficient_credits', 'validation_failed', 'idempotency_conflict'],
      idempotent: true,
      tags,
    },
  },
  {
    method: 'POST',
    path: '/usage/holds/:id/capture',
    handler: captureHold,
    doc: {
      summary: 'Charge a hold when the job succeeded',
      body: captureRequest,
      response: holdSchema,
      problems: ['not_found', 'invalid_state', 'validation_failed'],
      idempotent: true,
      tags,
    },
  },
  {
    method: 'POST',
    path: '/usage/holds/:id/release',
    handler: releaseHold,
    doc: {
      summary: 'Release a hold when the job failed: nothing is charged',
      response: holdSchema,
      problems: ['not_found', 'invalid_state'],
      idempotent: true,
      tags,
    },
  },
  {
    method: 'POST',
    path: '/admin/accounts/:accountId/usage',
    admin: true,
    handler: (ctx) => {
      useAdminAccount(ctx);
      return recordUsage(ctx);
    },
    doc: { summary: 'Record usage for an account (operator)', ...recordDoc },
  },
  {
    method: 'POST',
    path: '/admin/accounts/:accountId/plan/renew',
    admin: true,
    handler: renewPlan,
    doc: {
      summary: 'Renew the monthly plan now: leftover plan credits lapse, a fresh allowance arrives',
      response: accountSchema,
      problems: ['not_found', 'invalid_state'],
      idempotent: true,
      tags: ['admin'],
    },
  },
];
