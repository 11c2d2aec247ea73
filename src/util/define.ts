/**
 * Registers a custom element unless the tag is already taken, so two copies of
 * the kit on one page (or a define file imported twice) never throw.
 */
export function defineElement(tag: string, constructor: CustomElementConstructor): void {
  if (typeof customElements === 'undefined' || customElements.get(tag)) return;
  customElements.define(tag, constructor);
}
