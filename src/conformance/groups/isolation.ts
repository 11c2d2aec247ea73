/**
 * isolation (SPEC §5): a token for account B never reads or moves account A —
 * not A's top-ups or invoices, not A's balance, not A's events.
 */
import { z } from '../../core/schemas/zod.js';
import { expectBody, expectRefused, expectStatus, fail, skip, type Check, type Group } from '../check.js';
import { accountInfo, type Suite } from '../suite.js';
import { makeChange, openStream } from './events.js';
import { parseEvent } from '../event-tap.js';

const statusInfo = z.object({ status: z.string() });

async function accountB(suite: Suite) {
  return expectBody(await suite.b.get('/account'), 200, accountInfo, 'account B');
}

/** A top-up of account A: from its history, else a purchase started now. */
async function topUpOfA(suite: Suite): Promise<string> {
  const entry = (await suite.newest(100)).find((e) => e.topUpId);
  return entry?.topUpId ?? (await suite.startPurchase()).id;
}

const checks: Check[] = [
  {
    name: 'distinct-accounts',
    title: 'The two tokens name two different accounts',
    needs: ['accountB'],
    async run(suite) {
      const b = await accountB(suite);
      if (b.id === suite.account.id) fail(`--account-b-token names account A (${b.id}) too`);
    },
  },
  {
    name: 'resources',
    title: 'Token B cannot read or complete A’s top-up, nor read A’s invoice (403/404), and A is unchanged',
    needs: ['accountB'],
    async run(suite) {
      const id = encodeURIComponent(await topUpOfA(suite));
      const before = expectBody(await suite.a.get(`/top-ups/${id}`), 200, statusInfo, 'A’s top-up');
      const balance = await suite.balance();
      expectRefused(await suite.b.get(`/top-ups/${id}`), [403, 404]);
      const complete = { cardNumber: '4242424242424242' };
      expectRefused(await suite.b.post(`/top-ups/${id}/complete`, complete, suite.key()), [403, 404]);
      const invoice = (await suite.newest(100)).find((e) => e.invoiceId)?.invoiceId;
      if (invoice) expectRefused(await suite.b.get(`/invoices/${encodeURIComponent(invoice)}.pdf`), [403, 404]);
      const after = expectBody(await suite.a.get(`/top-ups/${id}`), 200, statusInfo, 'A’s top-up');
      if (after.status !== before.status) fail(`B’s request moved A’s top-up from ${before.status} to ${after.status}`);
      const now = await suite.balance();
      if (now !== balance) fail(`B’s requests moved A’s balance from ${balance} to ${now}`);
    },
  },
  {
    name: 'writes-stay-put',
    title: 'A change to account A leaves B’s balance and history as they were',
    needs: ['accountB', 'operator'],
    async run(suite) {
      const b = await accountB(suite);
      const [bHead] = await suite.newest(1, suite.b);
      await suite.adjust('grant', 3, 'a change B must not see');
      try {
        const after = await accountB(suite);
        if (after.balance !== b.balance) fail(`A’s grant moved B’s balance from ${b.balance} to ${after.balance}`);
        const [head] = await suite.newest(1, suite.b);
        if (head?.id !== bHead?.id) fail(`A’s grant put ${head?.id} at the top of B’s history`);
      } finally {
        await suite.adjust('refund', 3, 'undo the change B must not see');
      }
    },
  },
  {
    name: 'events',
    title: 'B’s event stream carries nothing of A’s changes',
    needs: ['accountB', 'operator'],
    async run(suite) {
      const b = await accountB(suite);
      const streamA = await openStream(suite);
      const streamB = await openStream(suite, suite.b);
      const bPath = `/admin/accounts/${encodeURIComponent(b.id)}`;
      try {
        const mark = streamB.data.length;
        const change = await makeChange(suite);
        try {
          if ((await streamA.waitFor(change.test)) === undefined)
            skip('A’s own stream did not report A’s change within 5 s (see events.delivers-change)');
        } finally {
          await change.undo();
        }
        // A sentinel change on B: once B's stream shows it, anything of A's would have come before it.
        const sentinel = 2;
        const grant = { amount: sentinel, note: 'creditkit conformance: sentinel change on B' };
        expectStatus(await suite.operator.post(`${bPath}/grants`, grant, suite.key()), [200, 201]);
        const undo = { amount: sentinel, note: 'creditkit conformance: undo the sentinel change on B' };
        try {
          const isSentinel = (event: unknown) => {
            const e = event as {
              type?: string;
              account?: { id?: string; balance?: number };
              transaction?: { amount?: number };
            };
            return (
              (e.type === 'account' && e.account?.id === b.id && e.account.balance === b.balance + sentinel) ||
              (e.type === 'transaction' && e.transaction?.amount === sentinel)
            );
          };
          const seen = await streamB.waitFor(isSentinel);
          if (seen === undefined)
            skip('B’s stream did not report B’s own change within 5 s (see events.delivers-change)');
          const end = streamB.data.findIndex((d, i) => i >= mark && isSentinel(parseEvent(d)));
          const ownAccount = (d: string) => {
            const e = parseEvent(d) as { type?: string; account?: { id?: string } };
            return e.type === 'account' && e.account?.id === b.id;
          };
          // Between A's change and B's sentinel, B may only hear about B's own account.
          const leaked =
            streamB.data.slice(mark, end).find((d) => !ownAccount(d)) ??
            streamB.data.find((d) => d.includes(JSON.stringify(suite.account.id)));
          if (leaked) fail(`B’s stream carried an event of A’s change: ${leaked.slice(0, 200)}`, streamB.exchange);
        } finally {
          expectStatus(await suite.operator.post(`${bPath}/refunds`, undo, suite.key()), [200, 201]);
        }
      } finally {
        streamA.close();
        streamB.close();
      }
    },
  },
];

export const isolationGroup: Group = { name: 'isolation', checks };
