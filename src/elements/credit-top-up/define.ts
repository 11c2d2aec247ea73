import { defineElement } from '../../util/define.js';
import { CreditTopUp } from './credit-top-up.js';

defineElement('credit-top-up', CreditTopUp);

declare global {
  interface HTMLElementTagNameMap {
    'credit-top-up': CreditTopUp;
  }
}

export { CreditTopUp };
