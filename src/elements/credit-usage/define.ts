import { defineElement } from '../../util/define.js';
import { CreditUsage } from './credit-usage.js';

defineElement('credit-usage', CreditUsage);

declare global {
  interface HTMLElementTagNameMap {
    'credit-usage': CreditUsage;
  }
}

export { CreditUsage };
export type { UsageRange } from './credit-usage.js';
