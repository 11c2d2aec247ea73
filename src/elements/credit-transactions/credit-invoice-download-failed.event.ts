import { CreditEvent } from '../../events/credit-event.js';
export interface CreditInvoiceDownloadFailedDetail {
  invoiceId: string;
  billingNumber: string | null;
  /** Stable error code (`not_found`, `network_error`, `malformed_response`, …). */
  code: string;
}

/**
 * An invoice PDF could not be downloaded (the error is also shown inline in the
 * row). Bubbles and is composed.
 */
export class CreditInvoiceDownloadFailedEvent extends CreditEvent<CreditInvoiceDownloadFailedDetail> {
  static readonly type = 'credit-invoice-download-failed';

  constructor(detail: CreditInvoiceDownloadFailedDetail) {
    super(CreditInvoiceDownloadFailedEvent.type, detail);
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'credit-invoice-download-failed': CreditInvoiceDownloadFailedEvent;
  }
}
