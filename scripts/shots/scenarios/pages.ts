/**
 * The demo pages (demo/*.html) as the Vite dev server serves them, with the demo's
 * own language and theme switch, and a few journeys a customer takes on them.
 */
import type { Scenario } from '../scenario.js';

const page = (name: string, path: string, title: string, extra: Partial<Scenario> = {}): Scenario => ({
  group: 'pages',
  name,
  page: path,
  title,
  ...extra,
});

export const pageScenarios: Scenario[] = [
  page('index', '/index.html', 'Demo home with the drop-in dashboard (usage-billing)'),
  page('agency', '/agency.html', 'Agency client portal (agency-credits)'),
  page('saas', '/saas.html', 'SaaS usage & billing (usage-billing)'),
  page('ai', '/ai.html', 'AI image generator (ai-credits)'),
  page('scanner', '/scanner.html', 'Security scanner (scan-credits)'),
  page('saas-os-dark', '/saas.html', 'Light host page on a dark OS (prefers-color-scheme: dark)', {
    osColorScheme: 'dark',
    themes: ['light', 'brand'],
    captures: [{ target: 'viewport' }],
  }),
  page('saas-top-up', '/saas.html', 'SaaS: the page\'s "Top up" pressed (first top-up: billing details)', {
    drive: async (d) => {
      await d.click('credit-top-up', 'trigger');
      await d.settle();
    },
    captures: [{ target: 'viewport' }],
  }),
  page(
    'agency-top-up-difference',
    '/agency.html',
    'Agency: "Top up the difference" on INV-2002 pressed (where it lands)',
    {
      drive: async (d) => {
        await d.click('credit-pay-button[item-id="inv-2002"]', 'top-up');
        await d.settle();
        await d.page.waitForTimeout(800);
      },
      captures: [{ target: 'viewport' }],
    },
  ),
  page('agency-logo-bought', '/agency.html', 'Agency: "Buy with credit" on the logo design pressed once', {
    drive: async (d) => {
      await d.click('credit-pay-button[item-id="svc-logo"]', 'button');
      await d.settle();
    },
    captures: [{ target: 'viewport' }],
  }),
  page('ai-failed-render', '/ai.html', 'AI: a render with "Simulate a failed render" ticked', {
    drive: async (d) => {
      await d.page.locator('#generator input[name="fail"]').check();
      await d.page.locator('#generator button[type="submit"]').click();
      await d.page.locator('#job-status').filter({ hasText: /./ }).waitFor({ timeout: 8000 });
      await d.page.waitForTimeout(2500);
      await d.settle();
    },
    captures: [{ target: 'viewport' }],
  }),
  page('ai-render-by-member', '/ai.html', 'AI: Priya renders a 4K image; usage by team member counts it', {
    drive: async (d) => {
      await d.page.locator('#generator select[name="member"]').selectOption('Priya Nair');
      await d.page.locator('#generator select[name="resolution"]').selectOption('4K');
      await d.page.locator('#generator button[type="submit"]').click();
      await d.page
        .locator('#job-status')
        .filter({ hasText: /Done|Fertig/ })
        .waitFor({ timeout: 8000 });
      await d.settle();
    },
    captures: [{ target: { selector: 'section[aria-labelledby="usage-title"]' } }],
  }),
  page('scanner-scan-run', '/scanner.html', 'Scanner: "Run scan" on the first target', {
    drive: async (d) => {
      await d.page.locator('.target button').first().click();
      await d.page.waitForTimeout(2500);
      await d.settle();
    },
    captures: [{ target: 'viewport' }],
  }),
];
