/**
 * <credit-buy> as a customer walks it (issue 10 points 3, 4, 11, 13): billing
 * details asked inline, a shortfall prefilled, no stale numbers or re-armed Buy
 * after an outcome, manual-payment instructions that follow the request, and an
 * auto top-up offer that says what it will charge before saving.
 */
import { expect, oneEvent, waitUntil } from '@open-wc/testing';
import type { CreditRequest } from '../../../src/core/schemas/requests.js';
import type { CreditBuy } from '../../../src/elements/credit-buy/credit-buy.js';
import { expectAccessible } from '../../helpers/a11y.js';
import { part, partText, parts, waitForPartText } from '../../helpers/elements.js';
import { balanceOf, chooseMethod, choosePackage, mount, quoted } from './helpers.js';

function fillBilling(buy: CreditBuy): Promise<unknown> {
  const details = buy.shadowRoot!.querySelector('credit-billing-details')!;
  const fill = (name: string, value: string) => {
    const input = details.shadowRoot!.querySelector<HTMLInputElement | HTMLSelectElement>(`[name="${name}"]`)!;
    input.value = value;
    input.dispatchEvent(new Event(input.tagName === 'SELECT' ? 'change' : 'input'));
  };
  fill('company', 'Sitewatch GmbH');
  fill('street', 'Hauptstraße 1');
  fill('postalCode', '10115');
  fill('city', 'Berlin');
  fill('country', 'DE');
  fill('vatNumber', 'DE123456789');
  fill('invoiceEmail', 'billing@sitewatch.example');
  return details.updateComplete;
}

async function pay(buy: CreditBuy): Promise<void> {
  await waitUntil(() => part(buy, 'test-pay-button'), 'no test card step');
  part<HTMLButtonElement>(buy, 'test-pay-button')!.click();
}

describe('<credit-buy> journeys', () => {
  it('without billing details: Buy asks for them inline, then the purchase goes on and completes', async () => {
    const { root, buy, provider } = await mount('scan-credits');
    expect(buy.unavailable, 'missing details are no reason to refuse').to.be.false;
    await choosePackage(buy, 1);
    const button = await quoted(buy);
    expect(partText(buy, 'buy-button')).to.equal('Buy for €55.41');
    button.click();
    await waitUntil(
      () => buy.shadowRoot!.querySelector('credit-billing-details')?.shadowRoot?.querySelector('[name="company"]'),
      'no billing form',
    );
    expect(partText(buy, 'billing')).to.contain('Before your first purchase we need your billing details');
    expect(part(buy, 'buy-button'), 'one way on: the details').to.be.null;
    await expectAccessible(buy);
    await fillBilling(buy);
    const details = buy.shadowRoot!.querySelector('credit-billing-details')!;
    details.shadowRoot!.querySelector<HTMLButtonElement>('[part="save-button"]')!.click();
    // The purchase continues by itself with the package chosen before.
    await pay(buy);
    expect(provider.store.account!.billingDetailsComplete).to.be.true;
    const event = await oneEvent(buy, 'credit-purchase-completed');
    expect(event.detail.topUp.quote.credits).to.equal(500);
    await waitForPartText(buy, 'status', /^500 scan credits added to your balance/);
    await waitUntil(() => /^840 scan credits$/.test(balanceOf(root)), `balance ${balanceOf(root)}`);
  });

  it('a prefilled amount is the custom amount, rounded up to what can be bought (en and de)', async () => {
    const { buy } = await mount('agency-credits');
    buy.amount = 60000;
    await buy.updateComplete;
    const custom = part<HTMLInputElement>(buy, 'custom-amount')!;
    expect(custom.value).to.equal('600.00');
    expect(part(buy, 'package-selected')!.classList.contains('custom')).to.be.true;
    await quoted(buy);
    expect(partText(buy, 'breakdown')).to.contain('Added to your balance €600.00');
    expect(partText(buy, 'breakdown')).to.contain('New balance €900.00');

    const de = await mount('agency-credits', { lang: 'de' });
    de.buy.amount = 12345; // €123.45 in steps of €1 → €124
    await de.buy.updateComplete;
    expect(part<HTMLInputElement>(de.buy, 'custom-amount')!.value).to.equal('124,00');
  });

  it('without a custom quantity, a prefilled amount picks the smallest package that covers it', async () => {
    const { buy } = await mount('ai-credits', { billing: true });
    buy.amount = 1200;
    await buy.updateComplete;
    await quoted(buy);
    expect(partText(buy, 'breakdown')).to.match(/^Credits 5,000 credits/);
  });

  it('after a purchase the form starts afresh: no stale new balance, no armed Buy', async () => {
    const { buy } = await mount('agency-credits');
    await choosePackage(buy, 0);
    (await quoted(buy)).click();
    await pay(buy);
    await waitUntil(() => part(buy, 'outcome'), 'no outcome');
    expect(partText(buy, 'outcome')).to.contain('Your balance now €400.00');
    expect(part(buy, 'breakdown'), 'the old breakdown is gone').to.be.null;
    expect(part(buy, 'buy-button')).to.be.null;
    await expectAccessible(buy);
    part<HTMLButtonElement>(buy, 'buy-more-button')!.click();
    await buy.updateComplete;
    await quoted(buy);
    // The popular package again, quoted on the new balance.
    expect(partText(buy, 'breakdown')).to.contain('New balance €900.00');
  });

  it('a declined card offers Try again, which goes straight back to paying', async () => {
    const { buy } = await mount('agency-credits');
    (await quoted(buy)).click();
    await waitUntil(() => part(buy, 'test-card-input'));
    expect(part(buy, 'buy-button'), 'one primary action while paying').to.be.null;
    const input = part<HTMLInputElement>(buy, 'test-card-input')!;
    input.value = '4000 0000 0000 0002';
    input.dispatchEvent(new Event('input'));
    part<HTMLButtonElement>(buy, 'test-pay-button')!.click();
    await waitForPartText(buy, 'status', 'The payment was declined. Nothing was charged.');
    expect(part(buy, 'buy-button')).to.be.null;
    part<HTMLButtonElement>(buy, 'retry-button')!.click();
    await waitUntil(() => part(buy, 'test-pay-button'), 'Try again did not reopen the payment');
  });

  it('bank transfer promises no new balance; the instructions say what to do first and go once accepted', async () => {
    const { root, buy, adapter } = await mount('agency-credits');
    await choosePackage(buy, 0);
    await chooseMethod(buy, 'bank_transfer');
    await quoted(buy);
    expect(partText(buy, 'breakdown')).to.not.contain('New balance');
    const created = oneEvent(buy, 'credit-request-created');
    part<HTMLButtonElement>(buy, 'buy-button')!.click();
    const { request } = (await created).detail;
    await waitUntil(() => part(buy, 'instructions'));
    const outcome = part(buy, 'outcome')!;
    expect(outcome.textContent).to.contain('Transfer €119.00 to the account below');
    expect(
      outcome.compareDocumentPosition(part(buy, 'instructions')!) & Node.DOCUMENT_POSITION_FOLLOWING,
      'the sentence comes before the details',
    ).to.be.ok;
    expect(parts(buy, 'copy-button').length).to.be.greaterThan(3);
    expect(part(buy, 'buy-button'), 'no second request one click away').to.be.null;
    await expectAccessible(buy);
    await adapter.admin!.decideCreditRequest(request.id, { accept: true });
    await waitUntil(() => part(buy, 'instructions') === null, 'the instructions stay after approval');
    await waitForPartText(buy, 'status', /^Your payment was confirmed\. €100\.00 added/);
    await waitUntil(() => balanceOf(root) === '€400.00');
    expect(part(buy, 'buy-button')).to.be.null;
  });

  it('crypto says how much to send in which currency', async () => {
    const { buy } = await mount('agency-credits');
    await choosePackage(buy, 0);
    await chooseMethod(buy, 'crypto');
    (await quoted(buy)).click();
    await waitUntil(() => part(buy, 'instructions'));
    expect(partText(buy, 'outcome')).to.contain('Send USDC worth €119.00 to the wallet address below');
    expect(partText(buy, 'instructions')).to.contain('Amount to pay €119.00');
  });

  it('crypto: when the backend fixes the amount to send, that is what the customer is told', async () => {
    const { buy } = await mount('agency-credits', {
      wrap: (adapter) => {
        // A backend with its own rate: the fixed amount in every answer about the request.
        const fixed = (request: CreditRequest): CreditRequest => ({
          ...request,
          instructions: {
            ...request.instructions,
            lines: [{ label: 'asset_amount', value: '128.66 USDC' }, ...request.instructions.lines],
          },
        });
        const create = adapter.createCreditRequest.bind(adapter);
        const list = adapter.listCreditRequests.bind(adapter);
        adapter.createCreditRequest = async (input, options) => fixed(await create(input, options));
        adapter.listCreditRequests = async (options) => (await list(options)).map(fixed);
        return adapter;
      },
    });
    await choosePackage(buy, 0);
    await chooseMethod(buy, 'crypto');
    (await quoted(buy)).click();
    await waitUntil(() => part(buy, 'instructions'));
    expect(partText(buy, 'outcome')).to.contain('Send exactly 128.66 USDC to the wallet address below');
    expect(partText(buy, 'instructions')).to.contain('Amount to send 128.66 USDC');
  });

  it('the auto top-up offer shows the charge incl. fee and VAT, card and limit, and saves only when confirmed', async () => {
    const { buy, provider } = await mount('scan-credits', { billing: true });
    await choosePackage(buy, 1);
    await quoted(buy);
    const box = part<HTMLInputElement>(buy, 'auto-top-up-checkbox')!;
    expect(box.checked).to.be.false;
    box.click();
    await buy.updateComplete;
    // 500 scan credits: €45.00 + card fee €1.56 + VAT €8.85.
    expect(partText(buy, 'auto-top-up-summary')).to.equal(
      'Below 50 scan credits, we charge €55.41 (incl. fee and VAT) to Visa •••• 4242. No monthly limit.',
    );
    expect(provider.store.autoTopUp.value!.settings.enabled, 'not saved by a tick').to.be.false;
    part<HTMLButtonElement>(buy, 'auto-top-up-confirm')!.click();
    await waitUntil(() => provider.store.autoTopUp.value?.settings.enabled === true, 'never saved');
    expect(provider.store.autoTopUp.value!.settings.purchase).to.deep.equal({ type: 'package', packageId: 'scan-500' });
    await expectAccessible(buy);
  });
});

describe('<credit-buy> pending payment', () => {
  it('a pending card payment offers Complete payment, which completes it once', async () => {
    const { root, buy } = await mount('agency-credits');
    await choosePackage(buy, 0);
    (await quoted(buy)).click();
    await waitUntil(() => part(buy, 'test-card-input'));
    const input = part<HTMLInputElement>(buy, 'test-card-input')!;
    input.value = '4000 0025 0000 3155';
    input.dispatchEvent(new Event('input'));
    part<HTMLButtonElement>(buy, 'test-pay-button')!.click();
    await waitUntil(() => part(buy, 'complete-button'), 'no Complete payment');
    expect(part(buy, 'buy-button')).to.be.null;
    expect(balanceOf(root)).to.equal('€300.00');
    const done = oneEvent(buy, 'credit-purchase-completed');
    part<HTMLButtonElement>(buy, 'complete-button')!.click();
    await done;
    await waitUntil(() => balanceOf(root) === '€400.00', `balance ${balanceOf(root)}`);
  });
});
