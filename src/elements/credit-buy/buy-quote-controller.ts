/**
 * The backend's quote for the current choice (package or custom quantity, and
 * method). A short delay absorbs typing; each request has a sequence number and
 * only the newest answer is kept, so a slow stale answer never shows.
 */
import type { ReactiveControllerHost } from 'lit';
import { toCreditsError, type CreditsError } from '../../adapter/errors.js';
import type { CreditStore } from '../../state/store.js';
import type { Quote, QuoteRequest } from '../../core/schemas/pricing.js';

const QUOTE_DELAY_MS = 120;

export class BuyQuoteController {
  quote: Quote | null = null;
  error: CreditsError | null = null;
  private key = '';
  private seq = 0;
  private timer: ReturnType<typeof setTimeout> | undefined;
  private abort: AbortController | undefined;

  constructor(private readonly host: ReactiveControllerHost) {}

  get loading(): boolean {
    return this.timer !== undefined || this.abort !== undefined;
  }

  /** Asks for a quote for `request` (null: nothing valid chosen); no-op when unchanged. */
  update(store: CreditStore | null, request: QuoteRequest | null): void {
    const key = JSON.stringify(request);
    if (key === this.key) return;
    this.key = key;
    const seq = ++this.seq;
    this.cancel();
    this.quote = null;
    this.error = null;
    if (request && store) {
      this.timer = setTimeout(() => {
        this.timer = undefined;
        void this.fetch(store, request, seq);
      }, QUOTE_DELAY_MS);
    }
    this.host.requestUpdate();
  }

  /** Asks again (after an error, or when the account changed). */
  refresh(store: CreditStore | null, request: QuoteRequest | null): void {
    this.key = '';
    this.update(store, request);
  }

  private async fetch(store: CreditStore, request: QuoteRequest, seq: number): Promise<void> {
    const abort = (this.abort = new AbortController());
    try {
      const quote = await store.quote(request, { signal: abort.signal });
      if (seq === this.seq) this.quote = quote;
    } catch (error) {
      const failure = toCreditsError(error);
      if (seq === this.seq && failure.code !== 'aborted') this.error = failure;
    } finally {
      if (seq === this.seq) this.abort = undefined;
    }
    this.host.requestUpdate();
  }

  cancel(): void {
    clearTimeout(this.timer);
    this.timer = undefined;
    this.abort?.abort();
    this.abort = undefined;
  }
}
