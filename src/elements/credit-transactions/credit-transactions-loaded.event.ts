import { CreditEvent } from '../../events/credit-event.js';
export interface CreditTransactionsLoadedDetail {
  /** Entries now shown (all pages loaded so far). */
  count: number;
  /** Whether older entries remain on the server. */
  hasMore: boolean;
}

/** A page of the history arrived (first page, load more, or a refresh). Bubbles and is composed. */
export class CreditTransactionsLoadedEvent extends CreditEvent<CreditTransactionsLoadedDetail> {
  static readonly type = 'credit-transactions-loaded';

  constructor(detail: CreditTransactionsLoadedDetail) {
    super(CreditTransactionsLoadedEvent.type, detail);
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'credit-transactions-loaded': CreditTransactionsLoadedEvent;
  }
}
