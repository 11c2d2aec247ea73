import { defineElement } from '../../util/define.js';
import { CreditBalance } from './credit-balance.js';

defineElement('credit-balance', CreditBalance);

declare global {
  interface HTMLElementTagNameMap {
    'credit-balance': CreditBalance;
  }
}

export { CreditBalance };
export * from './credit-balance.events.js';
