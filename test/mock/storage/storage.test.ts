/**
 * The storage contract, run against every store: memory, PGlite and PostgreSQL.
 * Routes rely on exactly this: transactions commit or roll back as one, writes to
 * one account are serialised, reads see committed data only, numbers are
 * gap-free, invariants are refused, seed data never lands on existing data.
 */
import assert from 'node:assert/strict';
import { after, describe, it } from 'node:test';
import type { Transaction } from '../../../src/core/schemas/index.js';
import { postEntry } from '../../../src/mock/ledger-ops.js';
import { emptyAccount, toSeed } from '../../../src/mock/presets/base.js';
import { createPresetAccounts } from '../../../src/mock/presets/index.js';
import type { ChangeNotice, LedgerQuery, SeedAccount } from '../../../src/mock/store/types.js';
import { backends } from './backends.js';

const NOW = Date.parse('2026-11-23T09:00:00.000Z');
const DAY = 86_400_000;

function account(id: string, credits = 0): SeedAccount {
  const draft = emptyAccount({
    id,
    token: `token-${id}`,
    preset: 'scan-credits',
    name: `Account ${id}`,
    model: 'credits',
    currency: 'EUR',
    settings: createPresetAccounts(['scan-credits'], NOW, {})[0]!.state.settings,
    lowBalanceThreshold: 10,
    createdAt: NOW - DAY,
  });
  const seed = toSeed(draft);
  if (credits > 0) {
    seed.blocks = [
      { id: 'blk_0', remaining: credits, expiresAt: null, source: 'paid', createdAt: seed.state.updatedAt },
    ];
    seed.state = { ...seed.state, balance: credits, nextSeq: 2 };
    seed.entries = [
      {
        id: 'txn_1',
        createdAt: seed.state.updatedAt,
        direction: 'in',
        kind: 'grant',
        amount: credits,
        balanceAfter: credits,
        status: 'completed',
        reference: 'OPENING',
        description: 'Opening balance',
        method: null,
        billingNumber: null,
        invoiceId: null,
        topUpId: null,
        source: 'paid',
      },
    ];
    seed.seqs = [1];
  }
  return seed;
}

const usage = (amount: number, status: 'completed' | 'pending' | 'failed' = 'completed') => ({
  direction: 'out' as const,
  kind: 'usage' as const,
  amount,
  status,
  reference: `U${amount}`,
  description: 'usage',
});

class Boom extends Error {}

for (const backend of backends()) {
  describe(`storage: ${backend.name}`, { skip: backend.unavailable ?? false }, () => {
    after(() => backend.dispose());
    const open = (seed: SeedAccount[] = [account('a', 100), account('b', 50)]) => backend.fresh(seed);

    it(`runs on ${backend.name}`, async () => {
      const storage = await open([]);
      assert.equal(storage.kind, backend.name);
      console.log(`# storage backend ran: ${backend.name} (${storage.location})`);
    });

    it('seeds an empty store once and never over existing data', async () => {
      const storage = await open([]);
      assert.equal(await storage.seed([account('a', 100)]), true);
      await storage.transaction('a', (tx) => postEntry(tx, usage(30), NOW));
      assert.equal(await storage.seed([account('a', 100), account('z', 5)]), false);
      assert.deepEqual(await storage.accountIds(), ['a']);
      assert.equal((await storage.read('a', (tx) => tx.account())).balance, 70);
    });

    it('finds accounts by token and refuses unknown ids', async () => {
      const storage = await open();
      assert.equal(await storage.accountIdByToken('token-b'), 'b');
      assert.equal(await storage.accountIdByToken('nope'), null);
      assert.deepEqual(await storage.accountIds(), ['a', 'b']);
      await assert.rejects(
        storage.read('nope', (tx) => tx.account()),
        /unknown account/,
      );
      await assert.rejects(
        storage.transaction('nope', (tx) => tx.account()),
        /unknown account/,
      );
    });

    it('commits every write of a transaction, and a read sees them', async () => {
      const storage = await open();
      const entry = await storage.transaction('a', async (tx) => {
        await tx.updateAccount({ name: 'Renamed', creditPaymentsEnabled: false });
        await tx.putItem({ itemType: 'service', itemId: 's1', name: 'S', price: 5, eligible: true, paid: false });
        await tx.addToBucket('spend', '2026-11-23', 7);
        return postEntry(tx, usage(10), NOW);
      });
      const seen = await storage.read('a', async (tx) => ({
        account: await tx.account(),
        entry: await tx.entry(entry.id),
        item: await tx.item('s1'),
        blocks: await tx.blocks(),
        spend: await tx.sumBuckets('spend', '2026-11-01', '2026-11-30'),
      }));
      assert.equal(seen.account.name, 'Renamed');
      assert.equal(seen.account.creditPaymentsEnabled, false);
      assert.equal(seen.account.balance, 90);
      assert.deepEqual(seen.entry, entry);
      assert.equal(seen.item?.price, 5);
      assert.deepEqual(
        seen.blocks.map((b) => b.remaining),
        [90],
      );
      assert.equal(seen.spend, 17, '7 added by hand, 10 by the usage entry');
    });

    it('rolls back every write when the transaction throws', async () => {
      const storage = await open();
      const before = await storage.read('a', async (tx) => ({
        account: await tx.account(),
        blocks: await tx.blocks(),
        page: await tx.ledgerPage({ limit: 10 }),
      }));
      let number = 0;
      await assert.rejects(
        storage.transaction('a', async (tx) => {
          await postEntry(tx, usage(40), NOW);
          await tx.updateAccount({ name: 'Never', held: 5 });
          await tx.putTopUp(
            {
              id: 'tu_x',
              status: 'requires_payment',
              method: 'card',
              quote: {} as never,
              next: null,
              failureCode: null,
              failureMessage: null,
              billingNumber: null,
              transactionId: null,
              createdAt: new Date(NOW).toISOString(),
              updatedAt: new Date(NOW).toISOString(),
            },
            { kind: 'top_up' },
          );
          await tx.putHold({
            id: 'h1',
            amount: 1,
            status: 'held',
            createdAt: '',
            description: '',
            transactionId: null,
          });
          await tx.putIdempotency('POST /x', 'k', {
            fingerprint: 'f',
            state: 'done',
            intent: null,
            status: 200,
            body: '{}',
            contentType: 'application/json',
            createdAt: NOW,
          });
          await tx.addToBucket('spend', '2026-11-23', 40);
          assert.equal(await tx.claimProviderEvent('stripe', 'evt_1'), true);
          number = await tx.nextNumber('invoice');
          throw new Boom();
        }),
        Boom,
      );
      assert.equal(number, 1);
      const after = await storage.read('a', async (tx) => ({
        account: await tx.account(),
        blocks: await tx.blocks(),
        page: await tx.ledgerPage({ limit: 10 }),
        topUp: await tx.topUp('tu_x'),
        holds: await tx.holds(),
        record: await tx.idempotency('POST /x', 'k'),
        spend: await tx.sumBuckets('spend', '2026-11-23', '2026-11-23'),
      }));
      assert.deepEqual(after.account, before.account);
      assert.deepEqual(after.blocks, before.blocks);
      assert.deepEqual(after.page, before.page);
      assert.equal(after.topUp, null);
      assert.deepEqual(after.holds, []);
      assert.equal(after.record, null);
      assert.equal(after.spend, 0);
      // The event id and the number were taken back too.
      assert.equal(await storage.transaction('a', (tx) => tx.claimProviderEvent('stripe', 'evt_1')), true);
      assert.equal(await storage.transaction('a', (tx) => tx.nextNumber('invoice')), 1);
    });

    it('refuses writes inside a read', async () => {
      const storage = await open();
      await assert.rejects(
        storage.read('a', (tx) => tx.updateAccount({ name: 'x' })),
        /read-only/,
      );
      await assert.rejects(
        storage.read('a', (tx) => tx.nextNumber('invoice')),
        /read-only/,
      );
    });

    it('refuses a negative balance and a negative remainder (invariants, not just checks)', async () => {
      const storage = await open();
      await assert.rejects(storage.transaction('a', (tx) => tx.updateAccount({ balance: -1 })));
      await assert.rejects(
        storage.transaction('a', (tx) => tx.appendEntry({ ...ENTRY, id: 'neg', balanceAfter: -5 }, 99)),
      );
      await assert.rejects(
        storage.transaction('a', (tx) =>
          tx.saveBlocks([{ id: 'x', remaining: -3, expiresAt: null, source: 'paid', createdAt: ENTRY.createdAt }]),
        ),
      );
      assert.equal((await storage.read('a', (tx) => tx.account())).balance, 100);
    });

    it('serialises concurrent writes to one account: no lost update, no overdraft', async () => {
      const storage = await open([account('a', 25)]);
      const results = await Promise.allSettled(
        Array.from({ length: 40 }, () =>
          storage.transaction('a', async (tx) => {
            const { balance } = await tx.account();
            if (balance < 1) throw new Boom();
            await postEntry(tx, usage(1), NOW);
            return balance;
          }),
        ),
      );
      assert.equal(results.filter((r) => r.status === 'fulfilled').length, 25);
      const state = await storage.read('a', async (tx) => ({
        account: await tx.account(),
        page: await tx.ledgerPage({ limit: 100 }),
      }));
      assert.equal(state.account.balance, 0);
      assert.deepEqual(
        state.page.items.map((e) => e.balanceAfter),
        Array.from({ length: 26 }, (_, i) => (i === 25 ? 25 : i)),
      );
    });

    it('hands out gap-free numbers across accounts, rolled back numbers reused', async () => {
      const storage = await open();
      const taken = await Promise.allSettled(
        Array.from({ length: 30 }, (_, i) =>
          storage.transaction(i % 2 ? 'a' : 'b', async (tx) => {
            const n = await tx.nextNumber('invoice');
            if (i % 5 === 0) throw new Boom();
            return n;
          }),
        ),
      );
      const numbers = taken
        .filter((r): r is PromiseFulfilledResult<number> => r.status === 'fulfilled')
        .map((r) => r.value)
        .sort((x, y) => x - y);
      assert.deepEqual(
        numbers,
        Array.from({ length: 24 }, (_, i) => i + 1),
      );
    });

    it('pages the ledger newest first by position, with filters, and moves a settled entry to the top', async () => {
      const storage = await open([account('a', 1000)]);
      const made: Transaction[] = [];
      for (let i = 0; i < 12; i++) {
        const at = NOW + i * DAY;
        made.push(
          await storage.transaction('a', (tx) =>
            postEntry(tx, usage(i + 1, i === 3 ? 'pending' : i === 5 ? 'failed' : 'completed'), at),
          ),
        );
      }
      const page = (q: Partial<LedgerQuery>) => storage.read('a', (tx) => tx.ledgerPage({ limit: 5, ...q }));
      const first = await page({});
      assert.deepEqual(
        first.items.map((e) => e.id),
        made
          .slice(-5)
          .reverse()
          .map((e) => e.id),
      );
      assert.notEqual(first.nextBeforeSeq, null);
      const second = await page({ beforeSeq: first.nextBeforeSeq! });
      assert.deepEqual(
        second.items.map((e) => e.id),
        made
          .slice(2, 7)
          .reverse()
          .map((e) => e.id),
      );
      const pending = await page({ status: 'pending' });
      assert.deepEqual(
        pending.items.map((e) => e.id),
        [made[3]!.id],
      );
      assert.equal(pending.nextBeforeSeq, null);
      const dated = await page({
        fromIso: new Date(NOW + 2 * DAY).toISOString(),
        toIso: new Date(NOW + 4 * DAY).toISOString(),
      });
      assert.deepEqual(
        dated.items.map((e) => e.id),
        [made[3]!.id, made[2]!.id],
      );
      const ins = await page({ direction: 'in', limit: 50 });
      assert.deepEqual(
        ins.items.map((e) => e.reference),
        ['OPENING'],
      );
      // Settling moves the pending entry to the top (same id, new position).
      const { settlePending } = await import('../../../src/mock/ledger-ops.js');
      await storage.transaction('a', (tx) => settlePending(tx, made[3]!.id, 'completed', NOW + 20 * DAY));
      const top = await page({ limit: 1 });
      assert.equal(top.items[0]!.id, made[3]!.id);
      assert.equal(top.items[0]!.status, 'completed');
      const all = await page({ limit: 100 });
      assert.equal(new Set(all.items.map((e) => e.id)).size, all.items.length);
    });

    it('keeps idempotency records per account and operation, and purges old ones', async () => {
      const storage = await open();
      const record = (createdAt: number, body: string) => ({
        fingerprint: 'f',
        state: 'done' as const,
        intent: null,
        status: 201,
        body,
        contentType: 'application/json',
        createdAt,
      });
      await storage.transaction('a', async (tx) => {
        await tx.putIdempotency('POST /payments', 'k', record(NOW - 2 * DAY, 'old'));
        await tx.putIdempotency('POST /usage', 'k', record(NOW, 'usage'));
      });
      await storage.transaction('b', (tx) => tx.putIdempotency('POST /payments', 'k', record(NOW, 'b')));
      const read = (id: string, op: string) => storage.read(id, (tx) => tx.idempotency(op, 'k'));
      assert.equal((await read('a', 'POST /payments'))?.body, 'old');
      assert.equal((await read('a', 'POST /usage'))?.body, 'usage');
      assert.equal((await read('b', 'POST /payments'))?.body, 'b');
      assert.equal(await storage.purgeIdempotency(NOW - DAY), 1);
      assert.equal(await read('a', 'POST /payments'), null);
      assert.equal((await read('a', 'POST /usage'))?.body, 'usage');
      await storage.transaction('a', (tx) => tx.putIdempotency('POST /usage', 'k', record(NOW + 1, 'replaced')));
      assert.equal((await read('a', 'POST /usage'))?.body, 'replaced');
    });

    it('sums buckets over day and month ranges', async () => {
      const storage = await open();
      await storage.transaction('a', async (tx) => {
        await tx.addToBucket('spend', '2026-10-31', 1);
        await tx.addToBucket('spend', '2026-11-01', 2);
        await tx.addToBucket('spend', '2026-11-01', 3);
        await tx.addToBucket('spend', '2026-11-30', 4);
        await tx.addToBucket('auto_top_up', '2026-11', 100);
        await tx.addToBucket('auto_top_up', '2026-12', 1);
      });
      await storage.transaction('b', (tx) => tx.addToBucket('spend', '2026-11-01', 1000));
      const sum = (m: string, f: string, t: string) => storage.read('a', (tx) => tx.sumBuckets(m, f, t));
      assert.equal(await sum('spend', '2026-11-01', '2026-11-30'), 9);
      assert.equal(await sum('spend', '2026-10-01', '2026-11-01'), 6);
      assert.equal(await sum('auto_top_up', '2026-11', '2026-11'), 100);
      assert.equal(await sum('auto_top_up', '2026-01', '2026-12'), 101);
    });

    it('claims a provider event once, across accounts', async () => {
      const storage = await open();
      assert.equal(await storage.transaction('a', (tx) => tx.claimProviderEvent('stripe', 'evt')), true);
      assert.equal(await storage.transaction('a', (tx) => tx.claimProviderEvent('stripe', 'evt')), false);
      assert.equal(await storage.transaction('b', (tx) => tx.claimProviderEvent('stripe', 'evt')), false);
      assert.equal(await storage.transaction('b', (tx) => tx.claimProviderEvent('paypal', 'evt')), true);
    });

    it('finds a billing-portal session until it expires', async () => {
      const storage = await open();
      await storage.transaction('b', (tx) => tx.putPortalSession('sess', NOW + 1000));
      assert.equal(await storage.portalSession('sess', NOW), 'b');
      assert.equal(await storage.portalSession('sess', NOW + 1000), null);
      assert.equal(await storage.portalSession('other', NOW), null);
    });

    it('lists records in their orders: requests and payments newest first, holds oldest first', async () => {
      const storage = await open();
      await storage.transaction('a', async (tx) => {
        for (const id of ['r1', 'r2', 'r3']) await tx.putRequest({ id } as never);
        for (const id of ['p1', 'p2']) await tx.putPayment({ id } as never);
        for (const id of ['h1', 'h2']) await tx.putHold({ id, status: 'held', amount: 1 } as never);
      });
      await storage.transaction('a', (tx) => tx.putRequest({ id: 'r1', note: 'updated' } as never));
      const lists = await storage.read('a', async (tx) => ({
        requests: (await tx.requests()).map((r) => r.id),
        payments: (await tx.payments()).map((p) => p.id),
        holds: (await tx.holds()).map((h) => h.id),
        r1: await tx.request('r1'),
      }));
      assert.deepEqual(lists, {
        requests: ['r3', 'r2', 'r1'],
        payments: ['p2', 'p1'],
        holds: ['h1', 'h2'],
        r1: { id: 'r1', note: 'updated' },
      });
    });

    it('tells listeners what committed, after the commit, and nothing of a rollback', async () => {
      const storage = await open();
      const heard: ChangeNotice[] = [];
      storage.onChange((n) => void heard.push(n));
      await assert.rejects(
        storage.transaction('a', async (tx) => {
          await postEntry(tx, usage(1), NOW);
          throw new Boom();
        }),
      );
      const entry = await storage.transaction('a', async (tx) => {
        tx.notify('monthly_cap_reached');
        await tx.putRequest({ id: 'req_1' } as never);
        return postEntry(tx, usage(2), NOW);
      });
      await storage.transaction('a', (tx) => tx.idempotency('POST /x', 'k'));
      assert.deepEqual(heard, [
        { accountId: 'a', entries: [entry.id], topUps: [], requests: ['req_1'], notices: ['monthly_cap_reached'] },
      ]);
    });

    it('loads the demo presets intact', async () => {
      const seed = createPresetAccounts(undefined, NOW, { seedEntries: 3000 });
      const storage = await backend.fresh(seed);
      for (const s of seed) {
        const stored = await storage.read(s.state.id, async (tx) => ({
          account: await tx.account(),
          blocks: await tx.blocks(),
          page: await tx.ledgerPage({ limit: 5000 }),
        }));
        assert.deepEqual(stored.account, s.state);
        assert.deepEqual(
          stored.blocks.sort((x, y) => x.id.localeCompare(y.id)),
          [...s.blocks].sort((x, y) => x.id.localeCompare(y.id)),
        );
        assert.deepEqual(stored.page.items, [...s.entries].reverse());
      }
    });
  });
}

const ENTRY: Transaction = {
  id: 'e',
  createdAt: new Date(NOW).toISOString(),
  direction: 'out',
  kind: 'usage',
  amount: 1,
  balanceAfter: 0,
  status: 'completed',
  reference: 'r',
  description: 'd',
  method: null,
  billingNumber: null,
  invoiceId: null,
  topUpId: null,
};
