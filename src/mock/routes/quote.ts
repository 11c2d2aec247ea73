/**
 * `GET /quote`: the price of a money top-up (`amount`), a package (`packageId`) or
 * a custom quantity (`quantity`). Every number comes from the core pricing module;
 * this file only picks the inputs and turns rule violations into problems.
 */
import { formatMoney } from '../../core/money.js';
import { baseRate, buildQuote, checkTopUpAmount, customQuantityPrice, topUpMethods } from '../../core/pricing.js';
import { quoteRequest, type PaymentMethod, type Quote, type QuoteRequest } from '../../core/schemas/index.js';
import { validate } from '../context.js';
import { ProblemError } from '../http.js';
import { balanceOf } from '../ledger-ops.js';
import type { AccountRecord } from '../store/types.js';

/** The query parameters, documented with the wire schema. */
export const quoteQuery = quoteRequest;

const INTEGER_PARAMS = new Set(['amount', 'quantity']);

/** Reads the query into a `QuoteRequest`; "12.50" or "abc" for an amount is `validation_failed`. */
export function readQuoteQuery(query: URLSearchParams): QuoteRequest {
  const raw: Record<string, unknown> = {};
  for (const key of ['amount', 'packageId', 'quantity', 'method', 'country']) {
    const value = query.get(key);
    if (value === null || value === '') continue;
    // Amounts are integer minor units; anything else stays a string and fails validation.
    raw[key] = INTEGER_PARAMS.has(key) && /^\d{1,15}$/.test(value) ? Number(value) : value;
  }
  const request = validate(quoteRequest, raw);
  const given = ['amount', 'packageId', 'quantity'].filter((k) => raw[k] !== undefined);
  if (given.length !== 1) {
    throw new ProblemError(422, 'validation_failed', 'Give exactly one of amount, packageId or quantity.', [
      {
        field: given[1] ?? 'amount',
        code: given.length ? 'exclusive' : 'required',
        message: 'Give exactly one of amount, packageId or quantity.',
      },
    ]);
  }
  return request;
}

/** The account's quote for a request at `now`. */
export function quoteFor(account: AccountRecord, request: QuoteRequest, now: number): Quote {
  const settings = account.settings;
  const buyerCountry = request.country ?? account.billingDetails?.country ?? null;
  let amount: number;
  let credits: number;
  let methods: PaymentMethod[];
  if (request.amount !== undefined) {
    const error = checkTopUpAmount(settings, request.amount);
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
    amount = request.amount;
    credits = request.amount;
    methods = topUpMethods(settings, amount);
  } else {
    if (!settings.purchase.enabled)
      throw new ProblemError(422, 'purchases_disabled', 'This account does not sell credit packages.');
    methods = [...settings.purchase.methods];
    if (request.packageId !== undefined) {
      const pkg = account.packages.find((p) => p.id === request.packageId);
      if (!pkg)
        throw new ProblemError(422, 'validation_failed', 'Unknown package.', [
          { field: 'packageId', code: 'unknown_package', message: 'No such package.' },
        ]);
      amount = pkg.price;
      credits = pkg.credits;
    } else {
      const custom = settings.purchase.customQuantity;
      const quantity = request.quantity!;
      if (!custom)
        throw new ProblemError(422, 'validation_failed', 'This account sells packages only.', [
          { field: 'quantity', code: 'not_allowed', message: 'Custom quantities are not offered.' },
        ]);
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
  const method = request.method ?? methods[0];
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
    buyerCountry,
    balance: balanceOf(account, now),
    currency: account.currency,
  });
}
