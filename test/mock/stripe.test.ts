/**
 * The Stripe path, offline: the stripe SDK talks to a fake Stripe API on
 * 127.0.0.1 (SDK options host/port/protocol), and webhooks are signed with
 * stripe.webhooks.generateTestHeaderString.
 */
import assert from 'node:assert/strict';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { after, before, beforeEach, describe, it } from 'node:test';
import Stripe from 'stripe';
import { createMockServer, type MockServer } from '../../src/mock/server.js';
import { NORTHWIND_DE } from '../helpers/buyers.js';
import { jsonClient, record } from './helpers.js';

const NOW = Date.parse('2026-11-23T09:00:00Z');
const SECRET = 'whsec_test_secret';
const DE = NORTHWIND_DE;
const stripe = new Stripe('sk_test_fake');

interface Seen {
  path: string;
  body: URLSearchParams;
  headers: Record<string, string | string[] | undefined>;
}
let fake: Server;
let apiBase: string;
const seen: Seen[] = [];
let sessions = 0;

before(async () => {
  fake = createServer((req, res) => {
    let raw = '';
    req.on('data', (chunk) => (raw += chunk));
    req.on('end', () => {
      seen.push({ path: req.url!, body: new URLSearchParams(raw), headers: req.headers });
      res.setHeader('content-type', 'application/json');
      if (req.method === 'POST' && req.url === '/v1/checkout/sessions') {
        const id = `cs_test_${++sessions}`;
        res.end(
          JSON.stringify({
            id,
            object: 'checkout.session',
            url: `https://checkout.stripe.com/c/pay/${id}`,
            payment_status: 'unpaid',
            status: 'open',
          }),
        );
      } else {
        res.statusCode = 404;
        res.end(JSON.stringify({ error: { type: 'invalid_request_error', message: 'Unknown' } }));
      }
    });
  });
  await new Promise<void>((resolve) => fake.listen(0, '127.0.0.1', resolve));
  apiBase = `http://127.0.0.1:${(fake.address() as AddressInfo).port}`;
});
after(() => new Promise<void>((resolve) => fake.close(() => resolve())));

let server: MockServer;
const call = jsonClient(() => server);
const balance = async () => (await call('GET', '/account')).body.balance as number;

function event(id: string, type: string, topUp: { id: string; session: string }, paymentStatus = 'paid') {
  return JSON.stringify({
    id,
    object: 'event',
    type,
    created: Math.floor(NOW / 1000),
    data: {
      object: {
        id: topUp.session,
        object: 'checkout.session',
        payment_status: paymentStatus,
        metadata: { accountId: 'acc_usage_billing', topUpId: topUp.id },
      },
    },
  });
}
async function deliver(payload: string, options: { secret?: string; timestamp?: number; signature?: string } = {}) {
  const header =
    options.signature ??
    stripe.webhooks.generateTestHeaderString({
      payload,
      secret: options.secret ?? SECRET,
      timestamp: options.timestamp ?? Math.floor(NOW / 1000),
    });
  const response = await server.fetch(
    new Request('http://mock/webhooks/stripe', {
      method: 'POST',
      headers: { 'stripe-signature': header, 'content-type': 'application/json' },
      body: payload,
    }),
  );
  return { status: response.status, body: (await response.json()) as any };
}
async function startCheckout() {
  const r = await call('POST', '/top-ups', {
    amount: 10000,
    method: 'card',
    returnUrl: 'https://host.example/billing?tab=credits',
  });
  assert.equal(r.status, 201, JSON.stringify(r.body));
  const session = r.body.next.url.split('/').pop();
  return { id: r.body.id as string, session: session as string, body: r.body };
}

describe('Stripe Checkout path', () => {
  beforeEach(async () => {
    server = createMockServer({
      now: NOW,
      frozenClock: true,
      presets: ['usage-billing'],
      stripe: { secretKey: 'sk_test_fake', webhookSecret: SECRET, apiBase },
    });
    seen.length = 0;
    await call('PUT', '/billing-details', DE);
  });

  it('creates a Checkout Session for the quoted total and hands over with a redirect', async () => {
    const { id, body } = await startCheckout();
    assert.equal(body.status, 'requires_payment');
    assert.equal(body.next.type, 'redirect');
    const request = seen.find((s) => s.path === '/v1/checkout/sessions')!;
    assert.equal(request.headers.authorization, 'Bearer sk_test_fake');
    assert.ok(String(request.headers['idempotency-key']).includes(id));
    assert.equal(request.body.get('mode'), 'payment');
    assert.equal(request.body.get('line_items[0][price_data][unit_amount]'), '12275');
    assert.equal(request.body.get('line_items[0][price_data][currency]'), 'eur');
    assert.equal(request.body.get('metadata[topUpId]'), id);
    assert.equal(request.body.get('success_url'), `https://host.example/billing?tab=credits&credit_top_up=${id}`);
    // Returning or asking to complete never credits: only webhooks do.
    assert.equal((await call('POST', `/top-ups/${id}/complete`, {})).body.status, 'requires_payment');
    assert.equal(await balance(), 25000);
  });

  it('credits once from a verified webhook; a repeated delivery changes nothing', async () => {
    const topUp = await startCheckout();
    const payload = event('evt_1', 'checkout.session.completed', topUp);
    assert.deepEqual((await deliver(payload)).body, { received: true, applied: true });
    assert.equal(await balance(), 35000);
    const status = (await call('GET', `/top-ups/${topUp.id}`)).body;
    assert.equal(status.status, 'completed');
    assert.match(status.billingNumber, /^CK-/);
    assert.deepEqual((await deliver(payload)).body, { received: true, applied: false });
    assert.deepEqual((await deliver(event('evt_2', 'checkout.session.completed', topUp))).body, {
      received: true,
      applied: false,
    });
    assert.equal(await balance(), 35000);
  });

  it('refuses invalid, foreign-secret and stale signatures without moving money', async () => {
    const topUp = await startCheckout();
    const payload = event('evt_1', 'checkout.session.completed', topUp);
    assert.equal((await deliver(payload, { signature: 't=1,v1=deadbeef' })).status, 400);
    assert.equal((await deliver(payload, { secret: 'whsec_other' })).status, 400);
    assert.equal((await deliver(payload, { timestamp: Math.floor(NOW / 1000) - 600 })).status, 400);
    const tampered = payload.replace('"paid"', '"paid" ');
    const header = stripe.webhooks.generateTestHeaderString({
      payload,
      secret: SECRET,
      timestamp: Math.floor(NOW / 1000),
    });
    assert.equal((await deliver(tampered, { signature: header })).status, 400);
    assert.equal(await balance(), 25000);
    assert.equal((await call('GET', `/top-ups/${topUp.id}`)).body.status, 'requires_payment');
    assert.equal((await deliver(payload)).status, 200);
    assert.equal(await balance(), 35000);
  });

  it('out of order: async success before "completed (unpaid)" stays completed, credited once', async () => {
    const topUp = await startCheckout();
    await deliver(event('evt_b', 'checkout.session.async_payment_succeeded', topUp));
    await deliver(event('evt_a', 'checkout.session.completed', topUp, 'unpaid'));
    assert.equal((await call('GET', `/top-ups/${topUp.id}`)).body.status, 'completed');
    assert.equal(await balance(), 35000);
    const entries = ((await call('GET', '/transactions?limit=50')).body.items as any[]).filter(
      (t) => t.topUpId === topUp.id,
    );
    assert.deepEqual(
      entries.map((e) => e.status),
      ['completed'],
    );
  });

  it('delayed payment: pending, then failure; a late success is ignored; nothing credited', async () => {
    const topUp = await startCheckout();
    await deliver(event('evt_1', 'checkout.session.completed', topUp, 'unpaid'));
    assert.equal((await call('GET', `/top-ups/${topUp.id}`)).body.status, 'pending');
    assert.equal(await balance(), 25000);
    await deliver(event('evt_2', 'checkout.session.async_payment_failed', topUp));
    await deliver(event('evt_3', 'checkout.session.async_payment_succeeded', topUp));
    assert.equal((await call('GET', `/top-ups/${topUp.id}`)).body.status, 'failed');
    assert.equal(await balance(), 25000);
  });

  it('ignores events for unknown sessions and other event types', async () => {
    const topUp = await startCheckout();
    assert.deepEqual(
      (await deliver(event('evt_x', 'checkout.session.completed', { id: topUp.id, session: 'cs_other' }))).body.applied,
      false,
    );
    assert.deepEqual((await deliver(event('evt_y', 'customer.created', topUp))).body.applied, false);
    assert.equal(await balance(), 25000);
  });

  it('answers a clear problem when Stripe is unreachable; a retry resumes the same attempt, nothing is charged', async () => {
    server = createMockServer({
      now: NOW,
      frozenClock: true,
      presets: ['usage-billing'],
      stripe: { secretKey: 'sk_test_down', webhookSecret: SECRET, apiBase: 'http://127.0.0.1:9' },
    });
    await call('PUT', '/billing-details', DE);
    const acc = record(server, 'acc_usage_billing');
    const [topUpsBefore, entriesBefore] = [acc.topUps.size, acc.entries.length];
    const r = await call('POST', '/top-ups', { amount: 10000, method: 'card' }, { key: 'down-1' });
    assert.equal(r.status, 502);
    assert.equal(r.body.code, 'internal_error');
    const again = await call('POST', '/top-ups', { amount: 10000, method: 'card' }, { key: 'down-1' });
    assert.equal(again.status, 502);
    // One recorded attempt (waiting for payment, no next step), nothing in the ledger.
    assert.equal(acc.topUps.size, topUpsBefore + 1);
    const attempt = [...acc.topUps.values()].at(-1)!;
    assert.deepEqual([attempt.status, attempt.next], ['requires_payment', null]);
    assert.equal(acc.entries.length, entriesBefore);
  });
});
