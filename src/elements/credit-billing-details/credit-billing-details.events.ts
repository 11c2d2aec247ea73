import type { BillingDetails } from '../../core/schemas/billing.js';
import { CreditEvent } from '../../events/credit-event.js';

export interface CreditBillingDetailsSavedDetail {
  /** The details as the backend stored them. */
  details: BillingDetails;
}

/** Billing details were saved. Bubbles and is composed. */
export class CreditBillingDetailsSavedEvent extends CreditEvent<CreditBillingDetailsSavedDetail> {
  static readonly type = 'credit-billing-details-saved';

  constructor(detail: CreditBillingDetailsSavedDetail) {
    super(CreditBillingDetailsSavedEvent.type, detail);
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'credit-billing-details-saved': CreditBillingDetailsSavedEvent;
  }
}
