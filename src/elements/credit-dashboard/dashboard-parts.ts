/**
 * The parts the dashboard forwards, one prefix per composed element:
 * `credit-dashboard::part(balance-amount)`, `::part(top-up-continue-button)`,
 * `::part(history-row)`, `::part(billing-input)`. The part lists come from each
 * element's own `@csspart` docs (src/elements/parts.generated.ts), so a part an
 * element documents is forwarded without touching this file.
 */
import { exportParts } from '../base/export-parts.js';
import { ELEMENT_PARTS } from '../parts.generated.js';

/** The prefix of each composed element's parts. */
export const PART_PREFIXES = {
  'credit-balance': 'balance',
  'credit-top-up': 'top-up',
  'credit-buy': 'buy',
  'credit-transactions': 'history',
  'credit-requests': 'requests',
  'credit-auto-top-up': 'auto-top-up',
  'credit-billing-details': 'billing',
  'credit-usage': 'usage',
} as const;

export type ComposedTag = keyof typeof PART_PREFIXES;

/** Each composed element's prefix and the parts forwarded under it. */
export const COMPOSED_PARTS = Object.fromEntries(
  (Object.keys(PART_PREFIXES) as ComposedTag[]).map((tag) => [
    tag,
    { prefix: PART_PREFIXES[tag], parts: ELEMENT_PARTS[tag] },
  ]),
) as { [T in ComposedTag]: { prefix: (typeof PART_PREFIXES)[T]; parts: (typeof ELEMENT_PARTS)[T] } };

/** The `exportparts` value for a composed element: `amount: balance-amount, …`. */
export function exportPartsFor(tag: ComposedTag): string {
  return exportParts(tag, PART_PREFIXES[tag]);
}
