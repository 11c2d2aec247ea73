/**
 * The step between starting a purchase and its outcome: the simulated
 * processor's test card, the simulated PayPal approval, or real PayPal Buttons
 * (SDK loaded on demand into a slotted light-DOM container).
 */
import { html, nothing, type ReactiveControllerHost, type TemplateResult } from 'lit';
import type { Account } from '../../core/schemas/account.js';
import type { TopUp } from '../../core/schemas/top-up.js';
import { formatPrice } from '../../i18n/format.js';
import type { CreditStore } from '../../state/store.js';
import type { BuyMessages } from './credit-buy.messages.js';
import { isSimulatedPaypal, renderPaypalButtons, type PaypalNext } from './paypal-checkout.js';
import type { PurchaseController } from './purchase-controller.js';

export interface PaymentStepOptions {
  store(): CreditStore | undefined;
  account(): Account | undefined;
  locale(): string;
  messages(): BuyMessages;
  /** The payment answered (completed, failed, pending …). */
  settled(topUp: TopUp | null): void;
  /** The customer left the step (back to the choice). */
  back(): void;
}

export class PaymentStep {
  private cardNumber = '4242 4242 4242 4242';
  private paypal: 'idle' | 'loading' | 'ready' | 'failed' = 'idle';
  private container: HTMLElement | undefined;

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    private readonly purchase: PurchaseController,
    private readonly options: PaymentStepOptions,
  ) {}

  /** True while the started top-up waits for the customer to pay here. */
  get active(): boolean {
    const topUp = this.purchase.topUp;
    return topUp?.status === 'requires_payment' && (topUp.next?.type === 'test_card' || topUp.next?.type === 'paypal');
  }

  /** Leaves the step (new choice, other method): removes PayPal's buttons. */
  leave(): void {
    this.container?.remove();
    this.container = undefined;
    this.paypal = 'idle';
  }

  /** Moves focus into the step (its first control). */
  focus(): void {
    this.host.shadowRoot?.querySelector<HTMLElement>('[part~="payment-step"] :is(input, button)')?.focus();
  }

  private async complete(request: { cardNumber?: string; paypalOrderId?: string }): Promise<void> {
    const store = this.options.store();
    if (!store) return;
    const topUp = await this.purchase.complete(store, request);
    if (topUp?.status !== 'requires_payment') this.leave();
    this.options.settled(topUp);
  }

  private startPaypal(next: PaypalNext): void {
    if (this.paypal !== 'idle') return;
    this.paypal = 'loading';
    const container = (this.container = document.createElement('div'));
    container.slot = 'paypal';
    this.host.append(container);
    renderPaypalButtons(container, next, {
      approve: (orderId) => this.complete({ paypalOrderId: orderId }),
      error: () => this.fail(),
    }).then(
      () => {
        if (this.paypal === 'loading') this.paypal = 'ready';
        this.host.requestUpdate();
      },
      () => this.fail(),
    );
  }

  private fail(): void {
    this.paypal = 'failed';
    this.host.requestUpdate();
  }

  render(): TemplateResult | typeof nothing {
    const topUp = this.purchase.topUp;
    const next = topUp?.next;
    const account = this.options.account();
    if (!this.active || !next || !topUp || !account) return nothing;
    const m = this.options.messages();
    const busy = this.purchase.busy;
    const total = formatPrice(account, topUp.quote.total, this.options.locale());
    const back = html`<button
      type="button"
      part="back-button"
      class="button secondary"
      ?disabled=${busy}
      @click=${() => this.options.back()}
    >
      ${m.back}
    </button>`;
    const spinner = busy ? html`<span class="spinner" aria-hidden="true"></span>` : nothing;
    /** The step's one primary action (pay), with Back beside it. */
    const actions = (part: string, label: string, pay: () => void) =>
      html`<div class="actions">
        <button
          type="button"
          part=${part}
          class="button"
          ?disabled=${busy}
          aria-busy=${busy ? 'true' : 'false'}
          @click=${pay}
        >
          ${spinner}${label}
        </button>
        ${back}
      </div>`;
    if (next.type === 'test_card') {
      return html`<section class="step" part="payment-step" aria-labelledby="step-title">
        <h3 id="step-title" class="subtitle">${m.testWindow}</h3>
        <div class="field">
          <label for="test-card">${m.testCard}</label>
          <input
            id="test-card"
            part="test-card-input"
            autocomplete="off"
            inputmode="numeric"
            aria-describedby="test-card-hint"
            .value=${this.cardNumber}
            @input=${(e: Event) => ((this.cardNumber = (e.target as HTMLInputElement).value), this.purchase.newCompletion())}
          />
          <div id="test-card-hint" class="muted test-cards">
            <p>${m.testIntro}</p>
            <ul>
              <li>${m.testCardOk}</li>
              <li>${m.testCardDeclined}</li>
              <li>${m.testCardAuth}</li>
            </ul>
          </div>
        </div>
        ${actions('test-pay-button', m.testPay(total), () => void this.complete({ cardNumber: this.cardNumber.replace(/\s+/g, '') }))}
      </section>`;
    }
    if (next.type !== 'paypal') return nothing;
    if (isSimulatedPaypal(next)) {
      return html`<section class="step" part="payment-step" aria-labelledby="step-title">
        <h3 id="step-title" class="subtitle">${m.paypalWindow}</h3>
        ${actions('paypal-simulated-button', m.paypalSimulated(total), () => void this.complete({ paypalOrderId: next.orderId }))}
      </section>`;
    }
    queueMicrotask(() => this.startPaypal(next));
    return html`<section class="step" part="payment-step" aria-busy=${this.paypal === 'loading' ? 'true' : 'false'}>
      ${this.paypal === 'loading' ? html`<span>${m.paypalLoading}</span>` : nothing}
      ${this.paypal === 'failed' ? html`<span class="error" role="alert">${m.paypalFailed}</span>` : nothing}
      <slot name="paypal"></slot>
      <div class="actions">${back}</div>
    </section>`;
  }
}
