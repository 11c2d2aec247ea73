/** Events of `<credit-pay-button>`. All bubble and are composed. */
import type { CreditsErrorCode } from '../../adapter/errors.js';
import type { ItemType, Payability, Payment, Transaction } from '../../core/schemas/index.js';
import { CreditEvent } from '../../events/credit-event.js';

export interface CreditBeforePayDetail {
  itemType: ItemType;
  itemId: string;
  /** What the backend says the item costs, in balance minor units. */
  price: number;
  name: string;
  payability: Payability;
}

/**
 * The customer asked to pay. Cancelable: call `preventDefault()` to stop the
 * payment (e.g. to ask for confirmation first), then call the button's `pay()`.
 */
export class CreditBeforePayEvent extends CreditEvent<CreditBeforePayDetail> {
  static readonly type = 'credit-before-pay';

  constructor(detail: CreditBeforePayDetail) {
    super(CreditBeforePayEvent.type, detail, { cancelable: true });
  }
}

export interface CreditPaidDetail {
  payment: Payment;
  transaction: Transaction;
}

/** The item was paid with credits; fires once per payment. */
export class CreditPaidEvent extends CreditEvent<CreditPaidDetail> {
  static readonly type = 'credit-paid';

  constructor(detail: CreditPaidDetail) {
    super(CreditPaidEvent.type, detail);
  }
}

export interface CreditPayFailedDetail {
  /** Stable error code (`insufficient_credits`, `network_error`, …). */
  code: CreditsErrorCode;
  /** The message shown to the customer, in their language. */
  message: string;
}

/** Paying failed; nothing was charged (or, after a network error, a retry reuses the same key). */
export class CreditPayFailedEvent extends CreditEvent<CreditPayFailedDetail> {
  static readonly type = 'credit-pay-failed';

  constructor(detail: CreditPayFailedDetail) {
    super(CreditPayFailedEvent.type, detail);
  }
}

export interface CreditTopUpRequestDetail {
  /** The missing amount, in balance minor units. */
  shortfall: number;
  itemType: ItemType;
  itemId: string;
}

/**
 * The customer asked to top up the difference. Cancelable: a host that opens its
 * own top-up calls `preventDefault()`; otherwise the button opens the page's
 * `<credit-top-up>` (or `<credit-buy>`) prefilled with the shortfall.
 */
export class CreditTopUpRequestEvent extends CreditEvent<CreditTopUpRequestDetail> {
  static readonly type = 'credit-top-up-request';

  constructor(detail: CreditTopUpRequestDetail) {
    super(CreditTopUpRequestEvent.type, detail, { cancelable: true });
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'credit-before-pay': CreditBeforePayEvent;
    'credit-paid': CreditPaidEvent;
    'credit-pay-failed': CreditPayFailedEvent;
    'credit-top-up-request': CreditTopUpRequestEvent;
  }
}
