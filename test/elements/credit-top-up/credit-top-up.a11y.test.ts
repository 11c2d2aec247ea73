import { expect, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import axe from 'axe-core';
import type { CreditTopUp } from '../../../src/elements/credit-top-up/credit-top-up.js';
import { maybePart, mount, open, outcome, part, proceed, ready } from './helpers.js';

async function noViolations(el: CreditTopUp): Promise<void> {
  const dialog = part(el, 'dialog');
  const result = await axe.run(dialog, { resultTypes: ['violations'] });
  const summary = result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
  expect(summary).to.deep.equal([]);
}

describe('<credit-top-up> accessibility', () => {
  it('is a modal dialog labelled by its title; `open` reflects', async () => {
    const { el } = await mount();
    await open(el);
    const dialog = part<HTMLDialogElement>(el, 'dialog');
    expect(dialog.open).to.equal(true);
    expect(dialog.matches(':modal')).to.equal(true);
    expect(el.hasAttribute('open')).to.equal(true);
    expect(el.shadowRoot!.getElementById(dialog.getAttribute('aria-labelledby')!)!.textContent).to.equal(
      'Top up balance',
    );
    expect(el.shadowRoot!.activeElement).to.equal(part(el, 'amount-input'));
  });

  it('Escape closes it and focus returns to the trigger', async () => {
    const { el } = await mount();
    part(el, 'trigger').focus();
    part(el, 'trigger').click();
    await waitUntil(() => maybePart(el, 'amount-input') && el.shadowRoot!.activeElement === part(el, 'amount-input'));
    await sendKeys({ press: 'Escape' });
    await waitUntil(() => !el.open, 'closed');
    expect(part<HTMLDialogElement>(el, 'dialog').open).to.equal(false);
    expect(el.hasAttribute('open')).to.equal(false);
    expect(el.shadowRoot!.activeElement).to.equal(part(el, 'trigger'));
  });

  it('opens from the `open` attribute and closes with close()', async () => {
    const { el } = await mount();
    el.setAttribute('open', '');
    await waitUntil(() => maybePart(el, 'amount-input'));
    el.close();
    await el.updateComplete;
    expect(part<HTMLDialogElement>(el, 'dialog').open).to.equal(false);
  });

  it('axe: billing details step', async () => {
    const { el } = await mount({ buyer: null });
    el.show();
    await waitUntil(() =>
      el.shadowRoot!.querySelector('credit-billing-details')?.shadowRoot?.querySelector('[name="company"]'),
    );
    await noViolations(el);
  });

  it('axe: amount step, empty, with an error, and with a confirmed quote', async () => {
    const { el } = await mount();
    await open(el);
    await noViolations(el);
    const input = part<HTMLInputElement>(el, 'amount-input');
    input.value = 'abc';
    input.dispatchEvent(new Event('input'));
    await el.updateComplete;
    await noViolations(el);
    await ready(el, '250');
    await noViolations(el);
  });

  it('axe: test payment window, pending and completed outcomes', async () => {
    const { el } = await mount();
    await open(el);
    await ready(el, '100');
    await proceed(el, 'test-card-input');
    await noViolations(el);
    const input = part<HTMLInputElement>(el, 'test-card-input');
    input.value = '4000002500003155';
    input.dispatchEvent(new Event('input'));
    part<HTMLButtonElement>(el, 'test-pay-button').click();
    expect(await outcome(el)).to.equal('pending');
    await noViolations(el);
    part<HTMLButtonElement>(el, 'complete-button').click();
    await waitUntil(() => maybePart(el, 'test-pay-button'), 'payment step');
    await noViolations(el);
    part<HTMLButtonElement>(el, 'test-pay-button').click();
    await waitUntil(() => el.shadowRoot!.querySelector('[data-outcome="completed"]'));
    await noViolations(el);
  });

  it('axe: failed and invoice outcomes', async () => {
    const { el } = await mount();
    await open(el);
    await ready(el, '100');
    await proceed(el, 'test-card-input');
    const input = part<HTMLInputElement>(el, 'test-card-input');
    input.value = '4000000000000002';
    input.dispatchEvent(new Event('input'));
    part<HTMLButtonElement>(el, 'test-pay-button').click();
    expect(await outcome(el)).to.equal('failed');
    expect(part(el, 'status').getAttribute('role')).to.equal('alert');
    await noViolations(el);
    part<HTMLButtonElement>(el, 'change-amount-button').click();
    await waitUntil(() => maybePart(el, 'amount-input'));
    await ready(el, '2000');
    const pending = oneEvent(el, 'credit-top-up-pending');
    await proceed(el, 'done-button');
    await pending;
    await noViolations(el);
    part<HTMLButtonElement>(el, 'done-button').click();
    await el.updateComplete;
    expect(el.open).to.equal(false);
  });
});
