/**
 * Usage summaries and credit blocks, property-tested on every store: after a
 * random sequence of spending (by several team members), holds captured and
 * released, grants that expire, refunds and a clock that jumps months, every
 * `GET /usage/summary` equals a fold over the ledger's entries, and
 * `GET /credit-blocks` agrees with the balance and the entries that made the
 * blocks. The summary reads running sums kept by each write; the fold here reads
 * every entry, so the two are independent.
 *
 * Seeded and replayable: FC_SEED=<seed> (and FC_PATH=<path>) runs one sequence
 * again; FC_RUNS=<n> runs more.
 */
import assert from 'node:assert/strict';
import { after, describe, it } from 'node:test';
import fc from 'fast-check';
import { createPresetAccounts } from '../../../src/mock/presets/index.js';
import { createMockServer, type MockServer } from '../../../src/mock/server.js';
import { backends } from './backends.js';

const NOW = Date.parse('2026-11-23T09:00:00Z');
const DAY = 86_400_000;
const TOKEN = 'demo-scan-credits';
const ACCOUNT = 'acc_scan_credits';
const SEED = Number(process.env.FC_SEED ?? 20261203);
const RUNS = Number(process.env.FC_RUNS ?? 0);
const MEMBERS = ['anna', 'ben', 'chloé'];

type Action =
  | { kind: 'spend'; minutes: number; member: number | null }
  | { kind: 'hold'; minutes: number; member: number | null; capture: boolean }
  | { kind: 'refund'; amount: number }
  | { kind: 'grant'; amount: number; days: number | null }
  | { kind: 'clock'; hours: number };

const member = fc.option(fc.nat({ max: MEMBERS.length - 1 }), { nil: null });
const action: fc.Arbitrary<Action> = fc.oneof(
  {
    weight: 4,
    arbitrary: fc.record({ kind: fc.constant('spend' as const), minutes: fc.integer({ min: 0, max: 400 }), member }),
  },
  fc.record({
    kind: fc.constant('hold' as const),
    minutes: fc.integer({ min: 1, max: 300 }),
    member,
    capture: fc.boolean(),
  }),
  fc.record({ kind: fc.constant('refund' as const), amount: fc.integer({ min: 1, max: 50 }) }),
  fc.record({
    kind: fc.constant('grant' as const),
    amount: fc.integer({ min: 1, max: 200 }),
    days: fc.option(fc.integer({ min: 1, max: 40 }), { nil: null }),
  }),
  {
    weight: 2,
    arbitrary: fc.record({ kind: fc.constant('clock' as const), hours: fc.integer({ min: 1, max: 40 * 24 }) }),
  },
);

const query = fc.record({
  fromBack: fc.integer({ min: 0, max: 400 }),
  length: fc.integer({ min: 1, max: 380 }),
  interval: fc.constantFrom('day', 'week', 'month'),
  groupBy: fc.constantFrom('kind', 'member'),
});
type Query = typeof query extends fc.Arbitrary<infer T> ? T : never;

async function send(mock: MockServer, method: string, path: string, body?: unknown, token = TOKEN) {
  const headers: Record<string, string> = { authorization: `Bearer ${token}` };
  if (body !== undefined) headers['content-type'] = 'application/json';
  if (method !== 'GET') headers['idempotency-key'] = `k${Math.random()}`;
  const response = await mock.fetch(
    new Request(`http://mock${path}`, {
      method,
      headers,
      ...(body !== undefined ? { body: JSON.stringify(body) } : {}),
    }),
  );
  const json = (await response.json()) as any;
  assert.ok(response.status < 500, `${method} ${path} answered ${response.status}: ${JSON.stringify(json)}`);
  return { status: response.status, body: json };
}

const admin = (mock: MockServer, path: string, body: unknown) =>
  send(mock, 'POST', `/admin/accounts/${ACCOUNT}${path}`, body, 'admin-demo-token');

async function run(mock: MockServer, a: Action): Promise<void> {
  const who = (m: number | null) => (m === null ? {} : { member: MEMBERS[m] });
  switch (a.kind) {
    case 'spend':
      await send(mock, 'POST', '/usage', { type: 'scan', durationMinutes: a.minutes, ...who(a.member) });
      return;
    case 'hold': {
      const r = await send(mock, 'POST', '/usage/holds', {
        type: 'scan',
        durationMinutes: a.minutes,
        ...who(a.member),
      });
      if (r.status === 201)
        await send(mock, 'POST', `/usage/holds/${r.body.id}/${a.capture ? 'capture' : 'release'}`, {});
      return;
    }
    case 'refund':
      await admin(mock, '/refunds', { amount: a.amount });
      return;
    case 'grant':
      await admin(mock, '/grants', {
        amount: a.amount,
        ...(a.days ? { expiresAt: new Date(mock.clock.now() + a.days * DAY).toISOString() } : {}),
      });
      return;
    case 'clock':
      // The clock moves, then lapsed credits leave as expiry entries.
      await admin(mock, '/clock', { advanceMs: a.hours * 3_600_000 });
      return;
  }
}

async function ledgerOf(mock: MockServer): Promise<any[]> {
  const ledger: any[] = [];
  for (let cursor = ''; ;) {
    const page = (await send(mock, 'GET', `/transactions?limit=2000${cursor}`)).body;
    ledger.push(...page.items);
    if (!page.nextCursor) return ledger;
    cursor = `&cursor=${page.nextCursor}`;
  }
}

const dayMs = (d: string) => Date.parse(`${d}T00:00:00Z`);
const isoDay = (ms: number) => new Date(ms).toISOString().slice(0, 10);

/** The summary computed the slow way: every entry, one by one. */
function fold(ledger: readonly any[], from: string, to: string, groupBy: 'kind' | 'member') {
  const inRange = ledger.filter((e) => e.status === 'completed' && e.direction === 'out' && e.amount > 0);
  const day = (e: any) => e.createdAt.slice(0, 10);
  const spend = inRange.filter((e) => e.kind !== 'expiry' && e.kind !== 'refund');
  const within = (e: any, a: string, b: string) => day(e) >= a && day(e) <= b;
  const sum = (list: any[]) => list.reduce((s, e) => s + e.amount, 0);
  const key = (e: any) => (groupBy === 'kind' ? (e.category ?? e.kind) : (e.member ?? ''));
  return {
    spendIn: (a: string, b: string) => spend.filter((e) => within(e, a, b)),
    sum,
    key,
    expired: sum(inRange.filter((e) => e.kind === 'expiry' && within(e, from, to))),
    refunded: sum(inRange.filter((e) => e.kind === 'refund' && within(e, from, to))),
  };
}

async function checkSummary(mock: MockServer, ledger: readonly any[], q: Query): Promise<void> {
  const today = mock.clock.now();
  const from = isoDay(today - q.fromBack * DAY);
  const to = isoDay(today - q.fromBack * DAY + (q.length - 1) * DAY);
  const r = await send(mock, 'GET', `/usage/summary?from=${from}&to=${to}&interval=${q.interval}&groupBy=${q.groupBy}`);
  assert.equal(r.status, 200, JSON.stringify(r.body));
  const s = r.body;
  const f = fold(ledger, from, to, q.groupBy as 'kind' | 'member');
  const label = `${from}..${to} by ${q.interval}, ${q.groupBy}`;
  // Buckets tile the range: consecutive, clipped to it, aligned to weeks (Monday) and months.
  assert.equal(s.buckets[0].start, from, label);
  assert.equal(s.buckets.at(-1).end, to, label);
  for (const [i, b] of s.buckets.entries()) {
    if (i > 0) {
      assert.equal(dayMs(b.start), dayMs(s.buckets[i - 1].end) + DAY, `${label}: bucket ${i} follows`);
      if (q.interval === 'week') assert.equal(new Date(dayMs(b.start)).getUTCDay(), 1, `${label}: weeks start Monday`);
      if (q.interval === 'month') assert.equal(b.start.slice(8), '01', `${label}: months start on the 1st`);
    }
    if (q.interval === 'day') assert.equal(b.start, b.end);
    const entries = f.spendIn(b.start, b.end);
    assert.equal(b.total, f.sum(entries), `${label}: bucket ${b.start} total`);
    const byKey = new Map<string, number>();
    for (const e of entries) byKey.set(f.key(e), (byKey.get(f.key(e)) ?? 0) + e.amount);
    assert.deepEqual(
      Object.fromEntries(b.groups.map((g: any) => [g.key, g.amount])),
      Object.fromEntries([...byKey].filter(([, v]) => v > 0)),
      `${label}: bucket ${b.start} groups`,
    );
  }
  const all = f.spendIn(from, to);
  assert.equal(s.total, f.sum(all), `${label}: total`);
  assert.equal(s.entries, all.length, `${label}: entries`);
  assert.equal(s.expired, f.expired, `${label}: expired`);
  assert.equal(s.refunded, f.refunded, `${label}: refunded`);
  assert.equal(s.previous.to, isoDay(dayMs(from) - DAY));
  assert.equal(s.previous.total, f.sum(f.spendIn(s.previous.from, s.previous.to)), `${label}: previous`);
  const spent90 = f.sum(f.spendIn(isoDay(today - 89 * DAY), isoDay(today)));
  assert.equal(s.monthlyAverage, Math.round(spent90 / 3), `${label}: monthly average`);
}

async function checkBlocks(mock: MockServer, ledger: readonly any[]): Promise<void> {
  const account = (await send(mock, 'GET', '/account')).body;
  const { items } = (await send(mock, 'GET', '/credit-blocks')).body;
  const active = items.filter((b: any) => b.status === 'active');
  assert.equal(
    active.reduce((s: number, b: any) => s + b.remaining, 0),
    account.balance,
    'active blocks hold the balance',
  );
  // Consumption order: earliest expiry first, never-expiring last.
  const expiries = active.map((b: any) => (b.expiresAt ? Date.parse(b.expiresAt) : Infinity));
  assert.deepEqual(
    expiries,
    [...expiries].sort((a, b) => a - b),
    'active blocks in the order they are used',
  );
  for (const block of items) {
    assert.ok(block.remaining <= block.amount, `${block.id} holds no more than it got`);
    const seq = /^blk_(\d+)$/.exec(block.id)?.[1];
    const made = seq && ledger.find((e) => e.id === `txn_${seq}`);
    if (made) assert.equal(made.amount, block.amount, `${block.id} got what its entry added`);
    if (block.status === 'expired' && block.closedAt !== block.expiresAt) {
      const lapse = ledger.find((e) => e.kind === 'expiry' && e.reference === block.id);
      assert.equal(lapse?.amount, block.remaining, `${block.id}: what expired is its expiry entry`);
    }
    if (block.status === 'used_up') assert.equal(block.remaining, 0);
  }
}

for (const backend of backends()) {
  describe(`usage summary properties: ${backend.name}`, { skip: backend.unavailable ?? false }, () => {
    after(() => backend.dispose());

    it('summaries equal a fold over the entries; blocks agree with the balance', { timeout: 600_000 }, async () => {
      await fc.assert(
        fc.asyncProperty(
          fc.array(action, { minLength: 3, maxLength: 30 }),
          fc.array(query, { minLength: 3, maxLength: 3 }),
          async (actions, queries) => {
            const storage = await backend.fresh(createPresetAccounts(['scan-credits'], NOW, {}));
            const mock = createMockServer({ storage, presets: ['scan-credits'], now: NOW, frozenClock: true });
            try {
              for (const a of actions) await run(mock, a);
              const ledger = await ledgerOf(mock);
              for (const q of queries) await checkSummary(mock, ledger, q);
              await checkBlocks(mock, ledger);
            } finally {
              await storage.close();
            }
          },
        ),
        // SQL stores seed a fresh database per run: fewer runs keep the file under a minute.
        {
          seed: SEED,
          numRuns: RUNS || (backend.name === 'memory' ? 12 : 3),
          ...(process.env.FC_PATH ? { path: process.env.FC_PATH } : {}),
        },
      );
    });
  });
}
