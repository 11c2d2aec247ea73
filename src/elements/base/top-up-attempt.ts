/**
 * One top-up per user attempt, shared by `<credit-top-up>` and `<credit-buy>`. A
 * call sets `busy` synchronously, so a click storm sends one request; each write's
 * idempotency key is created once per attempt and reused when the same attempt is
 * retried (e.g. after a network error), so the backend never starts or charges
 * twice. Failures land in `error` as a `CreditsError` with a stable code.
 */
import type { ReactiveControllerHost } from 'lit';
import { randomKey } from '../../util/keys.js';
import { toCreditsError, type CreditsError } from '../../adapter/errors.js';
import type { CompleteTopUpRequest, StartTopUpRequest, TopUp } from '../../core/schemas/index.js';
import type { CreditStore } from '../../state/store.js';

export class TopUpAttempt {
  busy = false;
  topUp: TopUp | null = null;
  error: CreditsError | null = null;
  protected startKey: string | undefined;
  protected completeKey: string | undefined;

  constructor(protected readonly host: ReactiveControllerHost) {}

  /** Forgets the current attempt: the next write gets fresh keys. */
  newAttempt(): void {
    this.forgetKeys();
    this.topUp = null;
    this.error = null;
  }

  /** A different card number (or order) is a different payment request. */
  newCompletion(): void {
    this.completeKey = undefined;
  }

  /** Starts a top-up (card, PayPal, invoice); resolves with it, or null when busy or failed (see `error`). */
  start(store: CreditStore, request: StartTopUpRequest): Promise<TopUp | null> {
    const key = (this.startKey ??= randomKey());
    return this.run(async () => (this.topUp = await store.startTopUp(request, key)));
  }

  /** Pays or completes the current top-up (test card number, approved PayPal order). */
  complete(store: CreditStore, request: CompleteTopUpRequest): Promise<TopUp | null> {
    const topUp = this.topUp;
    if (!topUp) return Promise.resolve(null);
    const key = (this.completeKey ??= randomKey());
    return this.run(async () => (this.topUp = await store.completeTopUp(topUp.id, request, key)));
  }

  protected forgetKeys(): void {
    this.startKey = this.completeKey = undefined;
  }

  /** Called after every answered request; a subclass may start a new step here. */
  protected answered(): void {}

  /** Runs one request unless one is already running; null when busy or failed. */
  protected async run<T>(call: () => Promise<T>): Promise<T | null> {
    if (this.busy) return null;
    this.busy = true;
    this.error = null;
    this.host.requestUpdate();
    try {
      const result = await call();
      this.answered();
      return result;
    } catch (error) {
      this.error = toCreditsError(error);
      return null;
    } finally {
      this.busy = false;
      this.host.requestUpdate();
    }
  }
}
