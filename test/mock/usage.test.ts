import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { ledgerState, setup } from './payments-fixture.js';
import { arrange, record } from './helpers.js';

const ADMIN = 'admin-demo-token';

describe('POST /usage (scan-credits)', () => {
  it('charges per started hour, capped at 5, once per idempotency key', async () => {
    const c = setup('scan-credits');
    const start = ledgerState(c).balance;
    const short = await c.call('POST', '/usage', { type: 'scan', durationMinutes: 61, reference: 'scan-1' }, 'u1');
    assert.equal(short.status, 201);
    assert.equal(short.body.charged, 2);
    assert.equal(short.body.transaction.kind, 'usage');
    assert.equal(short.body.transaction.reference, 'scan-1');
    const long = await c.call('POST', '/usage', { type: 'scan', durationMinutes: 900 }, 'u2');
    assert.equal(long.body.charged, 5);
    const replay = await c.call('POST', '/usage', { type: 'scan', durationMinutes: 900 }, 'u2');
    assert.equal(replay.body.transaction.id, long.body.transaction.id);
    const conflict = await c.call('POST', '/usage', { type: 'scan', durationMinutes: 10 }, 'u2');
    assert.equal(conflict.body.code, 'idempotency_conflict');
    assert.equal(ledgerState(c).balance, start - 7);
  });

  it('refuses usage of another preset type and usage beyond the balance', async () => {
    const c = setup('scan-credits');
    const wrong = await c.call('POST', '/usage', { type: 'ai', tier: 'image', resolution: '4K' }, 'w');
    assert.equal(wrong.status, 422);
    assert.equal(wrong.body.errors[0].field, 'type');
    await arrange(c.server, c.accountId, (tx) => tx.saveBlocks([]));
    const broke = await c.call('POST', '/usage', { type: 'scan', durationMinutes: 5 }, 'b');
    assert.equal(broke.body.code, 'insufficient_credits');
  });

  it('records a failed job without charging it', async () => {
    const c = setup('scan-credits');
    const start = ledgerState(c).balance;
    const res = await c.call('POST', '/usage', { type: 'scan', durationMinutes: 30, outcome: 'failed' }, 'f');
    assert.equal(res.body.charged, 0);
    assert.equal(res.body.transaction.status, 'failed');
    assert.equal(ledgerState(c).balance, start);
  });
});

describe('POST /usage (ai-credits) and holds', () => {
  it('charges tier × resolution multiplier', async () => {
    const c = setup('ai-credits');
    const res = await c.call('POST', '/usage', { type: 'ai', tier: 'image', resolution: '4K', count: 2 }, 'a');
    assert.equal(res.body.charged, 12);
  });

  it('a hold reserves credits, capture charges, release charges nothing', async () => {
    const c = setup('ai-credits');
    const start = ledgerState(c).balance;
    const hold = await c.call(
      'POST',
      '/usage/holds',
      { type: 'ai', tier: 'video', resolution: '2K', reference: 'job-1' },
      'h1',
    );
    assert.equal(hold.status, 201);
    assert.equal(hold.body.amount, 20);
    const account = await c.call('GET', '/usage/holds');
    assert.equal(account.body[0].status, 'held');
    const acc = record(c.server, c.accountId);
    const pending = acc.entries.find((e) => e.id === hold.body.transactionId)!;
    assert.deepEqual([pending.kind, pending.status], ['hold', 'pending']);
    assert.equal(ledgerState(c).balance, start, 'a hold moves no credits');

    const released = await c.call('POST', `/usage/holds/${hold.body.id}/release`, {}, 'r1');
    assert.equal(released.body.status, 'released');
    assert.equal(ledgerState(c).balance, start, 'failed job → nothing charged');
    assert.equal(acc.entries.find((e) => e.id === hold.body.transactionId)!.status, 'failed');
    const twice = await c.call('POST', `/usage/holds/${hold.body.id}/capture`, {}, 'c-late');
    assert.equal(twice.body.code, 'invalid_state');

    const hold2 = await c.call('POST', '/usage/holds', { type: 'ai', tier: 'image', resolution: '4K' }, 'h2');
    const captured = await c.call('POST', `/usage/holds/${hold2.body.id}/capture`, {}, 'c2');
    assert.equal(captured.body.status, 'captured');
    assert.equal(ledgerState(c).balance, start - 6);
    const entry = acc.entries.find((e) => e.id === captured.body.transactionId)!;
    assert.deepEqual([entry.kind, entry.status, entry.amount], ['usage', 'completed', 6]);
    const s = ledgerState(c);
    assert.equal(s.last, s.balance);
  });

  it('held credits cannot be spent by anything else', async () => {
    const c = setup('ai-credits');
    const balance = ledgerState(c).balance;
    const acc = record(c.server, c.accountId);
    // Leave exactly 30 credits, hold 30, then a 2-credit job must be refused.
    const res = await c.call(
      'POST',
      '/usage',
      { type: 'ai', tier: 'image', resolution: 'standard', count: (balance - 30) / 2 },
      'drain',
    );
    assert.equal(res.status, 201, JSON.stringify(res.body));
    assert.equal(
      (await c.call('POST', '/usage/holds', { type: 'ai', tier: 'video', resolution: '4K' }, 'h')).status,
      201,
    );
    const refused = await c.call('POST', '/usage', { type: 'ai', tier: 'image', resolution: 'standard' }, 'x');
    assert.equal(refused.body.code, 'insufficient_credits');
    assert.equal(acc.holds.size, 1);
  });

  it('renews plan credits: leftover plan credits lapse, a fresh 500 arrive, next billing date moves a month', async () => {
    const c = setup('ai-credits');
    const acc = record(c.server, c.accountId);
    const before = acc.nextBillingDate!;
    const res = await c.call('POST', `/admin/accounts/${c.accountId}/plan/renew`, {}, 'p1', ADMIN);
    assert.equal(res.status, 200, JSON.stringify(res.body));
    const plan = acc.blocks.filter((b) => b.source === 'plan');
    assert.deepEqual(
      plan.map((b) => b.remaining),
      [500],
    );
    assert.ok(Date.parse(acc.nextBillingDate!) > Date.parse(res.body.updatedAt));
    assert.notEqual(acc.nextBillingDate, before);
    const s = ledgerState(c);
    assert.equal(s.sum, s.balance);
  });

  it('renews automatically once the billing date has passed', async () => {
    const c = setup('ai-credits');
    const acc = record(c.server, c.accountId);
    const due = Date.parse(acc.nextBillingDate!);
    c.server.clock.advance(due - c.server.clock.now() + 1000);
    await c.call('POST', '/usage', { type: 'ai', tier: 'image', resolution: 'standard' }, 'after');
    assert.equal(acc.entries.filter((e) => e.kind === 'plan' && Date.parse(e.createdAt) === due).length, 1);
  });

  it('admin usage needs the operator token and the right account', async () => {
    const c = setup('scan-credits');
    const body = { type: 'scan', durationMinutes: 120 };
    assert.equal((await c.call('POST', `/admin/accounts/${c.accountId}/usage`, body, 'a1')).status, 401);
    assert.equal((await c.call('POST', `/admin/accounts/nope/usage`, body, 'a2', ADMIN)).status, 404);
    const ok = await c.call('POST', `/admin/accounts/${c.accountId}/usage`, body, 'a3', ADMIN);
    assert.equal(ok.body.charged, 2);
  });
});
