/**
 * idempotency (SPEC §5): a repeated key returns the first result and never acts
 * twice; the same key with different content is refused; concurrent requests
 * with one key act once. Purchases are started and never paid (no money moves);
 * the payment check moves money only with the operator token, and puts it back.
 */
import { z } from '../../core/schemas/zod.js';
import { expectBody, expectRefused, expectStatus, fail, outcome, type Check, type Group } from '../check.js';
import type { Exchange } from '../http.js';
import type { Suite } from '../suite.js';
import { payService, servicePrice } from './problems.js';

const idInfo = z.object({ id: z.string() });
const CONCURRENT = 6;

function sameJson(a: Exchange, b: Exchange): boolean {
  return JSON.stringify(a.json) === JSON.stringify(b.json);
}

/** The entries newer than `headId` in account A's newest `window` (all of them if `headId` is gone). */
async function entriesSince(suite: Suite, headId: string | undefined, window = 50) {
  const newest = await suite.newest(window);
  const at = headId === undefined ? -1 : newest.findIndex((e) => e.id === headId);
  return at < 0 ? newest : newest.slice(0, at);
}

const checks: Check[] = [
  {
    name: 'replay',
    title: 'The same key and body again returns the first response and starts nothing new',
    async run(suite) {
      const key = suite.key();
      const first = await suite.startPurchase(undefined, key);
      const again = await suite.a.post('/top-ups', (await suite.requirePurchase()).body, key);
      const id = expectBody(again, 201, idInfo, 'the replayed top-up').id;
      if (id !== first.id) fail(`the replay started another purchase (${first.id}, then ${id})`, again);
      if (!sameJson(first.exchange, again)) fail('the replayed body differs from the first response', again);
    },
  },
  {
    name: 'conflict',
    title: 'The same key with another body → 409 idempotency_conflict, and the first result stands',
    async run(suite) {
      const key = suite.key();
      const purchase = await suite.requirePurchase();
      const first = await suite.startPurchase(purchase.body, key);
      expectRefused(await suite.a.post('/top-ups', purchase.other, key), 409, ['idempotency_conflict']);
      const replay = await suite.a.post('/top-ups', purchase.body, key);
      const id = expectBody(replay, 201, idInfo, 'the replayed top-up').id;
      if (id !== first.id) fail(`after the conflict the key gives ${id}, not the first top-up ${first.id}`, replay);
    },
  },
  {
    name: 'concurrent',
    title: `${CONCURRENT} concurrent requests with one key start one purchase (the rest replay it or get 409)`,
    async run(suite) {
      const purchase = await suite.requirePurchase();
      const key = suite.key();
      const all = await Promise.all(
        Array.from({ length: CONCURRENT }, () => suite.a.post('/top-ups', purchase.body, key)),
      );
      const ids = new Set<string>();
      for (const exchange of all) {
        if (exchange.status === 409) continue;
        ids.add(expectBody(exchange, 201, idInfo, 'the top-up').id);
      }
      if (ids.size === 0) fail(`every request was refused: ${all.map(outcome).join(', ')}`, all[0]);
      if (ids.size > 1) fail(`one key started ${ids.size} purchases: ${[...ids].join(', ')}`, all[0]);
    },
  },
  {
    name: 'payment-once',
    title: 'A payment retried with its key (3 in a row, 3 at once) charges once and returns one payment',
    needs: ['operator', 'service'],
    async run(suite) {
      const price = await servicePrice(suite);
      await suite.withBalance(3 * price, 'room for the service three times', async () => {
        const head = (await suite.newest(1))[0]?.id;
        const key = suite.key();
        const first = await payService(suite, key);
        const payment = expectBody(first, 201, idInfo, 'the payment').id;
        const sequential: Exchange[] = [];
        for (let i = 0; i < 3; i++) sequential.push(await payService(suite, key));
        const parallel = await Promise.all([1, 2, 3].map(() => payService(suite, key)));
        for (const exchange of [...sequential, ...parallel]) {
          if (exchange.status === 409 && parallel.includes(exchange)) continue;
          expectStatus(exchange, 201);
          const id = expectBody(exchange, 201, idInfo, 'the replayed payment').id;
          if (id !== payment) fail(`the retry made another payment (${payment}, then ${id})`, exchange);
        }
        const balance = await suite.balance();
        if (balance !== 2 * price)
          fail(`the balance went from ${3 * price} to ${balance}; one payment of ${price} leaves ${2 * price}`);
        const added = (await entriesSince(suite, head)).filter((e) => e.direction === 'out');
        if (added.length !== 1) fail(`the ledger gained ${added.length} Out entries; one payment makes one`);
      });
    },
  },
  {
    name: 'key-required',
    title: 'A write without an Idempotency-Key is refused (400/422 idempotency_key_required)',
    async run(suite) {
      const purchase = await suite.purchase();
      const exchange = purchase
        ? (await suite.ensureBillingDetails(), await suite.a.post('/top-ups', purchase.body, undefined))
        : await suite.a.post('/payments', { itemType: 'service', itemId: 'ck-conformance-missing' }, undefined);
      expectRefused(exchange, [400, 422], ['idempotency_key_required']);
    },
  },
  {
    name: 'key-length',
    title: 'A 255-character key works; a 256-character key is refused (400/422) and starts nothing',
    async run(suite) {
      const purchase = await suite.requirePurchase();
      const stem = `${suite.key()}-`;
      const longest = stem + 'k'.repeat(255 - stem.length);
      expectStatus(await suite.a.post('/top-ups', purchase.body, longest), 201);
      const exchange = await suite.a.post('/top-ups', purchase.body, `${longest}k`);
      expectRefused(exchange, [400, 422]);
    },
  },
];

export const idempotencyGroup: Group = { name: 'idempotency', checks };
