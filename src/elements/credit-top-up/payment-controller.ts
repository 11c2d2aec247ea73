/**
 * One payment per user attempt (see `TopUpAttempt`). A new amount, card number or
 * "try again" starts a new attempt; every answered request ends its step, so the
 * next payment step is a new request with its own key.
 */
import type { TopUp } from '../../core/schemas/top-up.js';
import type { CreditStore } from '../../state/store.js';
import { TopUpAttempt } from '../base/top-up-attempt.js';

export class PaymentController extends TopUpAttempt {
  /** The card number changed: paying again is a different request. */
  newCard(): void {
    this.newCompletion();
    this.error = null;
  }

  /** Pays (test card) or completes the current top-up. */
  pay(store: CreditStore, cardNumber?: string): Promise<TopUp | null> {
    return this.complete(store, cardNumber === undefined ? {} : { cardNumber });
  }

  /** Loads a top-up (return from a hosted payment page). */
  load(store: CreditStore, id: string): Promise<TopUp | null> {
    return this.run(async () => (this.topUp = await store.topUp(id)));
  }

  /** That request is answered: the next payment step is a new request with its own key. */
  protected override answered(): void {
    this.newCompletion();
  }
}
