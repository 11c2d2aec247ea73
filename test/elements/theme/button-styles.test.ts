import { expect, fixture, html as testHtml } from '@open-wc/testing';
import { LitElement, html } from 'lit';
import { buttonStyles, tokens } from '../../../src/theme/tokens.styles.js';

/** The shared button look, alone: an action, a secondary action, a disabled one and a busy one. */
class ButtonSample extends LitElement {
  static override styles = [tokens, buttonStyles];
  override render() {
    return html`<button class="button" id="on">Pay</button><button class="button secondary" id="second">Back</button
      ><button class="button" id="off" disabled>Pay</button
      ><button class="button secondary" id="off2" disabled>Back</button
      ><button class="button" id="busy" disabled aria-busy="true">Saving…</button>`;
  }
}
customElements.define('test-button-sample', ButtonSample);

async function sample(scheme: string) {
  const root = await fixture<HTMLDivElement>(
    testHtml`<div style="color-scheme: ${scheme}"><test-button-sample></test-button-sample></div>`,
  );
  const el = root.querySelector('test-button-sample')!;
  await (el as ButtonSample).updateComplete;
  return (id: string) => getComputedStyle(el.shadowRoot!.getElementById(id)!);
}

describe('shared button styles', () => {
  for (const scheme of ['light', 'dark']) {
    it(`${scheme}: a disabled button has no action colour, a busy one keeps it`, async () => {
      const style = await sample(scheme);
      const primary = style('on').backgroundColor;
      expect(style('off').backgroundColor).to.not.equal(primary);
      expect(style('off').color).to.not.equal(style('on').color);
      expect(style('off').opacity).to.equal('1');
      expect(style('off2').color, 'secondary text is not the action colour').to.not.equal(style('second').color);
      expect(style('busy').backgroundColor).to.equal(primary);
    });
  }
});
