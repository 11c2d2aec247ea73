import { defineElement } from '../../util/define.js';
// Rendered inside the dialog (the billing details gate).
import '../credit-billing-details/define.js';
import { CreditTopUp } from './credit-top-up.js';

defineElement('credit-top-up', CreditTopUp);

declare global {
  interface HTMLElementTagNameMap {
    'credit-top-up': CreditTopUp;
  }
}

export { CreditTopUp };
export * from './credit-top-up.events.js';
