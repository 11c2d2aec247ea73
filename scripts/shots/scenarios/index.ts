/** Every scenario, in contact-sheet order. */
import type { Scenario } from '../scenario.js';
import { autoTopUpScenarios } from './auto-top-up.js';
import { balanceScenarios } from './balance.js';
import { billingScenarios } from './billing-details.js';
import { buyScenarios } from './buy.js';
import { dashboardScenarios } from './dashboard.js';
import { pageScenarios } from './pages.js';
import { payButtonScenarios } from './pay-button.js';
import { requestsScenarios } from './requests.js';
import { topUpScenarios } from './top-up.js';
import { transactionsScenarios } from './transactions.js';
import { usageScenarios } from './usage.js';

export const allScenarios: readonly Scenario[] = [
  ...balanceScenarios,
  ...topUpScenarios,
  ...buyScenarios,
  ...payButtonScenarios,
  ...transactionsScenarios,
  ...requestsScenarios,
  ...usageScenarios,
  ...autoTopUpScenarios,
  ...billingScenarios,
  ...dashboardScenarios,
  ...pageScenarios,
];
