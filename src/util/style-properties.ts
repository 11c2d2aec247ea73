/**
 * Sets inline style properties through the CSSOM (`element.style.setProperty`)
 * on every render. Lit's `styleMap` writes its first value as a `style`
 * attribute, which a page with `style-src 'self'` blocks (a CSP violation and a
 * missing height); CSSOM writes are allowed under any CSP.
 *
 *   html`<tr ${styleProperties({ height: '120px' })}></tr>`
 */
import { noChange, nothing } from 'lit';
import { Directive, directive, PartType, type ElementPart, type PartInfo } from 'lit/directive.js';

class StylePropertiesDirective extends Directive {
  constructor(part: PartInfo) {
    super(part);
    if (part.type !== PartType.ELEMENT) throw new Error('styleProperties() goes in the element position: <tr ${…}>');
  }

  override render(_properties: Record<string, string>): typeof nothing {
    return nothing;
  }

  override update(part: ElementPart, [properties]: [Record<string, string>]): typeof noChange {
    const { style } = part.element as HTMLElement;
    for (const [name, value] of Object.entries(properties)) style.setProperty(name, value);
    return noChange;
  }
}

export const styleProperties = directive(StylePropertiesDirective);
