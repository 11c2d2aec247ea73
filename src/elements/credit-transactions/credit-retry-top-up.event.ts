import type { PaymentMethod } from '../../core/schemas/common.js';
import { CreditEvent } from '../../events/credit-event.js';

export interface CreditRetryTopUpDetail {
  /** The failed top-up to retry. */
  topUpId: string;
  /** Its amount in balance minor units (the money amount in the money model). */
  amount: number;
  /** The method that failed, so a host may suggest another. */
  method: PaymentMethod | null;
}

/**
 * The customer asked to retry a failed top-up. Bubbles and is composed; a host or
 * `<credit-dashboard>` opens `<credit-top-up>` prefilled with `amount`. Cancelable:
 * when nobody cancels it and the page has a `<credit-top-up>`, the history opens
 * that one itself.
 */
export class CreditRetryTopUpEvent extends CreditEvent<CreditRetryTopUpDetail> {
  static readonly type = 'credit-retry-top-up';

  constructor(detail: CreditRetryTopUpDetail) {
    super(CreditRetryTopUpEvent.type, detail, { cancelable: true });
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'credit-retry-top-up': CreditRetryTopUpEvent;
  }
}
