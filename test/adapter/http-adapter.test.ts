import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { CreditsError } from '../../src/adapter/errors.js';
import { HttpAdapter } from '../../src/adapter/http-adapter.js';
import type { Account } from '../../src/core/schemas/account.js';

const account: Account = {
  id: 'acc_1',
  name: 'Demo',
  model: 'money',
  currency: 'EUR',
  unitLabels: null,
  balance: 25_000,
  held: 0,
  creditPaymentsEnabled: true,
  lowBalanceThreshold: 5000,
  expiring: [],
  monthlyAverageSpend: 0,
  billingDetailsComplete: false,
  settings: {
    sellerCountry: 'DE',
    vatRate: 1900,
    fees: { card: { rate: 290, fixed: 25 } },
    topUp: { presets: [5000], min: 1000, max: 5_000_000, invoiceThreshold: 100_000 },
    purchase: { enabled: false, methods: [], customQuantity: null },
    creditExpiryMonths: null,
    autoTopUpAvailable: false,
    billingPortal: true,
    paymentServices: ['Stripe'],
  },
  updatedAt: '2026-11-23T09:00:00.000Z',
};

const json = (body: unknown, status = 200, type = 'application/json') =>
  new Response(JSON.stringify(body), { status, headers: { 'content-type': type } });

/** A scripted transport that records every request. */
function transport(...responses: ((request: Request) => Response | Promise<Response>)[]) {
  const requests: Request[] = [];
  const fetch = async (request: Request) => {
    requests.push(request);
    const next = responses.shift();
    if (!next) throw new Error('no more responses scripted');
    return next(request);
  };
  return { fetch, requests };
}

const adapterWith = (fetch: (r: Request) => Promise<Response>, extra = {}) =>
  new HttpAdapter({ baseUrl: 'https://api.test/credits/', token: 'tok', fetch, backoffMs: 1, ...extra });

describe('HttpAdapter reads', () => {
  it('sends the bearer token and validates the account', async () => {
    const t = transport(() => json(account));
    const result = await adapterWith(t.fetch).getAccount();
    assert.equal(result.balance, 25_000);
    assert.equal(t.requests[0]!.url, 'https://api.test/credits/account');
    assert.equal(t.requests[0]!.headers.get('authorization'), 'Bearer tok');
  });

  it('retries a GET after a 500 and a network error, then succeeds', async () => {
    const t = transport(
      () => json({ title: 'x', status: 500, code: 'internal_error' }, 500, 'application/problem+json'),
      () => {
        throw new TypeError('fetch failed');
      },
      () => json(account),
    );
    assert.equal((await adapterWith(t.fetch).getAccount()).id, 'acc_1');
    assert.equal(t.requests.length, 3);
  });

  it('gives up after the retry budget with a network_error', async () => {
    const fail = () => {
      throw new TypeError('fetch failed');
    };
    const t = transport(fail, fail, fail);
    await assert.rejects(
      adapterWith(t.fetch).getAccount(),
      (e: CreditsError) => e.code === 'network_error' && e.retryable,
    );
    assert.equal(t.requests.length, 3);
  });

  it('does not retry a 4xx problem and keeps its stable code', async () => {
    const t = transport(() =>
      json({ title: 'Unauthorized', status: 401, code: 'unauthorized' }, 401, 'application/problem+json'),
    );
    await assert.rejects(
      adapterWith(t.fetch).getAccount(),
      (e: CreditsError) => e.code === 'unauthorized' && e.status === 401,
    );
    assert.equal(t.requests.length, 1);
  });

  it('an optional read a backend does not serve (404, 501) is not_implemented; other failures stay what they are', async () => {
    const t = transport(
      () => new Response('Not Found', { status: 404 }),
      () => json({ title: 'Not Implemented', status: 501, code: 'internal_error' }, 501, 'application/problem+json'),
      () => json({ title: 'Unauthorized', status: 401, code: 'unauthorized' }, 401, 'application/problem+json'),
    );
    const adapter = adapterWith(t.fetch);
    await assert.rejects(
      adapter.getUsageSummary({ from: '2026-11-01', to: '2026-11-30' }),
      (e: CreditsError) => e.code === 'not_implemented' && e.status === 404,
    );
    await assert.rejects(adapter.listCreditBlocks(), (e: CreditsError) => e.code === 'not_implemented');
    await assert.rejects(adapter.listCreditBlocks(), (e: CreditsError) => e.code === 'unauthorized');
  });

  it('turns a response that fails the schema into malformed_response', async () => {
    const t = transport(
      () => json({ ...account, balance: 12.5 }),
      () => new Response('<html>oops</html>', { status: 200 }),
    );
    const adapter = adapterWith(t.fetch);
    await assert.rejects(
      adapter.getAccount(),
      (e: CreditsError) => e.code === 'malformed_response' && /balance/.test(e.message),
    );
    await assert.rejects(adapter.getAccount(), (e: CreditsError) => e.code === 'malformed_response');
  });

  it('times out a request that never answers', async () => {
    const hang = (request: Request) =>
      new Promise<Response>((_, reject) =>
        request.signal.addEventListener('abort', () => reject(new DOMException('aborted', 'AbortError'))),
      );
    const t = transport(hang);
    await assert.rejects(
      adapterWith(t.fetch, { timeoutMs: 30, retries: 0 }).getAccount(),
      (e: CreditsError) => e.code === 'timeout',
    );
  });

  it('maps a non-JSON 502 to a status error', async () => {
    const bad = () => new Response('Bad gateway', { status: 502 });
    const t = transport(bad, bad, bad);
    await assert.rejects(
      adapterWith(t.fetch).getAccount(),
      (e: CreditsError) => e.code === 'internal_error' && e.status === 502,
    );
  });
});

describe('HttpAdapter writes', () => {
  const details = {
    company: 'ACME GmbH',
    street: 'Hauptstr. 1',
    postalCode: '10115',
    city: 'Berlin',
    country: 'DE',
    vatNumber: 'DE123456789',
    invoiceLanguage: 'de' as const,
    invoiceEmail: 'billing@acme.test',
  };

  it('sends the idempotency key and never retries a write', async () => {
    const t = transport(() =>
      json({ title: 'x', status: 503, code: 'internal_error' }, 503, 'application/problem+json'),
    );
    await assert.rejects(
      adapterWith(t.fetch).saveBillingDetails(details, { idempotencyKey: 'key-1' }),
      (e: CreditsError) => e.status === 503,
    );
    assert.equal(t.requests.length, 1);
    assert.equal(t.requests[0]!.headers.get('idempotency-key'), 'key-1');
    assert.equal(t.requests[0]!.method, 'PUT');
  });

  it('refuses a write without an idempotency key before sending anything', async () => {
    const t = transport();
    await assert.rejects(
      adapterWith(t.fetch).saveBillingDetails(details, { idempotencyKey: '' }),
      (e: CreditsError) => e.code === 'idempotency_key_required',
    );
    assert.equal(t.requests.length, 0);
  });

  it('maps validation problems onto field errors', async () => {
    const t = transport(() =>
      json(
        {
          title: 'Validation failed',
          status: 422,
          code: 'validation_failed',
          errors: [{ field: 'vatNumber', code: 'invalid_format', message: 'bad' }],
        },
        422,
        'application/problem+json',
      ),
    );
    await assert.rejects(
      adapterWith(t.fetch).saveBillingDetails(details, { idempotencyKey: 'k' }),
      (e: CreditsError) => e.code === 'validation_failed' && e.fieldErrors.vatNumber === 'invalid_format',
    );
  });
});

describe('HttpAdapter live updates', () => {
  it('reads server-sent events split across chunks', async () => {
    const encoder = new TextEncoder();
    const first = JSON.stringify({ type: 'account', account });
    const second = JSON.stringify({ type: 'account', account: { ...account, balance: 26_000 } });
    const body = new ReadableStream<Uint8Array>({
      start(controller) {
        controller.enqueue(encoder.encode(`: hello\n\ndata: ${first.slice(0, 40)}`));
        controller.enqueue(encoder.encode(`${first.slice(40)}\n\ndata: ${second}\n\n`));
      },
    });
    const t = transport(() => new Response(body, { headers: { 'content-type': 'text/event-stream' } }));
    const seen: number[] = [];
    const stop = adapterWith(t.fetch).subscribe(
      (event) => event.type === 'account' && seen.push(event.account.balance),
    );
    for (let i = 0; i < 50 && seen.length < 2; i++) await new Promise((r) => setTimeout(r, 5));
    stop();
    assert.deepEqual(seen, [25_000, 26_000]);
    assert.equal(t.requests[0]!.headers.get('accept'), 'text/event-stream');
  });

  it('says resync every poll interval when the backend has no event stream (the store then refetches what is shown)', async () => {
    const t = transport(() =>
      json({ title: 'Not found', status: 404, code: 'not_found' }, 404, 'application/problem+json'),
    );
    const seen: string[] = [];
    const stop = adapterWith(t.fetch, { pollIntervalMs: 10 }).subscribe((event) => seen.push(event.type));
    for (let i = 0; i < 100 && seen.length < 2; i++) await new Promise((r) => setTimeout(r, 5));
    stop();
    assert.deepEqual(seen.slice(0, 2), ['resync', 'resync']);
    assert.equal(t.requests.length, 1, 'polling asks nothing itself');
  });

  it('says resync after the stream reconnects (events may have been missed while it was down)', async () => {
    const stream = (text: string) => () =>
      new Response(new TextEncoder().encode(text), { headers: { 'content-type': 'text/event-stream' } });
    const event = `data: ${JSON.stringify({ type: 'account', account })}\n\n`;
    const t = transport(stream(event), stream(event), () => new Promise<Response>(() => {}));
    const seen: string[] = [];
    const stop = adapterWith(t.fetch).subscribe((e) => seen.push(e.type));
    for (let i = 0; i < 400 && seen.length < 3; i++) await new Promise((r) => setTimeout(r, 5));
    stop();
    assert.deepEqual(seen, ['account', 'resync', 'account']);
  });

  it('says nothing more once unsubscribed', async () => {
    const t = transport(() =>
      json({ title: 'Not found', status: 404, code: 'not_found' }, 404, 'application/problem+json'),
    );
    const seen: string[] = [];
    const stop = adapterWith(t.fetch, { pollIntervalMs: 5 }).subscribe((event) => seen.push(event.type));
    for (let i = 0; i < 100 && seen.length < 1; i++) await new Promise((r) => setTimeout(r, 5));
    stop();
    const count = seen.length;
    await new Promise((r) => setTimeout(r, 40));
    assert.equal(seen.length, count);
  });
});
