/**
 * `exportparts` for an element a composite renders: every part the inner element
 * documents (src/elements/parts.generated.ts, from its @csspart docs), under a
 * prefix, e.g. `form: billing-form, input: billing-input, …`.
 */
import { ELEMENT_PARTS } from '../parts.generated.js';

export type PartsTag = keyof typeof ELEMENT_PARTS;

export function exportParts(tag: PartsTag, prefix: string): string {
  return ELEMENT_PARTS[tag].map((part) => `${part}: ${prefix}-${part}`).join(', ');
}
