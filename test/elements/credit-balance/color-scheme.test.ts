import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { emulateMedia } from '@web/test-runner-commands';
import '../../../src/elements/credit-provider/define.js';
import '../../../src/elements/credit-balance/define.js';
import { part } from '../../helpers/elements.js';

// The badge background: --credit-color-surface-raised, light-dark(#f6f8fa, #22262b).
const LIGHT = 'rgb(246, 248, 250)';
const DARK = 'rgb(34, 38, 43)';

/** A badge on a page whose root style is `pageStyle`; resolves with its background colour. */
async function background(pageStyle: string): Promise<string> {
  const root = await fixture<HTMLDivElement>(
    html`<div style=${pageStyle}>
      <credit-provider mock preset="usage-billing"><credit-balance></credit-balance></credit-provider>
    </div>`,
  );
  const badge = root.querySelector('credit-balance')!;
  await waitUntil(() => part(badge, 'amount'), 'balance never rendered', { timeout: 5000 });
  return getComputedStyle(part(badge, 'base')!).backgroundColor;
}

describe('color-scheme follows the page (SPEC §1)', () => {
  afterEach(() => emulateMedia({ colorScheme: 'light' }));

  describe('on a dark OS', () => {
    beforeEach(() => emulateMedia({ colorScheme: 'dark' }));

    it('a page that says nothing stays light', async () => {
      expect(await background('')).to.equal(LIGHT);
    });

    it('a light page stays light', async () => {
      expect(await background('color-scheme: light')).to.equal(LIGHT);
    });

    it('a page that allows both goes dark', async () => {
      expect(await background('color-scheme: light dark')).to.equal(DARK);
    });

    it('a dark page is dark', async () => {
      expect(await background('color-scheme: dark')).to.equal(DARK);
    });
  });

  describe('on a light OS', () => {
    beforeEach(() => emulateMedia({ colorScheme: 'light' }));

    it('a page that allows both stays light', async () => {
      expect(await background('color-scheme: light dark')).to.equal(LIGHT);
    });

    it('a dark page is dark', async () => {
      expect(await background('color-scheme: dark')).to.equal(DARK);
    });

    it('--credit-color-scheme sets the kit apart from the page', async () => {
      expect(await background('color-scheme: light; --credit-color-scheme: dark')).to.equal(DARK);
    });
  });
});
