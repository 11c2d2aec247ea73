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
import { accountView, entrySeq, postEntry, setEntrySeq, settlePending } from '../ledger-ops.js';
import type { Route } from '../router.js';
import type { AccountRecord, HoldRecord } from '../store/types.js';
import { assertSpendable } from '../usage/debit.js';
import { publishChanges } from '../publish.js';
import { renewDuePlans, renewPlanAt } from '../usage/plan.js';
import { priceUsage } from '../usage/pricing.js';
import {
  captureRequest,
  hold as holdSchema,
  usageRecord,
  usageResult,
  usageSpec,
  type HoldView,
} from '../usage/schemas.js';

const tags = ['usage'];

/** Admin routes act on the account named in the path. */
function useAdminAccount(ctx: RequestContext): void {
  const account = ctx.server.storage.account(ctx.params.accountId ?? '');
  if (!account) throw new ProblemError(404, 'not_found', 'No such account.');
  ctx.account = account;
}

async function recordUsage(ctx: RequestContext): Promise<Response> {
  const input = await ctx.body(usageRecord);
  return ctx.idempotent(async (acc) => {
    const now = ctx.now();
    const made = renewDuePlans(acc, now);
    const priced = priceUsage(acc, input, `usage_${acc.nextSeq}`);
    const failed = input.outcome === 'failed';
    if (!failed) assertSpendable(acc, priced.amount, now);
    const transaction = postEntry(
      acc,
      {
        direction: 'out',
        kind: 'usage',
        amount: priced.amount,
        status: failed ? 'failed' : 'completed',
        reference: priced.reference,
        description: failed ? `${priced.description} (failed, not charged)` : priced.description,
      },
      now,
    );
    if (!failed) await runAfterDebit(ctx.server, acc);
    publishChanges(ctx.server, acc, [...made, transaction]);
    return json({ charged: failed ? 0 : priced.amount, transaction }, 201);
  });
}

function holdView(hold: HoldRecord): HoldView {
  return { ...hold };
}

function findHold(acc: AccountRecord, id: string): HoldRecord {
  const hold = acc.holds.get(id);
  if (!hold) throw new ProblemError(404, 'not_found', 'No such hold.');
  if (hold.status !== 'held') throw new ProblemError(409, 'invalid_state', `The hold is already ${hold.status}.`);
  return hold;
}

async function createHold(ctx: RequestContext): Promise<Response> {
  const input = await ctx.body(usageSpec);
  return ctx.idempotent((acc) => {
    const now = ctx.now();
    const made = renewDuePlans(acc, now);
    const priced = priceUsage(acc, input, `job_${acc.nextSeq}`);
    assertSpendable(acc, priced.amount, now);
    // A pending Out entry: the history shows the reservation; it moves no credits until captured.
    const entry = postEntry(
      acc,
      {
        direction: 'out',
        kind: 'hold',
        amount: priced.amount,
        status: 'pending',
        reference: priced.reference,
        description: priced.description,
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
    acc.holds.set(hold.id, hold);
    publishChanges(ctx.server, acc, [...made, entry]);
    return json(holdView(hold), 201);
  });
}

async function captureHold(ctx: RequestContext): Promise<Response> {
  const input = await ctx.body(captureRequest);
  return ctx.idempotent(async (acc) => {
    const hold = findHold(acc, ctx.params.id ?? '');
    const amount = input.amount ?? hold.amount;
    if (amount > hold.amount)
      throw new ProblemError(422, 'validation_failed', 'A capture cannot exceed the hold.', [
        { field: 'amount', code: 'too_big', message: `At most ${hold.amount}.` },
      ]);
    // Settling the pending entry consumes the credits; kind becomes usage, amount what the job cost.
    const entry = settlePending(acc, hold.transactionId!, 'completed', ctx.now(), { kind: 'usage', amount });
    hold.status = 'captured';
    hold.transactionId = entry.id;
    await runAfterDebit(ctx.server, acc);
    publishChanges(ctx.server, acc, [entry]);
    return json(holdView(hold));
  });
}

async function releaseHold(ctx: RequestContext): Promise<Response> {
  return ctx.idempotent((acc) => {
    const hold = findHold(acc, ctx.params.id ?? '');
    const entry = settlePending(acc, hold.transactionId!, 'failed', ctx.now(), {});
    const released = { ...entry, description: `${hold.description} (job failed, released, not charged)` };
    const seq = entrySeq(entry);
    if (seq !== undefined) setEntrySeq(released, seq);
    acc.entries[acc.entries.indexOf(entry)] = released;
    hold.status = 'released';
    publishChanges(ctx.server, acc, [released]);
    return json(holdView(hold));
  });
}

async function renewPlan(ctx: RequestContext): Promise<Response> {
  useAdminAccount(ctx);
  return ctx.idempotent((acc) => {
    if (acc.planCredits <= 0) throw new ProblemError(409, 'invalid_state', 'This account has no plan.');
    const made = renewPlanAt(acc, ctx.now());
    publishChanges(ctx.server, acc, made);
    return json(accountView(acc, ctx.now()));
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
    handler: (ctx) => json([...ctx.account.holds.values()].map(holdView)),
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
