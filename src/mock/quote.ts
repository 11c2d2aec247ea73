/**
 * The authoritative quote: what a purchase costs and adds, from the account's
 * settings and the pure pricing rules. Used by GET /quote and by every purchase
 * route, so the price shown is the price charged.
 */
import { baseRate, buildQuote, checkTopUpAmount, customQuantityPrice, topUpMethods } from '../core/pricing.js';
import type { PaymentMethod, Quote } from '../core/schemas/index.js';
import { ProblemError } from './http.js';
import { balanceOf } from './ledger-ops.js';
import type { AccountRecord } from './store/types.js';

export interface PurchaseInput {
  amount?: number | undefined;
  packageId?: string | undefined;
  quantity?: number | undefined;
  method?: PaymentMethod | undefined;
  country?: string | undefined;
}

/** Methods the account offers for a purchase of this kind and size. */
export function methodsFor(account: AccountRecord, input: PurchaseInput): PaymentMethod[] {
  if (input.amount !== undefined) return topUpMethods(account.settings, input.amount);
  return account.settings.purchase.methods;
}

/** Builds the quote or throws a problem (`amount_out_of_range`, `not_found`, `method_not_available`, …). */
export function quoteFor(account: AccountRecord, input: PurchaseInput, now: number): Quote {
  const given = [input.amount, input.packageId, input.quantity].filter((v) => v !== undefined).length;
  if (given !== 1) {
    throw new ProblemError(422, 'validation_failed', 'Give exactly one of amount, packageId or quantity.', [
      { field: 'amount', code: 'invalid', message: 'Give exactly one of amount, packageId or quantity.' },
    ]);
  }
  let price: number;
  let credits: number;
  if (input.amount !== undefined) {
    const problem = checkTopUpAmount(account.settings, input.amount);
    if (problem === 'not_available') throw new ProblemError(422, 'method_not_available', 'This account does not take money top-ups.');
    if (problem) {
      const t = account.settings.topUp!;
      throw new ProblemError(422, 'amount_out_of_range', `The amount must be between ${t.min} and ${t.max} (minor units).`, [
        { field: 'amount', code: problem, message: `Must be between ${t.min} and ${t.max}.` },
      ]);
    }
    price = input.amount;
    credits = input.amount;
  } else {
    if (!account.settings.purchase.enabled) {
      throw new ProblemError(422, account.settings.purchase.disabledReason ?? 'purchases_disabled', 'Buying credits is not possible for this account.');
    }
    if (input.packageId !== undefined) {
      const pkg = account.packages.find((p) => p.id === input.packageId);
      if (!pkg) throw new ProblemError(404, 'not_found', `No package ${input.packageId}.`);
      price = pkg.price;
      credits = pkg.credits;
    } else {
      const custom = account.settings.purchase.customQuantity;
      if (!custom) throw new ProblemError(422, 'method_not_available', 'Custom quantities are not offered.');
      const quantity = input.quantity!;
      if (quantity < custom.min || quantity > custom.max || (custom.step > 0 && quantity % custom.step !== 0)) {
        throw new ProblemError(422, 'amount_out_of_range', `The quantity must be between ${custom.min} and ${custom.max} in steps of ${custom.step}.`, [
          { field: 'quantity', code: 'out_of_range', message: `Between ${custom.min} and ${custom.max}.` },
        ]);
      }
      price = customQuantityPrice(quantity, baseRate(account.packages));
      credits = quantity;
    }
  }
  const methods = methodsFor(account, input);
  const method = input.method ?? methods[0];
  if (!method || !methods.includes(method)) {
    throw new ProblemError(422, 'method_not_available', `Payment by ${input.method ?? 'this method'} is not available for this purchase.`);
  }
  return buildQuote(account.settings, {
    amount: price,
    credits,
    method,
    methods,
    buyerCountry: input.country ?? account.billingDetails?.country ?? null,
    balance: balanceOf(account, now),
    currency: account.currency,
  });
}
