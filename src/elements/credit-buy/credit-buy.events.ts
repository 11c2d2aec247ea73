import type { CreditRequest } from '../../core/schemas/requests.js';
import type { TopUp } from '../../core/schemas/top-up.js';

/** An instant purchase (card, PayPal) completed and the credits were added. Bubbles and is composed. */
export class CreditPurchaseCompletedEvent extends Event {
  static readonly type = 'credit-purchase-completed';
  readonly detail: { topUp: TopUp };
  constructor(detail: { topUp: TopUp }) {
    super(CreditPurchaseCompletedEvent.type, { bubbles: true, composed: true });
    this.detail = detail;
  }
}

/** A bank-transfer or crypto purchase created a pending credit request. Bubbles and is composed. */
export class CreditRequestCreatedEvent extends Event {
  static readonly type = 'credit-request-created';
  readonly detail: { request: CreditRequest };
  constructor(detail: { request: CreditRequest }) {
    super(CreditRequestCreatedEvent.type, { bubbles: true, composed: true });
    this.detail = detail;
  }
}

export interface CreditPurchaseFailedDetail {
  /** Stable error code (`payment_declined`, `network_error`, …). */
  code: string;
  /** The failed top-up, when the backend started one. */
  topUp: TopUp | null;
}

/** A purchase could not be started or its payment failed; nothing was charged. Bubbles and is composed. */
export class CreditPurchaseFailedEvent extends Event {
  static readonly type = 'credit-purchase-failed';
  readonly detail: CreditPurchaseFailedDetail;
  constructor(detail: CreditPurchaseFailedDetail) {
    super(CreditPurchaseFailedEvent.type, { bubbles: true, composed: true });
    this.detail = detail;
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'credit-purchase-completed': CreditPurchaseCompletedEvent;
    'credit-request-created': CreditRequestCreatedEvent;
    'credit-purchase-failed': CreditPurchaseFailedEvent;
  }
}
