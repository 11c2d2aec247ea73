/**
 * Broken backends: the reference server behind a proxy that breaks exactly one
 * promise of the contract, each the way real backends get it wrong. The
 * conformance suite must fail the groups named in `fails`, and only those: proof
 * that each group can fail, and that its failures point at the right place.
 */
import { randomUUID } from 'node:crypto';
import type { GroupName } from '../../src/conformance/index.js';
import type { Middleware } from './proxy.js';

export interface FixtureContext {
  /** Account A's token (whose top-ups the leaky fixture hands out). */
  victimToken: string;
  operatorToken: string;
}

export interface Fixture {
  name: string;
  /** The bug, as a host would write it. */
  bug: string;
  /** The groups with failures (known reference-server defects aside). */
  fails: GroupName[];
  /** Checks that must be among the failures. */
  failingChecks: string[];
  middleware(context: FixtureContext): Middleware;
}

const isWrite = (request: Request) => request.method !== 'GET' && request.method !== 'HEAD';
const isAdmin = (request: Request) => new URL(request.url).pathname.startsWith('/admin/');
const pathOf = (request: Request) => new URL(request.url).pathname;

function json(body: unknown, status: number, type = 'application/json'): Response {
  return new Response(JSON.stringify(body), { status, headers: { 'content-type': type } });
}

/** A copy of `request` with other headers. */
function withHeaders(request: Request, change: (headers: Headers) => void, body?: BodyInit): Request {
  const headers = new Headers(request.headers);
  change(headers);
  return new Request(request, { headers, ...(body === undefined ? {} : { body }) });
}

export const FIXTURES: Fixture[] = [
  {
    name: 'ignores-idempotency-keys',
    bug: 'reads the Idempotency-Key header but never looks it up: every request acts anew',
    fails: ['idempotency'],
    failingChecks: ['idempotency.replay', 'idempotency.conflict', 'idempotency.concurrent', 'idempotency.payment-once'],
    middleware: () => (request, forward) =>
      forward(
        isWrite(request) && !isAdmin(request) && request.headers.has('idempotency-key')
          ? withHeaders(request, (h) => h.set('idempotency-key', randomUUID()))
          : request,
      ),
  },
  {
    name: 'overdraft',
    bug: 'approves payments against a balance read earlier (a cache), so concurrent payments overdraw',
    fails: ['concurrency'],
    failingChecks: ['concurrency.payments'],
    middleware: () => {
      const lastSeenBalance = new Map<string, number>();
      return async (request, forward) => {
        const token = request.headers.get('authorization') ?? '';
        if (request.method === 'GET' && pathOf(request) === '/account') {
          const response = await forward(request);
          const body = (await response.clone().json()) as { balance?: number };
          if (typeof body.balance === 'number') lastSeenBalance.set(token, body.balance);
          return response;
        }
        if (request.method !== 'POST' || pathOf(request) !== '/payments') return forward(request);
        // Bodies that are not a JSON item reach the server untouched: this backend's bug is the cache only.
        const item = (await request
          .clone()
          .json()
          .catch(() => null)) as { itemType: string; itemId: string } | null;
        if (!item || typeof item !== 'object' || typeof item.itemId !== 'string') return forward(request);
        const query = `itemType=${item.itemType}&itemId=${encodeURIComponent(item.itemId)}`;
        const priced = await forward(
          new Request(`http://proxy/payability?${query}`, { headers: { authorization: token } }),
        );
        const price = priced.ok ? ((await priced.json()) as { price: number }).price : Infinity;
        const response = await forward(request);
        const refused = response.status === 409 && ((await response.clone().json()) as { code?: string }).code;
        if (refused !== 'insufficient_credits' || price > (lastSeenBalance.get(token) ?? 0)) return response;
        // The cached balance said yes: the payment "goes through".
        const at = new Date().toISOString();
        return json(
          {
            id: `pay_${randomUUID()}`,
            ...item,
            amount: price,
            createdAt: at,
            transaction: {
              id: `txn_${randomUUID()}`,
              createdAt: at,
              direction: 'out',
              kind: 'payment',
              amount: price,
              balanceAfter: 0,
              status: 'completed',
              reference: item.itemId,
              description: item.itemId,
              method: 'credits',
              billingNumber: null,
              invoiceId: null,
              topUpId: null,
            },
          },
          201,
        );
      };
    },
  },
  {
    name: 'plain-json-errors',
    bug: 'answers errors as application/json {code, message} instead of RFC 9457 problem details',
    fails: ['problems'],
    failingChecks: ['problems.unauthenticated', 'problems.not-found', 'problems.validation-failed'],
    middleware: () => async (request, forward) => {
      const response = await forward(request);
      if (!/problem\+json/.test(response.headers.get('content-type') ?? '')) return response;
      const problem = (await response.json()) as { code: string; detail?: string; title: string };
      return json({ code: problem.code, message: problem.detail ?? problem.title }, response.status);
    },
  },
  {
    name: 'offset-cursor',
    bug: 'pages the history by offset, so entries written between pages shift the next page',
    fails: ['ledger'],
    failingChecks: ['ledger.pages-under-writes'],
    middleware: () => async (request, forward) => {
      const url = new URL(request.url);
      if (request.method !== 'GET' || url.pathname !== '/transactions') return forward(request);
      const cursor = url.searchParams.get('cursor');
      if (cursor !== null && !/^o\d+$/.test(cursor)) return forward(request);
      const offset = cursor ? Number(cursor.slice(1)) : 0;
      const limit = Number(url.searchParams.get('limit') ?? 50);
      url.searchParams.delete('cursor');
      url.searchParams.set('limit', String(offset + limit));
      const response = await forward(new Request(url, request));
      if (!response.ok) return response;
      const page = (await response.json()) as { items: unknown[]; nextCursor: string | null };
      const more = page.nextCursor !== null;
      return json({ items: page.items.slice(offset), nextCursor: more ? `o${offset + limit}` : null }, 200);
    },
  },
  {
    name: 'leaky-top-ups',
    bug: 'finds top-ups by id alone, without the account: another account’s token reads them',
    fails: ['isolation'],
    failingChecks: ['isolation.resources'],
    middleware: (context) => async (request, forward) => {
      const response = await forward(request.clone());
      if (response.status !== 404 || !/^\/top-ups\/[^/]+/.test(pathOf(request))) return response;
      return forward(withHeaders(request, (h) => h.set('authorization', `Bearer ${context.victimToken}`)));
    },
  },
  {
    name: 'admin-trusts-any-token',
    bug: 'lets any signed-in customer call the admin API',
    fails: ['auth'],
    failingChecks: ['auth.admin-refuses-customer'],
    middleware: (context) => (request, forward) =>
      forward(
        isAdmin(request) && request.headers.has('authorization')
          ? withHeaders(request, (h) => h.set('authorization', `Bearer ${context.operatorToken}`))
          : request,
      ),
  },
  {
    name: 'int32-amounts',
    bug: 'stores amounts in a 32-bit column and crashes with a 500 on anything larger',
    fails: ['bad-input'],
    failingChecks: ['bad-input.overflow'],
    middleware: () => async (request, forward) => {
      const query = [...new URL(request.url).searchParams.values()];
      const body = isWrite(request) ? await request.clone().text() : '';
      const big = query.some((value) => /^\d{10,}$/.test(value)) || /:\s*\d{10,}/.test(body);
      if (big) return new Response('integer out of range', { status: 500, headers: { 'content-type': 'text/plain' } });
      return forward(request);
    },
  },
  {
    name: 'silent-events',
    bug: 'opens the event stream but publishes nothing after the first event',
    fails: ['events'],
    failingChecks: ['events.delivers-change'],
    middleware: () => async (request, forward) => {
      const response = await forward(request);
      if (pathOf(request) !== '/events' || !response.body) return response;
      let sent = false;
      const first = new TransformStream<Uint8Array, Uint8Array>({
        transform(chunk, controller) {
          const text = new TextDecoder().decode(chunk);
          if (!text.includes('data:')) return controller.enqueue(chunk);
          if (!sent) controller.enqueue(chunk);
          sent = true;
        },
      });
      return new Response(response.body.pipeThrough(first), { status: response.status, headers: response.headers });
    },
  },
  {
    name: 'local-timestamps',
    bug: 'sends the account’s updatedAt as a local time without a zone ("2026-03-15 10:00:00")',
    fails: ['schemas'],
    failingChecks: ['schemas.account', 'schemas.every-response'],
    middleware: () => async (request, forward) => {
      const response = await forward(request);
      if (request.method !== 'GET' || pathOf(request) !== '/account' || !response.ok) return response;
      const account = (await response.json()) as { updatedAt: string };
      account.updatedAt = account.updatedAt.replace('T', ' ').replace(/\.\d+Z$/, '');
      return json(account, 200);
    },
  },
  {
    name: 'document-without-ids',
    bug: 'publishes a hand-written document whose operations have no operationId',
    fails: ['document'],
    failingChecks: ['document.operation-ids'],
    middleware: () => async (request, forward) => {
      const response = await forward(request);
      if (pathOf(request) !== '/openapi.json' || !response.ok) return response;
      const text = (await response.text()).replace(/"operationId":"[^"]*",?/g, '');
      return new Response(text, { status: 200, headers: { 'content-type': 'application/json' } });
    },
  },
  {
    name: 'vat-on-net-only',
    bug: 'quotes VAT on the amount alone, forgetting the processing fee',
    fails: ['pricing'],
    failingChecks: ['pricing.matches-settings'],
    middleware: () => async (request, forward) => {
      const response = await forward(request);
      if (request.method !== 'GET' || pathOf(request) !== '/quote' || !response.ok) return response;
      const quote = (await response.json()) as {
        amount: number;
        fee: number;
        vat: number;
        vatRate: number;
        total: number;
      };
      quote.vat = Math.round((quote.amount * quote.vatRate) / 10_000);
      quote.total = quote.amount + quote.fee + quote.vat;
      return json(quote, 200);
    },
  },
  {
    name: 'no-document',
    bug: 'publishes no /openapi.json (allowed: the suite then uses the kit’s operation list)',
    fails: [],
    failingChecks: [],
    middleware: () => (request, forward) =>
      pathOf(request) === '/openapi.json'
        ? Promise.resolve(json({ code: 'not_found' }, 404, 'application/problem+json'))
        : forward(request),
  },
];
