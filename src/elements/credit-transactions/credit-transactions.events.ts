/** Events of `<credit-transactions>`. All bubble and are composed. */
import type { CreditsErrorCode } from '../../adapter/errors.js';
import type { PaymentMethod } from '../../core/schemas/common.js';
import { CreditEvent } from '../../events/credit-event.js';

export interface CreditTransactionsLoadedDetail {
  /** Entries now shown (all pages loaded so far). */
  count: number;
  /** Whether older entries remain on the server. */
  hasMore: boolean;
}

/** A page of the history arrived (first page, load more, or a refresh). */
export class CreditTransactionsLoadedEvent extends CreditEvent<CreditTransactionsLoadedDetail> {
  static readonly type = 'credit-transactions-loaded';

  constructor(detail: CreditTransactionsLoadedDetail) {
    super(CreditTransactionsLoadedEvent.type, detail);
  }
}

export interface CreditRetryTopUpDetail {
  /** The failed top-up to retry. */
  topUpId: string;
  /** Its amount in balance minor units (the money amount in the money model). */
  amount: number;
  /** The method that failed, so a host may suggest another. */
  method: PaymentMethod | null;
}

/**
 * The customer asked to retry a failed top-up; a host or `<credit-dashboard>`
 * opens `<credit-top-up>` prefilled with `amount`. Cancelable: when nobody cancels
 * it and the page has a `<credit-top-up>`, the history opens that one itself.
 */
export class CreditRetryTopUpEvent extends CreditEvent<CreditRetryTopUpDetail> {
  static readonly type = 'credit-retry-top-up';

  constructor(detail: CreditRetryTopUpDetail) {
    super(CreditRetryTopUpEvent.type, detail, { cancelable: true });
  }
}

export interface CreditCompletePaymentDetail {
  /** The pending top-up or purchase whose payment step is asked for. */
  topUpId: string;
}

/**
 * The customer asked to complete a pending payment. Cancelable: a host that shows
 * its own payment step cancels it; otherwise the history reopens the payment step
 * in the page's `<credit-top-up>` (or one of its own). Nothing is charged until the
 * customer pays there.
 */
export class CreditCompletePaymentEvent extends CreditEvent<CreditCompletePaymentDetail> {
  static readonly type = 'credit-complete-payment';

  constructor(detail: CreditCompletePaymentDetail) {
    super(CreditCompletePaymentEvent.type, detail, { cancelable: true });
  }
}

export interface CreditInvoiceDownloadFailedDetail {
  invoiceId: string;
  billingNumber: string | null;
  /** Stable error code (`not_found`, `network_error`, `malformed_response`, …). */
  code: CreditsErrorCode;
}

/** An invoice PDF could not be downloaded (the error is also shown inline in the row). */
export class CreditInvoiceDownloadFailedEvent extends CreditEvent<CreditInvoiceDownloadFailedDetail> {
  static readonly type = 'credit-invoice-download-failed';

  constructor(detail: CreditInvoiceDownloadFailedDetail) {
    super(CreditInvoiceDownloadFailedEvent.type, detail);
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'credit-transactions-loaded': CreditTransactionsLoadedEvent;
    'credit-retry-top-up': CreditRetryTopUpEvent;
    'credit-complete-payment': CreditCompletePaymentEvent;
    'credit-invoice-download-failed': CreditInvoiceDownloadFailedEvent;
  }
}
