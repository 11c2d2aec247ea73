/** `<credit-usage>`: loading, errors, usage by kind and by member, the table, a focused bar, credit blocks. */
import { commonStates, group, type Scenario } from '../scenario.js';

const s = group('credit-usage');
const html = '<credit-usage></credit-usage>';

export const usageScenarios: Scenario[] = [
  ...commonStates(s, { preset: 'ai-credits', html }, '/usage/summary'),
  s('ai-kind', 'ai-credits, last 30 days by kind (model and resolution), plan and pack blocks', {
    preset: 'ai-credits',
    html,
  }),
  s('ai-member', 'ai-credits, last 90 days per week by team member', {
    preset: 'ai-credits',
    html: '<credit-usage range="90d" group-by="member"></credit-usage>',
  }),
  s(
    'ai-focus',
    'ai-credits: a bar focused with the keyboard, its values in the readout',
    { preset: 'ai-credits', html: '<credit-usage range="7d" group-by="member" hide-blocks></credit-usage>' },
    async (d) => {
      await d.press('Tab');
      await d.press('Tab');
      await d.press('Tab');
      await d.press('Tab');
      await d.press('Tab');
      await d.press('ArrowLeft');
    },
  ),
  s('scan-table', 'scan-credits, last 90 days as a table; three packs and a bonus expiring soon', {
    preset: 'scan-credits',
    html: '<credit-usage range="90d" view="table"></credit-usage>',
  }),
  s('agency', 'agency-credits (money): services and invoices paid with credits', {
    preset: 'agency-credits',
    html: '<credit-usage range="90d"></credit-usage>',
  }),
  s('usage-billing', 'usage-billing (money): monthly API usage over this month; top-ups that never expire', {
    preset: 'usage-billing',
    html: '<credit-usage range="90d" interval="month"></credit-usage>',
  }),
  s('compact', 'compact (as in the dashboard overview): scan-credits, the last 30 days and the next block to expire', {
    preset: 'scan-credits',
    html: '<credit-usage compact></credit-usage>',
  }),
];
