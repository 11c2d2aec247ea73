/**
 * Layout checks (issue 10, "How to work on it"): in English and German, in a
 * 320 px container and a wide one, no amount, price or status of <credit-buy> or
 * <credit-auto-top-up> is cut, no word is broken and nothing overflows its
 * container, in the states a customer walks through.
 */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../../src/elements/credit-provider/define.js';
import '../../../src/elements/credit-buy/define.js';
import '../../../src/elements/credit-auto-top-up/define.js';
import { createMockAdapter, type MockPreset } from '../../../src/adapter/mock-adapter.js';
import type { CreditBuy } from '../../../src/elements/credit-buy/credit-buy.js';
import { layoutProblems } from '../../../scripts/shots/page/layout-check.js';
import { part } from '../../helpers/elements.js';
import { BILLING, chooseMethod, quoted } from './helpers.js';

async function mountIn(width: number, lang: string, preset: MockPreset, tag: string, billing = true) {
  const adapter = createMockAdapter({ preset });
  if (billing) await adapter.saveBillingDetails(BILLING, { idempotencyKey: crypto.randomUUID() });
  const wrapper = await fixture<HTMLElement>(
    html`<div lang=${lang} class="wrapper">
      <credit-provider .adapter=${adapter}></credit-provider>
    </div>`,
  );
  // Fixed width through the CSSOM (no style attribute, as the kit's own CSP rule asks).
  wrapper.style.setProperty('width', `${width}px`);
  const el = document.createElement(tag);
  wrapper.querySelector('credit-provider')!.append(el);
  await waitUntil(() => el.shadowRoot && !el.hasAttribute('loading') && el.shadowRoot.querySelector('[part]'), '', {
    timeout: 5000,
  });
  return { wrapper, el, adapter };
}

function expectFits(wrapper: HTMLElement, what: string): void {
  const problems = layoutProblems({ root: wrapper, container: wrapper }).filter((p) => p.kind !== 'page-overflow');
  expect(problems, `${what}: ${JSON.stringify(problems, null, 1)}`).to.deep.equal([]);
}

describe('<credit-buy> and <credit-auto-top-up> layout', () => {
  for (const lang of ['en', 'de'])
    for (const width of [320, 760]) {
      it(`buy: packages, bank-transfer instructions, billing step (${lang}, ${width} px)`, async () => {
        const scan = await mountIn(width, lang, 'scan-credits', 'credit-buy');
        const buy = scan.el as CreditBuy;
        await quoted(buy);
        part<HTMLInputElement>(buy, 'auto-top-up-checkbox')!.click();
        await buy.updateComplete;
        expectFits(scan.wrapper, 'scan packages with the auto top-up offer');

        const agency = await mountIn(width, lang, 'agency-credits', 'credit-buy');
        const agencyBuy = agency.el as CreditBuy;
        await chooseMethod(agencyBuy, 'crypto');
        (await quoted(agencyBuy)).click();
        await waitUntil(() => part(agencyBuy, 'instructions'));
        expectFits(agency.wrapper, 'crypto instructions');

        const ai = await mountIn(width, lang, 'ai-credits', 'credit-buy', false);
        const aiBuy = ai.el as CreditBuy;
        (await quoted(aiBuy)).click();
        await waitUntil(
          () => aiBuy.shadowRoot!.querySelector('credit-billing-details')?.shadowRoot?.querySelector('form'),
          'no billing form',
        );
        const problems = layoutProblems({ root: ai.wrapper, container: ai.wrapper }).filter(
          // The billing form's own insides are <credit-billing-details>' (another element's) business.
          (p) => p.kind !== 'page-overflow' && !p.path.includes('credit-billing-details ›'),
        );
        expect(problems, JSON.stringify(problems)).to.deep.equal([]);
      });

      it(`auto top-up: money and credits accounts (${lang}, ${width} px)`, async () => {
        for (const preset of ['usage-billing', 'scan-credits'] as const) {
          const { wrapper, el } = await mountIn(width, lang, preset, 'credit-auto-top-up');
          await waitUntil(() => part(el, 'form'), 'no form', { timeout: 5000 });
          part<HTMLInputElement>(el, 'enabled')!.click();
          expectFits(wrapper, preset);
        }
      });
    }
});
