import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import axe from 'axe-core';
import { CreditsError } from '../../../src/adapter/errors.js';
import { layoutProblems } from '../../../scripts/shots/page/layout-check.js';
import '../../../src/elements/credit-billing-details/define.js';
import type { CreditBillingDetails } from '../../../src/elements/credit-billing-details/credit-billing-details.js';
import '../../../src/elements/credit-provider/define.js';
import '../../../src/elements/credit-top-up/define.js';
import type { CreditProvider } from '../../../src/elements/credit-provider/credit-provider.js';

async function mount(lang = 'en', preset = 'usage-billing') {
  const wrapper = await fixture<HTMLDivElement>(
    html`<div lang=${lang}>
      <credit-provider mock preset=${preset}><credit-billing-details></credit-billing-details></credit-provider>
    </div>`,
  );
  const provider = wrapper.querySelector<CreditProvider>('credit-provider')!;
  const el = wrapper.querySelector<CreditBillingDetails>('credit-billing-details')!;
  await waitUntil(() => el.shadowRoot!.querySelector('form')?.getAttribute('aria-busy') === 'false', 'details loaded', {
    timeout: 5000,
  });
  return { provider, el };
}

const input = (el: CreditBillingDetails, name: string) =>
  el.shadowRoot!.querySelector<HTMLInputElement | HTMLSelectElement>(`[name="${name}"]`)!;
const errorOf = (el: CreditBillingDetails, name: string) =>
  el.shadowRoot!.querySelector<HTMLElement>(`#${name}-error`)!;

async function fill(el: CreditBillingDetails, values: Record<string, string>) {
  for (const [name, value] of Object.entries(values)) {
    const field = input(el, name);
    field.value = value;
    field.dispatchEvent(new Event(field.tagName === 'SELECT' ? 'change' : 'input'));
    await el.updateComplete;
  }
}

async function save(el: CreditBillingDetails) {
  el.shadowRoot!.querySelector<HTMLButtonElement>('[part="save-button"]')!.click();
  await el.updateComplete;
}

const VALID = {
  company: 'Northwind GmbH',
  street: 'Hauptstr. 1',
  postalCode: '10115',
  city: 'Berlin',
  country: 'DE',
  vatNumber: 'DE 123 456 789',
  invoiceEmail: 'billing@northwind.de',
};

describe('<credit-billing-details>', () => {
  it('has every field with the SPEC name and autocomplete token', async () => {
    const { el } = await mount();
    const expected: Record<string, string> = {
      company: 'organization',
      street: 'street-address',
      postalCode: 'postal-code',
      city: 'address-level2',
      country: 'country',
      invoiceEmail: 'email',
    };
    for (const [name, token] of Object.entries(expected))
      expect(input(el, name).getAttribute('autocomplete'), name).to.equal(token);
    expect(input(el, 'vatNumber')).to.exist;
    expect(input(el, 'invoiceLanguage')).to.exist;
    for (const part of ['form', 'field', 'input', 'error', 'save-button'])
      expect(el.shadowRoot!.querySelector(`[part~="${part}"]`), part).to.exist;
    expect(await axe.run(el.shadowRoot!.querySelector('form')!))
      .to.have.property('violations')
      .that.deep.equals([]);
  });

  it('offers ISO 3166-1 alpha-2 country codes with localised names', async () => {
    const { el } = await mount('de');
    const select = input(el, 'country') as HTMLSelectElement;
    const de = [...select.options].find((o) => o.value === 'DE')!;
    expect(de.textContent).to.equal('Deutschland');
    expect([...select.options].slice(1).every((o) => /^[A-Z]{2}$/.test(o.value))).to.equal(true);
    expect(select.options.length).to.equal(250);
  });

  it('requires a VAT number in the EU, in the country format, and accepts Greece’s EL prefix', async () => {
    const { el } = await mount();
    await fill(el, { ...VALID, vatNumber: '' });
    await save(el);
    expect(errorOf(el, 'vatNumber').textContent).to.contain('required');
    expect(input(el, 'vatNumber').getAttribute('aria-invalid')).to.equal('true');
    expect(el.shadowRoot!.activeElement).to.equal(input(el, 'vatNumber'));
    await fill(el, { vatNumber: 'DE12345' });
    await save(el);
    expect(errorOf(el, 'vatNumber').textContent).to.contain('format');
    await fill(el, { vatNumber: 'ATU12345678' });
    await save(el);
    expect(errorOf(el, 'vatNumber').textContent).to.contain('another country');
    await fill(el, { country: 'GR', postalCode: '105 57', vatNumber: 'GR123456789' });
    await save(el);
    expect(errorOf(el, 'vatNumber').textContent).to.contain('format');
    const saved = oneEvent(el, 'credit-billing-details-saved');
    await fill(el, { vatNumber: 'EL123456789' });
    await save(el);
    expect((await saved).detail.details.vatNumber).to.equal('EL123456789');
  });

  it('VAT number is optional outside the EU; saving updates the account and fires the event', async () => {
    const { el, provider } = await mount();
    await fill(el, { ...VALID, country: 'US', postalCode: '94105', vatNumber: '' });
    const saved = oneEvent(el, 'credit-billing-details-saved');
    await save(el);
    const event = await saved;
    expect(event.detail.details.country).to.equal('US');
    expect(event.bubbles && event.composed).to.equal(true);
    expect(provider.store.account!.billingDetailsComplete).to.equal(true);
    await waitUntil(() => el.shadowRoot!.querySelector('[part="status"]')!.textContent!.includes('saved'));
  });

  it('shows every bad field at once (empty form, bad email, bad postal code)', async () => {
    const { el } = await mount();
    await fill(el, { postalCode: '1', country: 'DE', invoiceEmail: 'nope' });
    await save(el);
    for (const name of ['company', 'street', 'city', 'vatNumber'])
      expect(errorOf(el, name).textContent, name).to.contain('required');
    expect(errorOf(el, 'postalCode').textContent).to.contain('postal code');
    expect(errorOf(el, 'invoiceEmail').textContent).to.contain('valid email');
    expect(el.shadowRoot!.querySelector('[part="status"]')!.textContent).to.contain('6 fields');
  });

  it('maps backend field errors onto the fields', async () => {
    const { el, provider } = await mount();
    provider.store.adapter!.saveBillingDetails = () =>
      Promise.reject(
        CreditsError.fromProblem({
          title: 'Validation failed',
          status: 422,
          code: 'validation_failed',
          errors: [{ field: 'vatNumber', code: 'invalid_format', message: 'x' }],
        }),
      );
    await fill(el, VALID);
    await save(el);
    await waitUntil(() => !errorOf(el, 'vatNumber').hidden);
    expect(errorOf(el, 'vatNumber').textContent).to.contain('format');
  });

  it('shows a readable message when saving fails for another reason', async () => {
    const { el, provider } = await mount();
    provider.store.adapter!.saveBillingDetails = () =>
      Promise.reject(new CreditsError('network_error', 'Failed to fetch'));
    await fill(el, VALID);
    await save(el);
    await waitUntil(() =>
      el.shadowRoot!.querySelector('[part="status"]')!.textContent!.includes('could not be reached'),
    );
  });

  it('loads the details on file', async () => {
    const { el, provider } = await mount();
    await fill(el, VALID);
    const saved = oneEvent(el, 'credit-billing-details-saved');
    await save(el);
    await saved;
    const second = document.createElement('credit-billing-details');
    provider.append(second);
    await waitUntil(
      () => second.shadowRoot?.querySelector<HTMLInputElement>('[name="company"]')?.value === 'Northwind GmbH',
    );
    expect(second.shadowRoot!.querySelector<HTMLInputElement>('[name="vatNumber"]')!.value).to.equal('DE123456789');
  });

  it('shows details saved in the top-up dialog at once, and no error while the page starts', async () => {
    const wrapper = await fixture<HTMLDivElement>(
      html`<div lang="en">
        <credit-provider mock preset="usage-billing">
          <credit-top-up></credit-top-up>
          <credit-billing-details></credit-billing-details>
        </credit-provider>
      </div>`,
    );
    const standalone = wrapper.querySelector<CreditBillingDetails>('credit-billing-details')!;
    const dialog = wrapper.querySelector('credit-top-up')!;
    await waitUntil(() => standalone.shadowRoot!.querySelector('form')?.getAttribute('aria-busy') === 'false');
    const status = () => standalone.shadowRoot!.querySelector('[part="status"]')!.textContent!.trim();
    expect(status(), 'nothing went wrong on load').to.equal('');
    dialog.show();
    let embedded: CreditBillingDetails | null = null;
    await waitUntil(() => (embedded = dialog.shadowRoot!.querySelector('credit-billing-details')), 'billing step', {
      timeout: 5000,
    });
    await waitUntil(() => embedded!.shadowRoot!.querySelector('form')?.getAttribute('aria-busy') === 'false');
    await fill(embedded!, VALID);
    await save(embedded!);
    await waitUntil(() => input(standalone, 'company').value === 'Northwind GmbH', 'the standalone form stayed empty', {
      timeout: 5000,
    });
    expect(input(standalone, 'vatNumber').value).to.equal('DE123456789');
    expect(status()).to.equal('');
  });

  it('shows the details on file on load, with no error (agency account)', async () => {
    const { el } = await mount('en', 'agency-credits');
    expect(input(el, 'company').value).to.not.equal('');
    expect(input(el, 'country').value).to.equal('DE');
    expect(el.shadowRoot!.querySelector('[part="status"]')!.textContent!.trim()).to.equal('');
    expect(el.hasAttribute('error')).to.equal(false);
  });

  it('invoice language follows the page when nothing is on file', async () => {
    expect(input((await mount('de')).el, 'invoiceLanguage').value).to.equal('de');
    expect(input((await mount('en')).el, 'invoiceLanguage').value).to.equal('en');
  });

  it('loading, load error and retry are three distinct states, in the page language', async () => {
    const { el, provider } = await mount('de');
    const store = provider.store;
    const adapter = store.adapter!;
    const original = adapter.getBillingDetails.bind(adapter);
    adapter.getBillingDetails = () => Promise.reject(new CreditsError('network_error', 'Failed to fetch'));
    store.billingDetails.reset();
    void store.billingDetails.refresh();
    const retry = () => el.shadowRoot!.querySelector<HTMLButtonElement>('[part="retry"]');
    await waitUntil(() => retry(), 'error state with retry');
    expect(el.hasAttribute('error')).to.equal(true);
    expect(el.shadowRoot!.querySelector('form'), 'no form to overwrite the details with').to.equal(null);
    const alert = el.shadowRoot!.querySelector('[role="alert"]')!.textContent!;
    expect(alert).to.contain('Ihre Rechnungsdaten konnten nicht geladen werden.');
    expect(retry()!.textContent!.trim()).to.equal('Erneut versuchen');

    let answer: (value: null) => void = () => {};
    adapter.getBillingDetails = () => new Promise((resolve) => (answer = resolve));
    retry()!.click();
    await waitUntil(() => el.shadowRoot!.querySelector('[part~="form"][aria-busy="true"]'), 'loading placeholders');
    expect(el.hasAttribute('loading')).to.equal(true);
    expect(el.shadowRoot!.querySelectorAll('.skeleton').length).to.be.greaterThan(4);
    expect(el.shadowRoot!.querySelector('input')).to.equal(null);
    expect(el.shadowRoot!.querySelector('[role="status"]')!.textContent).to.contain('Rechnungsdaten werden geladen');

    adapter.getBillingDetails = original;
    answer(null);
    await waitUntil(() => el.shadowRoot!.querySelector('form[aria-busy="false"]'), 'the form after the retry');
    expect(el.hasAttribute('error') || el.hasAttribute('loading')).to.equal(false);
  });

  it('two forms on one page never share a landmark name', async () => {
    const wrapper = await fixture<HTMLDivElement>(
      html`<div lang="en">
        <credit-provider mock preset="usage-billing">
          <credit-billing-details></credit-billing-details>
          <credit-billing-details></credit-billing-details>
          <credit-billing-details label="Billing details for invoices"></credit-billing-details>
          <credit-billing-details label="Billing details of the reseller"></credit-billing-details>
        </credit-provider>
      </div>`,
    );
    const forms = [...wrapper.querySelectorAll<CreditBillingDetails>('credit-billing-details')];
    await waitUntil(() => forms.every((f) => f.shadowRoot!.querySelector('form[aria-busy="false"]')));
    expect(forms.map((f) => f.shadowRoot!.querySelector('form')!.getAttribute('aria-label'))).to.deep.equal([
      null,
      null,
      'Billing details for invoices',
      'Billing details of the reseller',
    ]);
    const result = await axe.run(wrapper, { runOnly: ['landmark-unique', 'duplicate-id-aria'] });
    expect(result.violations).to.deep.equal([]);
  });

  for (const lang of ['en', 'de']) {
    it(`fits a 320 px container in every state (${lang})`, async () => {
      const wrapper = await fixture<HTMLDivElement>(
        // A grid column, like a host's card layout: there the element's narrowest width counts.
        html`<div lang=${lang} style="display: grid; width: 320px">
          <credit-provider mock preset="usage-billing"
            ><credit-billing-details></credit-billing-details
          ></credit-provider>
        </div>`,
      );
      const el = wrapper.querySelector<CreditBillingDetails>('credit-billing-details')!;
      const check = (what: string): void => {
        expect(layoutProblems({ root: el, container: wrapper }), what).to.deep.equal([]);
      };
      await waitUntil(() => el.shadowRoot!.querySelector('form[aria-busy="false"]'));
      check('empty form');
      await fill(el, { country: 'DE' });
      await save(el);
      check('every field wrong, status line');
      const store = wrapper.querySelector<CreditProvider>('credit-provider')!.store;
      store.adapter!.getBillingDetails = () => Promise.reject(new CreditsError('internal_error', 'boom'));
      store.billingDetails.reset();
      void store.billingDetails.refresh();
      await waitUntil(() => el.shadowRoot!.querySelector('[part="retry"]'));
      check('load error');
    });
  }

  it('marks the VAT number optional outside the EU, and lays the fields out in two columns at most', async () => {
    const { el } = await mount();
    const label = () =>
      el.shadowRoot!.querySelector('label[for="vatNumber"]')!.textContent!.replace(/\s+/g, ' ').trim();
    await fill(el, { country: 'US' });
    expect(label()).to.equal('VAT number (optional)');
    await fill(el, { country: 'DE' });
    expect(label()).to.equal('VAT number');
    el.style.width = '1200px';
    const columns = getComputedStyle(el.shadowRoot!.querySelector('form')!).gridTemplateColumns.split(' ');
    expect(columns).to.have.length(2);
    const top = (name: string) => Math.round(input(el, name).getBoundingClientRect().top);
    expect(top('postalCode')).to.equal(top('city'));
    expect(top('invoiceLanguage')).to.equal(top('invoiceEmail'));
  });
});
