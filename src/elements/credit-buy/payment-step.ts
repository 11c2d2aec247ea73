/**
 * The step between starting a purchase and its outcome: the simulated
 * processor's test card, the simulated PayPal approval, or real PayPal Buttons
 * (SDK loaded on demand into a slotted light-DOM container).
 */
import { html, nothing, type ReactiveControllerHost, type TemplateResult } from 'lit';
import type { TopUp } from '../../core/schemas/top-up.js';
import type { CreditStore } from '../../state/store.js';
import type { BuyMessages } from './credit-buy.messages.js';
import { isSimulatedPaypal, renderPaypalButtons, type PaypalNext } from './paypal-checkout.js';
import type { PurchaseController } from './purchase-controller.js';

export interface PaymentStepOptions {
  store(): CreditStore | undefined;
  messages(): BuyMessages;
  /** The payment answered (completed, failed, pending …). */
  settled(topUp: TopUp | null): void;
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
    const next = this.purchase.topUp?.next;
    if (!this.active || !next) return nothing;
    const m = this.options.messages();
    const busy = this.purchase.busy;
    const cancel = html`<button
      type="button"
      class="button secondary"
      @click=${() => (this.leave(), this.purchase.newAttempt())}
    >
      ${m.chooseOther}
    </button>`;
    if (next.type === 'test_card') {
      return html`<div class="step" part="payment-step">
        <label for="test-card">${m.testCard}</label>
        <input
          id="test-card"
          part="test-card-input"
          autocomplete="off"
          inputmode="numeric"
          .value=${this.cardNumber}
          @input=${(e: Event) => ((this.cardNumber = (e.target as HTMLInputElement).value), this.purchase.newCompletion())}
        />
        <button
          type="button"
          part="test-pay-button"
          class="button"
          ?disabled=${busy}
          aria-busy=${busy ? 'true' : 'false'}
          @click=${() => this.complete({ cardNumber: this.cardNumber.replace(/\s+/g, '') })}
        >
          ${busy ? html`<span class="spinner" aria-hidden="true"></span>` : nothing}${m.testPay}
        </button>
        ${cancel}
      </div>`;
    }
    if (next.type !== 'paypal') return nothing;
    if (isSimulatedPaypal(next)) {
      return html`<div class="step" part="payment-step">
        <button
          type="button"
          part="paypal-simulated-button"
          class="button"
          ?disabled=${busy}
          aria-busy=${busy ? 'true' : 'false'}
          @click=${() => this.complete({ paypalOrderId: next.orderId })}
        >
          ${busy ? html`<span class="spinner" aria-hidden="true"></span>` : nothing}${m.paypalSimulated}
        </button>
        ${cancel}
      </div>`;
    }
    queueMicrotask(() => this.startPaypal(next));
    return html`<div class="step" part="payment-step" aria-busy=${this.paypal === 'loading' ? 'true' : 'false'}>
      ${this.paypal === 'loading' ? html`<span>${m.paypalLoading}</span>` : nothing}
      ${this.paypal === 'failed' ? html`<span class="error" role="alert">${m.paypalFailed}</span>` : nothing}
      <slot name="paypal"></slot>
      ${cancel}
    </div>`;
  }
}
