import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { runningBalancesConsistent } from '../../src/core/ledger.js';
import { account as accountSchema, packageList } from '../../src/core/schemas/index.js';
import { DEMO_ACCOUNTS } from '../../src/mock/presets/index.js';
import { NOW, admin, call, server, record } from './helpers.js';

describe('demo accounts (SPEC §4)', () => {
  const mock = server();

  it('usage-billing: €250.00, money model, no billing details, four months of history', async () => {
    const { status, body } = await call(mock, '/account');
    assert.equal(status, 200);
    accountSchema.parse(body);
    assert.equal(body.balance, 25000);
    assert.equal(body.model, 'money');
    assert.equal(body.currency, 'EUR');
    assert.equal(body.billingDetailsComplete, false);
    assert.deepEqual(body.settings.topUp, {
      presets: [5000, 10000, 25000, 50000, 100000],
      min: 1000,
      max: 5000000,
      invoiceThreshold: 100000,
    });
    const page = await call(mock, '/transactions?limit=100');
    const statuses = page.body.items.map((e: { status: string }) => e.status);
    assert.ok(statuses.includes('failed') && statuses.includes('pending'));
    assert.ok(runningBalancesConsistent([...page.body.items].reverse()));
    assert.equal(page.body.items[0].balanceAfter, 25000);
  });

  it('agency-credits: €300.00, packages, payable items, billing details on file', async () => {
    const { body } = await call(mock, '/account', { token: 'demo-agency-credits' });
    assert.equal(body.balance, 30000);
    assert.equal(body.billingDetailsComplete, true);
    assert.deepEqual(body.settings.purchase.methods, ['card', 'paypal', 'bank_transfer', 'crypto']);
    const packages = await call(mock, '/packages', { token: 'demo-agency-credits' });
    packageList.parse(packages.body);
    assert.deepEqual(
      packages.body.packages.map((p: { credits: number; price: number; saving: number }) => [
        p.credits,
        p.price,
        p.saving,
      ]),
      [
        [10000, 10000, 0],
        [50000, 47500, 500],
        [100000, 90000, 1000],
      ],
    );
    const acc = record(mock, 'demo-agency-credits');
    assert.deepEqual(
      [...acc.items.values()].map((i) => [i.itemId, i.price, i.eligible]),
      [
        ['svc-logo', 12000, true],
        ['svc-audit', 8000, false],
        ['inv-2001', 15000, true],
        ['inv-2002', 90000, true],
      ],
    );
  });

  for (const token of ['demo-scan-credits', 'demo-ai-credits']) {
    it(`${token}: a few hundred credits, some expiring within 30 days, usage history`, async () => {
      const { body } = await call(mock, '/account', { token });
      accountSchema.parse(body);
      assert.equal(body.model, 'credits');
      assert.ok(body.balance >= 100 && body.balance < 1000, `balance ${body.balance}`);
      assert.ok(body.expiring.length > 0);
      for (const e of body.expiring) assert.ok(Date.parse(e.expiresAt) - NOW <= 30 * 86_400_000);
      const page = await call(mock, '/transactions?type=out&limit=20', { token });
      assert.ok(page.body.items.some((e: { kind: string }) => e.kind === 'usage'));
    });
  }

  it('scan-credits packages and labels match the SPEC', async () => {
    const { body } = await call(mock, '/packages', { token: 'demo-scan-credits' });
    assert.deepEqual(
      body.packages.map((p: { credits: number; price: number }) => [p.credits, p.price]),
      [
        [100, 1000],
        [500, 4500],
        [1000, 8000],
        [5000, 35000],
      ],
    );
    assert.equal(body.baseRate, 100_000); // €0.10 per credit, ×10,000
    const account = await call(mock, '/account', { token: 'demo-scan-credits' });
    assert.deepEqual(account.body.unitLabels.de, { one: 'Scan-Credit', other: 'Scan-Credits' });
    assert.equal(account.body.settings.creditExpiryMonths, 12);
  });

  it('every demo account has consistent running balances that end at its balance', () => {
    for (const demo of DEMO_ACCOUNTS) {
      const acc = record(mock, demo.token);
      assert.ok(runningBalancesConsistent(acc.entries), demo.token);
      const last = [...acc.entries].reverse().find((e) => e.status === 'completed')!;
      assert.equal(
        last.balanceAfter,
        acc.blocks.reduce((s, b) => s + b.remaining, 0),
        demo.token,
      );
    }
  });

  it('is deterministic for a given start time', () => {
    const a = record(server(), 'demo-ai-credits');
    const b = record(server(), 'demo-ai-credits');
    assert.deepEqual(a.entries, b.entries);
  });

  it('GET /account expires lapsed credits as expiry entries', async () => {
    const local = server({ presets: ['scan-credits'] });
    const before = await call(local, '/account', { token: 'demo-scan-credits' });
    const soonest = before.body.expiring[0];
    await admin(local, '/admin/clock', { body: { advanceMs: Date.parse(soonest.expiresAt) - NOW } });
    const after = await call(local, '/account', { token: 'demo-scan-credits' });
    assert.equal(after.body.balance, before.body.balance - soonest.amount);
    const page = await call(local, '/transactions?limit=1', { token: 'demo-scan-credits' });
    assert.equal(page.body.items[0].kind, 'expiry');
    assert.equal(page.body.items[0].amount, soonest.amount);
    assert.ok(runningBalancesConsistent(record(local, 'demo-scan-credits').entries));
  });

  it('hands out a billing portal link to a page that works without the token', async () => {
    const { body } = await call(mock, '/billing-portal');
    assert.match(body.url, /^https:\/\/api\.test\/api\/credits\/portal\?session=/);
    const page = await mock.fetch(new Request(body.url));
    assert.equal(page.status, 200);
    assert.match(await page.text(), /Northwind Analytics/);
    const stale = await mock.fetch(new Request(`${'https://api.test/api/credits'}/portal?session=nope`));
    assert.equal(stale.status, 410);
  });
});
