/** PayPal processor: simulated approval, and the real Orders v2 path against msw's fake of PayPal's API. */
import assert from 'node:assert/strict';
import { after, before, beforeEach, describe, it } from 'node:test';
import { http, HttpResponse } from 'msw';
import { setupServer } from 'msw/node';
import type { MockServer } from '../../src/mock/server.js';
import { call, server } from './helpers.js';

const TOKEN = 'demo-agency-credits';
const API = 'https://api-m.sandbox.paypal.test';

interface Seen {
  path: string;
  requestId: string | null;
  auth: string | null;
  body: any;
}
let seen: Seen[] = [];
let captureIssue: string | null = null;
let createFails = false;

const paypal = setupServer(
  http.post(`${API}/v1/oauth2/token`, async ({ request }) => {
    seen.push({
      path: '/v1/oauth2/token',
      requestId: null,
      auth: request.headers.get('authorization'),
      body: await request.text(),
    });
    return HttpResponse.json({ access_token: 'A21-node', expires_in: 32400 });
  }),
  http.post(`${API}/v2/checkout/orders`, async ({ request }) => {
    const body = await request.json();
    seen.push({
      path: '/v2/checkout/orders',
      requestId: request.headers.get('paypal-request-id'),
      auth: request.headers.get('authorization'),
      body,
    });
    if (createFails) return HttpResponse.json({ name: 'INTERNAL_SERVER_ERROR' }, { status: 500 });
    return HttpResponse.json(
      { id: `ORDER-${request.headers.get('paypal-request-id')}`, status: 'CREATED' },
      { status: 201 },
    );
  }),
  http.post(`${API}/v2/checkout/orders/:id/capture`, ({ request, params }) => {
    seen.push({
      path: `/v2/checkout/orders/${String(params.id)}/capture`,
      requestId: request.headers.get('paypal-request-id'),
      auth: request.headers.get('authorization'),
      body: null,
    });
    if (captureIssue)
      return HttpResponse.json({ name: 'UNPROCESSABLE_ENTITY', details: [{ issue: captureIssue }] }, { status: 422 });
    return HttpResponse.json({ id: params.id, status: 'COMPLETED' }, { status: 201 });
  }),
);

before(() => paypal.listen({ onUnhandledRequest: 'error' }));
after(() => paypal.close());
beforeEach(() => {
  seen = [];
  captureIssue = null;
  createFails = false;
});

const real = () => server({ paypal: { clientId: 'client-123', clientSecret: 'secret-456', apiBase: API } });
const balance = async (mock: MockServer) => (await call(mock, '/account', { token: TOKEN })).body.balance as number;
const start = (mock: MockServer, key = crypto.randomUUID() as string) =>
  call(mock, '/top-ups', { token: TOKEN, body: { packageId: 'agency-100', method: 'paypal' }, key });
const complete = (mock: MockServer, id: string, paypalOrderId: string, key = crypto.randomUUID() as string) =>
  call(mock, `/top-ups/${id}/complete`, { token: TOKEN, body: { paypalOrderId }, key });

describe('PayPal, simulated (no credentials)', () => {
  it('hands out a simulated order the test-mode button approves; credits once', async () => {
    const mock = server();
    const before = await balance(mock);
    const started = await start(mock);
    assert.equal(started.status, 201);
    assert.equal(started.body.status, 'requires_payment');
    assert.equal(started.body.next.type, 'paypal');
    assert.equal(started.body.next.clientId, 'sb-simulated');
    assert.equal(await balance(mock), before, 'nothing before approval');
    const done = await complete(mock, started.body.id, started.body.next.orderId);
    assert.equal(done.body.status, 'completed');
    assert.equal(await balance(mock), before + 10000);
    assert.equal((await complete(mock, started.body.id, started.body.next.orderId)).body.status, 'completed');
    assert.equal(await balance(mock), before + 10000, 'completing again adds nothing');
    assert.equal(seen.length, 0, 'no PayPal API call without credentials');
  });

  it('refuses an order id that is not this top-up’s', async () => {
    const mock = server();
    const started = await start(mock);
    const wrong = await complete(mock, started.body.id, 'SIM-OTHER');
    assert.equal(wrong.status, 422);
    assert.equal(wrong.body.code, 'validation_failed');
  });
});

describe('PayPal Orders v2 (credentials configured)', () => {
  it('creates the order with OAuth, the total and PayPal-Request-Id = top-up id; a retried start reuses it', async () => {
    const mock = real();
    const started = await start(mock, 'start-1');
    const create = seen.filter((s) => s.path === '/v2/checkout/orders');
    assert.equal(create.length, 1);
    assert.equal(create[0]!.requestId, started.body.id);
    assert.equal(create[0]!.auth, 'Bearer A21-node');
    assert.equal(seen[0]!.auth, `Basic ${Buffer.from('client-123:secret-456').toString('base64')}`);
    assert.equal(seen[0]!.body, 'grant_type=client_credentials');
    assert.deepEqual(create[0]!.body.intent, 'CAPTURE');
    assert.deepEqual(create[0]!.body.purchase_units[0].amount, { currency_code: 'EUR', value: '123.57' });
    assert.deepEqual(started.body.next, {
      type: 'paypal',
      orderId: `ORDER-${started.body.id}`,
      clientId: 'client-123',
      currency: 'EUR',
    });
    const again = await start(mock, 'start-1');
    assert.equal(again.body.id, started.body.id);
    assert.equal(
      seen.filter((s) => s.path === '/v2/checkout/orders').length,
      1,
      'the idempotent replay does not call PayPal again',
    );
  });

  it('captures on approval (idempotent capture id) and credits once; an already captured order counts as paid', async () => {
    const mock = real();
    const before = await balance(mock);
    const started = await start(mock);
    const done = await complete(mock, started.body.id, started.body.next.orderId);
    assert.equal(done.body.status, 'completed');
    const capture = seen.find((s) => s.path.endsWith('/capture'))!;
    assert.equal(capture.path, `/v2/checkout/orders/${started.body.next.orderId}/capture`);
    assert.equal(capture.requestId, `${started.body.id}-capture`);
    assert.equal(await balance(mock), before + 10000);

    const second = await start(mock);
    captureIssue = 'ORDER_ALREADY_CAPTURED';
    assert.equal((await complete(mock, second.body.id, second.body.next.orderId)).body.status, 'completed');
    assert.equal(await balance(mock), before + 20000);
  });

  it('a declined capture fails the top-up and adds nothing', async () => {
    const mock = real();
    const before = await balance(mock);
    const started = await start(mock);
    captureIssue = 'INSTRUMENT_DECLINED';
    const done = await complete(mock, started.body.id, started.body.next.orderId);
    assert.equal(done.body.status, 'failed');
    assert.equal(done.body.failureCode, 'payment_declined');
    assert.equal(await balance(mock), before);
  });

  it('PayPal down at creation: the top-up fails, nothing charged', async () => {
    const mock = real();
    createFails = true;
    const started = await start(mock);
    assert.equal(started.body.status, 'failed');
    assert.equal(started.body.next, null);
  });
});
