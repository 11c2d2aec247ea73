import { defineElement } from '../../util/define.js';
// Rendered inside when Buy needs billing details.
import '../credit-billing-details/define.js';
import { CreditBuy } from './credit-buy.js';

defineElement('credit-buy', CreditBuy);

declare global {
  interface HTMLElementTagNameMap {
    'credit-buy': CreditBuy;
  }
}

export { CreditBuy };
export * from './credit-buy.events.js';
