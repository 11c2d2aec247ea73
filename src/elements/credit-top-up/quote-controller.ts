/**
 * The live breakdown. On every keystroke the preview comes at once from the shared
 * pure rules (src/core/pricing.ts, the same code the server runs); the backend's
 * quote then confirms it. Each request carries a sequence number and only the
 * answer for the newest amount is kept, so a slow stale answer never overwrites a
 * newer one. What the customer confirms and pays is always the backend's quote.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { toCreditsError, type CreditsError } from '../../adapter/errors.js';
import type { CreditStore } from '../../state/store.js';
import { buildQuote, topUpMethods } from '../../core/pricing.js';
import type { Account } from '../../core/schemas/account.js';
import type { Quote } from '../../core/schemas/pricing.js';

/** Wait this long after the last keystroke before asking the backend. */
const QUOTE_DELAY_MS = 120;

export class QuoteController implements ReactiveController {
  /** Instant preview from the pure rules, for the current amount. */
  preview: Quote | null = null;
  /** The backend's quote for the current amount (null until it arrived). */
  quote: Quote | null = null;
  error: CreditsError | null = null;
  private amount: number | null = null;
  private seq = 0;
  private timer: ReturnType<typeof setTimeout> | undefined;
  private abort: AbortController | undefined;

  constructor(private readonly host: ReactiveControllerHost) {
    host.addController(this);
  }

  /** The breakdown to show: the backend's when it has answered, the preview until then. */
  get shown(): Quote | null {
    return this.quote ?? this.preview;
  }

  /** True once the backend confirmed the quote for the current amount. */
  get confirmed(): boolean {
    return this.quote !== null;
  }

  /** Sets the amount (null for invalid input): preview now, backend quote shortly. */
  update(store: CreditStore | null, account: Account, country: string | null, amount: number | null): void {
    if (amount === this.amount && (this.quote || this.timer || this.abort)) return;
    this.amount = amount;
    const seq = ++this.seq;
    this.cancel();
    this.quote = null;
    this.error = null;
    this.preview = amount === null ? null : previewQuote(account, country, amount);
    this.host.requestUpdate();
    if (amount === null || !store) return;
    this.timer = setTimeout(() => {
      this.timer = undefined;
      void this.fetch(store, amount, seq);
    }, QUOTE_DELAY_MS);
  }

  private async fetch(store: CreditStore, amount: number, seq: number): Promise<void> {
    const abort = (this.abort = new AbortController());
    try {
      const quote = await store.quote({ amount }, { signal: abort.signal });
      if (seq !== this.seq) return;
      this.quote = quote;
    } catch (error) {
      if (seq !== this.seq) return;
      const failure = toCreditsError(error);
      if (failure.code !== 'aborted') this.error = failure;
    } finally {
      if (seq === this.seq) this.abort = undefined;
    }
    this.host.requestUpdate();
  }

  /** Forgets the current amount (dialog closed or reset). */
  reset(): void {
    this.seq++;
    this.cancel();
    this.amount = null;
    this.preview = this.quote = null;
    this.error = null;
  }

  private cancel(): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = undefined;
    this.abort?.abort();
    this.abort = undefined;
  }

  hostDisconnected(): void {
    this.reset();
  }
}

/** The quote the backend will give, computed locally from the same pure rules. */
export function previewQuote(account: Account, country: string | null, amount: number): Quote | null {
  const settings = account.settings;
  if (!settings.topUp) return null;
  const methods = topUpMethods(settings, amount);
  return buildQuote(settings, {
    amount,
    credits: amount,
    method: methods[0]!,
    methods,
    buyerCountry: country,
    balance: account.balance,
    currency: account.currency,
  });
}
