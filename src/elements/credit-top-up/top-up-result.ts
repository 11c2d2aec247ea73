/** The test-mode payment window and the outcome of a top-up. */
import { html, nothing, type TemplateResult } from 'lit';
import { formatMoney } from '../../core/money.js';
import type { TopUp } from '../../core/schemas/top-up.js';
import { formatDate } from '../../i18n/format.js';
import type { TopUpMessages } from './credit-top-up.messages.js';

export interface ResultContext {
  m: TopUpMessages;
  locale: string;
  topUp: TopUp;
  /** Balance as the account now reports it. */
  balance: string;
  busy: boolean;
  cardNumber: string;
  /** Inline error of the card input, or a general status text. */
  cardError: string | null;
  status: string | null;
  onCardInput: (value: string) => void;
  onPay: () => void;
  onCompleteNow: () => void;
  onRetry: () => void;
  onChangeAmount: () => void;
  onDone: () => void;
}

const money = (ctx: ResultContext, v: number) => formatMoney(v, ctx.topUp.quote.currency, ctx.locale);

function busyLabel(ctx: ResultContext, label: string): TemplateResult | string {
  return ctx.busy ? html`<span class="spinner" aria-hidden="true"></span>${ctx.m.working}` : label;
}

/** The simulated processor's "secure payment window" (test mode). */
export function renderCardStep(ctx: ResultContext): TemplateResult {
  const { m } = ctx;
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
        .value=${ctx.cardNumber}
        ?disabled=${ctx.busy}
        aria-invalid=${ctx.cardError ? 'true' : 'false'}
        aria-describedby="card-error"
        @input=${(e: Event) => ctx.onCardInput((e.target as HTMLInputElement).value)}
      />
      <span part="card-error" id="card-error" class="error-text" ?hidden=${!ctx.cardError}>${ctx.cardError ?? ''}</span>
    </div>
    <div class="actions">
      <button
        type="button"
        part="test-pay-button"
        class="button"
        ?disabled=${ctx.busy}
        aria-busy=${ctx.busy ? 'true' : 'false'}
        @click=${ctx.onPay}
      >
        ${busyLabel(ctx, m.pay(money(ctx, ctx.topUp.quote.total)))}
      </button>
    </div>
    <p part="status" role="status" aria-live="polite" class="error-text">${ctx.status ?? ''}</p>
  </section>`;
}

function failureText(m: TopUpMessages, topUp: TopUp): string {
  const code = topUp.failureCode;
  const known =
    code === 'payment_declined' || code === 'insufficient_funds' || code === 'expired'
      ? m[code]
      : (topUp.failureMessage ?? m.payment_declined);
  return `${known} ${m.failedNothing}`;
}

/** Completed, pending, invoice requested, failed or still processing. */
export function renderOutcome(ctx: ResultContext): TemplateResult {
  const { m, topUp } = ctx;
  const q = topUp.quote;
  let title: string;
  let body: string;
  let actions: TemplateResult;
  const done = html`<button type="button" part="done-button" class="button" @click=${ctx.onDone}>${m.done}</button>`;
  const kind = topUp.status === 'pending' && topUp.next?.type === 'invoice' ? 'invoice' : topUp.status;
  switch (kind) {
    case 'completed':
      title = m.completedTitle;
      body = m.completed(money(ctx, q.credits), ctx.balance);
      actions = done;
      break;
    case 'invoice': {
      const next = topUp.next as { billingNumber: string; dueDate: string };
      title = m.invoiceTitle;
      body = m.invoice(next.billingNumber, money(ctx, q.total), formatDate(next.dueDate, ctx.locale));
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
          ?disabled=${ctx.busy}
          @click=${ctx.onCompleteNow}
        >
          ${busyLabel(ctx, m.completeNow)}</button
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
          ?disabled=${ctx.busy}
          @click=${ctx.onRetry}
        >
          ${busyLabel(ctx, m.tryAgain)}
        </button>
        <button type="button" part="change-amount-button" class="button secondary" @click=${ctx.onChangeAmount}>
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
    ${ctx.status ? html`<p class="error-text" role="alert">${ctx.status}</p>` : nothing}
    <div class="actions">${actions}</div>
  </section>`;
}
