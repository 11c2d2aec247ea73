import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { runningBalancesConsistent } from '../../src/core/ledger.js';
import { call, server, record } from './helpers.js';

const TOKEN = 'demo-scan-credits';

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
}

describe('history at scale (seedEntries)', () => {
  it('seeds 100,000 entries quickly with consistent running balances and the demo balance unchanged', async () => {
    const started = performance.now();
    const mock = server({ presets: ['scan-credits'], seedEntries: 100_000 });
    const ms = performance.now() - started;
    console.log(`# seed 100,000 entries: ${ms.toFixed(0)} ms`);
    assert.ok(ms < 5000, `${ms} ms`);
    const account = record(mock, TOKEN);
    assert.ok(account.entries.length > 100_000);
    assert.ok(runningBalancesConsistent(account.entries));
    assert.equal((await call(mock, '/account', { token: TOKEN })).body.balance, 340);
  });

  it('serves a page of 50 from 1,000,000 entries in a few milliseconds, and walks to the oldest by cursor', async () => {
    const started = performance.now();
    const mock = server({ presets: ['scan-credits'], seedEntries: 1_000_000 });
    const buildMs = performance.now() - started;
    const account = record(mock, TOKEN);
    assert.ok(account.entries.length > 1_000_000);
    assert.equal(
      account.blocks.reduce((s, b) => s + b.remaining, 0),
      (await call(mock, '/account', { token: TOKEN })).body.balance,
    );

    // Pages deep in the history: the cursor of a page half-way down.
    const deep = (await call(mock, '/transactions?limit=2000', { token: TOKEN })).body.nextCursor as string;
    const times: number[] = [];
    for (let i = 0; i < 31; i++) {
      const t = performance.now();
      const res = await call(mock, `/transactions?limit=50${i % 2 ? `&cursor=${deep}` : ''}`, { token: TOKEN });
      times.push(performance.now() - t);
      assert.equal(res.body.items.length, 50);
    }
    const pageMs = median(times);
    console.log(`# seed 1,000,000 entries: ${buildMs.toFixed(0)} ms; page of 50: median ${pageMs.toFixed(2)} ms`);
    assert.ok(pageMs < 20, `median ${pageMs} ms`);

    // The oldest end: a date filter far back reaches the first seeded entries.
    const oldest = account.entries[0]!.createdAt.slice(0, 10);
    const first = await call(mock, `/transactions?to=${oldest}&limit=2000`, { token: TOKEN });
    assert.equal(first.body.items.at(-1).id, account.entries[0]!.id);
  });
});
