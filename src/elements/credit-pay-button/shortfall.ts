/**
 * "Top up the difference": finds the page's `<credit-top-up>` (money balance with
 * top-ups) or `<credit-buy>` (packages), also inside open shadow roots such as a
 * `<credit-dashboard>`, and opens it prefilled with the shortfall. Returns false
 * when the page has none (then nothing is inserted: the host handles
 * `credit-top-up-request` instead).
 */
import { findDeep } from '../base/find-deep.js';

const TARGETS = ['credit-top-up', 'credit-buy'] as const;

interface Openable extends HTMLElement {
  amount?: unknown;
  show?: () => void;
}

/** Opens the nearest top-up or buy element with `amount` (minor units) prefilled. */
export function openTopUp(from: HTMLElement, amount: number, preferBuy: boolean): boolean {
  const order = preferBuy ? [...TARGETS].reverse() : TARGETS;
  for (const tag of order) {
    const target = findDeep<Openable>(from, tag);
    if (!target) continue;
    // The attribute for elements not upgraded yet and for styling; the property so
    // that the same shortfall asked for again still reaches an upgraded element.
    target.setAttribute('amount', String(amount));
    if ('amount' in target) target.amount = amount;
    if (typeof target.show === 'function') target.show();
    else {
      target.setAttribute('open', '');
      target.scrollIntoView?.({ block: 'nearest' });
    }
    return true;
  }
  return false;
}
