/**
 * Languages on demand: English ships inline, German arrives as small chunks only
 * when a `lang` (or the provider's `locale`) asks for it, and an element's first
 * render is already in its language. The tests run in order: the English page
 * comes first, before any German chunk could have been loaded.
 */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../src/elements/credit-provider/define.js';
import '../../src/elements/credit-balance/define.js';
import type { Translation } from '../../src/i18n/catalog.js';
import { part, partText } from '../helpers/elements.js';

// Source modules are many requests each; keep every one in the timeline (default: 250).
performance.setResourceTimingBufferSize(100_000);

/** Translation files the page has requested so far (`*.messages.de.*`). */
const germanRequests = () =>
  performance
    .getEntriesByType('resource')
    .map((entry) => entry.name)
    .filter((name) => /\.messages\.de\.(ts|js)/.test(name));

/** A badge in a `lang` container under a mock provider, appended without waiting. */
function badgeIn(container: HTMLElement, attributes = ''): HTMLElement {
  const provider = document.createElement('credit-provider');
  provider.toggleAttribute('mock', true);
  if (attributes) provider.setAttribute('locale', attributes);
  const badge = document.createElement('credit-balance');
  provider.append(badge);
  container.append(provider);
  return badge;
}

describe('languages on demand', () => {
  it('an English page renders English and fetches no German', async () => {
    const root = await fixture<HTMLDivElement>(html`<div lang="en"></div>`);
    const badge = badgeIn(root);
    await waitUntil(() => part(badge, 'amount'), 'no amount', { timeout: 5000 });
    expect(partText(badge, 'label')).to.equal('Balance');
    expect(germanRequests()).to.deep.equal([]);
  });

  it('a German page: the first render is already German', async () => {
    const root = await fixture<HTMLDivElement>(html`<div lang="de"></div>`);
    const badge = badgeIn(root);
    await (badge as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete;
    const first = badge.shadowRoot?.textContent?.replace(/\s+/g, ' ') ?? '';
    expect(first).to.contain('Guthaben');
    expect(first).not.to.contain('Balance');
    expect(germanRequests().some((name) => name.includes('credit-balance.messages.de'))).to.equal(true);
    await waitUntil(() => part(badge, 'amount'), 'no amount', { timeout: 5000 });
    expect(partText(badge, 'amount')).to.equal('250,00 €');
  });

  it("the provider's locale wins over the page's lang, from the first render", async () => {
    const root = await fixture<HTMLDivElement>(html`<div lang="en"></div>`);
    const badge = badgeIn(root, 'de-AT');
    await (badge as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete;
    expect(badge.shadowRoot?.textContent).to.contain('Guthaben');
  });

  it('a translation must have every key with the English signature (compile time)', () => {
    type English = { label: string; updated: (amount: string) => string };
    const complete = { label: 'Guthaben', updated: (a: string) => a } satisfies Translation<English>;
    // @ts-expect-error a key is missing
    const missing = { label: 'Guthaben' } satisfies Translation<English>;
    // @ts-expect-error a key is misspelt
    const misspelt = { lable: 'Guthaben', updated: (a: string) => a } satisfies Translation<English>;
    // @ts-expect-error another signature
    const signature = { label: 'Guthaben', updated: (a: number) => `${a}` } satisfies Translation<English>;
    expect([complete, missing, misspelt, signature]).to.have.length(4);
  });
});
