/**
 * The backend's quote for what the customer is choosing, shared by
 * `<credit-top-up>` and `<credit-buy>`. Before every render it reads the host's
 * current request (like @lit/task's args); when that changed it shows an
 * instant preview (if the host has one, from the same pure rules the server
 * runs), waits a moment for typing to settle, then asks the store. Only the
 * answer to the newest request is kept (the store's staleness rule, `Latest`),
 * an older request is aborted, and nothing runs after the host disconnects.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { toCreditsError, type CreditsError } from '../../adapter/errors.js';
import type { Quote, QuoteRequest } from '../../core/schemas/pricing.js';
import { Latest } from '../../state/latest.js';
import type { CreditStore } from '../../state/store.js';

/** Wait this long after the last change before asking the backend. */
export const QUOTE_DELAY_MS = 120;

export interface QuoteOptions {
  store(): CreditStore | undefined;
  /** What to quote now; null when nothing valid is chosen (or nothing is shown). */
  request(): QuoteRequest | null;
  /** Other things the backend's quote depends on (e.g. the buyer's country on file). */
  dependsOn?(): unknown;
  /** An instant local quote for `request`, shown until the backend answers. */
  preview?(request: QuoteRequest): Quote | null;
}

export class QuoteController implements ReactiveController {
  /** The backend's quote for the current request (null until it answered). */
  quote: Quote | null = null;
  /** The local preview for the current request. */
  preview: Quote | null = null;
  error: CreditsError | null = null;
  private key = 'null';
  private timer: ReturnType<typeof setTimeout> | undefined;
  private readonly latest = new Latest();
  private fetching = false;
  private connected = false;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly options: QuoteOptions,
  ) {
    host.addController(this);
  }

  /** The breakdown to show: the backend's when it answered, the preview until then. */
  get shown(): Quote | null {
    return this.quote ?? this.preview;
  }

  /** Waiting for the backend (typing pause or request on its way). */
  get loading(): boolean {
    return this.timer !== undefined || this.fetching;
  }

  hostConnected(): void {
    this.connected = true;
  }

  hostUpdate(): void {
    // A disconnected element may still update (a blur as it leaves the page): it asks nothing.
    if (!this.connected) return;
    const request = this.options.request();
    const key = JSON.stringify([request, this.options.dependsOn?.() ?? null]);
    if (key === this.key) return;
    this.key = key;
    this.cancel();
    this.quote = null;
    this.error = null;
    this.preview = request && this.options.preview ? this.options.preview(request) : null;
    if (request) this.timer = setTimeout(() => void this.fetch(request), QUOTE_DELAY_MS);
  }

  hostDisconnected(): void {
    this.connected = false;
    this.cancel();
    // Coming back asks again.
    this.key = 'null';
  }

  /** Asks again for the current request (after an error). */
  refresh(): void {
    this.key = 'null';
    this.host.requestUpdate();
  }

  private async fetch(request: QuoteRequest): Promise<void> {
    this.timer = undefined;
    const store = this.options.store();
    if (!store) return;
    const ticket = this.latest.begin();
    this.fetching = true;
    this.host.requestUpdate();
    try {
      const quote = await store.quote(request, { signal: ticket.signal });
      if (ticket.current) this.quote = quote;
    } catch (error) {
      const failure = toCreditsError(error);
      if (ticket.current && failure.code !== 'aborted') this.error = failure;
    }
    if (!ticket.current) return;
    this.fetching = false;
    this.host.requestUpdate();
  }

  private cancel(): void {
    clearTimeout(this.timer);
    this.timer = undefined;
    this.latest.cancel();
    this.fetching = false;
  }
}
