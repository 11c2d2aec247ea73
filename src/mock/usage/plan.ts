/**
 * Monthly plan credits (ai-credits): on each billing date the plan's unused
 * credits lapse and a fresh allowance arrives, valid until the next billing date.
 * Call inside the account lock.
 */
import { addMonths } from '../../core/ledger.js';
import type { Transaction } from '../../core/schemas/index.js';
import { expireDue, postEntry } from '../ledger-ops.js';
import type { AccountRecord } from '../store/types.js';

/** Renews the plan at `at`: leftover plan credits expire, new ones are granted. Returns the entries made. */
export function renewPlanAt(account: AccountRecord, at: number): Transaction[] {
  if (account.planCredits <= 0) return [];
  const iso = new Date(at).toISOString();
  const made: Transaction[] = [];
  for (const block of account.blocks) {
    if (block.source === 'plan' && block.remaining > 0) block.expiresAt = iso;
  }
  made.push(...expireDue(account, at));
  const next = addMonths(iso, 1);
  made.push(
    postEntry(
      account,
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
  account.nextBillingDate = next;
  return made;
}

/** Renews for every billing date that has passed (the clock may jump several months). */
export function renewDuePlans(account: AccountRecord, now: number): Transaction[] {
  const made: Transaction[] = [];
  while (account.planCredits > 0 && account.nextBillingDate && Date.parse(account.nextBillingDate) <= now) {
    made.push(...renewPlanAt(account, Date.parse(account.nextBillingDate)));
  }
  return made;
}
