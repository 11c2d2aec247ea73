import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { beforeEach, describe, it } from 'node:test';
import { createMockServer, type MockServer } from '../../src/mock/server.js';
import { NORTHWIND_DE } from '../helpers/buyers.js';
import { jsonClient } from './helpers.js';

const NOW = Date.parse('2026-11-23T09:00:00Z');
const DE = NORTHWIND_DE;

let server: MockServer;
const call = jsonClient(() => server);
const balance = async (token?: string) =>
  (await call('GET', '/account', undefined, token ? { token } : {})).body.balance as number;
const entriesOf = async (topUpId: string) =>
  ((await call('GET', '/transactions?limit=200')).body.items as any[]).filter((t) => t.topUpId === topUpId);
async function started(amount = 10000) {
  const r = await call('POST', '/top-ups', { amount, method: amount >= 100000 ? 'invoice' : 'card' });
  assert.equal(r.status, 201, JSON.stringify(r.body));
  return r.body;
}

describe('top-ups (simulated card processor)', () => {
  beforeEach(async () => {
    server = createMockServer({ now: NOW, frozenClock: true });
    assert.equal((await call('PUT', '/billing-details', DE)).status, 200);
  });

  it('needs billing details first', async () => {
    server = createMockServer({ now: NOW, frozenClock: true });
    const r = await call('POST', '/top-ups', { amount: 10000, method: 'card' });
    // SPEC §6: every validation failure, billing_details_required included, is 422.
    assert.equal(r.status, 422);
    assert.equal(r.body.code, 'billing_details_required');
  });

  it('uses the authoritative quote and waits for the test card without touching the ledger', async () => {
    const before = (await call('GET', '/transactions?limit=200')).body.items.length;
    const topUp = await started();
    assert.equal(topUp.status, 'requires_payment');
    assert.deepEqual(topUp.next, { type: 'test_card' });
    assert.deepEqual([topUp.quote.fee, topUp.quote.vat, topUp.quote.total], [315, 1960, 12275]);
    assert.equal((await call('GET', '/transactions?limit=200')).body.items.length, before);
  });

  it('4242… completes: credits once, issues an invoice, links the entry', async () => {
    const topUp = await started();
    const key = randomUUID();
    const done = await call('POST', `/top-ups/${topUp.id}/complete`, { cardNumber: '4242 4242 4242 4242' }, { key });
    assert.equal(done.body.status, 'completed');
    assert.match(done.body.billingNumber, /^CK-2026-\d{6}$/);
    const replay = await call('POST', `/top-ups/${topUp.id}/complete`, { cardNumber: '4242 4242 4242 4242' }, { key });
    assert.deepEqual(replay.body, done.body);
    assert.equal(await balance(), 35000);
    const entries = await entriesOf(topUp.id);
    assert.deepEqual(
      entries.map((e) => [e.status, e.amount, e.kind, e.billingNumber]),
      [['completed', 10000, 'top_up', done.body.billingNumber]],
    );
    assert.equal(done.body.transactionId, entries[0].id);
    // The customer's numbering continues after the seeded TU-1001…TU-1004, and again after that.
    assert.equal(entries[0].reference, 'TU-1005');
    const next = await started();
    await call('POST', `/top-ups/${next.id}/complete`, { cardNumber: '4242 4242 4242 4242' });
    assert.deepEqual(
      (await entriesOf(next.id)).map((e) => e.reference),
      ['TU-1006'],
    );
  });

  it('0002 declines and 9995 is insufficient funds: failed entries, no money, cannot be completed afterwards', async () => {
    for (const [card, code] of [
      ['4000000000000002', 'payment_declined'],
      ['4000000000009995', 'insufficient_funds'],
    ]) {
      const topUp = await started();
      const r = await call('POST', `/top-ups/${topUp.id}/complete`, { cardNumber: card });
      assert.equal(r.body.status, 'failed');
      assert.equal(r.body.failureCode, code);
      assert.deepEqual(
        (await entriesOf(topUp.id)).map((e) => e.status),
        ['failed'],
      );
      const again = await call('POST', `/top-ups/${topUp.id}/complete`, { cardNumber: '4242424242424242' });
      assert.equal(again.status, 409);
    }
    assert.equal(await balance(), 25000);
  });

  it('3155 stays pending (no money) until completed', async () => {
    const topUp = await started();
    const pending = await call('POST', `/top-ups/${topUp.id}/complete`, { cardNumber: '4000 0025 0000 3155' });
    assert.equal(pending.body.status, 'pending');
    assert.equal(await balance(), 25000);
    assert.deepEqual(
      (await entriesOf(topUp.id)).map((e) => e.status),
      ['pending'],
    );
    const done = await call('POST', `/top-ups/${topUp.id}/complete`, {});
    assert.equal(done.body.status, 'completed');
    assert.equal(await balance(), 35000);
    assert.deepEqual(
      (await entriesOf(topUp.id)).map((e) => e.status),
      ['completed'],
    );
  });

  it('completes a pending top-up from the seeded history: settles its own entry, no second one', async () => {
    const seeded = 'tu_acc_usage_billing_4';
    assert.deepEqual(
      (await entriesOf(seeded)).map((e) => e.status),
      ['pending'],
    );
    const done = await call('POST', `/top-ups/${seeded}/complete`, {});
    assert.equal(done.body.status, 'completed');
    assert.deepEqual(
      (await entriesOf(seeded)).map((e) => e.status),
      ['completed'],
    );
    assert.equal(await balance(), 35000);
  });

  it('refuses an unknown card without recording anything', async () => {
    const topUp = await started();
    const r = await call('POST', `/top-ups/${topUp.id}/complete`, { cardNumber: '1234' });
    assert.equal(r.status, 422);
    assert.equal(r.body.errors[0].field, 'cardNumber');
    assert.equal((await call('GET', `/top-ups/${topUp.id}`)).body.status, 'requires_payment');
  });

  it('one idempotency key starts one top-up, even when sent concurrently', async () => {
    const key = randomUUID();
    const results = await Promise.all(
      [1, 2, 3].map(() => call('POST', '/top-ups', { amount: 10000, method: 'card' }, { key })),
    );
    assert.equal(new Set(results.map((r) => r.body.id)).size, 1);
    const conflict = await call('POST', '/top-ups', { amount: 20000, method: 'card' }, { key });
    assert.equal(conflict.body.code, 'idempotency_conflict');
  });

  it('refuses out-of-range amounts and the wrong method', async () => {
    assert.equal((await call('POST', '/top-ups', { amount: 999, method: 'card' })).body.code, 'amount_out_of_range');
    assert.equal(
      (await call('POST', '/top-ups', { amount: 5000001, method: 'invoice' })).body.code,
      'amount_out_of_range',
    );
    assert.equal(
      (await call('POST', '/top-ups', { amount: 100000, method: 'card' })).body.code,
      'method_not_available',
    );
    assert.equal((await call('POST', '/top-ups', { amount: -5, method: 'card' })).body.code, 'validation_failed');
  });

  it('invoice ≥ threshold: unpaid invoice with billing number, pending entry, credited only when the operator marks it paid', async () => {
    const topUp = await started(100000);
    assert.equal(topUp.status, 'pending');
    assert.equal(topUp.next.type, 'invoice');
    assert.equal(topUp.next.billingNumber, topUp.billingNumber);
    assert.equal(await balance(), 25000);
    assert.equal((await call('POST', `/top-ups/${topUp.id}/complete`, {})).status, 409);
    const admin = async () =>
      server.fetch(
        new Request(`http://mock/admin/accounts/acc_usage_billing/top-ups/${topUp.id}/mark-paid`, {
          method: 'POST',
          headers: { authorization: 'Bearer admin-demo-token', 'idempotency-key': randomUUID() },
        }),
      );
    const noAuth = await server.fetch(
      new Request(`http://mock/admin/accounts/acc_usage_billing/top-ups/${topUp.id}/mark-paid`, { method: 'POST' }),
    );
    assert.equal(noAuth.status, 401);
    const paid = (await (await admin()).json()) as any;
    assert.equal(paid.status, 'completed');
    assert.equal(paid.billingNumber, topUp.billingNumber);
    assert.equal(((await (await admin()).json()) as any).status, 'completed');
    assert.equal(await balance(), 125000);
    const entries = await entriesOf(topUp.id);
    assert.deepEqual(
      entries.map((e) => [e.status, e.billingNumber]),
      [['completed', topUp.billingNumber]],
    );
  });

  it('GET /top-ups/:id is per account', async () => {
    const topUp = await started();
    assert.equal((await call('GET', `/top-ups/${topUp.id}`)).body.id, topUp.id);
    assert.equal((await call('GET', `/top-ups/${topUp.id}`, undefined, { token: 'demo-usage-billing-2' })).status, 404);
  });

  it('packages (credits model): credits added = quote.credits, charge = quote.total, kind purchase', async () => {
    const token = 'demo-scan-credits';
    assert.equal((await call('PUT', '/billing-details', DE, { token })).status, 200);
    const packages = (await call('GET', '/packages', undefined, { token })).body.packages;
    const before = await balance(token);
    const r = await call('POST', '/top-ups', { packageId: packages[0].id, method: 'card' }, { token });
    assert.equal(r.status, 201, JSON.stringify(r.body));
    assert.equal(r.body.quote.credits, packages[0].credits);
    const done = await call('POST', `/top-ups/${r.body.id}/complete`, { cardNumber: '4242424242424242' }, { token });
    assert.equal(done.body.status, 'completed');
    assert.equal(await balance(token), before + packages[0].credits);
    const entry = ((await call('GET', '/transactions?limit=5', undefined, { token })).body.items as any[]).find(
      (t) => t.topUpId === r.body.id,
    );
    assert.equal(entry.kind, 'purchase');
  });
});
