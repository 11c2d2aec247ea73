import { defineElement } from '../../util/define.js';
import { CreditRequests } from './credit-requests.js';

defineElement('credit-requests', CreditRequests);

declare global {
  interface HTMLElementTagNameMap {
    'credit-requests': CreditRequests;
  }
}

export { CreditRequests };
