import { defineElement } from '../../util/define.js';
import { CreditDashboard } from './credit-dashboard.js';

defineElement('credit-dashboard', CreditDashboard);

declare global {
  interface HTMLElementTagNameMap {
    'credit-dashboard': CreditDashboard;
  }
}

export { CreditDashboard };
export { CreditPortalOpenEvent } from './credit-dashboard-portal-open.event.js';
export { COMPOSED_PARTS } from './dashboard-parts.js';
