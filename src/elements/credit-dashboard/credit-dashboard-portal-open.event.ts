export interface CreditPortalOpenDetail {
  /** The billing-portal URL the backend handed out (a Stripe session, or the mock's page). */
  url: string;
}

/**
 * The customer opened the customer portal. Cancelable: by default the page
 * navigates to `url`; a host that opens it differently calls `preventDefault()`.
 */
export class CreditPortalOpenEvent extends Event {
  static readonly type = 'credit-portal-open';
  readonly detail: CreditPortalOpenDetail;

  constructor(detail: CreditPortalOpenDetail) {
    super(CreditPortalOpenEvent.type, { bubbles: true, composed: true, cancelable: true });
    this.detail = detail;
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'credit-portal-open': CreditPortalOpenEvent;
  }
}
