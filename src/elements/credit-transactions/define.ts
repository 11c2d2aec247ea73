import { defineElement } from '../../util/define.js';
import { CreditTransactions } from './credit-transactions.js';

defineElement('credit-transactions', CreditTransactions);

declare global {
  interface HTMLElementTagNameMap {
    'credit-transactions': CreditTransactions;
  }
}

export { CreditTransactions };
export * from './credit-transactions.events.js';
