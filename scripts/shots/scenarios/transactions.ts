/**
 * `<credit-transactions>`: loading, error, empty, each preset's history (pending,
 * failed, holds, usage), filters, 1,000+ rows scrolled, a row action, keyboard focus
 * on an action off to the side.
 */
import { commonStates, group, type Scenario } from '../scenario.js';

const s = group('credit-transactions');
const X = 'credit-transactions';
const html = '<credit-transactions page-size="20"></credit-transactions>';

export const transactionsScenarios: Scenario[] = [
  ...commonStates(s, { preset: 'usage-billing', html }, '/transactions'),
  s('empty', 'A new account: no entries yet', {
    preset: 'usage-billing',
    html,
    rules: [{ match: '^GET /transactions', respond: { json: { items: [], nextCursor: null } } }],
  }),
  s('usage-billing', 'usage-billing: top-ups (one failed, one pending) and monthly usage', {
    preset: 'usage-billing',
    html,
  }),
  s('agency', 'agency-credits: packages, services and invoices paid with credit', { preset: 'agency-credits', html }),
  s('ai', 'ai-credits: plan credits, jobs with multipliers, failed jobs not charged', { preset: 'ai-credits', html }),
  s('scan', 'scan-credits: scans, purchases, expired credits', { preset: 'scan-credits', html }),
  s('filter-pending', 'usage-billing filtered to status "pending"', { preset: 'usage-billing', html }, async (d) => {
    await d.part(X, 'filter-status').selectOption('pending');
    await d.settle();
  }),
  s(
    'filter-failed-out',
    'usage-billing filtered to type "In", status "failed"',
    { preset: 'usage-billing', html },
    async (d) => {
      await d.part(X, 'filter-type').selectOption('in');
      await d.settle();
      await d.part(X, 'filter-status').selectOption('failed');
      await d.settle();
    },
  ),
  s(
    'filter-empty',
    'Filters that match nothing (pending, agency-credits)',
    { preset: 'agency-credits', html },
    async (d) => {
      await d.part(X, 'filter-status').selectOption('pending');
      await d.settle();
    },
  ),
  s(
    'filter-reversed-range',
    'A date range typed in reverse: said, not applied',
    { preset: 'usage-billing', html },
    async (d, { lang }) => {
      await d.part(X, 'filter-from').fill(lang === 'de' ? '28.11.2026' : '11/28/2026');
      await d.part(X, 'filter-to').fill(lang === 'de' ? '01.10.2026' : '10/01/2026');
      await d.part(X, 'filter-to').press('Enter');
      await d.settle();
    },
  ),
  s(
    'rows-1000-scrolled',
    'scan-credits with 1,500 extra entries, one page of 2,000, scrolled to the middle',
    {
      preset: 'scan-credits',
      seedEntries: 1500,
      html: '<credit-transactions page-size="2000"></credit-transactions>',
    },
    async (d) => {
      await d.scroll(`${X} [part~="scroller"]`, 40_000);
      await d.settle();
    },
  ),
  s('load-more', 'usage-billing, 5 per page: the "Load more" button', {
    preset: 'usage-billing',
    html: '<credit-transactions page-size="5"></credit-transactions>',
  }),
  s(
    'complete-payment-clicked',
    'usage-billing: "Complete payment" clicked on the pending top-up',
    { preset: 'usage-billing', html },
    async (d) => {
      await d.page.locator(`${X} [part~="action-complete"]`).first().click();
      await d.settle();
    },
  ),
  s(
    'action-focused',
    'Keyboard focus on the first row action (header/row alignment)',
    { preset: 'usage-billing', html },
    async (d) => {
      await d.page.locator(`${X} [part~="action"]`).first().focus();
      await d.settle();
    },
  ),
];
