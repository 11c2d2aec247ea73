/** Spending rules shared by payments and usage: holds reserve credits nobody else may spend. */
import { balanceOf } from '../ledger-ops.js';
import type { AccountRecord } from '../store/types.js';
import { ProblemError } from '../http.js';

/** Credits reserved by running jobs. */
export function heldAmount(account: AccountRecord): number {
  let held = 0;
  for (const hold of account.holds.values()) if (hold.status === 'held') held += hold.amount;
  return held;
}

/** What a new debit may take: the balance minus what running jobs hold. */
export function spendable(account: AccountRecord, now: number): number {
  return Math.max(0, balanceOf(account, now) - heldAmount(account));
}

/** Throws `insufficient_credits` (409) unless `amount` can be spent now. Call inside the account lock. */
export function assertSpendable(account: AccountRecord, amount: number, now: number): void {
  const available = spendable(account, now);
  if (amount > available) {
    throw new ProblemError(409, 'insufficient_credits', `This needs ${amount}; ${available} is available.`);
  }
}
