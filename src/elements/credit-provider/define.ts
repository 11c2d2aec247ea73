import { defineElement } from '../../util/define.js';
import { CreditProvider } from './credit-provider.js';

defineElement('credit-provider', CreditProvider);

declare global {
  interface HTMLElementTagNameMap {
    'credit-provider': CreditProvider;
  }
}

export { CreditProvider };
