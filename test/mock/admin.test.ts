import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { runningBalancesConsistent } from '../../src/core/ledger.js';
import { serverEvent, type ServerEvent } from '../../src/core/schemas/index.js';
import { admin, call, server, record } from './helpers.js';

const ACC = 'acc_usage_billing';

describe('account isolation', () => {
  const mock = server();

  it('a token only ever reads its own account', async () => {
    const a = await call(mock, '/account', { token: 'demo-usage-billing' });
    const b = await call(mock, '/account', { token: 'demo-usage-billing-2' });
    assert.equal(a.body.id, 'acc_usage_billing');
    assert.equal(b.body.id, 'acc_usage_billing_2');
    await admin(mock, '/admin/accounts/acc_usage_billing_2/grants', { body: { amount: 777 } });
    assert.equal((await call(mock, '/account', { token: 'demo-usage-billing' })).body.balance, 25000);
    assert.equal((await call(mock, '/account', { token: 'demo-usage-billing-2' })).body.balance, 25777);
    const ids = new Set((await call(mock, '/transactions?limit=2000')).body.items.map((e: { id: string }) => e.id));
    const otherTop = (await call(mock, '/transactions?limit=1', { token: 'demo-usage-billing-2' })).body.items[0];
    assert.equal(otherTop.amount, 777);
    assert.ok(
      !(await call(mock, '/transactions?limit=2000')).body.items.some(
        (e: { amount: number; kind: string }) => e.kind === 'grant',
      ),
    );
    assert.ok(ids.size > 0);
  });

  it('no token, a wrong token or an account token on the admin API → 401', async () => {
    assert.equal((await call(mock, '/account', { token: null })).body.code, 'unauthorized');
    assert.equal((await call(mock, '/account', { token: 'demo-nope' })).status, 401);
    const asCustomer = await call(mock, `/admin/accounts/${ACC}/grants`, { body: { amount: 100 } });
    assert.equal(asCustomer.status, 401);
    assert.equal((await call(mock, '/admin/accounts', { token: 'demo-agency-credits' })).status, 401);
    // The operator token is not an account token either.
    assert.equal((await admin(mock, '/account')).status, 401);
    assert.equal((await call(mock, '/account', { token: 'demo-usage-billing' })).body.balance, 25000);
  });

  it('lists accounts for the operator', async () => {
    const { body } = await admin(mock, '/admin/accounts');
    assert.deepEqual(
      body.items.map((a: { preset: string }) => a.preset),
      ['usage-billing', 'usage-billing', 'agency-credits', 'ai-credits', 'scan-credits'],
    );
  });
});

describe('admin operations', () => {
  it('grants, refunds (never below zero), toggles credit payments', async () => {
    const mock = server({ presets: ['usage-billing'] });
    assert.equal(
      (await admin(mock, `/admin/accounts/${ACC}/grants`, { body: { amount: 1000, note: 'Welcome' } })).body.balance,
      26000,
    );
    assert.equal((await admin(mock, `/admin/accounts/${ACC}/refunds`, { body: { amount: 6000 } })).body.balance, 20000);
    const tooMuch = await admin(mock, `/admin/accounts/${ACC}/refunds`, { body: { amount: 20001 } });
    assert.deepEqual([tooMuch.status, tooMuch.body.code], [409, 'insufficient_credits']);
    assert.equal(
      (await admin(mock, `/admin/accounts/${ACC}/credit-payments`, { body: { enabled: false } })).body
        .creditPaymentsEnabled,
      false,
    );
    assert.equal((await call(mock, '/account')).body.creditPaymentsEnabled, false);
    const bad = await admin(mock, `/admin/accounts/${ACC}/grants`, { body: { amount: 0 } });
    assert.deepEqual([bad.status, bad.body.code, bad.body.errors[0].field], [422, 'validation_failed', 'amount']);
    assert.equal((await admin(mock, '/admin/accounts/acc_nope/grants', { body: { amount: 1 } })).status, 404);
    const entries = record(mock, ACC).entries;
    assert.deepEqual(
      entries.slice(-2).map((e) => [e.kind, e.direction, e.amount]),
      [
        ['grant', 'in', 1000],
        ['refund', 'out', 6000],
      ],
    );
    assert.ok(runningBalancesConsistent(entries));
  });

  it('expires granted credits once their date passes', async () => {
    const mock = server({ presets: ['usage-billing'] });
    const expiresAt = new Date(mock.clock.now() + 86_400_000).toISOString();
    await admin(mock, `/admin/accounts/${ACC}/grants`, { body: { amount: 500, expiresAt } });
    assert.equal((await admin(mock, `/admin/accounts/${ACC}/expire`, { body: {} })).body.balance, 25500);
    const after = await admin(mock, `/admin/accounts/${ACC}/clock`, { body: { advanceMs: 86_400_000 } });
    assert.equal(after.body.balance, 25000);
    assert.equal(record(mock, ACC).entries.at(-1)!.kind, 'expiry');
    assert.equal((await admin(mock, '/admin/clock', { body: { advanceMs: -1 } })).status, 422);
  });

  it('is idempotent per key: same key and body → same response, applied once; different body → 409', async () => {
    const mock = server({ presets: ['usage-billing'] });
    const first = await admin(mock, `/admin/accounts/${ACC}/grants`, { body: { amount: 300 }, key: 'k-1' });
    const again = await admin(mock, `/admin/accounts/${ACC}/grants`, { body: { amount: 300 }, key: 'k-1' });
    assert.equal(first.status, 200);
    assert.deepEqual(again.body, first.body);
    assert.equal(again.response.headers.get('idempotent-replayed'), 'true');
    assert.equal((await call(mock, '/account')).body.balance, 25300);
    const conflict = await admin(mock, `/admin/accounts/${ACC}/grants`, { body: { amount: 301 }, key: 'k-1' });
    assert.deepEqual([conflict.status, conflict.body.code], [409, 'idempotency_conflict']);
    // Concurrent repeats of one key still apply once.
    await Promise.all(
      Array.from({ length: 5 }, () =>
        admin(mock, `/admin/accounts/${ACC}/grants`, { body: { amount: 50 }, key: 'k-2' }),
      ),
    );
    assert.equal((await call(mock, '/account')).body.balance, 25350);
  });

  it('serialises concurrent refunds: only what the balance covers succeeds', async () => {
    const mock = server({ presets: ['usage-billing'] });
    const results = await Promise.all(
      Array.from({ length: 8 }, () => admin(mock, `/admin/accounts/${ACC}/refunds`, { body: { amount: 10000 } })),
    );
    assert.equal(results.filter((r) => r.status === 200).length, 2);
    assert.equal((await call(mock, '/account')).body.balance, 5000);
  });
});

describe('GET /events (server-sent events)', () => {
  async function* events(response: Response): AsyncGenerator<ServerEvent | string> {
    const reader = response.body!.pipeThrough(new TextDecoderStream()).getReader();
    let buffer = '';
    for (;;) {
      const { done, value } = await reader.read();
      if (done) return;
      buffer += value;
      let cut: number;
      while ((cut = buffer.indexOf('\n\n')) >= 0) {
        const block = buffer.slice(0, cut);
        buffer = buffer.slice(cut + 2);
        const data = block.split('\n').find((l) => l.startsWith('data: '));
        yield data ? serverEvent.parse(JSON.parse(data.slice(6))) : block;
      }
    }
  }

  it('opens with the account, delivers an account event after an admin grant, and ends on abort', async () => {
    const mock = server({ presets: ['usage-billing'] });
    const abort = new AbortController();
    const { response, type } = await call(mock, '/events', { signal: abort.signal });
    assert.match(type, /^text\/event-stream/);
    const stream = events(response);
    const next = async (): Promise<ServerEvent> => {
      for (;;) {
        const { value, done } = await stream.next();
        assert.ok(!done, 'stream ended early');
        if (typeof value !== 'string') return value;
      }
    };
    const opening = await next();
    assert.ok(opening.type === 'account' && opening.account.balance === 25000);
    await admin(mock, `/admin/accounts/${ACC}/grants`, { body: { amount: 1234 } });
    const entry = await next();
    assert.ok(entry.type === 'transaction' && entry.transaction.amount === 1234);
    const update = await next();
    assert.ok(update.type === 'account' && update.account.balance === 26234);
    abort.abort();
    const end = await Promise.race([stream.next(), new Promise((r) => setTimeout(() => r('timeout'), 1000))]);
    assert.deepEqual(end, { value: undefined, done: true });
  });
});
