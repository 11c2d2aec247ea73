/**
 * What one automatic top-up charges the saved card, from the same pure rules the
 * reference server's auto top-up runs (src/mock/auto-top-up/engine.ts picks the
 * same purchase): the package's or amount's net price plus the card fee and VAT.
 * The settings form and the checkout offer show this, never the net price alone.
 */
import { baseRate, breakdown, customQuantityPrice } from './pricing.js';
import type { Account } from './schemas/account.js';
import type { AutoTopUpSettings } from './schemas/auto-top-up.js';
import type { CreditPackage } from './schemas/pricing.js';

export interface AutoTopUpCharge {
  /** What the balance grows by (balance units). */
  credits: number;
  /** Net price (currency minor units): what the monthly limit counts. */
  amount: number;
  /** What the card is charged: net price, processing fee and VAT. */
  total: number;
}

/**
 * The charge of one automatic top-up buying `purchase`, or null when it depends
 * on the balance at the time (refill) or cannot be priced (unknown package, nothing
 * to buy).
 */
export function autoTopUpCharge(
  account: Pick<Account, 'model' | 'settings'>,
  packages: readonly Pick<CreditPackage, 'id' | 'credits' | 'price'>[],
  purchase: AutoTopUpSettings['purchase'],
  buyerCountry: string | null,
): AutoTopUpCharge | null {
  let credits: number;
  let amount: number;
  if (purchase.type === 'package') {
    const pkg = packages.find((p) => p.id === purchase.packageId);
    if (!pkg) return null;
    credits = pkg.credits;
    amount = pkg.price;
  } else if (purchase.type === 'amount' && purchase.amount > 0) {
    const topUp = account.settings.topUp;
    const custom = account.settings.purchase.customQuantity;
    if (account.model === 'money' && topUp) {
      credits = amount = Math.max(purchase.amount, topUp.min);
    } else if (custom) {
      credits = Math.min(Math.max(purchase.amount, custom.min), custom.max);
      amount = customQuantityPrice(credits, baseRate([...packages]));
    } else return null;
  } else return null;
  return { credits, amount, total: breakdown(account.settings, amount, 'card', buyerCountry).total };
}
