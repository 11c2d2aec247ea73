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
import { accountView, balanceOf, expireDue, postEntry } from '../ledger-ops.js';
import { publishChanges } from '../publish.js';
import type { Route } from '../router.js';
import type { AccountRecord } from '../store/types.js';

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

function target(ctx: RequestContext): AccountRecord {
  const account = ctx.server.storage.account(ctx.params.accountId ?? '');
  if (!account) throw new ProblemError(404, 'not_found', `No account ${ctx.params.accountId}.`);
  return account;
}

/**
 * Runs an admin write on the target account inside its lock, once per
 * Idempotency-Key when one is sent, and publishes what changed.
 */
async function write(ctx: RequestContext, run: (acc: AccountRecord, now: number) => Transaction[]): Promise<Response> {
  const account = target(ctx);
  const apply = async (acc: AccountRecord): Promise<Response> => {
    const now = ctx.now();
    const entries = run(acc, now);
    publishChanges(ctx.server, acc, entries);
    // Refunds and expiry are debits too: auto top-up must see them.
    if (entries.some((e) => e.direction === 'out' && e.status === 'completed')) await runAfterDebit(ctx.server, acc);
    return json(accountView(acc, ctx.now()));
  };
  if (ctx.request.headers.has('idempotency-key')) {
    // ctx.idempotent keys its records on the account in ctx.
    ctx.account = account;
    return ctx.idempotent(apply);
  }
  return ctx.server.storage.withAccount(account.id, apply);
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
    handler(ctx) {
      const now = ctx.now();
      return json({ items: ctx.server.storage.accounts().map((a) => ({ ...accountView(a, now), preset: a.preset })) });
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
    handler(ctx) {
      return json(accountView(target(ctx), ctx.now()));
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
      return write(ctx, (acc, now) => {
        acc.creditPaymentsEnabled = body.enabled;
        acc.updatedAt = new Date(now).toISOString();
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
      return write(ctx, (acc, now) => [
        postEntry(
          acc,
          {
            direction: 'in',
            kind: source === 'plan' ? 'plan' : 'grant',
            amount: body.amount,
            status: 'completed',
            reference: `GRANT-${acc.nextSeq}`,
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
      return write(ctx, (acc, now) => {
        const expired = expireDue(acc, now);
        const balance = balanceOf(acc, now);
        if (body.amount > balance)
          throw new ProblemError(409, 'insufficient_credits', `Only ${balance} available to refund.`);
        const entry = postEntry(
          acc,
          {
            direction: 'out',
            kind: 'refund',
            amount: body.amount,
            status: 'completed',
            reference: `REFUND-${acc.nextSeq}`,
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
      if (body.now) {
        const ahead = Date.parse(body.now) - ctx.now();
        if (ahead > 0) ctx.server.clock.advance(ahead);
      }
      return write(ctx, (acc, now) => expireDue(acc, now));
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
      ctx.server.clock.advance(body.advanceMs);
      return write(ctx, (acc, now) => expireDue(acc, now));
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
