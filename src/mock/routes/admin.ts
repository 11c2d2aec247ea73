/**
 * The operator's admin API (demo operator panel, tests): toggle credit payments,
 * grant, refund, expire credits, move the clock. Authorised by the operator token,
 * never an account token. An Idempotency-Key is honoured when sent (same key, same
 * body → same answer, applied once); the operator panel may omit it.
 */
import { z } from '../../core/schemas/zod.js';
import { account as accountSchema, timestamp, type Transaction } from '../../core/schemas/index.js';
import type { RequestContext } from '../context.js';
import { ProblemError, json } from '../http.js';
import { runAfterDebit } from '../hooks.js';
import { accountView, expireDue, postEntry, spendableNow } from '../ledger-ops.js';
import type { Route } from '../router.js';
import type { AccountTx } from '../store/types.js';

const positive = z.int().check(z.gte(1), z.lte(Number.MAX_SAFE_INTEGER));

export const creditPaymentsBody = z.object({ enabled: z.boolean() });
export const grantBody = z.object({
  amount: positive,
  note: z.optional(z.string().check(z.maxLength(500))),
  /** When the granted credits lapse; null = never; omitted = the account's expiry policy. */
  expiresAt: z.optional(z.nullable(timestamp)),
  source: z.optional(z.enum(['granted', 'plan'])),
});
export const refundBody = z.object({ amount: positive, note: z.optional(z.string().check(z.maxLength(500))) });
export const expireBody = z.object({
  /** Expire as of this instant; a later instant than the server clock moves the clock there. */
  now: z.optional(timestamp),
});
export const clockBody = z.object({ advanceMs: z.int().check(z.gte(0), z.lte(10 * 365 * 86_400_000)) });
export const clockResponse = z.object({ now: timestamp });
export const adminAccountList = z.object({
  items: z.array(z.extend(accountSchema, { preset: z.string() })),
});

/** Admin routes act on the account named in the path. */
export function useAdminAccount(ctx: RequestContext): void {
  ctx.accountId = ctx.params.accountId ?? '';
}

/**
 * Runs an admin write on the target account in one transaction, once per
 * Idempotency-Key when one is sent, and answers with the account.
 */
function write(ctx: RequestContext, run: (tx: AccountTx, now: number) => Promise<Transaction[]>): Promise<Response> {
  useAdminAccount(ctx);
  return ctx.maybeIdempotent(async (tx) => {
    const entries = await run(tx, ctx.now());
    // Refunds and expiry are debits too: auto top-up must see them.
    if (entries.some((e) => e.direction === 'out' && e.status === 'completed')) await runAfterDebit(ctx.server, tx);
    return json(await accountView(tx, ctx.now()));
  });
}

const accountPath = '/admin/accounts/:accountId';
const problems = ['unauthorized', 'not_found', 'validation_failed', 'idempotency_conflict'];

export const adminRoutes: Route[] = [
  {
    method: 'GET',
    path: '/admin/accounts',
    admin: true,
    doc: {
      summary: 'Every account (operator)',
      tags: ['admin'],
      response: adminAccountList,
      problems: ['unauthorized'],
    },
    async handler(ctx) {
      const { storage } = ctx.server;
      const items = [];
      for (const id of await storage.accountIds()) {
        items.push(
          await storage.read(id, async (tx) => ({
            ...(await accountView(tx, ctx.now())),
            preset: (await tx.account()).preset,
          })),
        );
      }
      return json({ items });
    },
  },
  {
    method: 'GET',
    path: accountPath,
    admin: true,
    doc: {
      summary: 'One account (operator)',
      tags: ['admin'],
      response: accountSchema,
      problems: ['unauthorized', 'not_found'],
    },
    async handler(ctx) {
      useAdminAccount(ctx);
      return json(await ctx.read((tx) => accountView(tx, ctx.now())));
    },
  },
  {
    method: 'POST',
    path: `${accountPath}/credit-payments`,
    admin: true,
    doc: {
      summary: 'Turn paying with credits on or off',
      tags: ['admin'],
      body: creditPaymentsBody,
      response: accountSchema,
      problems,
    },
    async handler(ctx) {
      const body = await ctx.body(creditPaymentsBody);
      return write(ctx, async (tx, now) => {
        await tx.updateAccount({ creditPaymentsEnabled: body.enabled, updatedAt: new Date(now).toISOString() });
        return [];
      });
    },
  },
  {
    method: 'POST',
    path: `${accountPath}/grants`,
    admin: true,
    doc: {
      summary: 'Grant credits (promotional, goodwill or plan)',
      tags: ['admin'],
      body: grantBody,
      response: accountSchema,
      problems,
    },
    async handler(ctx) {
      const body = await ctx.body(grantBody);
      if (body.expiresAt && Date.parse(body.expiresAt) <= ctx.now()) {
        throw new ProblemError(422, 'validation_failed', 'expiresAt must be in the future.', [
          { field: 'expiresAt', code: 'in_past', message: 'Must be in the future.' },
        ]);
      }
      const source = body.source ?? 'granted';
      return write(ctx, async (tx, now) => [
        await postEntry(
          tx,
          {
            direction: 'in',
            kind: source === 'plan' ? 'plan' : 'grant',
            amount: body.amount,
            status: 'completed',
            reference: `GRANT-${(await tx.account()).nextSeq}`,
            description: body.note ?? (source === 'plan' ? 'Plan credits' : 'Credits granted'),
            source,
            ...(body.expiresAt !== undefined ? { expiresAt: body.expiresAt } : {}),
          },
          now,
        ),
      ]);
    },
  },
  {
    method: 'POST',
    path: `${accountPath}/refunds`,
    admin: true,
    doc: {
      summary: 'Refund (take back) credits; never below zero',
      tags: ['admin'],
      body: refundBody,
      response: accountSchema,
      problems: [...problems, 'insufficient_credits'],
    },
    async handler(ctx) {
      const body = await ctx.body(refundBody);
      return write(ctx, async (tx, now) => {
        const expired = await expireDue(tx, now);
        // Credits held by running jobs are not there to take back.
        const available = await spendableNow(tx, now);
        if (body.amount > available)
          throw new ProblemError(
            409,
            'insufficient_credits',
            `Only ${available} can be refunded (credits held by running jobs stay).`,
          );
        const entry = await postEntry(
          tx,
          {
            direction: 'out',
            kind: 'refund',
            amount: body.amount,
            status: 'completed',
            reference: `REFUND-${(await tx.account()).nextSeq}`,
            description: body.note ?? 'Refund',
          },
          now,
        );
        return [...expired, entry];
      });
    },
  },
  {
    method: 'POST',
    path: `${accountPath}/expire`,
    admin: true,
    doc: {
      summary: 'Expire lapsed credits now (as Out entries of kind expiry)',
      tags: ['admin'],
      body: expireBody,
      response: accountSchema,
      problems,
    },
    async handler(ctx) {
      const body = await ctx.body(expireBody);
      return write(ctx, (tx) => {
        // Inside the write, so a replayed key does not move the clock again.
        if (body.now) {
          const ahead = Date.parse(body.now) - ctx.now();
          if (ahead > 0) ctx.server.clock.advance(ahead);
        }
        return expireDue(tx, ctx.now());
      });
    },
  },
  {
    method: 'POST',
    path: `${accountPath}/clock`,
    admin: true,
    doc: {
      summary: "Move the server clock forward, then expire this account's lapsed credits",
      tags: ['admin'],
      body: clockBody,
      response: accountSchema,
      problems,
    },
    async handler(ctx) {
      const body = await ctx.body(clockBody);
      return write(ctx, (tx) => {
        // Inside the write, so a replayed key does not move the clock again.
        ctx.server.clock.advance(body.advanceMs);
        return expireDue(tx, ctx.now());
      });
    },
  },
  {
    method: 'POST',
    path: '/admin/clock',
    admin: true,
    doc: {
      summary: 'Move the server clock forward (tests, demo)',
      tags: ['admin'],
      body: clockBody,
      response: clockResponse,
      problems: ['unauthorized', 'validation_failed'],
    },
    async handler(ctx) {
      const body = await ctx.body(clockBody);
      ctx.server.clock.advance(body.advanceMs);
      return json({ now: ctx.nowIso() });
    },
  },
];
