import { CreditsError } from '../../../src/adapter/errors.js';
import { expect, oneEvent, waitUntil } from '@open-wc/testing';
import type { CreditProvider } from '../../../src/elements/credit-provider/credit-provider.js';
import { captureDownload } from '../credit-transactions/fixture.js';
import { maybePart, mount, open, outcome, part, proceed, ready, text } from './helpers.js';
import type { CreditTopUp } from '../../../src/elements/credit-top-up/credit-top-up.js';

async function payWith(el: CreditTopUp, card: string): Promise<string> {
  const input = part<HTMLInputElement>(el, 'test-card-input');
  input.value = card;
  input.dispatchEvent(new Event('input', { bubbles: true }));
  await el.updateComplete;
  part<HTMLButtonElement>(el, 'test-pay-button').click();
  return outcome(el);
}

async function topUpEntries(provider: CreditProvider) {
  const page = await provider.store.adapter!.listTransactions({ limit: 50 });
  return page.items.filter((t) => t.kind === 'top_up' && Date.now() - Date.parse(t.createdAt) < 60_000);
}

describe('<credit-top-up> payment', () => {
  it('card success: shows the test payment window prefilled with 4242…, credits once, updates every balance', async () => {
    const { el, provider, balance } = await mount();
    await open(el);
    await ready(el, '100');
    await proceed(el, 'test-card-input');
    expect(part<HTMLInputElement>(el, 'test-card-input').value).to.equal('4242 4242 4242 4242');
    const completed = oneEvent(el, 'credit-top-up-completed');
    part<HTMLButtonElement>(el, 'test-pay-button').click();
    const event = await completed;
    expect(event.detail.topUp.status).to.equal('completed');
    expect(event.detail.topUp.billingNumber).to.match(/^CK-\d{4}-\d{6}$/);
    expect(await outcome(el)).to.equal('completed');
    expect(provider.store.account!.balance).to.equal(35000);
    await balance.updateComplete;
    expect(balance.shadowRoot!.querySelector('[part="amount"]')!.textContent).to.equal('€350.00');
    expect(text(el, 'status')).to.equal('€100.00 has been added to your balance.');
    // The receipt: what was added, what was charged, the new balance and the billing number.
    expect(text(el, 'receipt')).to.equal(
      `Added €100.00 Charged €122.75 New balance €350.00 Billing number ${event.detail.topUp.billingNumber}`,
    );
    const entries = await topUpEntries(provider);
    expect(entries.map((e) => [e.status, e.amount])).to.deep.equal([['completed', 10000]]);
    // Focus moves to the outcome for screen readers.
    expect(el.shadowRoot!.activeElement?.id).to.equal('outcome-title');
    // The receipt links the invoice.
    await waitUntil(() => maybePart(el, 'invoice-button'), 'no invoice link', { timeout: 5000 });
    expect(text(el, 'invoice-button')).to.equal('Download invoice (PDF)');
    const file = await captureDownload(() => part(el, 'invoice-button').click());
    expect(file.filename).to.equal(`${event.detail.topUp.billingNumber}.pdf`);
    expect(file.blob.size).to.be.greaterThan(500);
  });

  it('declined card (4000 0000 0000 0002): clear reason, nothing charged, retry with another card works', async () => {
    const { el, provider } = await mount();
    await open(el);
    await ready(el, '100');
    await proceed(el, 'test-card-input');
    const failed = oneEvent(el, 'credit-top-up-failed');
    expect(await payWith(el, '4000 0000 0000 0002')).to.equal('failed');
    expect((await failed).detail.topUp.failureCode).to.equal('payment_declined');
    expect(text(el, 'status')).to.contain('declined').and.to.contain('Nothing was charged');
    expect(provider.store.account!.balance).to.equal(25000);
    part<HTMLButtonElement>(el, 'retry-button').click();
    await waitUntil(() => maybePart(el, 'test-card-input'), 'payment window again');
    expect(await payWith(el, '4242 4242 4242 4242')).to.equal('completed');
    expect(provider.store.account!.balance).to.equal(35000);
    const entries = await topUpEntries(provider);
    expect(entries.map((e) => e.status).sort()).to.deep.equal(['completed', 'failed']);
  });

  it('insufficient funds (4000 0000 0000 9995): says so, nothing charged, can change the amount', async () => {
    const { el, provider } = await mount();
    await open(el);
    await ready(el, '100');
    await proceed(el, 'test-card-input');
    expect(await payWith(el, '4000000000009995')).to.equal('failed');
    expect(text(el, 'status')).to.contain('insufficient funds');
    expect(provider.store.account!.balance).to.equal(25000);
    part<HTMLButtonElement>(el, 'change-amount-button').click();
    await waitUntil(() => maybePart(el, 'amount-input'));
    expect(part<HTMLInputElement>(el, 'confirm-checkbox').checked).to.equal(false);
  });

  it('an unknown card number is refused inline; nothing is recorded', async () => {
    const { el, provider } = await mount();
    await open(el);
    await ready(el, '100');
    await proceed(el, 'test-card-input');
    const input = part<HTMLInputElement>(el, 'test-card-input');
    input.value = '1234 5678';
    input.dispatchEvent(new Event('input'));
    part<HTMLButtonElement>(el, 'test-pay-button').click();
    await waitUntil(() => !part(el, 'card-error').hidden, 'card error');
    expect(input.getAttribute('aria-invalid')).to.equal('true');
    expect(await topUpEntries(provider)).to.have.length(0);
  });

  it('pending (4000 0025 0000 3155): explains, adds nothing, completes later', async () => {
    const { el, provider } = await mount();
    await open(el);
    await ready(el, '100');
    await proceed(el, 'test-card-input');
    const pending = oneEvent(el, 'credit-top-up-pending');
    expect(await payWith(el, '4000 0025 0000 3155')).to.equal('pending');
    await pending;
    expect(text(el, 'status')).to.contain('transaction history');
    expect(provider.store.account!.balance).to.equal(25000);
    expect((await topUpEntries(provider)).map((e) => e.status)).to.deep.equal(['pending']);
    // "Complete payment now" (primary) reopens the payment step: the bank's confirmation, nothing paid yet.
    expect(part(el, 'complete-button').classList.contains('secondary')).to.be.false;
    part<HTMLButtonElement>(el, 'complete-button').click();
    await waitUntil(() => maybePart(el, 'test-pay-button'), 'payment step');
    expect(text(el, 'test-pay-button')).to.equal('Confirm payment of €122.75');
    expect(provider.store.account!.balance).to.equal(25000);
    const completed = oneEvent(el, 'credit-top-up-completed');
    part<HTMLButtonElement>(el, 'test-pay-button').click();
    await completed;
    await waitUntil(() => el.shadowRoot!.querySelector('[data-outcome="completed"]'));
    expect(provider.store.account!.balance).to.equal(35000);
    expect((await topUpEntries(provider)).map((e) => e.status)).to.deep.equal(['completed']);
  });

  it('invoice (≥ €1,000): requests an invoice with a billing number; credited only when the operator marks it paid', async () => {
    const { el, provider } = await mount();
    await open(el);
    await ready(el, '1000');
    const pending = oneEvent(el, 'credit-top-up-pending');
    await proceed(el, 'done-button');
    const topUp = (await pending).detail.topUp;
    expect(await outcome(el)).to.equal('invoice');
    expect(topUp.billingNumber).to.match(/^CK-/);
    expect(text(el, 'status')).to.contain('bank transfer').and.to.contain('billing number');
    expect(text(el, 'receipt'))
      .to.contain(`Billing number ${topUp.billingNumber!}`)
      .and.to.contain('Amount to transfer €1,190.00')
      .and.to.contain('Due by');
    expect(provider.store.account!.balance).to.equal(25000);
    await provider.store.adapter!.admin!.markInvoicePaid(topUp.id);
    await provider.store.refresh();
    expect(provider.store.account!.balance).to.equal(125000);
    const again = await provider.store.adapter!.admin!.markInvoicePaid(topUp.id);
    expect(again.status).to.equal('completed');
    await provider.store.refresh();
    expect(provider.store.account!.balance).to.equal(125000);
  });

  it('a triple click on Continue and on Pay creates exactly one top-up and one credit', async () => {
    const { el, provider } = await mount();
    await open(el);
    await ready(el, '100');
    const go = part<HTMLButtonElement>(el, 'continue-button');
    go.click();
    go.click();
    go.click();
    await waitUntil(() => maybePart(el, 'test-pay-button'));
    const pay = part<HTMLButtonElement>(el, 'test-pay-button');
    pay.click();
    pay.click();
    pay.click();
    expect(await outcome(el)).to.equal('completed');
    expect(provider.store.account!.balance).to.equal(35000);
    expect(await topUpEntries(provider)).to.have.length(1);
  });

  it('asks for billing details first, then resumes with the amount the customer was topping up', async () => {
    const { el, provider } = await mount({ buyer: null, amount: 10000 });
    el.show();
    await waitUntil(
      () => el.shadowRoot!.querySelector('credit-billing-details')?.shadowRoot?.querySelector('[name="company"]'),
      'billing form',
    );
    expect(maybePart(el, 'amount-input')).to.equal(null);
    const details = el.shadowRoot!.querySelector('credit-billing-details')!;
    const fill = (name: string, value: string) => {
      const input = details.shadowRoot!.querySelector<HTMLInputElement | HTMLSelectElement>(`[name="${name}"]`)!;
      input.value = value;
      input.dispatchEvent(new Event(input.tagName === 'SELECT' ? 'change' : 'input'));
    };
    fill('company', 'Lumière SARL');
    fill('street', '3 rue de la Paix');
    fill('postalCode', '75002');
    fill('city', 'Paris');
    fill('country', 'FR');
    fill('vatNumber', 'FR 12 345678901');
    fill('invoiceEmail', 'compta@lumiere.fr');
    await details.updateComplete;
    details.shadowRoot!.querySelector<HTMLButtonElement>('[part="save-button"]')!.click();
    await waitUntil(() => maybePart(el, 'amount-input'), 'amount step after billing');
    expect(provider.store.account!.billingDetailsComplete).to.equal(true);
    expect(part<HTMLInputElement>(el, 'amount-input').value).to.equal('100.00');
    await ready(el, '100');
    expect(text(el, 'total')).to.equal('€103.15');
    expect(maybePart(el, 'reverse-charge-note')).to.not.equal(null);
  });

  it('shows a clear message, never a raw error, when the backend cannot be reached', async () => {
    const { el, provider } = await mount();
    await open(el);
    await ready(el, '100');
    const adapter = provider.store.adapter!;
    const original = adapter.startTopUp.bind(adapter);
    adapter.startTopUp = () => Promise.reject(new CreditsError('network_error', 'Failed to fetch'));
    part<HTMLButtonElement>(el, 'continue-button').click();
    await waitUntil(() => text(el, 'status') !== '');
    expect(text(el, 'status')).to.contain('could not be reached');
    adapter.startTopUp = original;
    part<HTMLButtonElement>(el, 'continue-button').click();
    await waitUntil(() => maybePart(el, 'test-card-input'));
  });

  it('on a credits account explains that packages are bought with <credit-buy>', async () => {
    const { el } = await mount({ preset: 'scan-credits', buyer: null });
    el.show();
    await waitUntil(() => maybePart(el, 'status')?.textContent?.includes('Buy credits'));
  });
});
