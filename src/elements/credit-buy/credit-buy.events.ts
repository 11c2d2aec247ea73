import type { CreditsErrorCode } from '../../adapter/errors.js';
import type { CreditRequest } from '../../core/schemas/requests.js';
import type { TopUp } from '../../core/schemas/top-up.js';
import { CreditEvent } from '../../events/credit-event.js';

/** An instant purchase (card, PayPal) completed and the credits were added. Bubbles and is composed. */
export class CreditPurchaseCompletedEvent extends CreditEvent<{ topUp: TopUp }> {
  static readonly type = 'credit-purchase-completed';

  constructor(detail: { topUp: TopUp }) {
    super(CreditPurchaseCompletedEvent.type, detail);
  }
}

/** A bank-transfer or crypto purchase created a pending credit request. Bubbles and is composed. */
export class CreditRequestCreatedEvent extends CreditEvent<{ request: CreditRequest }> {
  static readonly type = 'credit-request-created';

  constructor(detail: { request: CreditRequest }) {
    super(CreditRequestCreatedEvent.type, detail);
  }
}

export interface CreditPurchaseFailedDetail {
  /**
   * Why: a `CreditsErrorCode` (`payment_declined`, `network_error`, …) or, when
   * the processor declined, its own code as on `topUp.failureCode` (`card_declined`, …).
   */
  code: CreditsErrorCode | (string & {});
  /** The failed top-up, when the backend started one. */
  topUp: TopUp | null;
}

/** A purchase could not be started or its payment failed; nothing was charged. Bubbles and is composed. */
export class CreditPurchaseFailedEvent extends CreditEvent<CreditPurchaseFailedDetail> {
  static readonly type = 'credit-purchase-failed';

  constructor(detail: CreditPurchaseFailedDetail) {
    super(CreditPurchaseFailedEvent.type, detail);
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'credit-purchase-completed': CreditPurchaseCompletedEvent;
    'credit-request-created': CreditRequestCreatedEvent;
    'credit-purchase-failed': CreditPurchaseFailedEvent;
  }
}
