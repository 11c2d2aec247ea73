/**
 * `<credit-dashboard>` for each preset: the whole page and each section on its
 * own; loading, error, credit payments off, the help answers opened.
 */
import type { Capture, Scenario } from '../scenario.js';
import { commonStates, group } from '../scenario.js';
import type { Preset } from '../fixture.js';

const s = group('credit-dashboard');
const html = '<credit-dashboard></credit-dashboard>';

/** The whole dashboard, then each of `sections` (`section-<name>` parts). */
function captures(sections: string[]): Capture[] {
  return [
    { target: 'stage' },
    ...sections.map((name) => ({ name, target: { selector: `credit-dashboard [part~="section-${name}"]` } })),
  ];
}

const SECTIONS: Record<Preset, string[]> = {
  'usage-billing': ['overview', 'usage', 'history', 'auto-top-up', 'billing', 'help'],
  'agency-credits': ['overview', 'buy', 'usage', 'history', 'requests', 'billing', 'help'],
  'ai-credits': ['overview', 'buy', 'usage', 'history', 'auto-top-up', 'billing', 'help'],
  'scan-credits': ['overview', 'buy', 'usage', 'history', 'auto-top-up', 'billing', 'help'],
};

export const dashboardScenarios: Scenario[] = [
  ...commonStates(s, { preset: 'usage-billing', html }),
  ...(Object.keys(SECTIONS) as Preset[]).map((preset) =>
    s(preset, `${preset}: the whole dashboard, then each section`, { preset, html }, undefined, {
      captures: captures(SECTIONS[preset]),
    }),
  ),
  s(
    'agency-with-requests',
    'agency-credits with a pending and a rejected credit request',
    {
      preset: 'agency-credits',
      html,
      setup: [
        { op: 'request', method: 'bank_transfer', packageId: 'agency-500' },
        { op: 'request', method: 'crypto', packageId: 'agency-100' },
        { op: 'decide', accept: false, note: 'No payment received within 14 days.' },
      ],
    },
    undefined,
    { captures: [{ name: 'requests', target: { selector: 'credit-dashboard [part~="section-requests"]' } }] },
  ),
  s(
    'payments-disabled',
    'agency-credits with credit payments switched off',
    {
      preset: 'agency-credits',
      html,
      setup: [{ op: 'payments', enabled: false }],
    },
    undefined,
    { captures: captures(['overview']) },
  ),
  s(
    'help-open',
    'scan-credits: every help question opened',
    { preset: 'scan-credits', html },
    async (d) => {
      const questions = d.page.locator('credit-dashboard [part~="help-question"]');
      for (let i = 0; i < (await questions.count()); i++) await questions.nth(i).click();
    },
    { captures: [{ target: { selector: 'credit-dashboard [part~="section-help"]' } }] },
  ),
  s(
    'buy-credits-jump',
    'agency-credits: "Buy credits" pressed in the overview (where it lands)',
    {
      preset: 'agency-credits',
      html,
    },
    async (d) => {
      await d.click('credit-dashboard', 'buy-credits-button');
      await d.page.waitForTimeout(600);
    },
    { captures: [{ target: 'viewport' }] },
  ),
];
