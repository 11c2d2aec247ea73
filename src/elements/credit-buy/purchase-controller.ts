/**
 * One purchase per user attempt. The busy flag is set synchronously, so a click
 * storm sends one request; each write's idempotency key is created once per
 * attempt and reused when the same attempt is retried, so the backend never
 * starts, charges or records a request twice. A new choice starts a new attempt.
 */
import type { ReactiveControllerHost } from 'lit';
import { randomKey } from '../../adapter/http-adapter.js';
import { toCreditsError, type CreditsError } from '../../adapter/errors.js';
import type { CompleteTopUpRequest, CreateCreditRequest, CreditRequest, StartTopUpRequest, TopUp } from '../../core/schemas/index.js';
import type { CreditStore, Topic } from '../../state/store.js';

const PURCHASE_TOPICS: Topic[] = ['account', 'transactions', 'top-ups'];

export class PurchaseController {
  busy = false;
  topUp: TopUp | null = null;
  request: CreditRequest | null = null;
  error: CreditsError | null = null;
  private startKey: string | undefined;
  private completeKey: string | undefined;

  constructor(private readonly host: ReactiveControllerHost) {}

  /** Forgets the current attempt: the next write gets fresh keys. */
  newAttempt(): void {
    this.startKey = this.completeKey = undefined;
    this.topUp = null;
    this.request = null;
    this.error = null;
    this.host.requestUpdate();
  }

  /** Card / PayPal / invoice: starts a top-up. */
  start(store: CreditStore, input: StartTopUpRequest): Promise<TopUp | null> {
    const key = (this.startKey ??= randomKey());
    return this.run(async () => (this.topUp = await store.mutate((a) => a.startTopUp(input, { idempotencyKey: key }), PURCHASE_TOPICS)));
  }

  /** Pays the current top-up (test card number, approved PayPal order). */
  complete(store: CreditStore, input: CompleteTopUpRequest): Promise<TopUp | null> {
    const topUp = this.topUp;
    if (!topUp) return Promise.resolve(null);
    const key = (this.completeKey ??= randomKey());
    return this.run(async () => (this.topUp = await store.mutate((a) => a.completeTopUp(topUp.id, input, { idempotencyKey: key }), PURCHASE_TOPICS)));
  }

  /** The attempt reached an outcome: the next purchase is a new one (keys cleared, outcome kept). */
  endAttempt(): void {
    this.startKey = this.completeKey = undefined;
  }

  /** A different card number is a different payment request. */
  newCompletion(): void {
    this.completeKey = undefined;
  }

  /** Bank transfer / crypto: creates a pending credit request. */
  createRequest(store: CreditStore, input: CreateCreditRequest): Promise<CreditRequest | null> {
    const key = (this.startKey ??= randomKey());
    return this.run(async () => (this.request = await store.mutate((a) => a.createCreditRequest(input, { idempotencyKey: key }), ['requests'])));
  }

  private async run<T>(call: () => Promise<T>): Promise<T | null> {
    if (this.busy) return null;
    this.busy = true;
    this.error = null;
    this.host.requestUpdate();
    try {
      return await call();
    } catch (error) {
      this.error = toCreditsError(error);
      return null;
    } finally {
      this.busy = false;
      this.host.requestUpdate();
    }
  }
}
