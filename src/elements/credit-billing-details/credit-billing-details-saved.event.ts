import type { BillingDetails } from '../../core/schemas/billing.js';

export interface CreditBillingDetailsSavedDetail {
  /** The details as the backend stored them. */
  details: BillingDetails;
}

/** Billing details were saved. Bubbles and is composed. */
export class CreditBillingDetailsSavedEvent extends Event {
  static readonly type = 'credit-billing-details-saved';
  readonly detail: CreditBillingDetailsSavedDetail;

  constructor(detail: CreditBillingDetailsSavedDetail) {
    super(CreditBillingDetailsSavedEvent.type, { bubbles: true, composed: true });
    this.detail = detail;
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'credit-billing-details-saved': CreditBillingDetailsSavedEvent;
  }
}
