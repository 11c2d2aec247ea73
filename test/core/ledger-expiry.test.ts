/** Credit expiry rules: the boundary instant, earliest-expiry-first consumption, the 12-month extension, paid vs granted. */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import {
  availableBalance,
  consume,
  dueForExpiry,
  extendExpiry,
  InsufficientBalanceError,
  type CreditBlock,
} from '../../src/core/ledger.js';
import { expireDue, postEntry } from '../../src/mock/ledger-ops.js';
import { call, server, record, arrange } from '../mock/helpers.js';

const T = Date.parse('2026-06-30T12:00:00.000Z');
const iso = (ms: number) => new Date(ms).toISOString();
const block = (
  id: string,
  remaining: number,
  expiresAt: number | null,
  source: CreditBlock['source'] = 'paid',
  createdAt = T - 1000,
): CreditBlock => ({
  id,
  remaining,
  expiresAt: expiresAt === null ? null : iso(expiresAt),
  source,
  createdAt: iso(createdAt),
});

describe('expiry boundary', () => {
  it('a spend 1 ms before the expiry uses the block; at the expiry instant it does not', () => {
    const blocks = [block('a', 10, T)];
    const before = consume(blocks, 10, T - 1);
    assert.deepEqual(before.taken, [{ blockId: 'a', amount: 10 }]);
    assert.throws(() => consume(blocks, 1, T), InsufficientBalanceError);
    assert.equal(availableBalance(blocks, T - 1), 10);
    assert.equal(availableBalance(blocks, T), 0);
    assert.deepEqual(dueForExpiry(blocks, T - 1), []);
    assert.deepEqual(
      dueForExpiry(blocks, T).map((b) => b.id),
      ['a'],
    );
  });

  it('the mock server charges the block 1 ms before and writes an expiry Out entry at the instant', async () => {
    const mock = server({ presets: ['scan-credits'] });
    const account = record(mock, 'acc_scan_credits');
    const now = mock.clock.now();
    await arrange(mock, 'acc_scan_credits', (tx) => tx.saveBlocks([block('x', 20, now + 1, 'paid', now - 1)]));
    // 1 ms before expiry: the debit uses the block.
    const used = await call(mock, '/usage', {
      token: 'demo-scan-credits',
      body: { type: 'scan', durationMinutes: 60 },
      key: 'u1',
    });
    assert.equal(used.status, 201);
    assert.equal(account.blocks[0]!.remaining, 19);
    mock.clock.advance(1);
    const refused = await call(mock, '/usage', {
      token: 'demo-scan-credits',
      body: { type: 'scan', durationMinutes: 60 },
      key: 'u2',
    });
    assert.equal(refused.body.code, 'insufficient_credits');
    const made = await arrange(mock, 'acc_scan_credits', (tx) => expireDue(tx, mock.clock.now()));
    const expiry = account.entries.filter((e) => e.kind === 'expiry').at(-1)!;
    assert.ok(made.length <= 1);
    assert.equal(expiry.direction, 'out');
    assert.equal(expiry.amount, 19);
    assert.equal(expiry.balanceAfter, 0);
    assert.equal((await call(mock, '/account', { token: 'demo-scan-credits' })).body.balance, 0);
  });
});

describe('earliest-expiry-first consumption', () => {
  it('takes the soonest-expiring block first, never-expiring last, oldest first on ties', () => {
    const blocks = [
      block('never', 100, null),
      block('late', 10, T + 3000),
      block('soon', 5, T + 1000),
      block('tie-new', 5, T + 2000, 'paid', T - 10),
      block('tie-old', 5, T + 2000, 'granted', T - 20),
    ];
    const { taken, blocks: after } = consume(blocks, 30, T);
    assert.deepEqual(taken, [
      { blockId: 'soon', amount: 5 },
      { blockId: 'tie-old', amount: 5 },
      { blockId: 'tie-new', amount: 5 },
      { blockId: 'late', amount: 10 },
      { blockId: 'never', amount: 5 },
    ]);
    assert.equal(after.find((b) => b.id === 'never')!.remaining, 95);
    assert.equal(blocks[0]!.remaining, 100, 'the input is not changed');
  });

  it('keeps paid and granted credits apart in the ledger', async () => {
    const mock = server({ presets: ['scan-credits'] });
    const account = record(mock, 'acc_scan_credits');
    const now = mock.clock.now();
    const grant = await arrange(mock, 'acc_scan_credits', (tx) =>
      postEntry(
        tx,
        {
          direction: 'in',
          kind: 'grant',
          amount: 7,
          status: 'completed',
          reference: 'G',
          description: 'Promo',
          source: 'granted',
          expiresAt: iso(now + 5000),
        },
        now,
      ),
    );
    assert.equal(grant.source, 'granted');
    assert.equal(account.blocks.at(-1)!.source, 'granted');
    mock.clock.advance(5000);
    const made = await arrange(mock, 'acc_scan_credits', (tx) => expireDue(tx, mock.clock.now()));
    const [expired] = made.filter((e) => e.amount === 7);
    assert.equal(expired!.source, 'granted');
  });
});

describe('extension by 12 months', () => {
  it('extends live expiring blocks by 12 calendar months; leaves never-expiring, expired and plan blocks alone', () => {
    const leap = Date.parse('2028-02-29T09:00:00.000Z');
    const blocks = [
      block('a', 10, T + 1000),
      block('leap', 1, leap),
      block('never', 5, null),
      block('gone', 5, T - 1),
      block('plan', 3, T + 1000, 'plan'),
    ];
    const out = extendExpiry(blocks, T, 12);
    const by = new Map(out.map((b) => [b.id, b.expiresAt]));
    assert.equal(by.get('a'), '2027-06-30T12:00:01.000Z');
    assert.equal(by.get('leap'), '2029-02-28T09:00:00.000Z');
    assert.equal(by.get('never'), null);
    assert.equal(by.get('gone'), blocks[3]!.expiresAt);
    assert.equal(by.get('plan'), blocks[4]!.expiresAt);
    assert.equal(blocks[0]!.expiresAt, iso(T + 1000), 'the input is not changed');
  });
});
