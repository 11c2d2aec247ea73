import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import '../../../src/elements/credit-provider/define.js';
import '../../../src/elements/credit-auto-top-up/define.js';
import '../../../src/elements/credit-buy/define.js';
import { createMockAdapter, type MockPreset } from '../../../src/adapter/mock-adapter.js';
import type { HttpAdapter } from '../../../src/adapter/http-adapter.js';
import type { CreditAutoTopUp } from '../../../src/elements/credit-auto-top-up/credit-auto-top-up.js';
import { expectAccessible } from '../../helpers/a11y.js';
import { part, partText, parts, waitForPartText } from '../../helpers/elements.js';
import { BILLING } from '../credit-buy/helpers.js';

async function mount(
  preset: MockPreset = 'scan-credits',
  options: { modal?: boolean; adapter?: HttpAdapter; lang?: string } = {},
) {
  const adapter = options.adapter ?? createMockAdapter({ preset });
  const root = await fixture<HTMLElement>(
    html`<div lang=${options.lang ?? 'en'}>
      <credit-provider .adapter=${adapter}
        ><credit-auto-top-up ?modal=${options.modal ?? false}></credit-auto-top-up
      ></credit-provider>
    </div>`,
  );
  const el = root.querySelector('credit-auto-top-up')!;
  if (options.modal) await waitUntil(() => part(el, 'trigger'));
  else await waitUntil(() => part(el, 'form') || part(el, 'status'), 'never rendered', { timeout: 5000 });
  return { root, el, adapter };
}

function type(el: CreditAutoTopUp, name: string, value: string): void {
  const input = part<HTMLInputElement>(el, name)!;
  input.value = value;
  input.dispatchEvent(new Event('input'));
}

describe('<credit-auto-top-up>', () => {
  it('shows the saved settings and round-trips a change', async () => {
    const { el, adapter } = await mount();
    expect(part<HTMLInputElement>(el, 'enabled')!.checked).to.be.false;
    expect(part<HTMLInputElement>(el, 'threshold')!.value).to.equal('50');
    expect(part<HTMLInputElement>(el, 'expiry-days')!.value).to.equal('14');
    expect(part<HTMLSelectElement>(el, 'amount')!.value).to.equal('package:scan-500');
    await expectAccessible(el);
    part<HTMLInputElement>(el, 'enabled')!.click();
    type(el, 'threshold', '120');
    type(el, 'expiry-days', '');
    const select = part<HTMLSelectElement>(el, 'amount')!;
    select.value = 'package:scan-1000';
    select.dispatchEvent(new Event('change'));
    type(el, 'monthly-cap', '160');
    await el.updateComplete;
    const saved = oneEvent(el, 'credit-auto-top-up-saved');
    part<HTMLButtonElement>(el, 'save-button')!.click();
    expect((await saved).detail.state.settings.enabled).to.be.true;
    await waitForPartText(el, 'status', 'Auto top-up settings saved.');
    const stored = await adapter.getAutoTopUp();
    expect(stored.settings).to.deep.equal({
      enabled: true,
      threshold: 120,
      expiryDays: null,
      purchase: { type: 'package', packageId: 'scan-1000' },
      monthlyCap: 16000,
      paymentMethodId: 'pm_card_visa',
    });
    await expectAccessible(el);
  });

  it('refill to a target balance; inline errors for bad input; nothing saved', async () => {
    const { el, adapter } = await mount();
    part<HTMLInputElement>(el, 'enabled')!.click();
    type(el, 'threshold', '');
    type(el, 'expiry-days', '400');
    const select = part<HTMLSelectElement>(el, 'amount')!;
    select.value = 'refill';
    select.dispatchEvent(new Event('change'));
    await el.updateComplete;
    type(el, 'amount-value', 'abc');
    await el.updateComplete;
    part<HTMLButtonElement>(el, 'save-button')!.click();
    await el.updateComplete;
    expect(part(el, 'expiry-days')!.getAttribute('aria-invalid')).to.equal('true');
    expect(part(el, 'amount-value')!.getAttribute('aria-invalid')).to.equal('true');
    await expectAccessible(el);
    expect((await adapter.getAutoTopUp()).settings.enabled).to.be.false;
    type(el, 'expiry-days', '30');
    type(el, 'amount-value', '1000');
    await el.updateComplete;
    part<HTMLButtonElement>(el, 'save-button')!.click();
    await waitForPartText(el, 'status', 'Auto top-up settings saved.');
    expect((await adapter.getAutoTopUp()).settings.purchase).to.deep.equal({ type: 'refill', targetBalance: 1000 });
  });

  it('applies the rule the backend applies: a refill target at the threshold is refused only when enabled', async () => {
    const { el, adapter } = await mount();
    const select = part<HTMLSelectElement>(el, 'amount')!;
    select.value = 'refill';
    select.dispatchEvent(new Event('change'));
    await el.updateComplete;
    type(el, 'threshold', '50');
    type(el, 'amount-value', '50');
    await el.updateComplete;
    part<HTMLButtonElement>(el, 'save-button')!.click(); // disabled: stored as it is
    await waitForPartText(el, 'status', 'Auto top-up settings saved.', 5000);
    expect((await adapter.getAutoTopUp()).settings.purchase).to.deep.equal({ type: 'refill', targetBalance: 50 });
    part<HTMLInputElement>(el, 'enabled')!.click();
    await el.updateComplete;
    part<HTMLButtonElement>(el, 'save-button')!.click(); // enabled: the target must be above the threshold
    await el.updateComplete;
    expect(part(el, 'amount-value')!.getAttribute('aria-invalid')).to.equal('true');
    expect(partText(el, 'error')).to.equal('The target must be above the threshold.');
    expect((await adapter.getAutoTopUp()).settings.enabled).to.be.false;
  });

  it('opens as a modal dialog from its trigger and returns focus on close', async () => {
    const { el } = await mount('scan-credits', { modal: true });
    part<HTMLButtonElement>(el, 'trigger')!.click();
    const dialog = part<HTMLDialogElement>(el, 'dialog')!;
    expect(dialog.open).to.be.true;
    await waitUntil(() => part(el, 'form'));
    await expectAccessible(el);
    el.close();
    await waitUntil(() => el.shadowRoot!.activeElement === part(el, 'trigger'));
  });

  it('says when auto top-up is not available', async () => {
    const { el } = await mount('agency-credits');
    await waitForPartText(el, 'status', 'Automatic top-up is not available for this account.');
    await expectAccessible(el);
  });

  it('shows the pause after repeated failures and the last failure', async () => {
    const adapter = createMockAdapter({ preset: 'scan-credits' });
    const get = adapter.getAutoTopUp.bind(adapter);
    adapter.getAutoTopUp = async (o) => ({
      ...(await get(o)),
      paused: true,
      lastFailure: { at: '2026-03-01T10:00:00.000Z', message: 'payment_declined' },
    });
    const { el } = await mount('scan-credits', { adapter });
    await waitForPartText(el, 'status', /paused after repeated failures.*The payment was declined/);
    expect(el.paused).to.be.true;
    expect(el.hasAttribute('paused')).to.be.true;
    await expectAccessible(el);
  });

  it('settings saved from the checkout persist when the checkout is abandoned, and show here live', async () => {
    const adapter = createMockAdapter({ preset: 'scan-credits' });
    await adapter.saveBillingDetails(BILLING, { idempotencyKey: crypto.randomUUID() });
    const root = await fixture<HTMLElement>(
      html`<div lang="en">
        <credit-provider .adapter=${adapter}
          ><credit-buy></credit-buy><credit-auto-top-up></credit-auto-top-up
        ></credit-provider>
      </div>`,
    );
    const buy = root.querySelector('credit-buy')!;
    const settings = root.querySelector('credit-auto-top-up')!;
    await waitUntil(() => part(buy, 'auto-top-up-checkbox') && part(settings, 'form'), 'offer never shown', {
      timeout: 5000,
    });
    await expectAccessible(buy);
    // Each change in the checkout is saved at once and shows in the settings element
    // (same store): wait on what the customer would see there, not on a clock.
    const shown = (name: string, value: (input: HTMLInputElement) => boolean, what: string) =>
      waitUntil(() => value(part<HTMLInputElement>(settings, name)!), what, { timeout: 5000 });
    part<HTMLInputElement>(buy, 'auto-top-up-checkbox')!.click();
    await buy.updateComplete;
    const threshold = part<HTMLInputElement>(buy, 'auto-top-up-threshold')!;
    threshold.value = '75';
    threshold.dispatchEvent(new Event('input'));
    await buy.updateComplete;
    expect(partText(buy, 'auto-top-up-summary')).to.contain('Below 75 scan credits, we charge €98.26');
    expect((await adapter.getAutoTopUp()).settings.enabled, 'a tick alone saves nothing').to.be.false;
    part<HTMLButtonElement>(buy, 'auto-top-up-confirm')!.click();
    await shown('enabled', (i) => i.checked, 'auto top-up never showed as on in the settings');
    await shown('threshold', (i) => i.value === '75', 'the threshold never showed in the settings');
    expect(partText(buy, 'auto-top-up-offer')).to.include('Automatic top-up is on.');
    buy.remove(); // the checkout is abandoned: nothing bought
    const stored = await adapter.getAutoTopUp();
    expect(stored.settings.enabled).to.be.true;
    expect(stored.settings.threshold).to.equal(75);
    expect(stored.settings.purchase).to.deep.equal({ type: 'package', packageId: 'scan-1000' });
  });
});

describe('<credit-auto-top-up> says what it will charge (issue 10 point 13)', () => {
  it('money account: no "0.00" amount, units on the fields, no expiry trigger, an empty amount is refused', async () => {
    const { el, adapter } = await mount('usage-billing');
    expect(part(el, 'expiry-days'), 'a money balance never expires').to.be.null;
    const select = part<HTMLSelectElement>(el, 'amount')!;
    expect(select.value).to.equal('amount');
    expect(part<HTMLInputElement>(el, 'amount-value')!.value).to.equal('');
    const units = [...el.shadowRoot!.querySelectorAll('.unit')].map((u) => u.textContent!.trim());
    expect(units).to.deep.equal(['€', '€', '€']);
    expect(part(el, 'summary'), 'no summary while off').to.be.null;
    part<HTMLInputElement>(el, 'enabled')!.click();
    await el.updateComplete;
    part<HTMLButtonElement>(el, 'save-button')!.click();
    await el.updateComplete;
    expect(parts(el, 'error').map((e) => e.textContent!.trim())).to.include('Enter the amount to buy.');
    expect((await adapter.getAutoTopUp()).settings.enabled).to.be.false;
    type(el, 'amount-value', '100');
    await el.updateComplete;
    // €100.00 + card fee €3.15 + VAT €19.60.
    expect(partText(el, 'form')).to.contain('Each top-up charges €122.75 incl. processing fee and VAT.');
    await expectAccessible(el);
  });

  it('when on, one sentence says when, what, how much (incl. fee and VAT), which card and the limit', async () => {
    const adapter = createMockAdapter({ preset: 'scan-credits' });
    const state = await adapter.getAutoTopUp();
    await adapter.saveAutoTopUp({ ...state.settings, enabled: true }, { idempotencyKey: crypto.randomUUID() });
    const { el } = await mount('scan-credits', { adapter });
    await waitUntil(() => part(el, 'summary'), 'no summary');
    expect(partText(el, 'summary')).to.equal(
      'On. When your balance falls below 50 scan credits or 14 days before credits expire, we add 500 scan credits and charge €55.41 (incl. fee and VAT) to Visa •••• 4242. No monthly limit.',
    );
    const option = part<HTMLSelectElement>(el, 'amount')!.selectedOptions[0]!;
    expect(option.textContent!.replace(/\s+/g, ' ').trim()).to.equal('500 scan credits – €55.41');
    await expectAccessible(el);
  });

  it('German: the locale decimal mark in the inputs, and both marks accepted', async () => {
    const { el, adapter } = await mount('ai-credits', { lang: 'de' });
    expect(part<HTMLInputElement>(el, 'monthly-cap')!.value).to.equal('50,00');
    type(el, 'monthly-cap', '75.5');
    await el.updateComplete;
    part<HTMLButtonElement>(el, 'save-button')!.click();
    await waitUntil(async () => (await adapter.getAutoTopUp()).settings.monthlyCap === 7550, 'never saved 75.5');
    await waitUntil(() => part<HTMLInputElement>(el, 'monthly-cap')!.value === '75,50');
    type(el, 'monthly-cap', '80,25');
    await el.updateComplete;
    part<HTMLButtonElement>(el, 'save-button')!.click();
    await waitUntil(async () => (await adapter.getAutoTopUp()).settings.monthlyCap === 8025, 'never saved 80,25');
    expect(partText(el, 'summary')).to.equal('');
  });
});
