/**
 * History at scale for `scan-credits` (`seedEntries`, `--seed-entries`): builds N
 * entries directly in one loop instead of going through `postEntry`, so a million
 * entries take about a second. Each cycle is a 100-credit purchase followed by
 * scans that use it up, so running balances stay exact and whatever a cut-off
 * cycle leaves becomes one live credit block (the balance equals the blocks).
 */
import { addMonths } from '../../core/ledger.js';
import type { Transaction } from '../../core/schemas/index.js';
import { recordOf } from '../credit-blocks.js';
import { addUsage, type AccountDraft } from './base.js';

const CYCLE_CREDITS = 100;

/** Appends `count` entries between `from` and `to` (epoch ms) to an account whose balance is 0. */
export function seedScanHistory(account: AccountDraft, count: number, from: number, to: number): void {
  const step = Math.max(1, Math.floor((to - from) / count));
  let balance = 0;
  let cycleStart = from;
  // A fixed-pattern generator (no Math.random): scan sizes 1..5 in a repeating mix.
  let state = 0x9e3779b9;
  for (let i = 0; i < count; i++) {
    const at = from + i * step;
    const seq = account.nextSeq++;
    const createdAt = new Date(at).toISOString();
    let entry: Transaction;
    if (balance === 0) {
      balance = CYCLE_CREDITS;
      cycleStart = at;
      entry = {
        id: `txn_${seq}`,
        createdAt,
        direction: 'in',
        kind: 'purchase',
        amount: CYCLE_CREDITS,
        balanceAfter: balance,
        status: 'completed',
        reference: `SEED-${seq}`,
        description: '100 scan credits (scan-100)',
        method: 'card',
        billingNumber: null,
        invoiceId: null,
        topUpId: null,
        source: 'paid',
      };
    } else {
      state = (Math.imul(state, 1_664_525) + 1_013_904_223) >>> 0;
      const amount = Math.min(balance, 1 + ((state >>> 29) % 5));
      balance -= amount;
      entry = {
        id: `txn_${seq}`,
        createdAt,
        direction: 'out',
        kind: 'usage',
        amount,
        balanceAfter: balance,
        status: 'completed',
        reference: `scan_seed_${seq}`,
        description: `Scheduled scan (${amount} h)`,
        category: 'scan',
        method: null,
        billingNumber: null,
        invoiceId: null,
        topUpId: null,
      };
    }
    account.entries.push(entry);
    account.seqs.push(seq);
    if (entry.direction === 'out') {
      const day = createdAt.slice(0, 10);
      account.spend.set(day, (account.spend.get(day) ?? 0) + entry.amount);
      addUsage(account, entry);
    }
  }
  account.balance = balance;
  if (balance > 0) {
    const createdAt = new Date(cycleStart).toISOString();
    const expiresAt = account.settings.creditExpiryMonths
      ? addMonths(createdAt, account.settings.creditExpiryMonths)
      : null;
    const block = {
      id: `blk_seed_${account.nextSeq}`,
      remaining: balance,
      expiresAt,
      source: 'paid' as const,
      createdAt,
    };
    account.blocks.push(block);
    account.blockRecords.set(block.id, {
      ...recordOf(block),
      kind: 'purchase',
      description: '100 scan credits (scan-100)',
      amount: CYCLE_CREDITS,
    });
  }
}
