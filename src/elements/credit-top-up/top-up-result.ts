/**
 * The test-mode payment window and the outcome of a top-up: what the flow
 * shows after Continue, rendered from the flow's own state (card number,
 * errors, the top-up); the element supplies its language and navigation once.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { formatMoney } from '../../core/money.js';
import type { Account } from '../../core/schemas/account.js';
import type { TopUp } from '../../core/schemas/top-up.js';
import { formatBalance, formatDate, formatRate } from '../../i18n/format.js';
import type { TopUpMessages } from './credit-top-up.messages.js';
import { completable, type TopUpFlow } from './top-up-flow.js';

export interface ResultOptions {
  locale(): string;
  messages(): TopUpMessages;
  account(): Account | undefined;
  /** The balance as the account now reports it, formatted. */
  balance(): string;
  /** Back to the amount step (after a failed payment, or Back in the payment window). */
  changeAmount(): void;
  /** The customer is done: asks the dialog to close. */
  done(): void;
}

/** Stripe's test cards the simulated processor honours, in the order the help lists them. */
const TEST_CARDS = [
  ['4242 4242 4242 4242', 'testCardOk'],
  ['4000 0000 0000 0002', 'testCardDeclined'],
  ['4000 0000 0000 9995', 'testCardNoFunds'],
  ['4000 0025 0000 3155', 'testCardAuth'],
] as const;

type Line = readonly [label: string, value: string, cls?: string];

export class TopUpResult {
  constructor(
    private readonly flow: TopUpFlow,
    private readonly options: ResultOptions,
  ) {}

  private money(topUp: TopUp, v: number): string {
    return formatMoney(v, topUp.quote.currency, this.options.locale());
  }

  /** What the balance grows by: money, or credits in the account's unit. */
  private credits(topUp: TopUp): string {
    const account = this.options.account();
    return account
      ? formatBalance(account, topUp.quote.credits, this.options.locale())
      : this.money(topUp, topUp.quote.credits);
  }

  private busyLabel(label: string): TemplateResult | string {
    return this.flow.busy
      ? html`<span class="spinner" aria-hidden="true"></span>${this.options.messages().working}`
      : label;
  }

  private lines(lines: readonly Line[], part: string, label: string): TemplateResult {
    return html`<dl part=${part} class="receipt" aria-label=${label}>
      ${lines.map(
        ([dt, dd, cls]) =>
          html`<div class=${cls ?? ''}>
            <dt>${dt}</dt>
            <dd>${dd}</dd>
          </div>`,
      )}
    </dl>`;
  }

  /** What is being paid: the credits, the total and what the total includes. */
  private summary(topUp: TopUp): TemplateResult {
    const m = this.options.messages();
    const q = topUp.quote;
    const locale = this.options.locale();
    const what = this.options.account()?.model === 'credits' ? m.summaryPurchase : m.summaryTopUp;
    const includes =
      q.fee > 0
        ? m.summaryIncludesFee(this.money(topUp, q.fee), formatRate(q.vatRate, locale), this.money(topUp, q.vat))
        : q.vat > 0
          ? m.summaryIncludesVat(formatRate(q.vatRate, locale), this.money(topUp, q.vat))
          : null;
    return html`<div class="summary">
      ${this.lines(
        [
          [what, this.credits(topUp)],
          [m.summaryTotal, this.money(topUp, q.total), 'total'],
        ],
        'order-summary',
        m.summaryTitle,
      )}
      ${includes ? html`<p class="hint">${includes}</p>` : nothing}
    </div>`;
  }

  /** The simulated processor's "secure payment window" (test mode), or its bank confirmation of a pending payment. */
  renderCard(topUp: TopUp): TemplateResult {
    const m = this.options.messages();
    const flow = this.flow;
    const confirming = topUp.status === 'pending';
    const total = this.money(topUp, topUp.quote.total);
    // Reopened, or confirming a pending payment: leaving keeps the payment where it is (completable later).
    const back =
      flow.reopened || confirming
        ? html`<button
            type="button"
            part="back-button"
            class="button secondary"
            ?disabled=${flow.busy}
            @click=${() => this.options.done()}
          >
            ${m.notNow}
          </button>`
        : html`<button
            type="button"
            part="back-button"
            class="button secondary"
            ?disabled=${flow.busy}
            @click=${() => this.options.changeAmount()}
          >
            ${m.back}
          </button>`;
    return html`<section class="secure" aria-labelledby="secure-title">
      <h3 id="secure-title" class="section-title" tabindex="-1">${m.testWindow}</h3>
      ${this.summary(topUp)}
      ${
        confirming
          ? html`<p class="hint">${m.authIntro}</p>`
          : html`<div class="field">
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
                  aria-describedby="card-error test-cards-title"
                  @input=${(e: Event) => flow.setCard((e.target as HTMLInputElement).value)}
                />
                <span part="card-error" id="card-error" class="error-text" ?hidden=${!flow.cardError}
                  >${flow.cardError ?? ''}</span
                >
              </div>
              <div class="test-cards" part="test-cards">
                <p class="hint" id="test-cards-title">${m.testIntro}</p>
                <ul class="hint" aria-labelledby="test-cards-title">
                  ${TEST_CARDS.map(
                    ([number, key]) => html`<li><span class="card-number">${number}</span> – ${m[key]}</li>`,
                  )}
                </ul>
              </div>`
      }
      <div class="actions">
        <button
          type="button"
          part="test-pay-button"
          class="button"
          ?disabled=${flow.busy}
          aria-busy=${flow.busy ? 'true' : 'false'}
          @click=${() => void flow.pay(confirming)}
        >
          ${this.busyLabel(confirming ? m.authPay(total) : m.pay(total))}
        </button>
        ${back}
      </div>
      <p part="status" role="status" aria-live="polite" class="error-text">${flow.status ?? ''}</p>
    </section>`;
  }

  /** Completed, pending, invoice requested, failed or still processing: a heading, the receipt, the next step. */
  renderOutcome(topUp: TopUp): TemplateResult {
    const m = this.options.messages();
    const flow = this.flow;
    const q = topUp.quote;
    let title: string;
    let body: string;
    let receipt: TemplateResult | typeof nothing = nothing;
    let actions: TemplateResult;
    const done = (secondary = false) =>
      html`<button
        type="button"
        part="done-button"
        class=${secondary ? 'button secondary' : 'button'}
        @click=${() => this.options.done()}
      >
        ${m.done}
      </button>`;
    const kind = topUp.status === 'pending' && topUp.next?.type === 'invoice' ? 'invoice' : topUp.status;
    switch (kind) {
      case 'completed': {
        title = m.completedTitle;
        body = m.completed(this.credits(topUp));
        const lines: Line[] = [
          [m.receiptAdded, this.credits(topUp)],
          [m.receiptCharged, this.money(topUp, q.total)],
          [m.receiptBalance, this.options.balance(), 'total'],
        ];
        if (topUp.billingNumber) lines.push([m.receiptBillingNumber, topUp.billingNumber, 'reference']);
        receipt = this.lines(lines, 'receipt', m.receiptTitle);
        actions = flow.invoice
          ? html`${done()}<button
                type="button"
                part="invoice-button"
                class="button secondary"
                @click=${(e: Event) => void flow.downloadInvoice((e.currentTarget as Node).getRootNode())}
              >
                ${m.downloadInvoice}
              </button>`
          : done();
        break;
      }
      case 'invoice': {
        const next = topUp.next as { billingNumber: string; dueDate: string };
        title = m.invoiceTitle;
        body = m.invoice;
        receipt = this.lines(
          [
            [m.receiptBillingNumber, next.billingNumber, 'reference'],
            [m.receiptToTransfer, this.money(topUp, q.total), 'total'],
            [m.receiptDue, formatDate(next.dueDate, this.options.locale())],
          ],
          'receipt',
          m.receiptTitle,
        );
        actions = done();
        break;
      }
      case 'pending':
        title = m.pendingTitle;
        body = m.pending;
        // Only where the customer can act now; a payment the bank is still processing just waits.
        actions = completable(topUp)
          ? html`<button
                type="button"
                part="complete-button"
                class="button"
                ?disabled=${flow.busy}
                @click=${() => flow.completeNow()}
              >
                ${m.completeNow}</button
              >${done(true)}`
          : done();
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
        actions = done();
    }
    return html`<section class="outcome ${kind}" aria-labelledby="outcome-title">
      <h3 id="outcome-title" class="outcome-title" tabindex="-1">
        <span class="outcome-icon" aria-hidden="true">${ICONS[kind] ?? ICONS.pending}</span>${title}
      </h3>
      <p part="status" role=${kind === 'failed' ? 'alert' : 'status'} data-outcome=${kind}>${body}</p>
      ${receipt} ${flow.status ? html`<p class="error-text" role="alert">${flow.status}</p>` : nothing}
      <div class="actions">${actions}</div>
    </section>`;
  }
}

const ICONS: Record<string, string> = {
  completed: '✓',
  invoice: '✓',
  pending: '…',
  failed: '!',
  canceled: '!',
};

function failureText(m: TopUpMessages, topUp: TopUp): string {
  const code = topUp.failureCode;
  const known =
    code === 'payment_declined' || code === 'insufficient_funds' || code === 'expired'
      ? m[code]
      : (topUp.failureMessage ?? m.payment_declined);
  return `${known} ${m.failedNothing}`;
}
