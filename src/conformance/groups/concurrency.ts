/**
 * concurrency (SPEC §5): debits against one account are serialised, so N
 * concurrent debits against a balance that covers k of them succeed exactly k
 * times and the balance never goes below zero. Needs the operator token to set the
 * balance (and put it back afterwards).
 */
import { expectRefused, fail, type Check, type Group } from '../check.js';
import type { Exchange } from '../http.js';
import type { Suite } from '../suite.js';
import { payService, servicePrice } from './problems.js';

/** Fires `n` debits at once against a balance of `k × amount`; exactly k may succeed. */
async function race(
  suite: Suite,
  k: number,
  n: number,
  amount: number,
  what: string,
  debit: () => Promise<Exchange>,
): Promise<void> {
  await suite.withBalance(k * amount, `room for ${k} ${what}s`, async () => {
    const head = (await suite.newest(1))[0]?.id;
    const all = await Promise.all(Array.from({ length: n }, debit));
    const won = all.filter((e) => e.status >= 200 && e.status < 300);
    for (const exchange of all) if (!won.includes(exchange)) expectRefused(exchange, 409, ['insufficient_credits']);
    const balance = await suite.balance();
    if (won.length !== k)
      fail(
        `${won.length} of ${n} concurrent ${what}s succeeded against a balance for ${k}; balance now ${balance}`,
        won[k],
      );
    if (balance !== 0) fail(`after ${k} ${what}s of ${amount} from ${k * amount} the balance is ${balance}, not 0`);
    const newest = await suite.newest(n + 10);
    const at = newest.findIndex((e) => e.id === head);
    const outs = (at < 0 ? newest : newest.slice(0, at)).filter(
      (e) => e.direction === 'out' && e.status === 'completed',
    );
    if (outs.length !== k) fail(`the ledger gained ${outs.length} completed Out entries for ${k} ${what}s`);
  });
}

const checks: Check[] = [
  {
    name: 'refunds',
    title: '10 concurrent operator refunds of 1 against a balance of 3: exactly 3 succeed, the rest 409',
    needs: ['operator'],
    async run(suite) {
      const path = `/admin/accounts/${encodeURIComponent(suite.account.id)}/refunds`;
      await race(suite, 3, 10, 1, 'refund', () =>
        suite.operator.post(path, { amount: 1, note: 'creditkit conformance: concurrent refund' }, suite.key()),
      );
    },
  },
  {
    name: 'payments',
    title: '8 concurrent payments of --service against a balance for 2: exactly 2 succeed, the rest 409',
    needs: ['operator', 'service'],
    async run(suite) {
      const price = await servicePrice(suite);
      await race(suite, 2, 8, price, 'payment', () => payService(suite));
    },
  },
];

export const concurrencyGroup: Group = { name: 'concurrency', checks };
