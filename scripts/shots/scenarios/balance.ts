/** `<credit-balance>`: loading, error with retry, money and credits, low, expiring, hidden, link. */
import { commonStates, group, type Scenario } from '../scenario.js';

const s = group('credit-balance');
const badge = '<credit-balance></credit-balance>';

export const balanceScenarios: Scenario[] = [
  ...commonStates(s, { preset: 'usage-billing', html: badge }),
  s('money', 'usage-billing: €250.00', { preset: 'usage-billing', html: badge }),
  s('credits-expiring', 'scan-credits: credit units; the first expiry is written under the balance', {
    preset: 'scan-credits',
    html: badge,
  }),
  s('low', 'usage-billing after a €240 refund: €10.00, below the €50 threshold (low)', {
    preset: 'usage-billing',
    html: badge,
    setup: [{ op: 'refund', amount: 24_000 }],
  }),
  s('low-credits', 'ai-credits after refunding all but 40 credits (low)', {
    preset: 'ai-credits',
    html: badge,
    setup: [{ op: 'refundTo', balance: 40 }],
  }),
  s('figure', 'variant="figure": the large balance of a page or tile (scan-credits, with expiry)', {
    preset: 'scan-credits',
    html: '<credit-balance variant="figure"></credit-balance>',
  }),
  s('figure-low', 'variant="figure" while low (usage-billing after a €240 refund)', {
    preset: 'usage-billing',
    html: '<credit-balance variant="figure"></credit-balance>',
    setup: [{ op: 'refund', amount: 24_000 }],
  }),
  s('hidden', 'Credit payments disabled: the badge hides itself (empty shot expected)', {
    preset: 'usage-billing',
    html: `<p>Before the badge →</p>${badge}<p>← after the badge</p>`,
    setup: [{ op: 'payments', enabled: false }],
  }),
  s(
    'link',
    'With href: a link to the credits page, keyboard focus shown',
    {
      preset: 'agency-credits',
      html: '<credit-balance href="#credits"></credit-balance>',
    },
    async (d) => {
      await d.part('credit-balance', 'base').focus();
    },
  ),
];
