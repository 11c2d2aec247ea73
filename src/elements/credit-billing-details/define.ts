import { defineElement } from '../../util/define.js';
import { CreditBillingDetails } from './credit-billing-details.js';

defineElement('credit-billing-details', CreditBillingDetails);

declare global {
  interface HTMLElementTagNameMap {
    'credit-billing-details': CreditBillingDetails;
  }
}

export { CreditBillingDetails };
export * from './credit-billing-details.events.js';
