/**
 * Property tests of the ledger through the HTTP API, on every store: random
 * sequences of buying (Stripe Checkout, settled only by signed webhooks that
 * arrive duplicated and out of order), spending, holds with capture and release,
 * refunds, expiry and repeated requests keep every invariant after every step.
 *
 * Seeded and replayable: FC_SEED=<seed> (and FC_PATH=<path> from a failure
 * report) runs one exact sequence again; FC_RUNS=<n> runs more.
 */
import assert from 'node:assert/strict';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { after, before, describe, it } from 'node:test';
import fc from 'fast-check';
import Stripe from 'stripe';
import { runningBalancesConsistent } from '../../../src/core/ledger.js';
import { createPresetAccounts } from '../../../src/mock/presets/index.js';
import { createMockServer, type MockServer } from '../../../src/mock/server.js';
import { NORTHWIND_DE } from '../../helpers/buyers.js';
import { backends } from './backends.js';

const NOW = Date.parse('2026-11-23T09:00:00Z');
const DAY = 86_400_000;
const SECRET = 'whsec_props';
const TOKEN = 'demo-scan-credits';
const ACCOUNT = 'acc_scan_credits';
const SEED = Number(process.env.FC_SEED ?? 20261123);
const RUNS = Number(process.env.FC_RUNS ?? 20);
const stripe = new Stripe('sk_test_props');

/** A fake Stripe API: every checkout session it creates is open and unpaid. */
let fakeStripe: Server;
let apiBase = '';
before(async () => {
  let sessions = 0;
  fakeStripe = createServer((req, res) => {
    req.resume();
    req.on('end', () => {
      res.setHeader('content-type', 'application/json');
      const id = `cs_props_${++sessions}`;
      res.end(JSON.stringify({ id, object: 'checkout.session', url: `https://stripe.test/${id}`, status: 'open' }));
    });
  });
  await new Promise<void>((resolve) => fakeStripe.listen(0, '127.0.0.1', resolve));
  apiBase = `http://127.0.0.1:${(fakeStripe.address() as AddressInfo).port}`;
});
after(() => new Promise<void>((resolve) => fakeStripe.close(() => resolve())));

type Action =
  | { kind: 'buy'; pkg: string }
  | { kind: 'webhook'; pick: number; event: number; type: string; paid: boolean }
  | { kind: 'spend'; minutes: number }
  | { kind: 'hold'; minutes: number }
  | { kind: 'capture'; pick: number; part: number }
  | { kind: 'release'; pick: number }
  | { kind: 'refund'; amount: number }
  | { kind: 'grant'; amount: number; days: number | null }
  | { kind: 'expire'; days: number }
  | { kind: 'repeat'; pick: number };

const action: fc.Arbitrary<Action> = fc.oneof(
  fc.record({ kind: fc.constant('buy' as const), pkg: fc.constantFrom('scan-100', 'scan-500') }),
  {
    weight: 3,
    arbitrary: fc.record({
      kind: fc.constant('webhook' as const),
      pick: fc.nat(),
      // A small pool of event ids per top-up: the same event arrives again.
      event: fc.nat({ max: 3 }),
      type: fc.constantFrom(
        'checkout.session.completed',
        'checkout.session.async_payment_succeeded',
        'checkout.session.async_payment_failed',
        'checkout.session.expired',
      ),
      paid: fc.boolean(),
    }),
  },
  fc.record({ kind: fc.constant('spend' as const), minutes: fc.integer({ min: 0, max: 400 }) }),
  fc.record({ kind: fc.constant('hold' as const), minutes: fc.integer({ min: 1, max: 300 }) }),
  fc.record({ kind: fc.constant('capture' as const), pick: fc.nat(), part: fc.integer({ min: 1, max: 5 }) }),
  fc.record({ kind: fc.constant('release' as const), pick: fc.nat() }),
  fc.record({ kind: fc.constant('refund' as const), amount: fc.integer({ min: 1, max: 400 }) }),
  fc.record({
    kind: fc.constant('grant' as const),
    amount: fc.integer({ min: 1, max: 200 }),
    days: fc.option(fc.integer({ min: 1, max: 60 }), { nil: null }),
  }),
  fc.record({ kind: fc.constant('expire' as const), days: fc.integer({ min: 1, max: 120 }) }),
  fc.record({ kind: fc.constant('repeat' as const), pick: fc.nat() }),
);

interface Sent {
  method: string;
  path: string;
  body: unknown;
  key: string;
  token: string;
  status: number;
  response: unknown;
  /** Server clock when sent: keys answer for 24 hours. */
  at: number;
}

class Session {
  private n = 0;
  readonly writes: Sent[] = [];
  readonly topUps: { id: string; session: string }[] = [];
  readonly holds: { id: string; amount: number }[] = [];

  constructor(readonly mock: MockServer) {}

  async send(method: string, path: string, body?: unknown, token = TOKEN, key?: string) {
    const headers: Record<string, string> = { authorization: `Bearer ${token}` };
    if (body !== undefined) headers['content-type'] = 'application/json';
    const idempotencyKey = key ?? (method === 'GET' ? undefined : `k${++this.n}`);
    if (idempotencyKey) headers['idempotency-key'] = idempotencyKey;
    const response = await this.mock.fetch(
      new Request(`http://mock${path}`, {
        method,
        headers,
        ...(body !== undefined ? { body: JSON.stringify(body) } : {}),
      }),
    );
    const json = (await response.json()) as any;
    assert.ok(response.status < 500, `${method} ${path} answered ${response.status}: ${JSON.stringify(json)}`);
    if (idempotencyKey && !key)
      this.writes.push({
        method,
        path,
        body,
        key: idempotencyKey,
        token,
        status: response.status,
        response: json,
        at: this.mock.clock.now(),
      });
    return { status: response.status, body: json };
  }

  admin(path: string, body: unknown) {
    return this.send('POST', `/admin/accounts/${ACCOUNT}${path}`, body, 'admin-demo-token');
  }

  async webhook(topUp: { id: string; session: string }, eventId: string, type: string, paid: boolean) {
    const payload = JSON.stringify({
      id: eventId,
      object: 'event',
      type,
      created: Math.floor(this.mock.clock.now() / 1000),
      data: {
        object: {
          id: topUp.session,
          object: 'checkout.session',
          payment_status: paid ? 'paid' : 'unpaid',
          metadata: { accountId: ACCOUNT, topUpId: topUp.id },
        },
      },
    });
    const signature = stripe.webhooks.generateTestHeaderString({
      payload,
      secret: SECRET,
      timestamp: Math.floor(this.mock.clock.now() / 1000),
    });
    const response = await this.mock.fetch(
      new Request('http://mock/webhooks/stripe', {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'stripe-signature': signature },
        body: payload,
      }),
    );
    assert.equal(response.status, 200, await response.clone().text());
  }

  async run(a: Action): Promise<void> {
    switch (a.kind) {
      case 'buy': {
        const r = await this.send('POST', '/top-ups', { packageId: a.pkg, method: 'card' });
        assert.equal(r.status, 201);
        this.topUps.push({ id: r.body.id, session: r.body.next.url.split('/').pop() });
        return;
      }
      case 'webhook': {
        const topUp = this.topUps[a.pick % Math.max(1, this.topUps.length)];
        if (topUp) await this.webhook(topUp, `evt_${topUp.id}_${a.event}`, a.type, a.paid);
        return;
      }
      case 'spend':
        await this.send('POST', '/usage', { type: 'scan', durationMinutes: a.minutes });
        return;
      case 'hold': {
        const r = await this.send('POST', '/usage/holds', { type: 'scan', durationMinutes: a.minutes });
        if (r.status === 201) this.holds.push({ id: r.body.id, amount: r.body.amount });
        return;
      }
      case 'capture': {
        const hold = this.holds[a.pick % Math.max(1, this.holds.length)];
        if (hold) await this.send('POST', `/usage/holds/${hold.id}/capture`, { amount: Math.min(hold.amount, a.part) });
        return;
      }
      case 'release': {
        const hold = this.holds[a.pick % Math.max(1, this.holds.length)];
        if (hold) await this.send('POST', `/usage/holds/${hold.id}/release`);
        return;
      }
      case 'refund':
        await this.admin('/refunds', { amount: a.amount });
        return;
      case 'grant':
        await this.admin('/grants', {
          amount: a.amount,
          ...(a.days ? { expiresAt: new Date(this.mock.clock.now() + a.days * DAY).toISOString() } : {}),
        });
        return;
      case 'expire':
        await this.admin('/clock', { advanceMs: a.days * DAY });
        return;
      case 'repeat': {
        // The same write again with its key, within the 24 hours a key answers for: the first answer, applied once.
        const live = this.writes.filter((w) => w.status < 300 && this.mock.clock.now() - w.at < DAY);
        const first = live[a.pick % Math.max(1, live.length)];
        if (!first) return;
        const again = await this.send(first.method, first.path, first.body, first.token, first.key);
        assert.deepEqual([again.status, again.body], [first.status, first.response], `repeat of ${first.path}`);
        return;
      }
    }
  }

  /** Every invariant of the ledger, from outside. */
  async check(): Promise<void> {
    const account = (await this.send('GET', '/account')).body;
    const ledger: any[] = [];
    for (let cursor = ''; ;) {
      const page = (await this.send('GET', `/transactions?limit=500${cursor}`)).body;
      ledger.push(...page.items);
      if (!page.nextCursor) break;
      cursor = `&cursor=${page.nextCursor}`;
    }
    const holds = (await this.send('GET', '/usage/holds')).body as any[];
    assert.ok(account.balance >= 0 && account.held >= 0);
    assert.ok(runningBalancesConsistent([...ledger].reverse()), 'running balances follow from the entries');
    assert.equal(account.balance, ledger[0]?.balanceAfter ?? 0, 'the balance is the sum of the entries');
    assert.equal(
      account.held,
      holds.filter((h) => h.status === 'held').reduce((s, h) => s + h.amount, 0),
      'held is what running holds reserve',
    );
    for (const hold of holds.filter((h) => h.status === 'held')) {
      const entry = ledger.find((e) => e.id === hold.transactionId);
      assert.equal(entry?.status, 'pending', `hold ${hold.id} keeps its pending entry`);
    }
    assert.equal(new Set(ledger.map((e) => e.id)).size, ledger.length, 'no entry twice');
    for (const { id } of this.topUps) {
      const topUp = (await this.send('GET', `/top-ups/${id}`)).body;
      const credited = ledger.filter((e) => e.topUpId === id && e.status === 'completed').length;
      assert.equal(credited, topUp.status === 'completed' ? 1 : 0, `${id} (${topUp.status}) credited once or never`);
    }
  }
}

for (const backend of backends()) {
  describe(`ledger properties: ${backend.name}`, { skip: backend.unavailable ?? false }, () => {
    after(() => backend.dispose());

    it('random sequences keep every invariant', { timeout: 600_000 }, async () => {
      await fc.assert(
        fc.asyncProperty(fc.array(action, { minLength: 5, maxLength: 40, size: 'medium' }), async (actions) => {
          const storage = await backend.fresh(createPresetAccounts(['scan-credits'], NOW, {}));
          const mock = createMockServer({
            storage,
            presets: ['scan-credits'],
            now: NOW,
            frozenClock: true,
            stripe: { secretKey: 'sk_test_props', webhookSecret: SECRET, apiBase },
          });
          const session = new Session(mock);
          try {
            await session.send('PUT', '/billing-details', NORTHWIND_DE);
            for (const a of actions) {
              await session.run(a);
              await session.check();
            }
          } finally {
            await storage.close();
          }
        }),
        {
          seed: SEED,
          numRuns: RUNS,
          ...(process.env.FC_PATH ? { path: process.env.FC_PATH } : {}),
        },
      );
    });
  });
}
