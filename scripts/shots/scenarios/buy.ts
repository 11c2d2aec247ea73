/**
 * `<credit-buy>`: loading and errors, why buying is impossible, packages with and
 * without a custom quantity, each payment method, the test card and PayPal steps,
 * manual payment instructions and the outcomes.
 */
import type { Drive } from '../drive.js';
import type { Fixture } from '../fixture.js';
import { commonStates, billing, group, type Scenario } from '../scenario.js';

const s = group('credit-buy');
const B = 'credit-buy';
const html = '<credit-buy></credit-buy>';
/** agency-credits: packages, card + PayPal + bank transfer + crypto, billing details on file. */
const agency: Fixture = { preset: 'agency-credits', html };
/** scan-credits with billing details: packages, custom quantity, auto top-up offer. */
const scan: Fixture = { preset: 'scan-credits', html, setup: [billing('DE')] };

/** Chooses the payment method at `index` (agency: card, PayPal, bank transfer, crypto). */
async function method(d: Drive, index: number): Promise<void> {
  await d.part(B, 'method', index).click();
  await d.settle();
}

async function buy(d: Drive): Promise<void> {
  await d.click(B, 'buy-button');
  await d.settle();
}

async function payCard(d: Drive, card: string | null): Promise<void> {
  await buy(d);
  await d.waitFor(B, 'test-card-input');
  if (card) await d.fill(B, 'test-card-input', card);
  await d.click(B, 'test-pay-button');
  await d.waitFor(B, 'test-card-input', 'hidden').catch(() => {});
  await d.settle();
}

export const buyScenarios: Scenario[] = [
  ...commonStates(s, { preset: 'agency-credits', html }, '/packages'),
  s('no-billing', 'ai-credits without billing details: the form, Buy asks for them', {
    preset: 'ai-credits',
    html,
  }),
  s(
    'billing-step',
    'ai-credits without billing details: Buy pressed, the details asked inline',
    { preset: 'ai-credits', html },
    async (d) => {
      await buy(d);
      await d.waitFor(B, 'billing');
    },
  ),
  s('unavailable-disabled', 'usage-billing: package purchases are off for this account', {
    preset: 'usage-billing',
    html,
  }),
  s('unavailable-payments-off', 'agency-credits with credit payments switched off by the operator', {
    ...agency,
    setup: [{ op: 'payments', enabled: false }],
  }),
  s('packages', 'agency-credits: money packages, the popular one preselected, card', agency),
  s('packages-credits', 'scan-credits: credit packages, custom quantity, auto top-up offer', scan),
  s('custom-filled', 'scan-credits: custom quantity 250 typed', scan, async (d) => {
    await d.type(B, 'custom-amount', '250');
    await d.settle();
  }),
  s('custom-invalid', 'scan-credits: custom quantity 12 (below the minimum)', scan, async (d) => {
    await d.type(B, 'custom-amount', '12');
    await d.settle();
  }),
  s('method-paypal', 'agency-credits: PayPal chosen', agency, (d) => method(d, 1)),
  s('method-bank', 'agency-credits: bank transfer chosen (a credit request)', agency, (d) => method(d, 2)),
  s('method-crypto', 'agency-credits: cryptocurrency chosen (a credit request)', agency, (d) => method(d, 3)),
  s('card-step', 'agency-credits: after Buy, the test card step', agency, async (d) => {
    await buy(d);
    await d.waitFor(B, 'test-card-input');
  }),
  s('paypal-step', 'agency-credits: after Buy with PayPal, the simulated approval', agency, async (d) => {
    await method(d, 1);
    await buy(d);
    await d.waitFor(B, 'paypal-simulated-button');
  }),
  s('outcome-completed', 'agency-credits: paid with 4242…: completed', agency, (d) => payCard(d, null)),
  s('outcome-failed', 'agency-credits: paid with 4000 0000 0000 0002: declined', agency, (d) =>
    payCard(d, '4000 0000 0000 0002'),
  ),
  s('outcome-pending', 'agency-credits: paid with 4000 0025 0000 3155: pending', agency, (d) =>
    payCard(d, '4000 0025 0000 3155'),
  ),
  s('outcome-paypal', 'agency-credits: PayPal approved (simulated): completed', agency, async (d) => {
    await method(d, 1);
    await buy(d);
    await d.click(B, 'paypal-simulated-button');
    await d.settle();
  }),
  s('manual-instructions', 'agency-credits: bank transfer requested: instructions and reference', agency, async (d) => {
    await method(d, 2);
    await buy(d);
    await d.waitFor(B, 'instructions');
  }),
  s('manual-crypto', 'agency-credits: crypto requested: instructions', agency, async (d) => {
    await method(d, 3);
    await buy(d);
    await d.waitFor(B, 'instructions');
  }),
  s('manual-accepted', 'agency-credits: bank transfer requested, then accepted by the operator', agency, async (d) => {
    await method(d, 2);
    await buy(d);
    await d.waitFor(B, 'instructions');
    await d.run({ op: 'decide', accept: true });
    await d.settle();
  }),
  s('auto-offer-ticked', 'scan-credits: "top up automatically" ticked during checkout', scan, async (d) => {
    await d.check(B, 'auto-top-up-checkbox');
    await d.settle();
  }),
  s('failed-retry', 'agency-credits: declined, then Try again (back in the card step)', agency, async (d) => {
    await payCard(d, '4000 0000 0000 0002');
    await d.click(B, 'retry-button');
    await d.waitFor(B, 'test-card-input');
    await d.settle();
  }),
  s('prefilled-shortfall', 'agency-credits opened with amount="60000" (the €600 shortfall)', {
    preset: 'agency-credits',
    html: '<credit-buy amount="60000"></credit-buy>',
  }),
];
