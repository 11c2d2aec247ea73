/**
 * The amount step as a customer reads it (issue 10 point 18, N7) and where focus
 * starts in every state; "Top up the difference" prefills exactly the shortfall
 * (point 3).
 */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import '../../../src/elements/credit-pay-button/define.js';
import type { CreditPayButton } from '../../../src/elements/credit-pay-button/credit-pay-button.js';
import type { CreditProvider } from '../../../src/elements/credit-provider/credit-provider.js';
import type { CreditTopUp } from '../../../src/elements/credit-top-up/credit-top-up.js';
import { layoutProblems } from '../../../scripts/shots/page/layout-check.js';
import { HttpAdapter } from '../../../src/adapter/http-adapter.js';
import { demoToken } from '../../../src/core/presets.js';
import { createMockServer } from '../../../src/mock/index.js';
import { BUYERS, confirmed, maybePart, mount, open, part, ready, text, type } from './helpers.js';

/** The deepest focused element, through shadow roots. */
function focused(): Element | null {
  let active = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active;
}

/** Preset buttons per visual row. */
function presetRows(el: CreditTopUp): number[] {
  const rows = new Map<number, number>();
  for (const p of el.shadowRoot!.querySelectorAll<HTMLElement>('[part~="preset"]'))
    rows.set(Math.round(p.getBoundingClientRect().top), (rows.get(Math.round(p.getBoundingClientRect().top)) ?? 0) + 1);
  return [...rows.values()];
}

describe('<credit-top-up> amount step', () => {
  afterEach(() => setViewport({ width: 800, height: 600 }));

  it('the empty step shows no dashes in sentences; presets without ".00", never one alone on a row', async () => {
    for (const width of [1280, 390]) {
      await setViewport({ width, height: 900 });
      const { el } = await mount();
      await open(el);
      expect(text(el, 'continue-button')).to.equal('Continue');
      const label = el.shadowRoot!.querySelector('label[for="confirm"]')!;
      expect(label.textContent!.trim()).to.equal('I agree to pay the total shown.');
      expect(maybePart(el, 'vat-rate'), 'no "VAT (—)"').to.equal(null);
      expect(maybePart(el, 'method'), 'no "Payment method: —"').to.equal(null);
      const rows = presetRows(el);
      expect(rows.reduce((a, b) => a + b)).to.equal(5);
      expect(rows.includes(1), `${width}px: rows ${rows.join('+')}`).to.be.false;
      expect(layoutProblems({ root: el }), `${width}px`).to.deep.equal([]);
      el.close();
    }
  });

  it('the invoice path says invoice; a prefilled amount has thousands separators (en and de)', async () => {
    const { el } = await mount({ amount: 100000 });
    await open(el);
    expect(part<HTMLInputElement>(el, 'amount-input').value).to.equal('1,000.00');
    await confirmed(el);
    expect(el.shadowRoot!.querySelector('label[for="confirm"]')!.textContent!.trim()).to.equal(
      'I request an invoice for €1,190.00 and will pay it by bank transfer.',
    );
    expect(text(el, 'continue-button')).to.equal('Request invoice');
    const de = await mount({ amount: 100000, lang: 'de' });
    await open(de.el);
    expect(part<HTMLInputElement>(de.el, 'amount-input').value).to.equal('1.000,00');
    await confirmed(de.el);
    expect(text(de.el, 'continue-button')).to.equal('Rechnung anfordern');
    await type(de.el, '60000');
    part(de.el, 'amount-input').blur();
    await waitUntil(() => !part(de.el, 'amount-error').hidden);
    expect(text(de.el, 'amount-error')).to.equal('Sie können höchstens 50.000,00 € auf einmal aufladen.');
  });
});

describe('<credit-top-up> where focus starts', () => {
  it('billing gate: the first field of the form, not ×', async () => {
    const { el } = await mount({ buyer: null });
    el.show();
    await waitUntil(() => focused()?.localName === 'input', 'no field focused', { timeout: 5000 });
    expect((focused() as HTMLInputElement).name).to.equal('company');
  });

  it('account error: the retry button', async () => {
    const server = createMockServer({ presets: ['usage-billing'], basePath: '/api' });
    // The account cannot be read: the server answers 503 for it (and for its event stream).
    const adapter = new HttpAdapter({
      baseUrl: 'https://mock.test/api',
      token: demoToken('usage-billing'),
      fetch: (r) =>
        /\/(account|events)$/.test(new URL(r.url).pathname)
          ? Promise.resolve(
              new Response('{}', { status: 503, headers: { 'content-type': 'application/problem+json' } }),
            )
          : server.fetch(r),
    });
    const root = await fixture<HTMLDivElement>(
      html`<div>
        <credit-provider .adapter=${adapter}><credit-top-up></credit-top-up></credit-provider>
      </div>`,
    );
    const el = root.querySelector<CreditTopUp>('credit-top-up')!;
    el.show();
    await waitUntil(() => focused()?.getAttribute('part') === 'retry', 'retry not focused', { timeout: 5000 });
    expect(part(el, 'dialog').querySelector('.body')!.getAttribute('aria-busy')).to.equal('false');
  });

  it('credits account without a <credit-buy>: says where packages are bought; Close is focused', async () => {
    const { el } = await mount({ preset: 'scan-credits' });
    el.show();
    await waitUntil(() => focused()?.getAttribute('part') === 'done-button', 'Close not focused', { timeout: 5000 });
    expect(text(el, 'status')).to.equal('This account buys credits in packages. Choose a package under “Buy credits”.');
  });
});

describe('<credit-top-up> "Top up the difference"', () => {
  it('opens with exactly the shortfall, also after something else was typed before', async () => {
    const root = await fixture<HTMLDivElement>(
      html`<div lang="en"><credit-provider mock preset="usage-billing"></credit-provider></div>`,
    );
    const provider = root.querySelector<CreditProvider>('credit-provider')!;
    await waitUntil(() => provider.store.adapter, 'no adapter', { timeout: 5000 });
    // A €850 invoice against the €250 balance: €600 short (the backend decides; here a stub of it).
    provider.store.adapter!.getPayability = async (item) => ({
      ...item,
      name: 'Invoice INV-9',
      price: 85000,
      currency: 'EUR',
      payable: false,
      reason: 'insufficient_credits',
      shortfall: 60000,
    });
    provider.insertAdjacentHTML(
      'beforeend',
      '<credit-pay-button show-unavailable item-type="invoice" item-id="inv-9"></credit-pay-button><credit-top-up></credit-top-up>',
    );
    const button = root.querySelector<CreditPayButton>('credit-pay-button')!;
    const el = root.querySelector<CreditTopUp>('credit-top-up')!;
    await provider.store.mutate(
      (a) => a.saveBillingDetails(BUYERS.DE, { idempotencyKey: crypto.randomUUID() }),
      ['billing', 'account'],
    );
    // The customer typed €50 before and closed the dialog.
    await open(el);
    await ready(el, '50');
    el.close();
    await waitUntil(() => maybePart(button, 'top-up'), 'no "Top up the difference"', { timeout: 5000 });
    expect(text(button as unknown as CreditTopUp, 'top-up')).to.equal('Top up the difference (€600.00)');
    part(button as unknown as CreditTopUp, 'top-up').click();
    await waitUntil(() => el.open && maybePart(el, 'amount-input'), 'the top-up never opened', { timeout: 5000 });
    expect(part<HTMLInputElement>(el, 'amount-input').value).to.equal('600.00');
    await confirmed(el);
    expect(text(el, 'amount')).to.equal('€600.00');
    expect(text(el, 'new-balance')).to.equal('€850.00');
  });
});
