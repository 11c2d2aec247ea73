/**
 * What <credit-buy> shows once a purchase has an outcome, in place of the form
 * (so no armed "Buy" invites a second purchase): completed with what was added
 * and the balance now, pending with "Complete payment", failed with "Try again",
 * or a bank-transfer / crypto request with how to pay, which follows the
 * request live until the operator decides.
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { Account } from '../../core/schemas/account.js';
import type { CreditRequest } from '../../core/schemas/requests.js';
import type { TopUp } from '../../core/schemas/top-up.js';
import { formatBalance, formatPrice } from '../../i18n/format.js';
import type { BuySummary } from './buy-summary.js';
import type { BuyMessages } from './credit-buy.messages.js';

export type Outcome =
  | { kind: 'topUp'; topUp: TopUp }
  | { kind: 'failed'; text: string; topUp: TopUp | null }
  | { kind: 'request'; request: CreditRequest };

export interface BuyOutcomeOptions {
  account(): Account | undefined;
  locale(): string;
  messages(): BuyMessages;
  summary: BuySummary;
  busy(): boolean;
  /** The request as the backend reports it now (live), or null until the list arrived. */
  request(id: string): CreditRequest | null;
  buyMore(): void;
  retry(): void;
  change(): void;
  complete(): void;
}

export class BuyOutcome {
  constructor(private readonly options: BuyOutcomeOptions) {}

  render(account: Account, outcome: Outcome): TemplateResult {
    if (outcome.kind === 'request') return this.renderRequest(account, outcome.request);
    if (outcome.kind === 'failed') return this.renderFailed(outcome.text);
    return outcome.topUp.status === 'completed' ? this.renderCompleted(account, outcome.topUp) : this.renderPending();
  }

  private section(
    kind: string,
    title: string,
    body: TemplateResult | string,
    actions: TemplateResult,
    role: 'status' | 'alert' = 'status',
  ): TemplateResult {
    return html`<section part="outcome" class="outcome ${kind}" aria-labelledby="outcome-title">
      <h3 id="outcome-title" class="subtitle" tabindex="-1">${title}</h3>
      <div part="status" class="status" role=${role} aria-live="polite">${body}</div>
      <div class="actions">${actions}</div>
    </section>`;
  }

  private buyMoreButton(primary = true): TemplateResult {
    return html`<button
      type="button"
      part="buy-more-button"
      class="button ${primary ? '' : 'secondary'}"
      @click=${() => this.options.buyMore()}
    >
      ${this.options.messages().buyMore}
    </button>`;
  }

  private busyLabel(label: string): TemplateResult | string {
    return this.options.busy() ? html`<span class="spinner" aria-hidden="true"></span>${label}` : label;
  }

  private renderCompleted(account: Account, topUp: TopUp): TemplateResult {
    const m = this.options.messages();
    const locale = this.options.locale();
    const q = topUp.quote;
    const body = html`<p>${m.completed(formatBalance(account, q.credits, locale))}</p>
      <dl class="receipt">
        <div>
          <dt>${m.paid}</dt>
          <dd>${formatPrice(account, q.total, locale)}</dd>
        </div>
        <div>
          <dt>${m.balanceNow}</dt>
          <dd>${formatBalance(account, account.balance, locale)}</dd>
        </div>
      </dl>`;
    return this.section('completed', m.completedTitle, body, this.buyMoreButton());
  }

  private renderPending(): TemplateResult {
    const m = this.options.messages();
    const busy = this.options.busy();
    return this.section(
      'pending',
      m.pendingTitle,
      html`<p>${m.pending}</p>`,
      html`<button
          type="button"
          part="complete-button"
          class="button"
          ?disabled=${busy}
          aria-busy=${busy ? 'true' : 'false'}
          @click=${() => this.options.complete()}
        >
          ${this.busyLabel(m.completeNow)}
        </button>
        ${this.buyMoreButton(false)}`,
    );
  }

  private renderFailed(text: string): TemplateResult {
    const m = this.options.messages();
    const busy = this.options.busy();
    return this.section(
      'failed',
      m.failedTitle,
      html`<p>${text}</p>`,
      html`<button
          type="button"
          part="retry-button"
          class="button"
          ?disabled=${busy}
          aria-busy=${busy ? 'true' : 'false'}
          @click=${() => this.options.retry()}
        >
          ${this.busyLabel(m.tryAgain)}
        </button>
        <button type="button" class="button secondary" @click=${() => this.options.change()}>
          ${m.changePurchase}
        </button>`,
      'alert',
    );
  }

  /** A credit request: how to pay until the operator decides, then what was decided. */
  private renderRequest(account: Account, created: CreditRequest): TemplateResult {
    const m = this.options.messages();
    const locale = this.options.locale();
    const request = this.options.request(created.id) ?? created;
    if (request.status === 'accepted') {
      const body = html`<p>${m.requestAccepted(formatBalance(account, request.credits, locale))}</p>
        <dl class="receipt">
          <div>
            <dt>${m.balanceNow}</dt>
            <dd>${formatBalance(account, account.balance, locale)}</dd>
          </div>
        </dl>`;
      return this.section('completed', m.requestAcceptedTitle, body, this.buyMoreButton());
    }
    if (request.status === 'rejected') {
      const body = html`<p>${m.requestRejected(request.reference)}</p>
        ${request.note ? html`<p class="note">${m.note(request.note)}</p>` : nothing}`;
      return this.section('failed', m.requestRejectedTitle, body, this.buyMoreButton());
    }
    const total = formatPrice(account, request.total, locale);
    const line = (label: string) => request.instructions.lines.find((l) => l.label === label)?.value;
    // A backend that fixes the crypto amount says so in an `asset_amount` line; else the
    // amount is the currency total, converted at the day's rate.
    const exact = line('asset_amount');
    const intro =
      request.method !== 'crypto'
        ? m.requestIntroBank(total)
        : exact
          ? m.requestIntroCryptoExact(exact, line('network') ?? '')
          : m.requestIntroCrypto(total, line('asset') ?? 'crypto', line('network') ?? '');
    const body = html`<p>${m.requestCreated}</p>
      <p class="intro">${intro}</p>`;
    return html`${this.section('request', m.requestTitle(request.reference), body, html``)}
      ${this.options.summary.renderInstructions(account, request)}
      <div class="actions">${this.buyMoreButton(false)}</div>`;
  }
}
