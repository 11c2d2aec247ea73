/**
 * `<credit-top-up>`: trigger, loading and error inside the dialog, billing gate,
 * amount step (empty, preset, typed, errors, VAT treatments, invoice), the test
 * card window and every outcome.
 */
import type { Drive } from '../drive.js';
import { commonStates, billing, group, type Scenario } from '../scenario.js';
import type { Fixture } from '../fixture.js';

const s = group('credit-top-up');
const T = 'credit-top-up';
const dialog = { captures: [{ target: { dialog: `${T} [part~="dialog"]` } }] };
const open = '<credit-top-up open></credit-top-up>';
const ready = (setup = [billing('DE')]): Fixture => ({ preset: 'usage-billing', html: open, setup });

/** Picks the preset at `index` (€50, €100, €250, €500, €1,000) and waits for the quote. */
async function preset(d: Drive, index: number): Promise<void> {
  await d.click(T, 'preset', index);
  await d.settle();
}

async function confirm(d: Drive): Promise<void> {
  await d.check(T, 'confirm-checkbox');
}

async function toCardWindow(d: Drive): Promise<void> {
  await preset(d, 1);
  await confirm(d);
  await d.click(T, 'continue-button');
  await d.waitFor(T, 'test-card-input');
}

async function payWith(d: Drive, card: string | null): Promise<void> {
  await toCardWindow(d);
  if (card) await d.fill(T, 'test-card-input', card);
  await d.click(T, 'test-pay-button');
  await d.waitSelector(`${T} #outcome-title`);
  await d.settle();
}

export const topUpScenarios: Scenario[] = [
  s('trigger', 'Closed: the trigger button on the page', {
    preset: 'usage-billing',
    html: '<credit-top-up></credit-top-up>',
  }),
  ...commonStates(s, { preset: 'usage-billing', html: open }, undefined, dialog),
  s(
    'billing-gate',
    'First top-up, no billing details on file: the embedded form',
    {
      preset: 'usage-billing',
      html: open,
    },
    undefined,
    dialog,
  ),
  s(
    'billing-gate-errors',
    'Billing gate after pressing Save on the empty form',
    { preset: 'usage-billing', html: open },
    async (d) => {
      await d.click(`${T} credit-billing-details`, 'save-button');
      await d.settle();
    },
    dialog,
  ),
  s('amount-empty', 'Amount step, nothing chosen yet (billing details on file, DE)', ready(), undefined, dialog),
  s(
    'amount-preset',
    'Preset €100 chosen, quote shown, box ticked (DE: 19 % VAT)',
    ready(),
    async (d) => {
      await preset(d, 1);
      await confirm(d);
    },
    dialog,
  ),
  s(
    'amount-typed',
    'Custom amount typed: 75 (decimal separator of the locale)',
    ready(),
    async (d, v) => {
      await d.type(T, 'amount-input', v.lang === 'de' ? '75,5' : '75.5');
      await d.settle();
    },
    dialog,
  ),
  s(
    'amount-error-letters',
    'Invalid amount "abc", field left (inline error)',
    ready(),
    async (d) => {
      await d.type(T, 'amount-input', 'abc');
      await d.press('Tab');
      await d.settle();
    },
    dialog,
  ),
  s(
    'amount-error-max',
    'Amount above the maximum (60000)',
    ready(),
    async (d) => {
      await d.type(T, 'amount-input', '60000');
      await d.press('Tab');
      await d.settle();
    },
    dialog,
  ),
  s(
    'amount-error-decimals',
    'Too many decimals (10.555 / 10,555)',
    ready(),
    async (d, v) => {
      await d.type(T, 'amount-input', v.lang === 'de' ? '10,555' : '10.555');
      await d.press('Tab');
      await d.settle();
    },
    dialog,
  ),
  s(
    'reverse-charge',
    'Buyer in France with a VAT ID: 0 % with the reverse-charge note',
    ready([billing('FR')]),
    async (d) => {
      await preset(d, 1);
    },
    dialog,
  ),
  s(
    'outside-eu',
    'Buyer in the US: 0 %, not subject to German VAT',
    ready([billing('US')]),
    async (d) => {
      await preset(d, 1);
    },
    dialog,
  ),
  s(
    'amount-invoice',
    '€1,000 preset: invoice method, no fee, box ticked',
    ready(),
    async (d) => {
      await preset(d, 4);
      await confirm(d);
    },
    dialog,
  ),
  s(
    'prefilled-shortfall',
    'Opened with amount="60000" (a shortfall of €600.00)',
    {
      preset: 'usage-billing',
      html: '<credit-top-up open amount="60000"></credit-top-up>',
      setup: [billing('DE')],
    },
    undefined,
    dialog,
  ),
  s('card-window', 'After Continue: the test-mode card window', ready(), toCardWindow, dialog),
  s(
    'card-error',
    'Card window with a malformed card number "1234"',
    ready(),
    async (d) => {
      await toCardWindow(d);
      await d.fill(T, 'test-card-input', '1234');
      await d.click(T, 'test-pay-button');
      await d.settle();
    },
    dialog,
  ),
  s('outcome-completed', 'Paid with 4242 4242 4242 4242: completed', ready(), (d) => payWith(d, null), dialog),
  s(
    'outcome-pending',
    'Paid with 4000 0025 0000 3155: pending (authentication)',
    ready(),
    (d) => payWith(d, '4000 0025 0000 3155'),
    dialog,
  ),
  s(
    'pending-confirm',
    'Pending outcome, "Complete payment now" pressed: the payment step again (bank confirmation, test mode)',
    ready(),
    async (d) => {
      await payWith(d, '4000 0025 0000 3155');
      await d.click(T, 'complete-button');
      await d.settle();
    },
    dialog,
  ),
  s(
    'outcome-failed',
    'Paid with 4000 0000 0000 0002: declined',
    ready(),
    (d) => payWith(d, '4000 0000 0000 0002'),
    dialog,
  ),
  s(
    'outcome-invoice',
    '€1,000 by invoice: invoice requested',
    ready(),
    async (d) => {
      await preset(d, 4);
      await confirm(d);
      await d.click(T, 'continue-button');
      await d.waitSelector(`${T} #outcome-title`);
      await d.settle();
    },
    dialog,
  ),
  s(
    'credits-model',
    'Opened on a credits account (scan-credits): points to buying packages',
    {
      preset: 'scan-credits',
      html: open,
    },
    undefined,
    dialog,
  ),
  s(
    'credits-model-buy',
    'Opened on a credits account with a <credit-buy> on the page: "Choose a package" leads there',
    {
      preset: 'scan-credits',
      html: `${open}<credit-buy></credit-buy>`,
    },
    undefined,
    dialog,
  ),
  s(
    'complete-payment',
    'Reopened for a pending payment (what the history\'s "Complete payment" does): the payment step',
    { preset: 'usage-billing', html: '<credit-top-up></credit-top-up>' },
    async (d) => {
      await d.page.evaluate(async () => {
        const el = document.querySelector('credit-top-up') as HTMLElement & { completePayment(id: string): void };
        const provider = document.querySelector('credit-provider') as HTMLElement & {
          store: {
            adapter: { listTransactions(q: object): Promise<{ items: { status: string; topUpId: string | null }[] }> };
          };
        };
        const page = await provider.store.adapter.listTransactions({ limit: 50 });
        const pending = page.items.find((t) => t.status === 'pending' && t.topUpId);
        if (pending?.topUpId) el.completePayment(pending.topUpId);
      });
      await d.part(T, 'test-pay-button').waitFor({ timeout: 5000 });
      await d.settle();
    },
    dialog,
  ),
  s(
    'focus-on-open',
    'Opened from the trigger with the keyboard: where focus lands',
    { ...ready(), html: '<credit-top-up></credit-top-up>' },
    async (d) => {
      await d.part(T, 'trigger').focus();
      await d.press('Enter');
      await d.settle();
    },
    dialog,
  ),
];
