/** `<credit-auto-top-up>`: inline (off, on), modal, validation errors, saved, unavailable, loading, error. */
import { commonStates, group, type Scenario } from '../scenario.js';

const s = group('credit-auto-top-up');
const A = 'credit-auto-top-up';
const html = '<credit-auto-top-up></credit-auto-top-up>';

export const autoTopUpScenarios: Scenario[] = [
  ...commonStates(s, { preset: 'scan-credits', html }, '/auto-top-up'),
  s('inline-off', 'usage-billing (money balance): off, defaults', { preset: 'usage-billing', html }),
  s('inline-off-enabled', 'usage-billing: switched on, before saving', { preset: 'usage-billing', html }, async (d) => {
    await d.check(A, 'enabled');
    await d.settle();
  }),
  s(
    'inline-on',
    'scan-credits switched on earlier: 500-credit package below 50 credits or 14 days before expiry, Visa',
    {
      preset: 'scan-credits',
      html,
      setup: [
        {
          op: 'autoTopUp',
          settings: {
            enabled: true,
            threshold: 50,
            expiryDays: 14,
            purchase: { type: 'package', packageId: 'scan-500' },
            monthlyCap: null,
            paymentMethodId: 'pm_card_visa',
          },
        },
      ],
    },
  ),
  s('inline-ai', 'ai-credits: set up but off (1,000-credit package, monthly limit, Mastercard)', {
    preset: 'ai-credits',
    html,
  }),
  s(
    'errors',
    'usage-billing: switched on with an invalid threshold, Save pressed',
    { preset: 'usage-billing', html },
    async (d) => {
      await d.check(A, 'enabled');
      await d.fill(A, 'threshold', 'abc');
      await d.click(A, 'save-button');
      await d.settle();
    },
  ),
  s('saved', 'scan-credits (off): Save pressed (saved message)', { preset: 'scan-credits', html }, async (d) => {
    await d.click(A, 'save-button');
    await d.settle();
  }),
  s(
    'modal',
    'scan-credits with modal: the dialog opened from its trigger',
    {
      preset: 'scan-credits',
      html: '<credit-auto-top-up modal></credit-auto-top-up>',
    },
    async (d) => {
      await d.click(A, 'trigger');
      await d.settle();
    },
    { captures: [{ target: { dialog: `${A} [part~="dialog"]` } }] },
  ),
  s('modal-trigger', 'scan-credits with modal: the trigger button', {
    preset: 'scan-credits',
    html: '<credit-auto-top-up modal></credit-auto-top-up>',
  }),
  s('unavailable', 'agency-credits: auto top-up not offered for this account', { preset: 'agency-credits', html }),
];
