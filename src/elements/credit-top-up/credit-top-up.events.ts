import type { TopUp } from '../../core/schemas/top-up.js';
import { CreditEvent } from '../../events/credit-event.js';

export interface CreditTopUpOutcomeDetail {
  /** The top-up as the backend reports it. */
  topUp: TopUp;
}

/** The top-up completed and the balance was credited. Bubbles and is composed. */
export class CreditTopUpCompletedEvent extends CreditEvent<CreditTopUpOutcomeDetail> {
  static readonly type = 'credit-top-up-completed';
  constructor(detail: CreditTopUpOutcomeDetail) {
    super(CreditTopUpCompletedEvent.type, detail);
  }
}

/** The top-up is pending (bank authentication, or an invoice awaiting payment). Bubbles and is composed. */
export class CreditTopUpPendingEvent extends CreditEvent<CreditTopUpOutcomeDetail> {
  static readonly type = 'credit-top-up-pending';
  constructor(detail: CreditTopUpOutcomeDetail) {
    super(CreditTopUpPendingEvent.type, detail);
  }
}

/** The payment failed; nothing was charged. Bubbles and is composed. */
export class CreditTopUpFailedEvent extends CreditEvent<CreditTopUpOutcomeDetail> {
  static readonly type = 'credit-top-up-failed';
  constructor(detail: CreditTopUpOutcomeDetail) {
    super(CreditTopUpFailedEvent.type, detail);
  }
}

/**
 * The dialog is about to leave for a hosted payment page (Stripe Checkout).
 * Cancelable: a host that calls `preventDefault()` navigates itself (e.g. in a popup).
 */
export class CreditTopUpRedirectEvent extends CreditEvent<CreditTopUpOutcomeDetail> {
  static readonly type = 'credit-top-up-redirect';
  constructor(detail: CreditTopUpOutcomeDetail) {
    super(CreditTopUpRedirectEvent.type, detail, { cancelable: true });
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'credit-top-up-completed': CreditTopUpCompletedEvent;
    'credit-top-up-pending': CreditTopUpPendingEvent;
    'credit-top-up-failed': CreditTopUpFailedEvent;
    'credit-top-up-redirect': CreditTopUpRedirectEvent;
  }
}
