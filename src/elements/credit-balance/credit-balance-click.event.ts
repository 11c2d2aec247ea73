import type { Account } from '../../core/schemas/account.js';

export interface CreditBalanceClickDetail {
  /** The balance shown, in minor units. */
  balance: number;
  account: Account;
}

/** The balance badge was activated (and has no `href`). Bubbles and is composed. */
export class CreditBalanceClickEvent extends Event {
  static readonly type = 'credit-balance-click';
  readonly detail: CreditBalanceClickDetail;

  constructor(detail: CreditBalanceClickDetail) {
    super(CreditBalanceClickEvent.type, { bubbles: true, composed: true });
    this.detail = detail;
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'credit-balance-click': CreditBalanceClickEvent;
  }
}
