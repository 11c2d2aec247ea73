/** The instant breakdown while the backend's quote is on its way: the same pure rules the server runs. */
import { buildQuote, topUpMethods } from '../../core/pricing.js';
import type { Account } from '../../core/schemas/account.js';
import type { Quote } from '../../core/schemas/pricing.js';

/** The quote the backend will give, computed locally from the same pure rules. */
export function previewQuote(account: Account, country: string | null, amount: number): Quote | null {
  const settings = account.settings;
  if (!settings.topUp) return null;
  const methods = topUpMethods(settings, amount);
  return buildQuote(settings, {
    amount,
    credits: amount,
    method: methods[0]!,
    methods,
    buyerCountry: country,
    balance: account.balance,
    currency: account.currency,
  });
}
