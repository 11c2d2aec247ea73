import type { Account } from '../../core/schemas/account.js';
import { CreditEvent } from '../../events/credit-event.js';

export interface CreditBalanceClickDetail {
  /** The balance shown, in minor units. */
  balance: number;
  account: Account;
}

/** The balance badge was activated (and has no `href`). Bubbles and is composed. */
export class CreditBalanceClickEvent extends CreditEvent<CreditBalanceClickDetail> {
  static readonly type = 'credit-balance-click';

  constructor(detail: CreditBalanceClickDetail) {
    super(CreditBalanceClickEvent.type, detail);
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'credit-balance-click': CreditBalanceClickEvent;
  }
}
