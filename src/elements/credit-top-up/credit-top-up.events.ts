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

/** What asked the dialog to close. */
export type CloseSource = 'close-button' | 'keyboard' | 'done-button';

export interface CreditTopUpRequestCloseDetail {
  source: CloseSource;
}

/** The dialog starts opening. Bubbles and is composed. */
export class CreditTopUpShowEvent extends CreditEvent<Record<string, never>> {
  static readonly type = 'credit-top-up-show';
  constructor() {
    super(CreditTopUpShowEvent.type, {});
  }
}

/** The dialog is open, its first step shown and focused. Bubbles and is composed. */
export class CreditTopUpAfterShowEvent extends CreditEvent<Record<string, never>> {
  static readonly type = 'credit-top-up-after-show';
  constructor() {
    super(CreditTopUpAfterShowEvent.type, {});
  }
}

/**
 * The customer asked to close the dialog (close button, Escape, Done). Cancelable:
 * `preventDefault()` keeps it open (e.g. to confirm leaving first). Not fired for
 * `close()` or removing `open`, and not while a payment is on its way (the dialog
 * stays open then).
 */
export class CreditTopUpRequestCloseEvent extends CreditEvent<CreditTopUpRequestCloseDetail> {
  static readonly type = 'credit-top-up-request-close';
  constructor(detail: CreditTopUpRequestCloseDetail) {
    super(CreditTopUpRequestCloseEvent.type, detail, { cancelable: true });
  }
}

/** The dialog starts closing. Bubbles and is composed. */
export class CreditTopUpHideEvent extends CreditEvent<Record<string, never>> {
  static readonly type = 'credit-top-up-hide';
  constructor() {
    super(CreditTopUpHideEvent.type, {});
  }
}

/** The dialog is closed and focus is back where it was. Bubbles and is composed. */
export class CreditTopUpAfterHideEvent extends CreditEvent<Record<string, never>> {
  static readonly type = 'credit-top-up-after-hide';
  constructor() {
    super(CreditTopUpAfterHideEvent.type, {});
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'credit-top-up-show': CreditTopUpShowEvent;
    'credit-top-up-after-show': CreditTopUpAfterShowEvent;
    'credit-top-up-request-close': CreditTopUpRequestCloseEvent;
    'credit-top-up-hide': CreditTopUpHideEvent;
    'credit-top-up-after-hide': CreditTopUpAfterHideEvent;
    'credit-top-up-completed': CreditTopUpCompletedEvent;
    'credit-top-up-pending': CreditTopUpPendingEvent;
    'credit-top-up-failed': CreditTopUpFailedEvent;
    'credit-top-up-redirect': CreditTopUpRedirectEvent;
  }
}
