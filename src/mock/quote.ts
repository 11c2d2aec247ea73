/**
 * The authoritative quote: what a purchase costs and adds, from the account's
 * settings and the pure pricing rules. Used by GET /quote and by every purchase
 * route, so the price shown is the price charged. Every number comes from the core
 * pricing module; this file only picks the inputs and turns rule violations into
 * problems.
 */
import { formatMoney } from '../core/money.js';
import { baseRate, buildQuote, checkTopUpAmount, customQuantityPrice, topUpMethods } from '../core/pricing.js';
import type { PaymentMethod, Quote } from '../core/schemas/index.js';
import { ProblemError } from './http.js';
import { balanceNow } from './ledger-ops.js';
import type { AccountState, AccountTx } from './store/types.js';

export interface PurchaseInput {
  amount?: number | undefined;
  packageId?: string | undefined;
  quantity?: number | undefined;
  method?: PaymentMethod | undefined;
  country?: string | undefined;
}

export interface QuoteOptions {
  /**
   * The input is a query string (GET /quote): a package the account does not have,
   * or a quantity where none is sold, is a bad parameter (`validation_failed` on
   * that field). For a purchase (the default) they are `not_found` and
   * `method_not_available`.
   */
  query?: boolean;
}

/** Methods the account offers for a purchase of this kind and size. */
export function methodsFor(account: AccountState, input: PurchaseInput): PaymentMethod[] {
  if (input.amount !== undefined) return topUpMethods(account.settings, input.amount);
  return [...account.settings.purchase.methods];
}

/** Throws `validation_failed` unless exactly one of amount, packageId or quantity is given. */
function requireOneItem(input: PurchaseInput): void {
  const given = (['amount', 'packageId', 'quantity'] as const).filter((k) => input[k] !== undefined);
  if (given.length === 1) return;
  throw new ProblemError(422, 'validation_failed', 'Give exactly one of amount, packageId or quantity.', [
    {
      field: given[1] ?? 'amount',
      code: given.length ? 'exclusive' : 'required',
      message: 'Give exactly one of amount, packageId or quantity.',
    },
  ]);
}

/** The quote for the account in a transaction (see `quoteForAccount`). */
export async function quoteFor(
  tx: AccountTx,
  input: PurchaseInput,
  now: number,
  options: QuoteOptions = {},
): Promise<Quote> {
  const [account, balance] = await Promise.all([tx.account(), balanceNow(tx, now)]);
  return quoteForAccount(account, balance, input, options);
}

/** Builds the quote or throws a problem (`amount_out_of_range`, `not_found`, `method_not_available`, …). */
export function quoteForAccount(
  account: AccountState,
  balance: number,
  input: PurchaseInput,
  options: QuoteOptions = {},
): Quote {
  requireOneItem(input);
  const settings = account.settings;
  let amount: number;
  let credits: number;
  if (input.amount !== undefined) {
    const error = checkTopUpAmount(settings, input.amount);
    if (error === 'not_available')
      throw new ProblemError(
        422,
        'method_not_available',
        'This account does not take top-ups of a free amount; buy a package instead.',
      );
    if (error) {
      const topUp = settings.topUp!;
      const range = `${formatMoney(topUp.min, account.currency, 'en')} to ${formatMoney(topUp.max, account.currency, 'en')}`;
      throw new ProblemError(422, 'amount_out_of_range', `The amount must be from ${range}.`, [
        { field: 'amount', code: error, message: `Allowed: ${range}.` },
      ]);
    }
    amount = input.amount;
    credits = input.amount;
  } else {
    if (!settings.purchase.enabled)
      throw new ProblemError(
        422,
        settings.purchase.disabledReason ?? 'purchases_disabled',
        'This account does not sell credit packages.',
      );
    if (input.packageId !== undefined) {
      const pkg = account.packages.find((p) => p.id === input.packageId);
      if (!pkg) {
        if (options.query)
          throw new ProblemError(422, 'validation_failed', 'Unknown package.', [
            { field: 'packageId', code: 'unknown_package', message: 'No such package.' },
          ]);
        throw new ProblemError(404, 'not_found', `No package ${input.packageId}.`);
      }
      amount = pkg.price;
      credits = pkg.credits;
    } else {
      const custom = settings.purchase.customQuantity;
      const quantity = input.quantity!;
      if (!custom) {
        if (options.query)
          throw new ProblemError(422, 'validation_failed', 'This account sells packages only.', [
            { field: 'quantity', code: 'not_allowed', message: 'Custom quantities are not offered.' },
          ]);
        throw new ProblemError(422, 'method_not_available', 'Custom quantities are not offered.');
      }
      if (quantity < custom.min || quantity > custom.max || (custom.step > 0 && quantity % custom.step !== 0)) {
        throw new ProblemError(
          422,
          'amount_out_of_range',
          `The quantity must be from ${custom.min} to ${custom.max} in steps of ${custom.step}.`,
          [
            {
              field: 'quantity',
              code: quantity < custom.min ? 'below_minimum' : quantity > custom.max ? 'above_maximum' : 'step',
              message: `Allowed: ${custom.min}–${custom.max}, step ${custom.step}.`,
            },
          ],
        );
      }
      amount = customQuantityPrice(quantity, baseRate(account.packages));
      credits = quantity;
    }
  }
  const methods = methodsFor(account, input);
  const method = input.method ?? methods[0];
  if (!method || !methods.includes(method)) {
    const offered = methods.length ? `Use ${methods.join(', ')}.` : 'No payment method is offered.';
    throw new ProblemError(
      422,
      'method_not_available',
      `This payment method is not available for this purchase. ${offered}`,
    );
  }
  return buildQuote(settings, {
    amount,
    credits,
    method,
    methods,
    buyerCountry: input.country ?? account.billingDetails?.country ?? null,
    balance,
    currency: account.currency,
  });
}
