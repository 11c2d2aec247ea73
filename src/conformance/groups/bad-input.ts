/**
 * bad input (SPEC §6): wrong types, overflowing numbers, over-long strings, bodies
 * that are not JSON and bad query parameters are refused with the documented 4xx
 * (415 for a body that is not JSON, 422 for every validation failure), never a 5xx,
 * and never move a cent. Payments name an item that does not exist, so even a
 * backend that wrongly accepts the body cannot charge anything; billing details a
 * backend wrongly accepted are put back.
 */
import { expectRefused, fail, outcome, skip, type Check, type Group } from '../check.js';
import { MISSING_ID } from '../contract.js';
import type { Body, Exchange } from '../http.js';
import { TEST_BILLING_DETAILS, type Suite } from '../suite.js';

interface Expected {
  statuses: readonly number[];
  codes?: readonly string[];
}

interface Case extends Expected {
  send(suite: Suite): Promise<Exchange>;
}

/** Whether the cases start purchases (which need billing details on file). */
type Needs = { purchase?: boolean };
type CaseList = (context: Context) => Case[];

interface Context {
  details: Record<string, unknown>;
  purchase: Record<string, unknown> | null;
  topUp: { min: number; max: number } | null;
}

const INVALID: Expected = { statuses: [422], codes: ['validation_failed'] };
const OUT_OF_RANGE: Expected = { statuses: [422], codes: ['validation_failed', 'amount_out_of_range'] };
const NOT_JSON: Expected = { statuses: [415] };
/** SPEC §6 reads either way: a body that is not JSON (415) or a validation failure (422). */
const BROKEN_JSON: Expected = { statuses: [415, 422] };

function send(method: string, path: string, body: Body | undefined, expected: Expected): Case {
  return {
    send: (suite) =>
      suite.a.send(method, path, {
        ...(body ? { body } : {}),
        ...(method === 'GET' ? {} : { key: suite.key() }),
      }),
    ...expected,
  };
}

const json = (value: unknown): Body => ({ json: value });
const raw = (text: string, contentType: string | null = 'application/json'): Body => ({ raw: text, contentType });
const missingItem = { itemType: 'service', itemId: MISSING_ID };

/** Account A's billing details (or the test ones) and what it can buy. */
async function context(suite: Suite, needs: Needs): Promise<Context> {
  const purchase = await suite.purchase();
  if (purchase && needs.purchase) await suite.ensureBillingDetails();
  const current = await suite.a.get('/billing-details');
  const details = ((current.json as { details?: Record<string, unknown> } | undefined)?.details ?? {
    ...TEST_BILLING_DETAILS,
  }) as Record<string, unknown>;
  delete details.updatedAt;
  return { details, purchase: purchase?.body ?? null, topUp: suite.account.settings.topUp };
}

/** `POST /payments {"itemType":7,…` — enough to tell the cases apart. */
function label(exchange: Exchange): string {
  const body =
    exchange.requestBody === undefined
      ? ''
      : ` ${exchange.requestBody.slice(0, 40)}${exchange.requestBody.length > 40 ? '…' : ''}`;
  const type =
    exchange.requestBody !== undefined ? ` (${exchange.requestHeaders['content-type'] ?? 'no Content-Type'})` : '';
  return `${exchange.method} ${exchange.path.slice(0, 60)}${body}${type}`;
}

/** Runs the cases; every refusal must be as documented, and account A must not move. */
async function refuseAll(suite: Suite, needs: Needs, list: CaseList): Promise<void> {
  const ctx = await context(suite, needs);
  const cases = list(ctx);
  if (cases.length === 0) skip('account A offers nothing these inputs apply to');
  const balance = await suite.balance();
  const [head] = await suite.newest(1);
  const wrong: { exchange: Exchange; reason: string }[] = [];
  let detailsChanged = false;
  for (const c of cases) {
    const exchange = await c.send(suite);
    if (exchange.method === 'PUT' && exchange.status >= 200 && exchange.status < 300) detailsChanged = true;
    try {
      expectRefused(exchange, c.statuses, c.codes);
    } catch {
      const expected = `${c.statuses.join('/')}${c.codes ? ` ${c.codes.join('/')}` : ''}`;
      wrong.push({ exchange, reason: `${label(exchange)} → ${outcome(exchange)} (expected ${expected})` });
    }
  }
  if (detailsChanged) await suite.a.put('/billing-details', ctx.details, suite.key());
  const now = await suite.balance();
  const [newHead] = await suite.newest(1);
  // Money first: a moved cent is worse than a wrong status.
  if (now !== balance) fail(`bad input moved the balance from ${balance} to ${now}`, wrong[0]?.exchange);
  if (newHead?.id !== head?.id) fail(`bad input added the ledger entry ${newHead?.id}`, wrong[0]?.exchange);
  if (wrong.length) {
    const list = wrong.map((w) => w.reason).join('; ');
    fail(`${wrong.length} of ${cases.length} bad inputs were not refused as documented: ${list}`, wrong[0]!.exchange);
  }
}

const checks: Check[] = [
  {
    name: 'wrong-types',
    title: 'Wrong JSON types (a number for a string, an array for an object, "1000" for 1000) → 422',
    run: (suite) =>
      refuseAll(suite, { purchase: true }, ({ details, purchase }) => [
        send('POST', '/payments', json({ itemType: 7, itemId: MISSING_ID }), INVALID),
        send('POST', '/payments', json({ itemType: 'service', itemId: 42 }), INVALID),
        send('POST', '/payments', json([missingItem]), INVALID),
        send('POST', '/payments', json('service'), INVALID),
        send('POST', '/payments', json(null), INVALID),
        send('PUT', '/billing-details', json({ ...details, company: ['a'] }), INVALID),
        send('PUT', '/billing-details', json({ ...details, country: 'US', vatNumber: 12345 }), INVALID),
        ...(purchase
          ? [
              send('POST', '/top-ups', json({ ...purchase, method: 'cash' }), INVALID),
              ...('amount' in purchase
                ? [send('POST', '/top-ups', json({ ...purchase, amount: String(purchase.amount) }), INVALID)]
                : []),
            ]
          : []),
      ]),
  },
  {
    name: 'overflow',
    title: 'Amounts beyond 2^53, 1e400, negative or fractional → 422, never a 5xx',
    run: (suite) =>
      refuseAll(suite, { purchase: true }, ({ purchase, topUp }) => {
        const cases = [send('GET', '/transactions?limit=99999999999999', undefined, INVALID)];
        if (topUp) {
          for (const amount of ['9007199254740993', '1e400', '-1', `${topUp.min}.5`])
            cases.push(send('GET', `/quote?amount=${amount}`, undefined, OUT_OF_RANGE));
        }
        if (purchase && 'amount' in purchase) {
          const method = JSON.stringify(purchase.method);
          for (const amount of ['9007199254740993', '1e400', '-100', '1000.5'])
            cases.push(send('POST', '/top-ups', raw(`{"amount":${amount},"method":${method}}`), OUT_OF_RANGE));
        }
        return cases;
      }),
  },
  {
    name: 'too-long',
    title: 'Over-long strings (10,000-character names and ids, a 100 kB returnUrl) → 422',
    run: (suite) =>
      refuseAll(suite, { purchase: true }, ({ details, purchase }) => [
        send('PUT', '/billing-details', json({ ...details, company: 'x'.repeat(10_000) }), INVALID),
        send('PUT', '/billing-details', json({ ...details, city: 'x'.repeat(10_000) }), INVALID),
        send('POST', '/payments', json({ itemType: 'service', itemId: 'x'.repeat(10_000) }), INVALID),
        send('GET', `/transactions?cursor=${'x'.repeat(10_000)}`, undefined, INVALID),
        ...(purchase
          ? [
              send(
                'POST',
                '/top-ups',
                json({ ...purchase, returnUrl: `https://example.com/${'x'.repeat(100_000)}` }),
                INVALID,
              ),
            ]
          : []),
      ]),
  },
  {
    name: 'not-json',
    title: 'Bodies sent as text/plain, form data or without a Content-Type → 415',
    run: (suite) =>
      refuseAll(suite, {}, ({ details }) => [
        send('POST', '/payments', raw(JSON.stringify(missingItem), 'text/plain'), NOT_JSON),
        send('POST', '/payments', raw(JSON.stringify(missingItem), null), NOT_JSON),
        send(
          'POST',
          '/payments',
          raw(`itemType=service&itemId=${MISSING_ID}`, 'application/x-www-form-urlencoded'),
          NOT_JSON,
        ),
        send('PUT', '/billing-details', raw(JSON.stringify(details), 'text/plain'), NOT_JSON),
      ]),
  },
  {
    name: 'malformed-json',
    title: 'Broken JSON under application/json → 415 or 422 (a body that is not JSON), never 400 or 5xx',
    run: (suite) =>
      refuseAll(suite, {}, () => [
        send('POST', '/payments', raw('{"itemType":'), BROKEN_JSON),
        send('PUT', '/billing-details', raw('not json'), BROKEN_JSON),
        send('POST', '/payments', raw(`{"itemType":"service","itemId":"${MISSING_ID}",}`), BROKEN_JSON),
      ]),
  },
  {
    name: 'query-params',
    title: 'Bad query parameters (cursor, limit, type, status, dates, itemType, amount) → 422 validation_failed',
    run: (suite) =>
      refuseAll(suite, {}, ({ topUp }) => [
        ...[
          'cursor=not-a-cursor',
          'limit=0',
          'limit=abc',
          'type=sideways',
          'status=maybe',
          'from=2026-13-45',
          'from=2026-02-01&to=2026-01-01',
        ].map((query) => send('GET', `/transactions?${query}`, undefined, INVALID)),
        send('GET', `/payability?itemType=boat&itemId=${MISSING_ID}`, undefined, INVALID),
        ...(topUp
          ? [`amount=abc`, `amount=${topUp.min}&method=cash`, `amount=${topUp.min}&country=Germany`].map((query) =>
              send('GET', `/quote?${query}`, undefined, INVALID),
            )
          : []),
      ]),
  },
];

export const badInputGroup: Group = { name: 'bad-input', checks };
