/** The auto top-up engine: once per crossing under racing debits, monthly cap, failures and pause, expiry trigger. */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { AutoTopUpSettings, AutoTopUpState, ServerEvent } from '../../src/core/schemas/index.js';
import type { MockServer } from '../../src/mock/server.js';
import { call, server, record, arrange } from './helpers.js';

const TOKEN = 'demo-scan-credits';
const ACCOUNT = 'acc_scan_credits';
const DAY = 86_400_000;

const base: AutoTopUpSettings = {
  enabled: true,
  threshold: 300,
  expiryDays: null,
  purchase: { type: 'package', packageId: 'scan-500' },
  monthlyCap: null,
  paymentMethodId: 'pm_card_visa',
};

async function save(mock: MockServer, settings: Partial<AutoTopUpSettings>, token = TOKEN) {
  return call(mock, '/auto-top-up', { token, method: 'PUT', body: { ...base, ...settings }, key: crypto.randomUUID() });
}

/** One scan of `hours` started hours (1 credit per hour, at most 5). */
const scan = (mock: MockServer, hours = 1) =>
  call(mock, '/usage', { token: TOKEN, body: { type: 'scan', durationMinutes: hours * 60 }, key: crypto.randomUUID() });

const balance = async (mock: MockServer): Promise<number> =>
  (await call(mock, '/account', { token: TOKEN })).body.balance;
const autoTopUps = (mock: MockServer) =>
  [...record(mock, ACCOUNT).topUps.values()].filter((t) => t.id.startsWith('atu_'));

/** Saves a card on the account as if the customer had (the API has no route for it). */
function addPaymentMethod(mock: MockServer, method: AutoTopUpState['paymentMethods'][number]): Promise<void> {
  return arrange(mock, ACCOUNT, async (tx) => {
    const { autoTopUp } = await tx.account();
    await tx.updateAccount({ autoTopUp: { ...autoTopUp, paymentMethods: [...autoTopUp.paymentMethods, method] } });
  });
}

function events(mock: MockServer): ServerEvent[] {
  const seen: ServerEvent[] = [];
  mock.events.subscribe(ACCOUNT, (e) => seen.push(e));
  return seen;
}

describe('auto top-up settings', () => {
  it('round-trips through PUT and GET', async () => {
    const mock = server();
    const put = await save(mock, { threshold: 0, monthlyCap: 9000, purchase: { type: 'refill', targetBalance: 1000 } });
    assert.equal(put.status, 200);
    const got = await call(mock, '/auto-top-up', { token: TOKEN });
    assert.deepEqual(got.body.settings, {
      ...base,
      threshold: 0,
      monthlyCap: 9000,
      purchase: { type: 'refill', targetBalance: 1000 },
    });
    assert.equal(got.body.paymentMethods[0].id, 'pm_card_visa');
  });

  it('refuses bad settings field by field, and accounts without auto top-up', async () => {
    const mock = server();
    const bad = await save(mock, {
      threshold: null,
      expiryDays: null,
      paymentMethodId: 'pm_nope',
      purchase: { type: 'package', packageId: 'x' },
    });
    assert.equal(bad.status, 422);
    assert.deepEqual(bad.body.errors.map((e: { field: string }) => e.field).sort(), [
      'paymentMethodId',
      'purchase.packageId',
      'threshold',
    ]);
    assert.equal((await save(mock, {}, 'demo-agency-credits')).body.code, 'method_not_available');
  });
});

describe('auto top-up engine', () => {
  it('100 concurrent debits crossing the threshold trigger exactly one auto top-up', async () => {
    const mock = server();
    await save(mock, {});
    const before = await balance(mock);
    const results = await Promise.all(Array.from({ length: 100 }, () => scan(mock)));
    assert.ok(
      results.every((r) => r.status === 201),
      'every debit succeeds',
    );
    const made = autoTopUps(mock);
    assert.equal(made.length, 1);
    assert.equal(made[0]!.status, 'completed');
    assert.equal(await balance(mock), before - 100 + 500);
  });

  it('does nothing while disabled or above the threshold', async () => {
    const mock = server();
    await save(mock, { enabled: false });
    await Promise.all(Array.from({ length: 60 }, () => scan(mock)));
    await save(mock, { threshold: 10 });
    await scan(mock);
    assert.equal(autoTopUps(mock).length, 0);
  });

  it('fires again on the next crossing', async () => {
    const mock = server();
    await save(mock, { purchase: { type: 'package', packageId: 'scan-100' } });
    for (let i = 0; i < 9; i++) await scan(mock, 5); // 340 → 295: first crossing, +100 → 395
    assert.equal(autoTopUps(mock).length, 1);
    for (let i = 0; i < 20; i++) await scan(mock, 5); // 395 → 295: second crossing
    assert.equal(autoTopUps(mock).length, 2);
  });

  it('respects the monthly cap and buys again in the next month', async () => {
    const mock = server();
    const seen = events(mock);
    await save(mock, { purchase: { type: 'package', packageId: 'scan-100' }, monthlyCap: 1500 });
    for (let i = 0; i < 9; i++) await scan(mock, 5);
    for (let i = 0; i < 20; i++) await scan(mock, 5);
    assert.equal(autoTopUps(mock).length, 1, 'the second €10 would exceed €15');
    assert.ok(seen.some((e) => e.type === 'auto_top_up_failed' && e.message === 'monthly_cap_reached'));
    assert.equal((await call(mock, '/auto-top-up', { token: TOKEN })).body.lastFailure.message, 'monthly_cap_reached');
    mock.clock.advance(31 * DAY);
    await scan(mock);
    assert.equal(autoTopUps(mock).length, 2);
  });

  it('reports failures, adds nothing, and pauses after three in a row until saved again', async () => {
    const mock = server();
    const seen = events(mock);
    await addPaymentMethod(mock, {
      id: 'pm_card_chargeDeclined',
      label: 'Visa •••• 0002',
      brand: 'visa',
      last4: '0002',
    });
    await save(mock, { threshold: 340, paymentMethodId: 'pm_card_chargeDeclined' });
    const before = await balance(mock);
    for (let i = 0; i < 5; i++) await scan(mock);
    assert.equal(await balance(mock), before - 5, 'failed top-ups add nothing');
    const made = autoTopUps(mock);
    assert.equal(made.length, 3, 'three attempts, then paused');
    assert.ok(made.every((t) => t.status === 'failed' && t.failureCode === 'payment_declined'));
    assert.equal(seen.filter((e) => e.type === 'auto_top_up_failed').length, 3);
    const state = (await call(mock, '/auto-top-up', { token: TOKEN })).body;
    assert.equal(state.paused, true);
    assert.equal(state.lastFailure.message, 'payment_declined');
    const history = (await call(mock, '/transactions?status=failed', { token: TOKEN })).body.items;
    assert.ok(
      history.some((t: { topUpId: string }) => t.topUpId === made[0]!.id),
      'the failed attempt is in the history',
    );
    await save(mock, { threshold: 340, paymentMethodId: 'pm_card_visa' });
    assert.equal((await call(mock, '/auto-top-up', { token: TOKEN })).body.paused, false);
    await scan(mock);
    assert.equal(autoTopUps(mock).at(-1)!.status, 'completed');
  });

  it('buys before credits expire, extends the remaining credits by 12 months, and waits while one is pending', async () => {
    const mock = server();
    const account = record(mock, ACCOUNT);
    await addPaymentMethod(mock, { id: 'pm_card_pending', label: 'Visa •••• 3155', brand: 'visa', last4: '3155' });
    const expiring = account.blocks.filter((b) => b.expiresAt && Date.parse(b.expiresAt) < mock.clock.now() + 30 * DAY);
    assert.ok(expiring.length > 0, 'the preset has credits expiring within 30 days');
    const before = new Map(expiring.map((b) => [b.id, b.expiresAt!]));
    await save(mock, {
      threshold: null,
      expiryDays: 30,
      purchase: { type: 'package', packageId: 'scan-100' },
      paymentMethodId: 'pm_card_pending',
    });
    await scan(mock);
    await scan(mock);
    assert.equal(autoTopUps(mock).length, 1, 'none while one is pending');
    const pending = autoTopUps(mock)[0]!;
    assert.equal(pending.status, 'pending');
    const done = await call(mock, `/top-ups/${pending.id}/complete`, {
      token: TOKEN,
      body: { cardNumber: '4242424242424242' },
      key: 'c1',
    });
    assert.equal(done.body.status, 'completed');
    await scan(mock);
    assert.equal(autoTopUps(mock).length, 1, 'extended credits no longer trigger');
    for (const [id, expiresAt] of before) {
      const block = account.blocks.find((b) => b.id === id);
      if (!block) continue; // used up meanwhile
      const expected = new Date(expiresAt);
      expected.setUTCFullYear(expected.getUTCFullYear() + 1);
      assert.equal(block.expiresAt, expected.toISOString());
    }
  });

  it('GET /credit-blocks says which blocks the next top-up extends and to when, and the top-up keeps that promise', async () => {
    const mock = server();
    await addPaymentMethod(mock, { id: 'pm_card_pending', label: 'Visa •••• 3155', brand: 'visa', last4: '3155' });
    type View = { id: string; status: string; source: string; expiresAt: string | null; extendsTo: string | null };
    const blocks = async () => ((await call(mock, '/credit-blocks', { token: TOKEN })).body as { items: View[] }).items;
    assert.ok(
      (await blocks()).every((b) => b.extendsTo === null),
      'nothing is extended while auto top-up is off',
    );
    await save(mock, {
      threshold: null,
      expiryDays: 30,
      purchase: { type: 'package', packageId: 'scan-100' },
      paymentMethodId: 'pm_card_pending',
    });
    const promised = (await blocks()).filter((b) => b.extendsTo !== null);
    assert.ok(promised.length >= 2, 'the preset has dated paid and bonus blocks');
    for (const b of promised) assert.ok(b.status === 'active' && b.source !== 'plan' && b.expiresAt !== null, b.id);
    await scan(mock);
    const pending = autoTopUps(mock)[0]!;
    await call(mock, `/top-ups/${pending.id}/complete`, {
      token: TOKEN,
      body: { cardNumber: '4242424242424242' },
      key: 'c-promise',
    });
    const after = new Map((await blocks()).map((b) => [b.id, b]));
    for (const b of promised) {
      const now = after.get(b.id)!;
      if (now.status !== 'active') continue; // used up by the scan meanwhile
      assert.equal(now.expiresAt, b.extendsTo, `block ${b.id} got the expiry it was promised`);
    }
  });

  it('extends at once when the expiry purchase completes immediately', async () => {
    const mock = server();
    const account = record(mock, ACCOUNT);
    await save(mock, { threshold: null, expiryDays: 30, purchase: { type: 'package', packageId: 'scan-100' } });
    await scan(mock);
    assert.equal(autoTopUps(mock).length, 1);
    const soon = account.blocks.filter((b) => b.expiresAt && Date.parse(b.expiresAt) < mock.clock.now() + 30 * DAY);
    assert.deepEqual(soon, []);
    const view = (await call(mock, '/account', { token: TOKEN })).body;
    assert.ok(view.expiring.every((e: { expiresAt: string }) => Date.parse(e.expiresAt) > mock.clock.now() + 30 * DAY));
  });
});
