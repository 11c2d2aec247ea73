import { defineElement } from '../../util/define.js';
import { CreditPayButton } from './credit-pay-button.js';

defineElement('credit-pay-button', CreditPayButton);

declare global {
  interface HTMLElementTagNameMap {
    'credit-pay-button': CreditPayButton;
  }
}

export { CreditPayButton };
export * from './credit-pay-button.events.js';
