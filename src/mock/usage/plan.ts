/**
 * Monthly plan credits (ai-credits): on each billing date the plan's unused
 * credits lapse and a fresh allowance arrives, valid until the next billing date.
 * Call inside the account lock.
 */
import { addMonths } from '../../core/ledger.js';
import type { Transaction } from '../../core/schemas/index.js';
import { saveBlocks } from '../credit-blocks.js';
import { expireDue, postEntry } from '../ledger-ops.js';
import type { AccountTx } from '../store/types.js';

/** Renews the plan at `at`: leftover plan credits expire, new ones are granted. Returns the entries made. */
export async function renewPlanAt(tx: AccountTx, at: number): Promise<Transaction[]> {
  const account = await tx.account();
  if (account.planCredits <= 0) return [];
  const iso = new Date(at).toISOString();
  const blocks = await tx.blocks();
  const lapsing = blocks.map((b) => (b.source === 'plan' && b.remaining > 0 ? { ...b, expiresAt: iso } : b));
  await saveBlocks(tx, blocks, lapsing, at);
  const made = await expireDue(tx, at);
  const next = addMonths(iso, 1);
  made.push(
    await postEntry(
      tx,
      {
        direction: 'in',
        kind: 'plan',
        amount: account.planCredits,
        status: 'completed',
        reference: `PLAN-${iso.slice(0, 10)}`,
        description: 'Monthly plan credits',
        source: 'plan',
        expiresAt: next,
      },
      at,
    ),
  );
  await tx.updateAccount({ nextBillingDate: next });
  return made;
}

/** Renews for every billing date that has passed (the clock may jump several months). */
export async function renewDuePlans(tx: AccountTx, now: number): Promise<Transaction[]> {
  const made: Transaction[] = [];
  for (;;) {
    const { planCredits, nextBillingDate } = await tx.account();
    if (planCredits <= 0 || !nextBillingDate || Date.parse(nextBillingDate) > now) return made;
    made.push(...(await renewPlanAt(tx, Date.parse(nextBillingDate))));
  }
}
