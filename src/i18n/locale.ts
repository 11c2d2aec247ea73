/**
 * Which locale an element speaks: the provider's `locale` override, else the
 * nearest `lang` attribute (crossing shadow roots), else the document's, else the
 * browser's.
 */
export function nearestLang(element: Element): string | null {
  let node: Node | null = element;
  while (node) {
    if (node instanceof Element && node.hasAttribute('lang') && node.getAttribute('lang'))
      return node.getAttribute('lang');
    node = node.parentNode ?? (node instanceof ShadowRoot ? node.host : null);
  }
  return null;
}

export function resolveLocale(element: Element, override?: string | null): string {
  const locale = override || nearestLang(element) || globalThis.navigator?.language || 'en';
  try {
    return Intl.getCanonicalLocales(locale)[0] ?? 'en';
  } catch {
    return 'en';
  }
}

type Listener = () => void;
const listeners = new Set<Listener>();
let observer: MutationObserver | undefined;

/**
 * Calls `listener` whenever any `lang` attribute in the document changes, so a
 * host's language switch re-renders every element. One observer serves all.
 */
export function onLangChange(listener: Listener): () => void {
  if (!observer && typeof MutationObserver !== 'undefined') {
    observer = new MutationObserver(() => listeners.forEach((l) => l()));
    observer.observe(document.documentElement, { attributes: true, attributeFilter: ['lang'], subtree: true });
  }
  listeners.add(listener);
  return () => listeners.delete(listener);
}
