/** Credit requests (bank transfer, crypto): pending until the operator decides; credits exactly once on accept, never on reject. */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { MockServer } from '../../src/mock/server.js';
import { admin, call, server, arrange } from './helpers.js';

const TOKEN = 'demo-agency-credits';
const ACCOUNT = 'acc_agency_credits';

async function balance(mock: MockServer): Promise<number> {
  return (await call(mock, '/account', { token: TOKEN })).body.balance;
}

async function request(mock: MockServer, body: unknown, key: string = crypto.randomUUID()) {
  return call(mock, '/credit-requests', { token: TOKEN, body, key });
}

const decide = (mock: MockServer, id: string, body: unknown) =>
  admin(mock, `/admin/accounts/${ACCOUNT}/credit-requests/${id}/decision`, { body, key: crypto.randomUUID() });

describe('credit requests', () => {
  it('creates a pending bank-transfer request with instructions, a unique reference and the quote; adds nothing yet', async () => {
    const mock = server();
    const before = await balance(mock);
    const first = await request(mock, { packageId: 'agency-500', method: 'bank_transfer' });
    assert.equal(first.status, 201);
    assert.equal(first.body.status, 'pending');
    assert.match(first.body.reference, /^CK-REQ-\d{6}$/);
    assert.equal(first.body.credits, 50000);
    assert.equal(first.body.quote.amount, 47500);
    assert.equal(first.body.total, first.body.quote.total);
    const labels = first.body.instructions.lines.map((l: { label: string }) => l.label);
    assert.ok(labels.includes('iban') && labels.includes('reference'));
    const second = await request(mock, { packageId: 'agency-100', method: 'crypto' });
    assert.notEqual(second.body.reference, first.body.reference);
    assert.ok(second.body.instructions.lines.some((l: { label: string }) => l.label === 'address'));
    assert.equal(await balance(mock), before);
    const list = await call(mock, '/credit-requests', { token: TOKEN });
    assert.deepEqual(
      list.body.items.map((r: { id: string }) => r.id),
      [second.body.id, first.body.id],
    );
  });

  it('replays the same idempotency key instead of creating a second request', async () => {
    const mock = server();
    const a = await request(mock, { packageId: 'agency-100', method: 'bank_transfer' }, 'same');
    const b = await request(mock, { packageId: 'agency-100', method: 'bank_transfer' }, 'same');
    assert.equal(a.body.id, b.body.id);
    assert.equal((await call(mock, '/credit-requests', { token: TOKEN })).body.items.length, 1);
  });

  it('accept adds the credits exactly once, with an invoice, even when decided twice', async () => {
    const mock = server();
    const before = await balance(mock);
    const created = await request(mock, { quantity: 2500, method: 'bank_transfer' });
    const [one, two] = await Promise.all([
      decide(mock, created.body.id, { accept: true }),
      decide(mock, created.body.id, { accept: true }),
    ]);
    assert.equal(one.status, 200);
    assert.equal(two.status, 200);
    assert.equal(one.body.status, 'accepted');
    assert.equal(await balance(mock), before + 2500);
    const history = await call(mock, '/transactions?limit=5', { token: TOKEN });
    const entry = history.body.items.find((t: { reference: string }) => t.reference === created.body.reference);
    assert.equal(entry.kind, 'purchase');
    assert.equal(entry.method, 'bank_transfer');
    assert.equal(entry.source, 'paid');
    assert.ok(entry.billingNumber);
    assert.equal(
      history.body.items.filter((t: { reference: string }) => t.reference === created.body.reference).length,
      1,
    );
    const reject = await decide(mock, created.body.id, { accept: false, note: 'too late' });
    assert.equal(reject.status, 409);
    assert.equal(reject.body.code, 'invalid_state');
  });

  it('reject adds nothing and keeps the note', async () => {
    const mock = server();
    const before = await balance(mock);
    const created = await request(mock, { packageId: 'agency-1000', method: 'crypto' });
    const rejected = await decide(mock, created.body.id, { accept: false, note: 'No payment received.' });
    assert.equal(rejected.body.status, 'rejected');
    assert.equal(rejected.body.note, 'No payment received.');
    assert.equal(await balance(mock), before);
    assert.equal((await decide(mock, created.body.id, { accept: true })).status, 409);
    assert.equal(await balance(mock), before);
  });

  it('publishes the request and the account change live', async () => {
    const mock = server();
    const seen: string[] = [];
    mock.events.subscribe(ACCOUNT, (event) => seen.push(event.type));
    const created = await request(mock, { packageId: 'agency-100', method: 'bank_transfer' });
    await decide(mock, created.body.id, { accept: true });
    assert.deepEqual(seen.filter((t) => t === 'credit_request').length, 2);
    assert.ok(seen.includes('transaction') && seen.includes('account'));
  });

  it('refuses methods, packages and accounts that cannot buy this way', async () => {
    const mock = server();
    assert.equal((await request(mock, { packageId: 'nope', method: 'bank_transfer' })).body.code, 'not_found');
    const scan = await call(mock, '/credit-requests', {
      token: 'demo-scan-credits',
      body: { packageId: 'scan-100', method: 'bank_transfer' },
      key: 'k1',
    });
    assert.equal(scan.body.code, 'method_not_available');
    const bad = await request(mock, { packageId: 'agency-100', method: 'card' });
    assert.equal(bad.status, 422);
    assert.equal(bad.body.code, 'validation_failed');
    assert.equal(
      (await call(mock, '/credit-requests', { body: { packageId: 'agency-100', method: 'crypto' }, token: TOKEN })).body
        .code,
      'idempotency_key_required',
    );
    assert.equal((await decide(mock, 'req_404', { accept: true })).status, 404);
    assert.equal(
      (
        await call(mock, `/admin/accounts/${ACCOUNT}/credit-requests/x/decision`, {
          token: TOKEN,
          body: { accept: true },
          key: 'k',
        })
      ).status,
      401,
    );
  });

  it('needs billing details', async () => {
    const mock = server();
    await arrange(mock, ACCOUNT, (tx) => tx.updateAccount({ billingDetails: null }));
    const res = await request(mock, { packageId: 'agency-100', method: 'bank_transfer' });
    assert.equal(res.body.code, 'billing_details_required');
  });
});
