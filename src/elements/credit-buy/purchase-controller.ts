/**
 * One purchase per user attempt (see `TopUpAttempt`), plus bank-transfer and
 * crypto credit requests, which use the attempt's start key so the backend never
 * records a request twice. A new choice starts a new attempt.
 */
import type { CreateCreditRequest, CreditRequest } from '../../core/schemas/index.js';
import { randomKey } from '../../util/keys.js';
import type { CreditStore } from '../../state/store.js';
import { TopUpAttempt } from '../base/top-up-attempt.js';

export class PurchaseController extends TopUpAttempt {
  request: CreditRequest | null = null;

  /** Forgets the current attempt: the next write gets fresh keys. */
  override newAttempt(): void {
    super.newAttempt();
    this.request = null;
    this.host.requestUpdate();
  }

  /** The attempt reached an outcome: the next purchase is a new one (keys cleared, outcome kept). */
  endAttempt(): void {
    this.forgetKeys();
  }

  /** Bank transfer / crypto: creates a pending credit request. */
  createRequest(store: CreditStore, input: CreateCreditRequest): Promise<CreditRequest | null> {
    const key = (this.startKey ??= randomKey());
    return this.run(async () => (this.request = await store.createCreditRequest(input, key)));
  }
}
