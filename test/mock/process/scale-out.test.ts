/**
 * Two server processes on one PostgreSQL database behave as one server:
 * concurrent payments split across them never overdraw, one idempotency key
 * debits once whichever process answers, and a write on one process reaches
 * event streams open on the other (LISTEN/NOTIFY, sent only on commit).
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { freshDatabase, request, startServer, wholeLedger, type ServerProcess } from './server-process.js';

const ADMIN = 'admin-demo-token';
const AGENCY = 'acc_agency_credits';
const PRICE = 12000; // svc-logo
const skip = process.env.TEST_DATABASE_URL ? false : 'TEST_DATABASE_URL is not set (scripts/pg-cluster.sh start)';
if (skip && process.env.CI) throw new Error(`The two-process tests must run in CI: ${skip}`);

describe('two server processes on one PostgreSQL', { skip }, () => {
  let a: ServerProcess;
  let b: ServerProcess;

  before(async () => {
    const url = await freshDatabase('scale_out');
    // The first seeds; the second finds the data and keeps it.
    a = await startServer(['--preset', 'agency-credits'], { DATABASE_URL: url });
    b = await startServer(['--preset', 'agency-credits'], { DATABASE_URL: url });
    assert.match(b.output(), /existing data kept/);
  });
  after(async () => {
    await a?.kill('SIGTERM');
    await b?.kill('SIGTERM');
  });

  it('200 concurrent payments split across both against a balance for 37 succeed exactly 37 times', async () => {
    const balance = (await request(a.url, 'GET', '/account')).body.balance;
    const grant = await request(a.url, 'POST', `/admin/accounts/${AGENCY}/grants`, {
      token: ADMIN,
      body: { amount: 37 * PRICE - balance },
    });
    assert.equal(grant.status, 200);
    const results = await Promise.all(
      Array.from({ length: 200 }, (_, i) =>
        request(i % 2 ? a.url : b.url, 'POST', '/payments', {
          body: { itemType: 'service', itemId: 'svc-logo' },
          key: `split-${i}`,
        }),
      ),
    );
    const statuses = results.map((r) => r.status);
    assert.equal(statuses.filter((s) => s === 201).length, 37, `statuses: ${statuses.join(',')}`);
    assert.ok(results.every((r) => r.status === 201 || r.body?.code === 'insufficient_credits'));
    for (const server of [a, b]) assert.equal((await request(server.url, 'GET', '/account')).body.balance, 0);
    const ledger = await wholeLedger(b.url, 'demo-agency-credits');
    assert.equal(ledger[0].balanceAfter, 0);
    assert.equal(ledger.filter((e) => e.kind === 'payment' && e.reference === 'svc-logo').length, 37);
  });

  it('one key sent to both processes at once debits once and answers the same payment everywhere', async () => {
    await request(a.url, 'POST', `/admin/accounts/${AGENCY}/grants`, { token: ADMIN, body: { amount: 5 * PRICE } });
    const results = await Promise.all(
      Array.from({ length: 40 }, (_, i) =>
        request(i % 2 ? a.url : b.url, 'POST', '/payments', {
          body: { itemType: 'service', itemId: 'svc-logo' },
          key: 'one-key-two-processes',
        }),
      ),
    );
    assert.ok(results.every((r) => r.status === 201));
    assert.equal(new Set(results.map((r) => r.body.id)).size, 1);
    assert.equal((await request(b.url, 'GET', '/account')).body.balance, 4 * PRICE);
  });

  it('a payment on one process reaches an event stream open on the other', { timeout: 30_000 }, async () => {
    await request(a.url, 'POST', `/admin/accounts/${AGENCY}/grants`, { token: ADMIN, body: { amount: PRICE } });
    const abort = new AbortController();
    const stream = await fetch(`${b.url}/events`, {
      headers: { authorization: 'Bearer demo-agency-credits' },
      signal: abort.signal,
    });
    const reader = stream.body!.pipeThrough(new TextDecoderStream()).getReader();
    let seen = '';
    const next = async (pattern: RegExp) => {
      while (!pattern.test(seen)) {
        const { value, done } = await reader.read();
        if (done) throw new Error(`stream ended; saw:\n${seen}`);
        seen += value;
      }
    };
    await next(/"type":"account"/); // the opening snapshot
    const paid = await request(a.url, 'POST', '/payments', {
      body: { itemType: 'service', itemId: 'svc-logo' },
      key: 'seen-elsewhere',
    });
    assert.equal(paid.status, 201);
    await next(new RegExp(`"id":"${paid.body.transaction.id}"`));
    abort.abort();
  });
});
