import { defineElement } from '../../util/define.js';
import { CreditAutoTopUp } from './credit-auto-top-up.js';

defineElement('credit-auto-top-up', CreditAutoTopUp);

declare global {
  interface HTMLElementTagNameMap {
    'credit-auto-top-up': CreditAutoTopUp;
  }
}

export { CreditAutoTopUp };
export * from './credit-auto-top-up.events.js';
