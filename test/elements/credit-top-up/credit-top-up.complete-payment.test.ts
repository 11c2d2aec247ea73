/**
 * The history's "Complete payment" (issue 10 point 2): it reopens the payment step
 * in a <credit-top-up> and ends on the same outcome screen as a new top-up; it
 * never credits by itself. Balances are read through the public API.
 */
import { expect, waitUntil } from '@open-wc/testing';
import '../../../src/elements/credit-top-up/define.js';
import type { CreditTopUp } from '../../../src/elements/credit-top-up/credit-top-up.js';
import type { CreditTransactions } from '../../../src/elements/credit-transactions/credit-transactions.js';
import { expectAccessible } from '../../helpers/a11y.js';
import { part, parts } from '../../helpers/elements.js';
import { CARDS, historyPage } from '../credit-transactions/fixture.js';
import { mount } from './helpers.js';

const text = (el: Element | null | undefined) => (el?.textContent ?? '').replace(/[\s\u00a0\u202f]+/g, ' ').trim();
const cell = (row: HTMLElement, name: string) => text(row.querySelector(`[part~="cell-${name}"]`));

async function pendingRow(el: CreditTransactions, reference?: string): Promise<HTMLElement> {
  await waitUntil(
    () =>
      parts(el, 'row').some(
        (r) => cell(r, 'status') === 'Pending' && (!reference || cell(r, 'reference').includes(reference)),
      ),
    'no pending row',
    { timeout: 5000 },
  );
  return parts(el, 'row').find(
    (r) => cell(r, 'status') === 'Pending' && (!reference || cell(r, 'reference').includes(reference)),
  )!;
}

/** The dialog the action opened: the page's, or the one the history added to itself. */
function openDialog(root: HTMLElement, el: CreditTransactions): CreditTopUp | undefined {
  const all = [...root.querySelectorAll('credit-top-up'), ...(el.shadowRoot?.querySelectorAll('credit-top-up') ?? [])];
  return all.find((d) => d.open);
}

describe('<credit-transactions> "Complete payment" reopens the payment step', () => {
  it("opens the page's top-up on the payment step; nothing is credited until the customer pays; same outcome", async () => {
    const { root, el, adapter, provider } = await historyPage();
    provider.insertAdjacentHTML('beforeend', '<credit-top-up></credit-top-up>');
    const pageDialog = root.querySelector('credit-top-up')!;
    const before = (await adapter.getAccount()).balance;
    const row = await pendingRow(el);
    let asked = 0;
    el.addEventListener('credit-complete-payment', () => asked++);
    const action = row.querySelector<HTMLButtonElement>('[part~="action-complete"]')!;
    action.click();
    action.click(); // a double click: one payment step
    await waitUntil(() => pageDialog.open && part(pageDialog, 'test-pay-button'), 'payment step never opened', {
      timeout: 5000,
    });
    expect(asked, 'the second click of a double click is ignored').to.equal(1);
    expect(openDialog(root, el)).to.equal(pageDialog);
    expect(el.shadowRoot!.querySelector('credit-top-up'), 'the page has one: the history adds none').to.equal(null);
    // Pending card payment: the bank's confirmation of the same amount, with the order summary.
    expect(text(part(pageDialog, 'test-pay-button'))).to.equal('Confirm payment of €122.75');
    expect(text(part(pageDialog, 'order-summary'))).to.equal('Balance top-up €100.00 Total to pay €122.75');
    expect((await adapter.getAccount()).balance, 'nothing credited yet').to.equal(before);
    await expectAccessible(pageDialog);
    part(pageDialog, 'test-pay-button')!.click();
    await waitUntil(() => pageDialog.shadowRoot!.querySelector('[data-outcome="completed"]'), 'no outcome', {
      timeout: 5000,
    });
    expect(text(pageDialog.shadowRoot!.querySelector('#outcome-title'))).to.contain('Top-up complete');
    expect((await adapter.getAccount()).balance).to.equal(before + 10000);
    await waitUntil(() => !parts(el, 'row').some((r) => cell(r, 'status') === 'Pending'), 'row still pending', {
      timeout: 5000,
    });
  });

  it('without a <credit-top-up> on the page the history opens its own; "Not now" leaves the payment pending', async () => {
    const { root, el, adapter } = await historyPage();
    const before = (await adapter.getAccount()).balance;
    const row = await pendingRow(el);
    row.querySelector<HTMLButtonElement>('[part~="action-complete"]')!.click();
    await waitUntil(() => openDialog(root, el), 'no dialog opened', { timeout: 5000 });
    const dialog = openDialog(root, el)!;
    await waitUntil(() => part(dialog, 'test-pay-button'), 'payment step never opened', { timeout: 5000 });
    expect(part(dialog, 'trigger'), 'its own dialog has no trigger button').to.equal(null);
    expect(text(part(dialog, 'back-button'))).to.equal('Not now');
    part(dialog, 'back-button')!.click();
    await waitUntil(() => !dialog.open, 'did not close');
    expect((await adapter.getAccount()).balance).to.equal(before);
    expect(cell(await pendingRow(el), 'status')).to.equal('Pending');
  });

  it('completePayment() on a started card top-up reopens the card window (summary, test cards) and pays once', async () => {
    const { el, provider } = await mount();
    const adapter = provider.store.adapter!;
    const started = await adapter.startTopUp({ amount: 5000, method: 'card' }, { idempotencyKey: crypto.randomUUID() });
    expect(started.status).to.equal('requires_payment');
    el.completePayment(started.id);
    await waitUntil(() => el.open && part(el, 'test-card-input'), 'no card window', { timeout: 5000 });
    expect((part(el, 'test-card-input') as HTMLInputElement).value).to.equal(CARDS.ok);
    expect(el.shadowRoot!.activeElement, 'focus on the card number').to.equal(part(el, 'test-card-input'));
    expect(text(part(el, 'order-summary'))).to.equal('Balance top-up €50.00 Total to pay €61.52');
    expect([...el.shadowRoot!.querySelectorAll('[part~="test-cards"] li')].map((li) => text(li))).to.deep.equal([
      '4242 4242 4242 4242 – payment succeeds',
      '4000 0000 0000 0002 – card is declined',
      '4000 0000 0000 9995 – card has insufficient funds',
      '4000 0025 0000 3155 – card asks for authentication (the payment stays pending)',
    ]);
    await expectAccessible(el);
    part(el, 'test-pay-button')!.click();
    await waitUntil(() => el.shadowRoot!.querySelector('[data-outcome="completed"]'), 'no outcome', { timeout: 5000 });
    expect((await adapter.getAccount()).balance).to.equal(30000);
  });
});
