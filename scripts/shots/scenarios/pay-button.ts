/**
 * `<credit-pay-button>` on agency-credits (balance €300): idle for a service and an
 * invoice, what the first and a second click do, paid, every reason it cannot pay
 * (with `show-unavailable`) and the same without it (renders nothing). A badge
 * beside the button shows what each click did to the balance.
 */
import type { Fixture } from '../fixture.js';
import { commonStates, group, type Scenario } from '../scenario.js';

const s = group('credit-pay-button');
const P = 'credit-pay-button';
const button = (attrs: string): Fixture => ({
  preset: 'agency-credits',
  html: `<credit-balance></credit-balance><credit-pay-button ${attrs}></credit-pay-button>`,
});
const logo = 'item-type="service" item-id="svc-logo"';
const inv1 = 'item-type="invoice" item-id="inv-2001"';
const inv2 = 'item-type="invoice" item-id="inv-2002"';

export const payButtonScenarios: Scenario[] = [
  s(
    'loading',
    'Payability never answers (show-unavailable)',
    {
      ...button(`${logo} show-unavailable`),
      rules: [{ match: '^GET /payability', respond: 'hang' }],
    },
    undefined,
    { settle: false },
  ),
  ...commonStates(s, button(logo), '/payability').filter((x: Scenario) => x.name !== 'loading'),
  s('service-idle', 'Logo design €120.00, payable', button(logo)),
  s('invoice-idle', 'INV-2001 €150.00, payable', button(inv1)),
  s(
    'service-first-click',
    'Logo design after one click: the inline confirmation, nothing paid yet',
    button(logo),
    async (d) => {
      await d.click(P, 'button');
      await d.settle();
    },
  ),
  s('service-purchased', 'Logo design confirmed: "Purchased ✓" and "Buy again"', button(logo), async (d) => {
    await d.click(P, 'button');
    await d.click(P, 'confirm-button');
    await d.part(P, 'paid').waitFor({ timeout: 3000 });
    await d.settle();
  }),
  s(
    'service-second-click',
    'Logo design bought, then "Buy again" clicked 2 s later: a new confirmation, never a second charge',
    button(logo),
    async (d) => {
      await d.click(P, 'button');
      await d.click(P, 'confirm-button');
      await d.part(P, 'paid').waitFor({ timeout: 3000 });
      await d.settle();
      await d.page.waitForTimeout(2000);
      await d.click(P, 'buy-again');
      await d.settle();
    },
  ),
  s('invoice-confirm', 'INV-2001 after one click: the inline confirmation', button(inv1), async (d) => {
    await d.click(P, 'button');
    await d.settle();
  }),
  s('invoice-paid', 'INV-2001 after paying (paid state)', button(inv1), async (d) => {
    await d.click(P, 'button');
    await d.click(P, 'confirm-button');
    await d.part(P, 'paid').waitFor({ timeout: 3000 });
    await d.settle();
  }),
  s(
    'not-eligible',
    'SEO audit, not payable with credit (show-unavailable)',
    button('item-type="service" item-id="svc-audit" show-unavailable'),
  ),
  s(
    'not-eligible-hidden',
    'SEO audit without show-unavailable: renders nothing (empty expected)',
    button('item-type="service" item-id="svc-audit"'),
  ),
  s(
    'insufficient',
    'INV-2002 €900.00 with €300.00: shortfall and "Top up the difference"',
    button(`${inv2} show-unavailable`),
  ),
  s('insufficient-hidden', 'INV-2002 without show-unavailable: renders nothing', button(inv2)),
  s('payments-disabled', 'Credit payments switched off (show-unavailable)', {
    ...button(`${logo} show-unavailable`),
    setup: [{ op: 'payments', enabled: false }],
  }),
  s('already-paid', 'INV-2001 paid earlier (show-unavailable): the paid state', {
    ...button(`${inv1} show-unavailable`),
    setup: [{ op: 'pay', itemType: 'invoice', itemId: 'inv-2001' }],
  }),
  s(
    'top-up-difference',
    'INV-2002: "Top up the difference" clicked, with a <credit-buy> on the page',
    {
      preset: 'agency-credits',
      html: `<credit-pay-button ${inv2} show-unavailable></credit-pay-button><credit-buy></credit-buy>`,
    },
    async (d) => {
      await d.click(P, 'top-up');
      await d.settle();
    },
  ),
];
