/**
 * The HTTP contract as an outside client meets it (SPEC §6): one status table
 * everywhere, JSON only, documented string maxima, no coercion, idempotency keys
 * scoped and kept 24 hours, holds that refunds and debits respect, and an OpenAPI
 * document that lists every status each operation answers.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { problemsOf, PROBLEM_STATUS } from '../../src/mock/openapi.js';
import type { Route } from '../../src/mock/router.js';
import { NORTHWIND_DE } from '../helpers/buyers.js';
import { BASE, admin, call, record, server } from './helpers.js';

const TOKEN = 'demo-usage-billing';
const DAY = 86_400_000;

/** A raw request: any content type, any body. */
async function raw(
  mock: ReturnType<typeof server>,
  method: string,
  path: string,
  init: { type?: string; body?: string; key?: string | null; token?: string | null } = {},
) {
  const headers: Record<string, string> = {};
  if (init.token !== null) headers.authorization = `Bearer ${init.token ?? TOKEN}`;
  if (init.type) headers['content-type'] = init.type;
  if (init.key !== null) headers['idempotency-key'] = init.key ?? crypto.randomUUID();
  const response = await mock.fetch(
    new Request(`${BASE}${path}`, { method, headers, ...(init.body !== undefined ? { body: init.body } : {}) }),
  );
  const text = await response.text();
  const body: any = (() => {
    try {
      return JSON.parse(text);
    } catch {
      return text;
    }
  })();
  return { status: response.status, type: response.headers.get('content-type') ?? '', body, response };
}

const pay = JSON.stringify({ itemType: 'service', itemId: 'svc-logo' });

describe('request bodies are JSON, and only JSON', () => {
  it('refuses a JSON body sent as text/plain, form, XML or without a content type (415), and moves nothing', async () => {
    const mock = server({ presets: ['agency-credits'] });
    for (const type of [undefined, 'text/plain', 'application/x-www-form-urlencoded', 'application/xml']) {
      const res = await raw(mock, 'POST', '/payments', { type, body: pay, token: 'demo-agency-credits' });
      assert.equal(res.status, 415, String(type));
      assert.equal(res.body.code, 'unsupported_media_type');
      assert.match(res.type, /application\/problem\+json/);
    }
    assert.equal(record(mock, 'acc_agency_credits').payments.size, 0);
    const ok = await raw(mock, 'POST', '/payments', {
      type: 'application/json; charset=utf-8',
      body: pay,
      token: 'demo-agency-credits',
    });
    assert.equal(ok.status, 201);
  });

  it('answers malformed JSON with 422 validation_failed, like every validation failure', async () => {
    const mock = server({ presets: ['agency-credits'] });
    const res = await raw(mock, 'POST', '/payments', {
      type: 'application/json',
      body: '{"itemType": "service",',
      token: 'demo-agency-credits',
    });
    assert.equal(res.status, 422);
    assert.equal(res.body.code, 'validation_failed');
    assert.deepEqual(res.body.errors[0], { field: 'body', code: 'invalid_json', message: 'Not valid JSON.' });
  });
});

describe('statuses', () => {
  it('a wrong method is 405 method_not_allowed with an Allow header', async () => {
    const mock = server();
    const res = await raw(mock, 'DELETE', '/billing-details');
    assert.equal(res.status, 405);
    assert.equal(res.body.code, 'method_not_allowed');
    assert.equal(res.response.headers.get('allow'), 'GET, PUT, OPTIONS');
    assert.equal((await raw(mock, 'GET', '/nothing-here')).status, 404);
  });

  it('billing_details_required is 422 on every purchase route', async () => {
    const mock = server();
    const topUp = await call(mock, '/top-ups', { body: { amount: 10000, method: 'card' }, key: 't' });
    assert.deepEqual([topUp.status, topUp.body.code], [422, 'billing_details_required']);
    const agency = server({ presets: ['agency-credits'] });
    await admin(agency, '/admin/clock', { body: { advanceMs: 0 } });
    const buy = await call(agency, '/top-ups', {
      token: 'demo-agency-credits',
      body: { packageId: 'agency-100', method: 'card' },
      key: 'p',
    });
    assert.equal(buy.status, 201, 'agency has billing details on file');
  });
});

describe('strings have documented maxima; types are never coerced', () => {
  it('refuses Idempotency-Key values outside 1–255 visible characters and stores nothing', async () => {
    const mock = server({ presets: ['agency-credits'] });
    for (const key of ['k'.repeat(256), 'x'.repeat(8192), 'clé']) {
      const res = await raw(mock, 'POST', '/payments', {
        type: 'application/json',
        body: pay,
        key,
        token: 'demo-agency-credits',
      });
      assert.equal(res.status, 422, `${key.length} characters`);
      assert.equal(res.body.errors[0].field, 'Idempotency-Key');
    }
    const longest = await raw(mock, 'POST', '/payments', {
      type: 'application/json',
      body: pay,
      key: 'k'.repeat(255),
      token: 'demo-agency-credits',
    });
    assert.equal(longest.status, 201);
    assert.equal(record(mock, 'acc_agency_credits').payments.size, 1);
  });

  it('refuses a 1 MB returnUrl and a 1 MB paypalOrderId', async () => {
    const mock = server({ presets: ['agency-credits'] });
    const huge = 'x'.repeat(1024 * 1024);
    const start = await call(mock, '/top-ups', {
      token: 'demo-agency-credits',
      body: { packageId: 'agency-100', method: 'paypal', returnUrl: `https://x.example/${huge}` },
      key: 'r1',
    });
    assert.equal(start.status, 422);
    assert.equal(start.body.errors[0].field, 'returnUrl');
    const ok = await call(mock, '/top-ups', {
      token: 'demo-agency-credits',
      body: { packageId: 'agency-100', method: 'paypal' },
      key: 'r2',
    });
    const complete = await call(mock, `/top-ups/${ok.body.id}/complete`, {
      token: 'demo-agency-credits',
      body: { paypalOrderId: huge },
      key: 'r3',
    });
    assert.equal(complete.status, 422);
    assert.equal(complete.body.errors[0].field, 'paypalOrderId');
  });

  it('refuses a numeric VAT number instead of storing "", and takes none outside the EU', async () => {
    const mock = server();
    const us = { ...NORTHWIND_DE, country: 'US', postalCode: '10001', city: 'New York' };
    const numeric = await call(mock, '/billing-details', {
      method: 'PUT',
      body: { ...us, vatNumber: 12345 },
      key: 'b1',
    });
    assert.equal(numeric.status, 422);
    assert.equal(numeric.body.errors[0].field, 'vatNumber');
    assert.equal((await call(mock, '/billing-details')).body.details, null, 'nothing stored');
    const { vatNumber: _omitted, ...withoutVat } = us;
    const saved = await call(mock, '/billing-details', { method: 'PUT', body: withoutVat, key: 'b2' });
    assert.equal(saved.status, 200);
    assert.equal(saved.body.vatNumber, '');
  });
});

describe('idempotency records', () => {
  it('are kept 24 hours, then the key is free again', async () => {
    const mock = server({ presets: ['agency-credits'] });
    const first = await raw(mock, 'POST', '/payments', {
      type: 'application/json',
      body: pay,
      key: 'day-key',
      token: 'demo-agency-credits',
    });
    mock.clock.advance(DAY - 1);
    const replay = await raw(mock, 'POST', '/payments', {
      type: 'application/json',
      body: pay,
      key: 'day-key',
      token: 'demo-agency-credits',
    });
    assert.equal(replay.response.headers.get('idempotent-replayed'), 'true');
    assert.equal(replay.body.id, first.body.id);
    mock.clock.advance(1);
    const fresh = await raw(mock, 'POST', '/payments', {
      type: 'application/json',
      body: pay,
      key: 'day-key',
      token: 'demo-agency-credits',
    });
    assert.equal(fresh.status, 201);
    assert.notEqual(fresh.body.id, first.body.id);
  });

  it('are scoped per account and per operation', async () => {
    const mock = server();
    await call(mock, '/billing-details', { method: 'PUT', body: NORTHWIND_DE, key: 'shared' });
    await call(mock, '/billing-details', {
      method: 'PUT',
      body: NORTHWIND_DE,
      key: 'shared',
      token: 'demo-usage-billing-2',
    });
    // The same key on another operation of the same account is a new write, not a conflict.
    const topUp = await call(mock, '/top-ups', { body: { amount: 5000, method: 'card' }, key: 'shared' });
    assert.equal(topUp.status, 201);
    // Another account's key never answers for this one.
    const other = await call(mock, '/top-ups', {
      body: { amount: 5000, method: 'card' },
      key: 'shared',
      token: 'demo-usage-billing-2',
    });
    assert.equal(other.status, 201);
    assert.notEqual(other.body.id, topUp.body.id);
  });
});

describe('holds', () => {
  const ai = 'demo-ai-credits';
  const ACC = 'acc_ai_credits';

  it('refunds respect held credits; capture settles atomically and release still works after a failed capture', async () => {
    const mock = server({ presets: ['ai-credits'] });
    const hold = await call(mock, '/usage/holds', {
      token: ai,
      body: { type: 'ai', tier: 'video', resolution: '4K' },
      key: 'h',
    });
    assert.equal(hold.status, 201);
    const held = hold.body.amount;
    const { balance } = (await call(mock, '/account', { token: ai })).body;
    // The old defect: a refund of the whole balance went through and stranded the hold.
    const whole = await admin(mock, `/admin/accounts/${ACC}/refunds`, { body: { amount: balance } });
    assert.deepEqual([whole.status, whole.body.code], [409, 'insufficient_credits']);
    const rest = await admin(mock, `/admin/accounts/${ACC}/refunds`, { body: { amount: balance - held } });
    assert.equal(rest.status, 200);
    // Debits cannot take held credits either.
    const usage = await call(mock, '/usage', {
      token: ai,
      body: { type: 'ai', tier: 'image', resolution: 'standard' },
      key: 'u',
    });
    assert.equal(usage.body.code, 'insufficient_credits');
    // The held credits lapse before the job ends: capture is refused and changes nothing…
    const blocks = record(mock, ACC).blocks;
    const until = Math.min(...blocks.map((b) => (b.expiresAt ? Date.parse(b.expiresAt) : Infinity)));
    mock.clock.advance(until - mock.clock.now());
    const capture = await call(mock, `/usage/holds/${hold.body.id}/capture`, { token: ai, body: {}, key: 'c' });
    assert.deepEqual([capture.status, capture.body.code], [409, 'insufficient_credits']);
    const pending = record(mock, ACC).entries.find((e) => e.id === hold.body.transactionId)!;
    assert.equal(pending.status, 'pending', 'the hold’s entry is still there');
    // …and release still works: the job is not charged.
    const release = await call(mock, `/usage/holds/${hold.body.id}/release`, { token: ai, key: 'r', method: 'POST' });
    assert.equal(release.status, 200);
    assert.equal(release.body.status, 'released');
    assert.equal((await call(mock, '/account', { token: ai })).body.held, 0);
  });
});

describe('the OpenAPI document', () => {
  const doc = async () => (await call(server(), '/openapi.json', { token: null })).body;
  const operation = (d: any, route: Route) =>
    d.paths[route.path.replace(/:(\w+)/g, '{$1}')][route.method.toLowerCase()];

  it('lists every status each operation can answer: 401 when secured, 400/409 with keys, 415/422 with bodies', async () => {
    const d = await doc();
    const mock = server();
    for (const route of mock.router.list()) {
      const op = operation(d, route);
      const statuses = Object.keys(op.responses);
      for (const code of problemsOf(route)) {
        const status = String(PROBLEM_STATUS[code]);
        assert.ok(statuses.includes(status), `${route.method} ${route.path} documents ${status} (${code})`);
        assert.match(op.responses[status].description, new RegExp(code), `${route.path} names ${code}`);
      }
      if (!route.public) assert.ok(statuses.includes('401'), `${route.method} ${route.path}: 401`);
      if (route.doc?.idempotent) assert.ok(statuses.includes('400'), `${route.method} ${route.path}: 400`);
      if (route.doc?.body) assert.ok(statuses.includes('415'), `${route.method} ${route.path}: 415`);
    }
    assert.match(d.components.parameters.IdempotencyKey.description, /24 hours/);
    assert.match(d.components.parameters.IdempotencyKey.description, /scoped to the account and the operation/);
  });

  it('and the server answers those statuses where the document says so', async () => {
    const d = await doc();
    const mock = server();
    for (const route of mock.router.list()) {
      const op = operation(d, route);
      const path = route.path.replace(/:(\w+)/g, 'x');
      if (!route.public) {
        const res = await raw(mock, route.method, path, { token: null });
        assert.ok(
          op.responses[String(res.status)],
          `${route.method} ${route.path} answered ${res.status} without a token`,
        );
      }
      const token = route.admin ? 'admin-demo-token' : TOKEN;
      if (route.doc?.idempotent) {
        const res = await raw(mock, route.method, path, { token, key: null, type: 'application/json', body: '{}' });
        assert.ok(
          op.responses[String(res.status)],
          `${route.method} ${route.path} answered ${res.status} without a key`,
        );
      }
      if (route.doc?.body) {
        const res = await raw(mock, route.method, path, { token, type: 'text/plain', body: '{}' });
        assert.ok(
          op.responses[String(res.status)],
          `${route.method} ${route.path} answered ${res.status} to text/plain`,
        );
      }
    }
  });

  it('describes itself as a JSON object, references ServerEvent from /events, and portal errors are problems', async () => {
    const d = await doc();
    const self = d.paths['/openapi.json'].get.responses['200'].content['application/json'].schema;
    assert.equal(self.type, 'object');
    const events = d.paths['/events'].get.responses['200'].content['text/event-stream'].schema;
    assert.deepEqual(events.contentSchema, { $ref: '#/components/schemas/ServerEvent' });
    assert.ok(d.paths['/portal'].get.responses['410']);
    const mock = server();
    const expired = await raw(mock, 'GET', '/portal?session=nope', { token: null, key: null });
    assert.deepEqual([expired.status, expired.body.code], [410, 'session_expired']);
    assert.match(expired.type, /application\/problem\+json/);
    const page = await mock.fetch(
      new Request(`${BASE}/portal?session=nope`, { headers: { accept: 'text/html,application/xhtml+xml' } }),
    );
    assert.equal(page.status, 410);
    assert.match(page.headers.get('content-type')!, /text\/html/);
  });
});
