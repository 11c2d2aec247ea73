import { defineElement } from '../../util/define.js';
// The elements the dashboard renders: importing the dashboard alone gives a working page.
import '../credit-auto-top-up/define.js';
import '../credit-balance/define.js';
import '../credit-billing-details/define.js';
import '../credit-buy/define.js';
import '../credit-requests/define.js';
import '../credit-top-up/define.js';
import '../credit-transactions/define.js';
import '../credit-usage/define.js';
import { CreditDashboard } from './credit-dashboard.js';

defineElement('credit-dashboard', CreditDashboard);

declare global {
  interface HTMLElementTagNameMap {
    'credit-dashboard': CreditDashboard;
  }
}

export { CreditDashboard };
export { COMPOSED_PARTS } from './dashboard-parts.js';
export * from './credit-dashboard.events.js';
