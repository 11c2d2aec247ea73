import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { ledgerState, setup } from './payments-fixture.js';
import { arrange, record } from './helpers.js';

const svc = { itemType: 'service', itemId: 'svc-logo' };

describe('GET /payability', () => {
  it('prices the seeded agency items and says why one is not payable', async () => {
    const c = setup('agency-credits');
    const logo = await c.call('GET', '/payability?itemType=service&itemId=svc-logo');
    assert.equal(logo.status, 200);
    assert.deepEqual(
      { price: logo.body.price, payable: logo.body.payable, reason: logo.body.reason, shortfall: logo.body.shortfall },
      { price: 12000, payable: true, reason: null, shortfall: 0 },
    );
    const audit = await c.call('GET', '/payability?itemType=service&itemId=svc-audit');
    assert.equal(audit.body.reason, 'not_eligible');
    const big = await c.call('GET', '/payability?itemType=invoice&itemId=inv-2002');
    assert.equal(big.body.reason, 'insufficient_credits');
    assert.equal(big.body.shortfall, 90000 - 30000);
    const missing = await c.call('GET', '/payability?itemType=invoice&itemId=svc-logo');
    assert.equal(missing.status, 404);
    const bad = await c.call('GET', '/payability?itemType=thing&itemId=x');
    assert.equal(bad.status, 422);
  });

  it('reports disabled credit payments', async () => {
    const c = setup('agency-credits');
    await arrange(c.server, c.accountId, (tx) => tx.updateAccount({ creditPaymentsEnabled: false }));
    const res = await c.call('GET', '/payability?itemType=service&itemId=svc-logo');
    assert.equal(res.body.reason, 'credit_payments_disabled');
    const pay = await c.call('POST', '/payments', svc, 'k-disabled');
    assert.equal(pay.status, 403);
    assert.equal(pay.body.code, 'credit_payments_disabled');
  });
});

describe('POST /payments', () => {
  it('debits once, writes an Out payment entry referencing the item, marks an invoice paid', async () => {
    const c = setup('agency-credits');
    const res = await c.call('POST', '/payments', { itemType: 'invoice', itemId: 'inv-2001' }, 'k1');
    assert.equal(res.status, 201);
    assert.equal(res.body.amount, 15000);
    assert.deepEqual(
      {
        d: res.body.transaction.direction,
        k: res.body.transaction.kind,
        r: res.body.transaction.reference,
        b: res.body.transaction.balanceAfter,
      },
      { d: 'out', k: 'payment', r: 'inv-2001', b: 15000 },
    );
    const after = await c.call('GET', '/payability?itemType=invoice&itemId=inv-2001');
    assert.equal(after.body.reason, 'already_paid');
    const again = await c.call('POST', '/payments', { itemType: 'invoice', itemId: 'inv-2001' }, 'k2');
    assert.equal(again.status, 409);
    assert.equal(again.body.code, 'already_paid');
    const replay = await c.call('POST', '/payments', { itemType: 'invoice', itemId: 'inv-2001' }, 'k1');
    assert.equal(replay.status, 201);
    assert.equal(replay.body.id, res.body.id);
    assert.equal(ledgerState(c).balance, 15000);
  });

  it('refuses not eligible and insufficient items without moving money', async () => {
    const c = setup('agency-credits');
    const audit = await c.call('POST', '/payments', { itemType: 'service', itemId: 'svc-audit' }, 'a');
    assert.equal(audit.body.code, 'not_eligible');
    const big = await c.call('POST', '/payments', { itemType: 'invoice', itemId: 'inv-2002' }, 'b');
    assert.equal(big.status, 409);
    assert.equal(big.body.code, 'insufficient_credits');
    assert.equal(ledgerState(c).balance, 30000);
  });

  it('200 concurrent payments with distinct keys against a balance covering 10 succeed exactly 10 times', async () => {
    const c = setup('agency-credits');
    const acc = record(c.server, c.accountId);
    await arrange(c.server, c.accountId, (tx) =>
      tx.putItem({
        itemType: 'service',
        itemId: 'svc-test',
        name: 'Test service',
        price: 3000,
        eligible: true,
        paid: false,
      }),
    );
    const results = await Promise.all(
      Array.from({ length: 200 }, (_, i) =>
        c.call('POST', '/payments', { itemType: 'service', itemId: 'svc-test' }, `key-${i}`),
      ),
    );
    const ok = results.filter((r) => r.status === 201);
    assert.equal(ok.length, 10);
    assert.ok(
      results.filter((r) => r.status !== 201).every((r) => r.status === 409 && r.body.code === 'insufficient_credits'),
    );
    const state = ledgerState(c);
    assert.equal(state.balance, 0);
    assert.equal(state.sum, 0);
    assert.equal(state.last, 0);
    assert.equal(acc.entries.filter((e) => e.kind === 'payment' && e.reference === 'svc-test').length, 10);
  });

  it('50 concurrent requests with one key debit once and all answer the same payment', async () => {
    const c = setup('agency-credits');
    const results = await Promise.all(Array.from({ length: 50 }, () => c.call('POST', '/payments', svc, 'same-key')));
    assert.ok(results.every((r) => r.status === 201));
    assert.equal(new Set(results.map((r) => r.body.id)).size, 1);
    assert.equal(ledgerState(c).balance, 30000 - 12000);
    assert.equal(record(c.server, c.accountId).payments.size, 1);
  });

  it('refuses the same key with a different item (idempotency_conflict) and charges nothing more', async () => {
    const c = setup('agency-credits');
    assert.equal((await c.call('POST', '/payments', svc, 'k')).status, 201);
    const other = await c.call('POST', '/payments', { itemType: 'invoice', itemId: 'inv-2001' }, 'k');
    assert.equal(other.status, 409);
    assert.equal(other.body.code, 'idempotency_conflict');
    assert.equal(ledgerState(c).balance, 18000);
  });

  it('needs an idempotency key and a valid body; other accounts cannot pay', async () => {
    const c = setup('agency-credits');
    assert.equal((await c.call('POST', '/payments', svc)).status, 400);
    assert.equal((await c.call('POST', '/payments', { itemType: 'service' }, 'x')).status, 422);
    assert.equal((await c.call('POST', '/payments', svc, 'y', 'wrong-token')).status, 401);
  });

  it('publishes account and transaction events after a payment', async () => {
    const c = setup('agency-credits');
    const seen: string[] = [];
    c.server.events.subscribe(c.accountId, (e) => seen.push(e.type));
    await c.call('POST', '/payments', svc, 'ev');
    assert.deepEqual(seen, ['transaction', 'account']);
  });
});
