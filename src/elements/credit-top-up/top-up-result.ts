/**
 * The test-mode payment window and the outcome of a top-up: what the flow
 * shows after Continue, rendered from the flow's own state (card number,
 * errors, the top-up); the element supplies its language and navigation once.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { formatMoney } from '../../core/money.js';
import type { TopUp } from '../../core/schemas/top-up.js';
import { formatDate } from '../../i18n/format.js';
import type { TopUpMessages } from './credit-top-up.messages.js';
import type { TopUpFlow } from './top-up-flow.js';

export interface ResultOptions {
  locale(): string;
  messages(): TopUpMessages;
  /** The balance as the account now reports it, formatted. */
  balance(): string;
  /** Back to the amount step (after a failed payment). */
  changeAmount(): void;
  /** The customer is done: asks the dialog to close. */
  done(): void;
}

export class TopUpResult {
  constructor(
    private readonly flow: TopUpFlow,
    private readonly options: ResultOptions,
  ) {}

  private money(topUp: TopUp, v: number): string {
    return formatMoney(v, topUp.quote.currency, this.options.locale());
  }

  private busyLabel(label: string): TemplateResult | string {
    return this.flow.busy
      ? html`<span class="spinner" aria-hidden="true"></span>${this.options.messages().working}`
      : label;
  }

  /** The simulated processor's "secure payment window" (test mode). */
  renderCard(topUp: TopUp): TemplateResult {
    const m = this.options.messages();
    const flow = this.flow;
    return html`<section class="secure" aria-labelledby="secure-title">
      <h3 id="secure-title" class="section-title" tabindex="-1">${m.testWindow}</h3>
      <p class="hint">${m.testIntro}<br />${m.testCards}</p>
      <div class="field">
        <label for="card">${m.cardNumber}</label>
        <input
          id="card"
          part="test-card-input"
          name="cardNumber"
          inputmode="numeric"
          autocomplete="cc-number"
          .value=${flow.cardNumber}
          ?disabled=${flow.busy}
          aria-invalid=${flow.cardError ? 'true' : 'false'}
          aria-describedby="card-error"
          @input=${(e: Event) => flow.setCard((e.target as HTMLInputElement).value)}
        />
        <span part="card-error" id="card-error" class="error-text" ?hidden=${!flow.cardError}
          >${flow.cardError ?? ''}</span
        >
      </div>
      <div class="actions">
        <button
          type="button"
          part="test-pay-button"
          class="button"
          ?disabled=${flow.busy}
          aria-busy=${flow.busy ? 'true' : 'false'}
          @click=${() => void flow.pay()}
        >
          ${this.busyLabel(m.pay(this.money(topUp, topUp.quote.total)))}
        </button>
      </div>
      <p part="status" role="status" aria-live="polite" class="error-text">${flow.status ?? ''}</p>
    </section>`;
  }

  /** Completed, pending, invoice requested, failed or still processing. */
  renderOutcome(topUp: TopUp): TemplateResult {
    const m = this.options.messages();
    const flow = this.flow;
    const q = topUp.quote;
    let title: string;
    let body: string;
    let actions: TemplateResult;
    const done = html`<button type="button" part="done-button" class="button" @click=${() => this.options.done()}>
      ${m.done}
    </button>`;
    const kind = topUp.status === 'pending' && topUp.next?.type === 'invoice' ? 'invoice' : topUp.status;
    switch (kind) {
      case 'completed':
        title = m.completedTitle;
        body = m.completed(this.money(topUp, q.credits), this.options.balance());
        actions = done;
        break;
      case 'invoice': {
        const next = topUp.next as { billingNumber: string; dueDate: string };
        title = m.invoiceTitle;
        body = m.invoice(
          next.billingNumber,
          this.money(topUp, q.total),
          formatDate(next.dueDate, this.options.locale()),
        );
        actions = done;
        break;
      }
      case 'pending':
        title = m.pendingTitle;
        body = m.pending;
        actions = html`<button
            type="button"
            part="complete-button"
            class="button secondary"
            ?disabled=${flow.busy}
            @click=${() => void flow.pay(true)}
          >
            ${this.busyLabel(m.completeNow)}</button
          >${done}`;
        break;
      case 'failed':
      case 'canceled':
        title = m.failedTitle;
        body = failureText(m, topUp);
        actions = html`<button
            type="button"
            part="retry-button"
            class="button"
            ?disabled=${flow.busy}
            @click=${() => void flow.retry()}
          >
            ${this.busyLabel(m.tryAgain)}
          </button>
          <button
            type="button"
            part="change-amount-button"
            class="button secondary"
            @click=${() => this.options.changeAmount()}
          >
            ${m.changeAmount}
          </button>`;
        break;
      default:
        title = m.processingTitle;
        body = m.processing;
        actions = done;
    }
    return html`<section class="outcome ${kind}" aria-labelledby="outcome-title">
      <h3 id="outcome-title" class="section-title" tabindex="-1">${title}</h3>
      <p part="status" role=${kind === 'failed' ? 'alert' : 'status'} data-outcome=${kind}>${body}</p>
      ${flow.status ? html`<p class="error-text" role="alert">${flow.status}</p>` : nothing}
      <div class="actions">${actions}</div>
    </section>`;
  }
}

function failureText(m: TopUpMessages, topUp: TopUp): string {
  const code = topUp.failureCode;
  const known =
    code === 'payment_declined' || code === 'insufficient_funds' || code === 'expired'
      ? m[code]
      : (topUp.failureMessage ?? m.payment_declined);
  return `${known} ${m.failedNothing}`;
}
