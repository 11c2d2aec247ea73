import { CreditEvent } from '../../events/credit-event.js';

export interface CreditPortalOpenDetail {
  /** The billing-portal URL the backend handed out (a Stripe session, or the mock's page). */
  url: string;
}

/**
 * The customer opened the customer portal. Cancelable: by default the page
 * navigates to `url`; a host that opens it differently calls `preventDefault()`.
 */
export class CreditPortalOpenEvent extends CreditEvent<CreditPortalOpenDetail> {
  static readonly type = 'credit-portal-open';

  constructor(detail: CreditPortalOpenDetail) {
    super(CreditPortalOpenEvent.type, detail, { cancelable: true });
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'credit-portal-open': CreditPortalOpenEvent;
  }
}
