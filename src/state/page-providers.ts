/**
 * Providers on the page, in registration order. Elements outside any provider use
 * the first provider in the document, so a CMS can put one provider in the footer
 * and a badge in the header. Kept on `globalThis` so two copies of the kit share it.
 */
import type { CreditStore } from './store.js';

interface Registry {
  providers: Map<Element, CreditStore>;
  listeners: Set<() => void>;
}

const KEY = Symbol.for('creditkit.page-providers');

/** The page's registry, created on first use (importing this module changes nothing). */
function registry(): Registry {
  const global = globalThis as Record<symbol, Registry | undefined>;
  return (global[KEY] ??= { providers: new Map(), listeners: new Set() });
}

export function registerProvider(element: Element, store: CreditStore): void {
  registry().providers.set(element, store);
  registry().listeners.forEach((l) => l());
}

export function unregisterProvider(element: Element): void {
  if (registry().providers.delete(element)) registry().listeners.forEach((l) => l());
}

/** The store of the first connected provider in document order, if any. */
export function pageDefaultStore(): CreditStore | undefined {
  let first: [Element, CreditStore] | undefined;
  for (const entry of registry().providers) {
    if (!entry[0].isConnected) continue;
    if (!first || first[0].compareDocumentPosition(entry[0]) & Node.DOCUMENT_POSITION_PRECEDING) first = entry;
  }
  return first?.[1];
}

export function onProvidersChange(listener: () => void): () => void {
  registry().listeners.add(listener);
  return () => registry().listeners.delete(listener);
}
