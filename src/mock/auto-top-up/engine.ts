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
import { expiringWithin, extendExpiry } from '../../core/ledger.js';
import type { Quote, TopUp } from '../../core/schemas/index.js';
import type { AfterDebit } from '../hooks.js';
import { ProblemError } from '../http.js';
import { balanceOf } from '../ledger-ops.js';
import { applyResult, createTopUp } from '../payments/settle.js';
import type { ProcessorResult } from '../payments/processor.js';
import { quoteFor, type PurchaseInput } from '../quote.js';
import type { MockServerCore } from '../server.js';
import type { AccountRecord } from '../store/types.js';
import { publishFailure } from './notify.js';

export const MAX_CONSECUTIVE_FAILURES = 3;
export const EXPIRY_EXTENSION_MONTHS = 12;

export interface EngineState {
  /** False after the balance trigger fired, until the balance is back at or above the threshold. */
  armed: boolean;
  failures: number;
  pendingTopUpId: string | null;
  pendingReason: Reason | null;
  /** Net amounts charged (or pending), for the monthly cap. */
  charges: { at: string; amount: number }[];
  /** Month (`2026-11`) whose cap notice was already sent. */
  capNotified: string | null;
}

/** The engine's bookkeeping on the account record. */
export function engineState(account: AccountRecord): EngineState {
  return ((account.extra.autoTopUp as EngineState | undefined) ??= {
    armed: true,
    failures: 0,
    pendingTopUpId: null,
    pendingReason: null,
    charges: [],
    capNotified: null,
  });
}

/** Saving the settings starts afresh: unpaused, armed, failure count cleared. */
export function resetEngine(account: AccountRecord): void {
  const state = engineState(account);
  state.armed = true;
  state.failures = 0;
  state.capNotified = null;
  account.autoTopUp.paused = false;
  account.autoTopUp.lastFailure = null;
}

type Reason = 'threshold' | 'expiry';

/** Extends the credits bought before `beforeIso` by 12 months (not the purchase that caused it). */
function extendOlderThan(account: AccountRecord, beforeIso: string, now: number): void {
  const older = account.blocks.filter((b) => b.createdAt < beforeIso);
  const newer = account.blocks.filter((b) => b.createdAt >= beforeIso);
  account.blocks = [...extendExpiry(older, now, EXPIRY_EXTENSION_MONTHS), ...newer];
}

/** Checks both triggers and buys when one fires; returns the top-up made, if any. Call inside the account lock. */
export function checkAutoTopUp(server: MockServerCore, account: AccountRecord): TopUp | null {
  const { settings, paused } = account.autoTopUp;
  if (!settings.enabled || paused || !account.settings.autoTopUpAvailable) return null;
  const state = engineState(account);
  const now = server.clock.now();
  if (state.pendingTopUpId) {
    const pending = account.topUps.get(state.pendingTopUpId);
    if (pending?.status === 'pending') return null;
    // A pending expiry purchase that went through extends what was there before it.
    if (pending?.status === 'completed' && state.pendingReason === 'expiry')
      extendOlderThan(account, pending.createdAt, now);
    state.pendingTopUpId = null;
    state.pendingReason = null;
  }
  const balance = balanceOf(account, now);
  if (settings.threshold !== null) {
    const below = settings.threshold === 0 ? balance === 0 : balance < settings.threshold;
    if (!below) state.armed = true;
    else if (state.armed) return buy(server, account, 'threshold');
  }
  if (settings.expiryDays !== null) {
    const expiring = expiringWithin(
      account.blocks.filter((b) => b.source !== 'plan'),
      now,
      settings.expiryDays,
    );
    if (expiring.length > 0) return buy(server, account, 'expiry');
  }
  return null;
}

/** What the settings buy now (refill: the difference to the target, at least the minimum). */
function purchaseInput(account: AccountRecord, balance: number): PurchaseInput | null {
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

const monthOf = (iso: string) => iso.slice(0, 7);

function buy(server: MockServerCore, account: AccountRecord, reason: Reason): TopUp | null {
  const now = server.clock.now();
  const at = new Date(now).toISOString();
  const state = engineState(account);
  state.armed = false;
  const input = purchaseInput(account, balanceOf(account, now));
  if (!input) return null;
  let quote: Quote;
  try {
    quote = quoteFor(account, { ...input, method: 'card' }, now);
  } catch (error) {
    fail(server, account, error instanceof ProblemError ? String(error.code) : 'internal_error');
    return null;
  }
  const cap = account.autoTopUp.settings.monthlyCap;
  const spent = state.charges.filter((c) => monthOf(c.at) === monthOf(at)).reduce((sum, c) => sum + c.amount, 0);
  if (cap !== null && spent + quote.amount > cap) {
    // Stays armed: the first debit of the next month buys.
    state.armed = true;
    if (state.capNotified !== monthOf(at)) {
      state.capNotified = monthOf(at);
      account.autoTopUp.lastFailure = { at, message: 'monthly_cap_reached' };
      publishFailure(server, account, 'monthly_cap_reached');
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
  const topUp = createTopUp(account, {
    id: `atu_${server.storage.nextNumber('auto-top-up')}`,
    quote,
    method: 'card',
    kind: account.model === 'money' ? 'top_up' : 'purchase',
    now,
  });
  // The credits left keep their value: extended before the new block is added.
  if (result.status === 'completed' && reason === 'expiry') extendOlderThan(account, at, now);
  const settled = applyResult(server, account, topUp, result, now);
  if (settled.status === 'failed') {
    fail(server, account, failureCode);
    return settled;
  }
  state.charges.push({ at, amount: quote.amount });
  state.failures = 0;
  account.autoTopUp.lastFailure = null;
  if (settled.status === 'pending') {
    state.pendingTopUpId = settled.id;
    state.pendingReason = reason;
  }
  const threshold = account.autoTopUp.settings.threshold;
  state.armed = threshold === null || balanceOf(account, now) >= Math.max(threshold, 1);
  return settled;
}

function fail(server: MockServerCore, account: AccountRecord, code: string): void {
  const state = engineState(account);
  state.failures += 1;
  // Re-armed: the next debit tries again, until the pause.
  state.armed = true;
  account.autoTopUp.lastFailure = { at: new Date(server.clock.now()).toISOString(), message: code };
  if (state.failures >= MAX_CONSECUTIVE_FAILURES) account.autoTopUp.paused = true;
  publishFailure(server, account, code);
}

/** The engine as an after-debit rule of the server (`MockServerCore.afterDebit`). */
export const autoTopUpAfterDebit: AfterDebit = (server, account) => void checkAutoTopUp(server, account);
