/** The accounts the server bench pays from (scripts/bench/server.ts, lib/serve.ts). */
import { createPresetAccounts } from '../../../src/mock/presets/index.js';
import type { SeedAccount } from '../../../src/mock/store/types.js';

const NOW = Date.now();

/** Bench account `i`: the agency demo account with `entries` ledger entries and credit for every payment the bench makes. */
export function benchAccount(i: number, entries: number): SeedAccount {
  const seed = createPresetAccounts(['agency-credits'], NOW, {})[0]!;
  const id = `acc_bench_${i}`;
  const state = { ...seed.state, id, token: `bench-${i}`, name: `Bench ${i}` };
  const out: SeedAccount = { ...seed, state, entries: [...seed.entries], seqs: [...seed.seqs] };
  // History: pairs of a 1,000 top-up and a 1,000 payment, so the balance ends where it was.
  let seq = state.nextSeq;
  const base = seed.entries.at(-1)!.balanceAfter;
  // After the demo history, a millisecond apart, so time ascends with the ledger position.
  const start = Date.parse(seed.entries.at(-1)!.createdAt) + 1;
  for (let n = seed.entries.length; n < entries; n++) {
    const inbound = n % 2 === 0;
    const at = new Date(start + n).toISOString();
    out.entries.push({
      id: `txn_${seq}`,
      createdAt: at,
      direction: inbound ? 'in' : 'out',
      kind: inbound ? 'top_up' : 'payment',
      amount: 1000,
      balanceAfter: inbound ? base + 1000 : base,
      status: 'completed',
      reference: inbound ? `TU-${seq}` : 'svc-bench',
      description: inbound ? 'Balance top-up' : 'Bench service',
      method: inbound ? 'card' : 'credits',
      billingNumber: null,
      invoiceId: null,
      topUpId: null,
      ...(inbound ? { source: 'paid' as const } : {}),
    });
    out.seqs.push(seq++);
  }
  // Enough credit for every payment a bench run can make, in one block.
  const credit = 1_000_000_000_000;
  out.blocks = [
    ...seed.blocks,
    { id: 'blk_bench', remaining: credit, expiresAt: null, source: 'granted', createdAt: new Date(NOW).toISOString() },
  ];
  const balance = out.blocks.reduce((s, b) => s + b.remaining, 0);
  out.entries.push({
    ...out.entries.at(-1)!,
    id: `txn_${seq}`,
    createdAt: new Date(NOW).toISOString(),
    direction: 'in',
    kind: 'grant',
    amount: credit,
    balanceAfter: balance,
    reference: 'BENCH',
    description: 'Bench credit',
    method: null,
    source: 'granted',
  });
  out.seqs.push(seq++);
  out.state = { ...state, balance, nextSeq: seq };
  out.topUps = seed.topUps.map((t) => ({ ...t, topUp: { ...t.topUp, id: `${t.topUp.id}_${i}` } }));
  return out;
}
