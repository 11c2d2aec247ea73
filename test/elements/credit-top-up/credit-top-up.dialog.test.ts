/**
 * The dialog's life as a host sees it: show / after-show / hide / after-hide,
 * a cancelable request-close for everything the customer does to close it,
 * Escape refused mid-payment, the billing step's event and parts reaching the
 * page, focus.
 */
import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { CreditTopUp } from '../../../src/elements/credit-top-up/credit-top-up.js';
import { gate } from '../../helpers/adapters.js';
import { NORTHWIND_DE } from '../../helpers/buyers.js';
import '../../../src/elements/credit-billing-details/define.js';
import { maybePart, mount, open, outcome, part, ready } from './helpers.js';

const DIALOG_EVENTS = [
  'credit-top-up-show',
  'credit-top-up-after-show',
  'credit-top-up-request-close',
  'credit-top-up-hide',
  'credit-top-up-after-hide',
] as const;

/** Records the dialog events the element fires, in order. */
function record(el: CreditTopUp): string[] {
  const seen: string[] = [];
  for (const type of DIALOG_EVENTS)
    el.addEventListener(type, (event) => {
      expect(event.bubbles && event.composed, type).to.equal(true);
      seen.push(type.replace('credit-top-up-', ''));
    });
  return seen;
}

const isOpen = (el: CreditTopUp) => part<HTMLDialogElement>(el, 'dialog').open;

/** Opens the dialog as a keyboard user does (which also gives the page user activation). */
async function openWithKeyboard(el: CreditTopUp): Promise<void> {
  part(el, 'trigger').focus();
  await sendKeys({ press: 'Enter' });
  await waitUntil(() => el.shadowRoot!.activeElement === maybePart(el, 'amount-input'), 'amount step never focused', {
    timeout: 5000,
  });
}

describe('<credit-top-up> dialog life', () => {
  it('fires show, after-show, then request-close, hide and after-hide when the customer closes it', async () => {
    const { el } = await mount();
    const seen = record(el);
    const shown = oneEvent(el, 'credit-top-up-after-show');
    part(el, 'trigger').click();
    await shown;
    expect(seen).to.deep.equal(['show', 'after-show']);
    expect(el.shadowRoot!.activeElement, 'after-show: the first step is focused').to.equal(part(el, 'amount-input'));
    const closing = oneEvent(el, 'credit-top-up-request-close');
    const hidden = oneEvent(el, 'credit-top-up-after-hide');
    part(el, 'close-button').click();
    expect((await closing).detail.source).to.equal('close-button');
    await hidden;
    expect(seen).to.deep.equal(['show', 'after-show', 'request-close', 'hide', 'after-hide']);
    expect(el.shadowRoot!.activeElement, 'after-hide: focus is back on the trigger').to.equal(part(el, 'trigger'));
  });

  it('close() hides without asking; request-close is for what the customer does', async () => {
    const { el } = await mount();
    await open(el);
    const seen = record(el);
    el.close();
    await waitUntil(() => seen.includes('after-hide'), 'never hidden');
    expect(seen).to.deep.equal(['hide', 'after-hide']);
  });

  it('stays open when a host cancels request-close (close button and Escape)', async () => {
    const { el } = await mount();
    await openWithKeyboard(el);
    const sources: string[] = [];
    el.addEventListener('credit-top-up-request-close', (event) => {
      sources.push(event.detail.source);
      event.preventDefault();
    });
    part(el, 'close-button').click();
    await el.updateComplete;
    expect(isOpen(el), 'close button').to.equal(true);
    await sendKeys({ press: 'Escape' });
    await el.updateComplete;
    expect(sources).to.deep.equal(['close-button', 'keyboard']);
    expect(isOpen(el)).to.equal(true);
    expect(el.open).to.equal(true);
  });

  it('Escape does not close it while a payment is on its way, however often it is pressed', async () => {
    const { el, provider } = await mount();
    await openWithKeyboard(el);
    await ready(el, '100');
    const held = gate(provider.store.adapter as unknown as Record<string, unknown>, 'startTopUp');
    part(el, 'continue-button').click();
    await waitUntil(() => held.waiting === 1, 'payment never started');
    const asked: unknown[] = [];
    el.addEventListener('credit-top-up-request-close', (event) => asked.push(event));
    await sendKeys({ press: 'Escape' });
    await sendKeys({ press: 'Escape' }); // the browser forces this one through: the dialog opens again
    part(el, 'close-button').click();
    await el.updateComplete;
    expect(isOpen(el), 'still open mid-payment').to.equal(true);
    expect(el.open).to.equal(true);
    expect(asked, 'not even asked: closing is not possible now').to.have.length(0);
    held.release();
    await waitUntil(() => maybePart(el, 'test-card-input'), 'card step never shown', { timeout: 5000 });
    part(el, 'close-button').click();
    await waitUntil(() => !isOpen(el), 'closes again once the payment answered');
  });

  it('the Done button asks to close too', async () => {
    const { el } = await mount();
    await open(el);
    await ready(el, '1000'); // invoice: the outcome comes at once
    part(el, 'continue-button').click();
    expect(await outcome(el)).to.equal('invoice');
    const closing = oneEvent(el, 'credit-top-up-request-close');
    part(el, 'done-button').click();
    expect((await closing).detail.source).to.equal('done-button');
    await waitUntil(() => !isOpen(el));
  });
});

describe('<credit-top-up> billing step', () => {
  it('lets credit-billing-details-saved reach the page, and forwards the form parts', async () => {
    const wrapper = await fixture<HTMLDivElement>(
      html`<div lang="en">
        <style>
          credit-top-up::part(billing-save-button) {
            word-spacing: 7px;
          }
        </style>
        <credit-provider mock><credit-top-up></credit-top-up></credit-provider>
      </div>`,
    );
    const el = wrapper.querySelector('credit-top-up')!;
    el.show();
    let form: HTMLElement | null = null;
    await waitUntil(
      () => (form = el.shadowRoot!.querySelector('credit-billing-details')?.shadowRoot?.querySelector('form') ?? null),
      'billing step never shown',
      { timeout: 5000 },
    );
    const save = form!.querySelector<HTMLButtonElement>('[part~="save-button"]')!;
    expect(getComputedStyle(save).wordSpacing, 'the page styles the inner form through ::part()').to.equal('7px');
    await waitUntil(() => el.shadowRoot!.activeElement?.tagName === 'CREDIT-BILLING-DETAILS', 'form never focused');
    for (const [name, value] of Object.entries(NORTHWIND_DE)) {
      const input = form!.querySelector<HTMLInputElement | HTMLSelectElement>(`[name="${name}"]`)!;
      input.value = value;
      input.dispatchEvent(new Event(input.tagName === 'SELECT' ? 'change' : 'input'));
    }
    const saved = oneEvent(document, 'credit-billing-details-saved');
    save.click();
    expect((await saved).detail.details.company).to.equal('Northwind GmbH');
    await waitUntil(() => maybePart(el, 'amount-input'), 'amount step never shown', { timeout: 5000 });
  });
});
describe('focus', () => {
  it('focus() on an element reaches its control (badge, trigger, pay button, forms)', async () => {
    const { el, balance } = await mount();
    el.focus();
    expect(el.shadowRoot!.activeElement).to.equal(part(el, 'trigger'));
    await waitUntil(() => maybePart(balance, 'base')?.tagName === 'BUTTON');
    balance.focus();
    expect(balance.shadowRoot!.activeElement).to.equal(part(balance, 'base'));
  });

  it('focus() on a form element moves to its first control', async () => {
    const wrapper = await fixture<HTMLDivElement>(
      html`<div lang="en">
        <credit-provider mock><credit-billing-details></credit-billing-details></credit-provider>
      </div>`,
    );
    const form = wrapper.querySelector('credit-billing-details')!;
    await waitUntil(() => form.shadowRoot!.querySelector('[name="company"]'), 'form never rendered', {
      timeout: 5000,
    });
    form.focus();
    expect(form.shadowRoot!.activeElement).to.equal(form.shadowRoot!.querySelector('[name="company"]'));
  });
});
