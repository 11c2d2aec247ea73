/**
 * "Top up the difference": finds the page's `<credit-top-up>` (money balance with
 * top-ups) or `<credit-buy>` (packages), also inside open shadow roots such as a
 * `<credit-dashboard>`, and opens it prefilled with the shortfall. Returns false
 * when the page has none (then nothing is inserted: the host handles
 * `credit-top-up-request` instead).
 */
const TARGETS = ['credit-top-up', 'credit-buy'] as const;

interface Openable extends HTMLElement {
  show?: () => void;
}

function findDeep(root: Document | ShadowRoot, tag: string, depth = 0): Openable | null {
  const direct = root.querySelector<Openable>(tag);
  if (direct || depth > 4) return direct;
  for (const el of root.querySelectorAll('*')) {
    if (el.shadowRoot) {
      const found = findDeep(el.shadowRoot, tag, depth + 1);
      if (found) return found;
    }
  }
  return null;
}

/** Opens the nearest top-up or buy element with `amount` (minor units) prefilled. */
export function openTopUp(from: HTMLElement, amount: number, preferBuy: boolean): boolean {
  const order = preferBuy ? [...TARGETS].reverse() : TARGETS;
  const roots = [from.getRootNode() as Document | ShadowRoot, document];
  for (const tag of order) {
    for (const root of roots) {
      const target = findDeep(root, tag);
      if (!target) continue;
      target.setAttribute('amount', String(amount));
      if (typeof target.show === 'function') target.show();
      else {
        target.setAttribute('open', '');
        target.scrollIntoView?.({ block: 'nearest' });
      }
      return true;
    }
  }
  return false;
}
