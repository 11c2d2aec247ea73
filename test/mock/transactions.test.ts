import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { runningBalancesConsistent } from '../../src/core/ledger.js';
import { transactionPage, type Transaction } from '../../src/core/schemas/index.js';
import { admin, call, server, record, arrange } from './helpers.js';

const TOKEN = 'demo-scan-credits';
const ACC = 'acc_scan_credits';

async function allPages(
  mock: ReturnType<typeof server>,
  query: string,
  between?: (page: number) => Promise<void>,
): Promise<Transaction[]> {
  const seen: Transaction[] = [];
  let cursor: string | null = null;
  let page = 0;
  do {
    const res = await call(mock, `/transactions?${query}${cursor ? `&cursor=${cursor}` : ''}`, { token: TOKEN });
    assert.equal(res.status, 200, JSON.stringify(res.body));
    transactionPage.parse(res.body);
    seen.push(...res.body.items);
    cursor = res.body.nextCursor;
    if (between) await between(page++);
  } while (cursor);
  return seen;
}

describe('GET /transactions', () => {
  it('pages newest first without skipping or repeating while entries are added between fetches', async () => {
    const mock = server({ presets: ['scan-credits'] });
    const before = [...record(mock, ACC).entries].reverse();
    const seen = await allPages(mock, 'limit=17', async (page) => {
      // An operator grant (and a clock tick) lands between every two page fetches.
      await admin(mock, '/admin/clock', { body: { advanceMs: 1000 } });
      await admin(mock, `/admin/accounts/${ACC}/grants`, { body: { amount: 5 + page, note: `grant ${page}` } });
    });
    assert.deepEqual(
      seen.map((e) => e.id),
      before.map((e) => e.id),
    );
    assert.equal(new Set(seen.map((e) => e.id)).size, seen.length);
    const after = record(mock, ACC).entries;
    assert.ok(after.length > before.length);
    assert.ok(runningBalancesConsistent(after));
  });

  it('defaults to 50 per page, caps at 2,000, and refuses a bad limit or cursor', async () => {
    const mock = server({ presets: ['scan-credits'] });
    assert.equal((await call(mock, '/transactions', { token: TOKEN })).body.items.length, 50);
    assert.equal((await call(mock, '/transactions?limit=2000', { token: TOKEN })).status, 200);
    for (const bad of [
      'limit=2001',
      'limit=0',
      'limit=ten',
      'cursor=garbage',
      'type=sideways',
      'status=done',
      'from=2026-13-01',
      'from=2026-03-10&to=2026-03-01',
    ]) {
      const res = await call(mock, `/transactions?${bad}`, { token: TOKEN });
      assert.equal(res.status, 422, bad);
      assert.equal(res.body.code, 'validation_failed', bad);
    }
  });

  it('filters by type, status and inclusive UTC date range, across pages', async () => {
    const mock = server({ presets: ['usage-billing', 'scan-credits'] });
    const entries = record(mock, ACC).entries;
    const from = entries[Math.floor(entries.length / 3)]!.createdAt.slice(0, 10);
    const to = entries[Math.floor((entries.length * 2) / 3)]!.createdAt.slice(0, 10);
    const got = await allPages(mock, `type=out&status=completed&from=${from}&to=${to}&limit=7`);
    const expected = [...entries]
      .reverse()
      .filter(
        (e) =>
          e.direction === 'out' &&
          e.status === 'completed' &&
          e.createdAt.slice(0, 10) >= from &&
          e.createdAt.slice(0, 10) <= to,
      );
    assert.ok(expected.length > 7);
    assert.deepEqual(
      got.map((e) => e.id),
      expected.map((e) => e.id),
    );
    const failed = await call(mock, '/transactions?status=failed');
    assert.deepEqual(
      failed.body.items.map((e: Transaction) => e.status),
      ['failed'],
    );
    const pending = await call(mock, '/transactions?type=in&status=pending');
    assert.equal(pending.body.items.length, 1);
    assert.equal(pending.body.nextCursor, null);
  });

  it('an entry settled after its page was read moves to the top without breaking later pages', async () => {
    const mock = server({ presets: ['usage-billing'] });
    const first = await call(mock, '/transactions?limit=2');
    const pendingId = first.body.items.find((e: Transaction) => e.status === 'pending').id;
    const { settlePending } = await import('../../src/mock/ledger-ops.js');
    await arrange(mock, 'acc_usage_billing', (tx) => settlePending(tx, pendingId, 'completed', mock.clock.now()));
    const rest = await call(mock, `/transactions?limit=100&cursor=${first.body.nextCursor}`);
    const ids = [...first.body.items, ...rest.body.items].map((e: Transaction) => e.id);
    assert.equal(new Set(ids).size, ids.length);
    const top = await call(mock, '/transactions?limit=1');
    assert.deepEqual(
      [top.body.items[0].id, top.body.items[0].status, top.body.items[0].balanceAfter],
      [pendingId, 'completed', 35000],
    );
    assert.ok(runningBalancesConsistent(record(mock, 'acc_usage_billing').entries));
  });
});
