/**
 * Finds the page's element with `tag` from `from`: in `from`'s own tree first, then
 * in the document, looking inside open shadow roots too (a `<credit-top-up>` inside
 * a `<credit-dashboard>`). Used where one element hands the customer to another
 * ("Top up the difference", "Complete payment").
 */
export function findDeep<T extends Element>(from: Node, tag: string): T | null {
  for (const root of [from.getRootNode() as Document | ShadowRoot, document]) {
    const found = searchRoot<T>(root, tag, 0);
    if (found) return found;
  }
  return null;
}

function searchRoot<T extends Element>(root: Document | ShadowRoot, tag: string, depth: number): T | null {
  const direct = root.querySelector<T & Element>(tag);
  if (direct || depth > 4) return direct;
  for (const el of root.querySelectorAll('*')) {
    if (el.shadowRoot) {
      const found = searchRoot<T>(el.shadowRoot, tag, depth + 1);
      if (found) return found;
    }
  }
  return null;
}
