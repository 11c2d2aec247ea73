import { aTimeout, expect, oneEvent, waitUntil } from '@open-wc/testing';
import { CreditsError } from '../../../src/adapter/errors.js';
import type { HttpAdapter } from '../../../src/adapter/http-adapter.js';
import type { CreditBuy } from '../../../src/elements/credit-buy/credit-buy.js';
import { expectAccessible } from '../../helpers/a11y.js';
import { part, partText, parts, waitForPartText } from '../../helpers/elements.js';
import { balanceOf, changeAccount, chooseMethod, choosePackage, mount, quoted } from './helpers.js';

/** Starts the quoted purchase and pays with a test card number. */
async function payWithTestCard(buy: CreditBuy, number: string): Promise<void> {
  (await quoted(buy)).click();
  await waitUntil(() => part(buy, 'test-card-input'));
  const input = part<HTMLInputElement>(buy, 'test-card-input')!;
  input.value = number;
  input.dispatchEvent(new Event('input'));
  part<HTMLButtonElement>(buy, 'test-pay-button')!.click();
}

describe('<credit-buy>', () => {
  describe('rendering', () => {
    it('lists the packages with credits, price and the saving against the base rate, and a custom amount', async () => {
      const { buy } = await mount('agency-credits');
      const credits = parts(buy, 'package-credits').map((p) => p.textContent!.trim());
      expect(credits).to.deep.equal(['€100 credit', '€500 credit', '€1,000 credit']);
      expect(parts(buy, 'package-price').map((p) => p.textContent!.trim())).to.deep.equal([
        '€100.00',
        '€475.00',
        '€900.00',
      ]);
      expect(parts(buy, 'package-discount').map((p) => p.textContent!.trim())).to.deep.equal([
        'Base price',
        'Save 5%',
        'Save 10%',
      ]);
      expect(part(buy, 'custom-amount')).to.exist;
      expect(parts(buy, 'method').map((p) => p.textContent!.trim())).to.deep.equal([
        'Card',
        'PayPal',
        'Bank transfer',
        'Cryptocurrency',
      ]);
      await expectAccessible(buy);
    });

    it('shows the backend fee/VAT breakdown for the chosen package and method', async () => {
      const { buy } = await mount('agency-credits');
      await choosePackage(buy, 0);
      await quoted(buy);
      // €100.00 by card: fee 2.9 % + €0.25 = €3.15; VAT 19 % of €103.15 = €19.60; total €122.75.
      const text = partText(buy, 'breakdown');
      expect(text).to.contain('€3.15').and.to.contain('€19.60').and.to.contain('€122.75').and.to.contain('€400.00');
      expect(partText(buy, 'buy-button')).to.equal('Buy for €122.75');
      await chooseMethod(buy, 'bank_transfer');
      await waitUntil(() => partText(buy, 'buy-button') === 'Request credits for €119.00', 'bank transfer has no fee');
    });

    it('prices a custom amount and rejects bad input inline', async () => {
      const { buy } = await mount('agency-credits');
      const input = part<HTMLInputElement>(buy, 'custom-amount')!;
      input.focus();
      input.value = '12.345';
      input.dispatchEvent(new Event('input'));
      await buy.updateComplete;
      expect(input.getAttribute('aria-invalid')).to.equal('true');
      expect(part<HTMLButtonElement>(buy, 'buy-button')!.disabled).to.be.true;
      input.value = '250';
      input.dispatchEvent(new Event('input'));
      await quoted(buy);
      expect(partText(buy, 'breakdown')).to.contain('€250.00');
      await expectAccessible(buy);
    });

    it('speaks German', async () => {
      const { buy } = await mount('agency-credits', { lang: 'de' });
      expect(parts(buy, 'package-price')[1]!.textContent!.replace(/\s/g, ' ').trim()).to.equal('475,00 €');
      expect(parts(buy, 'method')[2]!.textContent!.trim()).to.equal('Überweisung');
    });
  });

  describe('card', () => {
    it('buys each package by card (test card), balance updates everywhere, event per purchase', async () => {
      const { root, buy } = await mount('agency-credits');
      expect(balanceOf(root)).to.equal('€300.00');
      for (const index of [0, 1, 2]) {
        await choosePackage(buy, index);
        (await quoted(buy)).click();
        await waitUntil(() => part(buy, 'test-pay-button'), 'no test card step');
        expect(part<HTMLInputElement>(buy, 'test-card-input')!.value).to.equal('4242 4242 4242 4242');
        await expectAccessible(buy);
        const done = oneEvent(buy, 'credit-purchase-completed');
        part<HTMLButtonElement>(buy, 'test-pay-button')!.click();
        const event = await done;
        expect(event.detail.topUp.status).to.equal('completed');
        await waitForPartText(buy, 'status', /added to your balance\./);
        expect(part(buy, 'buy-button'), 'no armed Buy after the purchase').to.be.null;
        part<HTMLButtonElement>(buy, 'buy-more-button')!.click();
        await buy.updateComplete;
      }
      await waitUntil(() => balanceOf(root) === '€1,900.00', `balance is ${balanceOf(root)}`);
      await expectAccessible(buy);
    });

    it('a declined card charges nothing and fires credit-purchase-failed', async () => {
      const { root, buy } = await mount('agency-credits');
      const failed = oneEvent(buy, 'credit-purchase-failed');
      await payWithTestCard(buy, '4000 0000 0000 0002');
      expect((await failed).detail.code).to.equal('payment_declined');
      await waitForPartText(buy, 'status', 'The payment was declined. Nothing was charged.');
      expect(balanceOf(root)).to.equal('€300.00');
      await expectAccessible(buy);
    });

    it('a card that needs authentication leaves the purchase pending: nothing added yet', async () => {
      const { root, buy } = await mount('agency-credits');
      await payWithTestCard(buy, '4000 0025 0000 3155');
      await waitForPartText(buy, 'status', 'Your payment is pending. The credits are added when it completes.');
      expect(balanceOf(root)).to.equal('€300.00');
      expect(part(buy, 'test-pay-button')).to.be.null;
      await expectAccessible(buy);
    });

    it('a triple click starts one purchase', async () => {
      const keys = new Set<string>();
      const { buy } = await mount('agency-credits', {
        wrap: (adapter: HttpAdapter) => {
          const start = adapter.startTopUp.bind(adapter);
          adapter.startTopUp = (request, options) => (keys.add(options.idempotencyKey), start(request, options));
          return adapter;
        },
      });
      const button = await quoted(buy);
      button.click();
      button.click();
      button.click();
      await waitUntil(() => part(buy, 'test-pay-button'));
      expect(keys.size).to.equal(1);
    });

    it('a network failure shows a readable message and fires credit-purchase-failed', async () => {
      const { buy } = await mount('agency-credits', {
        wrap: (adapter: HttpAdapter) => {
          adapter.startTopUp = () => Promise.reject(new CreditsError('network_error', 'offline'));
          return adapter;
        },
      });
      const failed = oneEvent(buy, 'credit-purchase-failed');
      (await quoted(buy)).click();
      expect((await failed).detail.code).to.equal('network_error');
      await waitForPartText(buy, 'status', /could not be reached/);
    });
  });

  it("keeps the host's disabled: the choices show and nothing can be bought", async () => {
    const { buy } = await mount('agency-credits', { billing: true });
    buy.disabled = true;
    await buy.updateComplete;
    expect(buy.disabled).to.be.true;
    expect(buy.unavailable).to.be.false;
    expect(buy.shadowRoot!.querySelector('fieldset')!.disabled).to.be.true;
    expect(part<HTMLButtonElement>(buy, 'buy-button')!.disabled).to.be.true;
  });

  describe('when buying is not possible', () => {
    it('says purchases are disabled, or that no method is available', async () => {
      const off = await mount('agency-credits', {
        wrap: (adapter) =>
          changeAccount(adapter, (a) => ({
            ...a,
            settings: { ...a.settings, purchase: { ...a.settings.purchase, enabled: false } },
          })),
      });
      await waitForPartText(off.buy, 'status', 'Buying credits is not possible for this account right now.');
      expect(off.buy.unavailable).to.be.true;
      expect(off.buy.hasAttribute('unavailable')).to.be.true;
      expect(off.buy.matches(':state(unavailable)')).to.be.true;
      expect(off.buy.disabled, "the host's switch stays the host's").to.be.false;
      expect(part(off.buy, 'buy-button')).to.be.null;
      const paymentsOff = await mount('agency-credits', {
        wrap: (adapter) => changeAccount(adapter, (a) => ({ ...a, creditPaymentsEnabled: false })),
      });
      await waitForPartText(paymentsOff.buy, 'status', /^Paying with credits is switched off for this account/);
      expect(parts(paymentsOff.buy, 'package')).to.have.length(0);
      expect(part(paymentsOff.buy, 'buy-button')).to.be.null;
      const none = await mount('agency-credits', {
        wrap: (adapter) =>
          changeAccount(adapter, (a) => ({
            ...a,
            settings: { ...a.settings, purchase: { ...a.settings.purchase, methods: [] } },
          })),
      });
      await waitForPartText(none.buy, 'status', 'No payment method is available for buying credits.');
      await expectAccessible(none.buy);
    });

    it('shows an error with retry when packages cannot be loaded', async () => {
      let fail = true;
      const { buy } = await mount('agency-credits', {
        wrap: (adapter) => {
          const list = adapter.listPackages.bind(adapter);
          adapter.listPackages = (o) =>
            fail ? Promise.reject(new CreditsError('malformed_response', 'bad')) : list(o);
          return adapter;
        },
      });
      await waitForPartText(buy, 'status', /unexpected answer/);
      await expectAccessible(buy);
      fail = false;
      buy.shadowRoot!.querySelector<HTMLButtonElement>('[part~="status"] button')!.click();
      await waitUntil(() => parts(buy, 'package').length === 4);
      await aTimeout(0);
    });
  });
});
