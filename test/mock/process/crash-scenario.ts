/**
 * The crash scenario the crash test and the bench run: payments and two-step
 * top-ups from eight clients until enough are acknowledged, kill -9, restart on
 * the same data, then check from outside that every acknowledged write is there
 * exactly once, the balance is the sum of the entries, and a retry with the same
 * key returns the first response. Throws (an assertion) on any loss or double.
 */
import assert from 'node:assert/strict';
import { runningBalancesConsistent } from '../../../src/core/ledger.js';
import { request, startServer, wholeLedger, type Call } from './server-process.js';

const ADMIN = 'admin-demo-token';
const AGENCY = 'demo-agency-credits';
const USAGE = 'demo-usage-billing';
const PAY = { itemType: 'service', itemId: 'svc-logo' };

interface Sent {
  token: string;
  method: string;
  path: string;
  body: unknown;
  key: string;
  first: Call;
}

/** Payments and top-ups from several clients until `enough` are acknowledged; then the server is killed. */
async function burst(base: string, kill: () => Promise<void>, enough: number): Promise<Sent[]> {
  const sent: Sent[] = [];
  let acknowledged = 0;
  let killed = false;
  const send = async (token: string, method: string, path: string, body: unknown, key: string) => {
    const first = await request(base, method, path, { token, body, key });
    sent.push({ token, method, path, body, key, first });
    if (first.status >= 200 && first.status < 300) acknowledged++;
    return first;
  };
  const payer = async (worker: number) => {
    for (let i = 0; !killed; i++) await send(AGENCY, 'POST', '/payments', PAY, `pay-${worker}-${i}`);
  };
  const buyer = async (worker: number) => {
    for (let i = 0; !killed; i++) {
      const started = await send(USAGE, 'POST', '/top-ups', { amount: 1000 + i, method: 'card' }, `tu-${worker}-${i}`);
      if (started.status !== 201) continue;
      await send(
        USAGE,
        'POST',
        `/top-ups/${started.body.id}/complete`,
        { cardNumber: '4242424242424242' },
        `tc-${worker}-${i}`,
      );
    }
  };
  const watcher = (async () => {
    while (acknowledged < enough) await new Promise((r) => setTimeout(r, 5));
    killed = true;
    await kill();
  })();
  await Promise.all([...Array.from({ length: 6 }, (_, w) => payer(w)), buyer(0), buyer(1), watcher]);
  return sent;
}

export async function crashAndRecover(args: string[], env: Record<string, string>): Promise<{ acknowledged: number }> {
  const first = await startServer(args, env);
  try {
    assert.equal(
      (
        await request(first.url, 'POST', '/admin/accounts/acc_agency_credits/grants', {
          token: ADMIN,
          body: { amount: 10_000_000 },
        })
      ).status,
      200,
    );
    const details = {
      company: 'Crash Test GmbH',
      street: 'Teststraße 1',
      postalCode: '10115',
      city: 'Berlin',
      country: 'DE',
      vatNumber: 'DE123456789',
      invoiceLanguage: 'en',
      invoiceEmail: 'billing@crash.example',
    };
    assert.equal(
      (await request(first.url, 'PUT', '/billing-details', { token: USAGE, body: details, key: 'bd' })).status,
      200,
    );
  } catch (error) {
    await first.kill();
    throw error;
  }
  const sent = await burst(first.url, () => first.kill('SIGKILL'), 40);
  const acked = sent.filter((s) => s.first.status >= 200 && s.first.status < 300);
  assert.ok(acked.length >= 40, `only ${acked.length} acknowledged before the kill`);

  const second = await startServer(args, env);
  try {
    assert.match(second.output(), /existing data kept/);
    // Every write again with its key: acknowledged ones answer exactly what they answered.
    for (const s of sent) {
      const again = await request(second.url, s.method, s.path, { token: s.token, body: s.body, key: s.key });
      if (s.first.status >= 200 && s.first.status < 300) {
        assert.equal(again.status, s.first.status, `${s.key} status`);
        assert.deepEqual(again.body, s.first.body, `${s.key} answers its first response`);
        assert.equal(again.replayed, true, `${s.key} is a replay`);
      }
    }
    for (const token of [AGENCY, USAGE]) {
      const ledger = await wholeLedger(second.url, token);
      const oldestFirst = [...ledger].reverse();
      assert.ok(runningBalancesConsistent(oldestFirst), `${token}: running balances`);
      const account = await request(second.url, 'GET', '/account', { token });
      assert.equal(account.body.balance, ledger[0].balanceAfter, `${token}: balance is the sum of the entries`);
      assert.equal(new Set(ledger.map((e) => e.id)).size, ledger.length, `${token}: no entry twice`);
    }
    // Each payment key debited exactly once: one payment per key that succeeded.
    const payments = (await request(second.url, 'GET', '/payments', { token: AGENCY })).body as { id: string }[];
    const paymentKeys = new Set(sent.filter((s) => s.path === '/payments').map((s) => s.key));
    assert.equal(payments.length, paymentKeys.size, 'one payment per key, none lost, none doubled');
    for (const s of acked.filter((x) => x.path === '/payments'))
      assert.ok(
        payments.some((p) => p.id === s.first.body.id),
        `${s.key} is stored`,
      );
    // Completed top-ups credited once each.
    const ledger = await wholeLedger(second.url, USAGE);
    for (const s of acked.filter((x) => x.path.endsWith('/complete') && x.first.body.status === 'completed')) {
      const credited = ledger.filter((e) => e.topUpId === s.first.body.id && e.status === 'completed');
      assert.equal(credited.length, 1, `${s.first.body.id} credited once`);
    }
  } finally {
    await second.kill('SIGTERM');
  }
  return { acknowledged: acked.length };
}
