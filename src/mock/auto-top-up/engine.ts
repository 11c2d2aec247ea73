/**
 * The auto top-up engine of the mock server. It runs inside the account lock
 * after every debit (`runAfterDebit`), so debits racing across the threshold are
 * seen one at a time:
 * - balance trigger: fires once per crossing below the threshold (0 = when the
 *   balance runs out), then stays disarmed until the balance is back at or above
 *   it; a failed attempt re-arms it, so the next debit retries;
 * - expiry trigger: fires when credits expire within `expiryDays`; the purchase
 *   extends the remaining credits by 12 months;
 * - never while an earlier auto top-up is still pending; never beyond the monthly
 *   cap (net price of the credits, per UTC calendar month);
 * - pays with the saved card of the simulated processor: `pm_card_visa` succeeds,
 *   `pm_card_chargeDeclined` is declined, `pm_card_pending` stays pending;
 * - after 3 consecutive failures it pauses until the settings are saved again;
 *   every failure is an `auto_top_up_failed` event and `lastFailure`.
 */
import { availableBalance, expiringWithin, extendExpiry } from '../../core/ledger.js';
import type { AutoTopUpSettings, Quote, TopUp } from '../../core/schemas/index.js';
import { EXPIRY_EXTENSION_MONTHS, saveBlocks } from '../credit-blocks.js';
import type { AfterDebit } from '../hooks.js';
import { ProblemError } from '../http.js';
import { monthOf } from '../ledger-ops.js';
import { applyResult, createTopUp } from '../payments/settle.js';
import type { ProcessorResult } from '../payments/processor.js';
import { quoteForAccount, type PurchaseInput } from '../quote.js';
import type { MockServerCore } from '../server.js';
import type { AccountState, AccountTx, EngineState } from '../store/types.js';

export const MAX_CONSECUTIVE_FAILURES = 3;
export { EXPIRY_EXTENSION_MONTHS };

type Reason = 'threshold' | 'expiry';

/** Saving the settings starts afresh: unpaused, armed, failure count cleared. */
export function resetEngine(
  account: AccountState,
  settings: AutoTopUpSettings,
): Pick<AccountState, 'autoTopUp' | 'autoTopUpEngine'> {
  return {
    autoTopUp: { ...account.autoTopUp, settings, paused: false, lastFailure: null },
    autoTopUpEngine: { ...account.autoTopUpEngine, armed: true, failures: 0, capNotified: null },
  };
}

async function patchEngine(tx: AccountTx, patch: Partial<EngineState>): Promise<void> {
  const account = await tx.account();
  await tx.updateAccount({ autoTopUpEngine: { ...account.autoTopUpEngine, ...patch } });
}

/** Extends the credits bought before `beforeIso` by 12 months (not the purchase that caused it). */
async function extendOlderThan(tx: AccountTx, beforeIso: string, now: number): Promise<void> {
  const blocks = await tx.blocks();
  const older = blocks.filter((b) => b.createdAt < beforeIso);
  const newer = blocks.filter((b) => b.createdAt >= beforeIso);
  await saveBlocks(tx, blocks, [...extendExpiry(older, now, EXPIRY_EXTENSION_MONTHS), ...newer], now);
}

/** Checks both triggers and buys when one fires; returns the top-up made, if any. Call inside the account's transaction. */
export async function checkAutoTopUp(server: MockServerCore, tx: AccountTx): Promise<TopUp | null> {
  let account = await tx.account();
  const { settings, paused } = account.autoTopUp;
  if (!settings.enabled || paused || !account.settings.autoTopUpAvailable) return null;
  const now = server.clock.now();
  const state = account.autoTopUpEngine;
  if (state.pendingTopUpId) {
    const pending = (await tx.topUp(state.pendingTopUpId))?.topUp;
    if (pending?.status === 'pending') return null;
    // A pending expiry purchase that went through extends what was there before it.
    if (pending?.status === 'completed' && state.pendingReason === 'expiry')
      await extendOlderThan(tx, pending.createdAt, now);
    await patchEngine(tx, { pendingTopUpId: null, pendingReason: null });
    account = await tx.account();
  }
  const blocks = await tx.blocks();
  const balance = availableBalance(blocks, now);
  if (settings.threshold !== null) {
    const below = settings.threshold === 0 ? balance === 0 : balance < settings.threshold;
    if (!below) {
      if (!account.autoTopUpEngine.armed) await patchEngine(tx, { armed: true });
    } else if (account.autoTopUpEngine.armed) return buy(server, tx, 'threshold', balance);
  }
  if (settings.expiryDays !== null) {
    const expiring = expiringWithin(
      blocks.filter((b) => b.source !== 'plan'),
      now,
      settings.expiryDays,
    );
    if (expiring.length > 0) return buy(server, tx, 'expiry', balance);
  }
  return null;
}

/** What the settings buy now (refill: the difference to the target, at least the minimum). */
function purchaseInput(account: AccountState, balance: number): PurchaseInput | null {
  const what = account.autoTopUp.settings.purchase;
  const money = account.model === 'money' && account.settings.topUp !== null;
  if (what.type === 'package') return { packageId: what.packageId };
  const want = what.type === 'amount' ? what.amount : what.targetBalance - balance;
  if (want <= 0) return null;
  if (money) return { amount: Math.max(want, account.settings.topUp!.min) };
  const custom = account.settings.purchase.customQuantity;
  if (custom) return { quantity: Math.min(Math.max(want, custom.min), custom.max) };
  const fits =
    [...account.packages].sort((a, b) => a.credits - b.credits).find((p) => p.credits >= want) ??
    account.packages.at(-1);
  return fits ? { packageId: fits.id } : null;
}

async function buy(server: MockServerCore, tx: AccountTx, reason: Reason, balance: number): Promise<TopUp | null> {
  const now = server.clock.now();
  const at = new Date(now).toISOString();
  await patchEngine(tx, { armed: false });
  const account = await tx.account();
  const input = purchaseInput(account, balance);
  if (!input) return null;
  let quote: Quote;
  try {
    quote = quoteForAccount(account, balance, { ...input, method: 'card' });
  } catch (error) {
    await fail(server, tx, error instanceof ProblemError ? String(error.code) : 'internal_error');
    return null;
  }
  const cap = account.autoTopUp.settings.monthlyCap;
  const month = monthOf(now);
  const spent = await tx.sumBuckets('auto_top_up', month, month);
  if (cap !== null && spent + quote.amount > cap) {
    // Stays armed: the first debit of the next month buys.
    await patchEngine(tx, { armed: true });
    if (account.autoTopUpEngine.capNotified !== month) {
      await patchEngine(tx, { capNotified: month });
      await tx.updateAccount({
        autoTopUp: { ...account.autoTopUp, lastFailure: { at, message: 'monthly_cap_reached' } },
      });
      tx.notify('monthly_cap_reached');
    }
    return null;
  }
  const methodId = account.autoTopUp.settings.paymentMethodId;
  const saved = account.autoTopUp.paymentMethods.some((m) => m.id === methodId);
  const failureCode = !saved ? 'no_payment_method' : 'payment_declined';
  const result: ProcessorResult =
    !saved || methodId === 'pm_card_chargeDeclined'
      ? { status: 'failed', next: null, failureCode, failureMessage: failureCode }
      : methodId === 'pm_card_pending'
        ? { status: 'pending', next: { type: 'test_card' } }
        : { status: 'completed', next: null };
  const topUp = await createTopUp(tx, {
    id: `atu_${await tx.nextNumber('auto-top-up')}`,
    quote,
    method: 'card',
    kind: account.model === 'money' ? 'top_up' : 'purchase',
    now,
  });
  // The credits left keep their value: extended before the new block is added.
  if (result.status === 'completed' && reason === 'expiry') await extendOlderThan(tx, at, now);
  const settled = await applyResult(tx, topUp, result, now);
  if (settled.status === 'failed') {
    await fail(server, tx, failureCode);
    return settled;
  }
  await tx.addToBucket('auto_top_up', month, quote.amount);
  const after = await tx.account();
  await tx.updateAccount({ autoTopUp: { ...after.autoTopUp, lastFailure: null } });
  const threshold = after.autoTopUp.settings.threshold;
  const balanceAfter = availableBalance(await tx.blocks(), now);
  await patchEngine(tx, {
    failures: 0,
    ...(settled.status === 'pending' ? { pendingTopUpId: settled.id, pendingReason: reason } : {}),
    armed: threshold === null || balanceAfter >= Math.max(threshold, 1),
  });
  return settled;
}

async function fail(server: MockServerCore, tx: AccountTx, code: string): Promise<void> {
  const account = await tx.account();
  const failures = account.autoTopUpEngine.failures + 1;
  await tx.updateAccount({
    // Re-armed: the next debit tries again, until the pause.
    autoTopUpEngine: { ...account.autoTopUpEngine, failures, armed: true },
    autoTopUp: {
      ...account.autoTopUp,
      lastFailure: { at: new Date(server.clock.now()).toISOString(), message: code },
      paused: account.autoTopUp.paused || failures >= MAX_CONSECUTIVE_FAILURES,
    },
  });
  tx.notify(code);
}

/** The engine as an after-debit rule of the server (`MockServerCore.afterDebit`). */
export const autoTopUpAfterDebit: AfterDebit = async (server, tx) => void (await checkAutoTopUp(server, tx));
