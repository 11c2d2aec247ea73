/**
 * One payment per user attempt. A click sets `busy` synchronously, so a click storm
 * runs one request; the idempotency key is created once per attempt and reused
 * when the same attempt is retried after a network error, so the backend never
 * starts or charges twice. A new amount, card number or "try again" starts a new
 * attempt.
 */
import type { ReactiveControllerHost } from 'lit';
import { randomKey } from '../../adapter/http-adapter.js';
import { toCreditsError, type CreditsError } from '../../adapter/errors.js';
import type { StartTopUpRequest, TopUp } from '../../core/schemas/top-up.js';
import type { CreditStore, Topic } from '../../state/store.js';

const TOPICS: Topic[] = ['account', 'transactions', 'top-ups'];

export class PaymentController {
  busy = false;
  topUp: TopUp | null = null;
  error: CreditsError | null = null;
  private startKey: string | undefined;
  private payKey: string | undefined;

  constructor(private readonly host: ReactiveControllerHost) {}

  /** A new attempt: the next start gets a fresh idempotency key. */
  newAttempt(): void {
    this.startKey = this.payKey = undefined;
    this.topUp = null;
    this.error = null;
  }

  /** The card number changed: paying again is a different request. */
  newCard(): void {
    this.payKey = undefined;
    this.error = null;
  }

  /** Starts the top-up; resolves with it, or null when busy or failed (see `error`). */
  start(store: CreditStore, request: StartTopUpRequest): Promise<TopUp | null> {
    const key = (this.startKey ??= randomKey());
    return this.run(() => store.mutate((adapter) => adapter.startTopUp(request, { idempotencyKey: key }), TOPICS));
  }

  /** Pays (test card) or completes the current top-up. */
  pay(store: CreditStore, cardNumber?: string): Promise<TopUp | null> {
    const topUp = this.topUp;
    if (!topUp) return Promise.resolve(null);
    const key = (this.payKey ??= randomKey());
    const request = cardNumber === undefined ? {} : { cardNumber };
    return this.run(() =>
      store.mutate((adapter) => adapter.completeTopUp(topUp.id, request, { idempotencyKey: key }), TOPICS),
    );
  }

  /** Loads a top-up (return from a hosted payment page). */
  load(store: CreditStore, id: string): Promise<TopUp | null> {
    return this.run(() => store.requireAdapter().getTopUp(id));
  }

  private async run(call: () => Promise<TopUp>): Promise<TopUp | null> {
    if (this.busy) return null;
    this.busy = true;
    this.error = null;
    this.host.requestUpdate();
    try {
      this.topUp = await call();
      // That request is answered: the next payment step is a new request with its own key.
      this.payKey = undefined;
      return this.topUp;
    } catch (error) {
      this.error = toCreditsError(error);
      return null;
    } finally {
      this.busy = false;
      this.host.requestUpdate();
    }
  }
}
