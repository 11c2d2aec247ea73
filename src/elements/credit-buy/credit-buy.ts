import { html, nothing, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { isManualMethod } from '../../core/methods.js';
import type { AutoTopUpSettings } from '../../core/schemas/auto-top-up.js';
import type { PackageList, QuoteRequest } from '../../core/schemas/pricing.js';
import type { TopUp } from '../../core/schemas/top-up.js';
import { formatBalance, formatPrice } from '../../i18n/format.js';
import { buttonStyles, tokens } from '../../theme/tokens.styles.js';
import { CreditElement, waiting } from '../base/credit-element.js';
import { QuoteController } from '../base/quote-controller.js';
import { AutoOffer } from './auto-offer.js';
import { BuyChoice } from './buy-choice.js';
import { BuySummary } from './buy-summary.js';
import {
  CreditPurchaseCompletedEvent,
  CreditPurchaseFailedEvent,
  CreditRequestCreatedEvent,
} from './credit-buy.events.js';
import { buyMessages } from './credit-buy.messages.js';
import { buyStyles } from './credit-buy.styles.js';
import { PaymentStep } from './payment-step.js';
import { PurchaseController } from './purchase-controller.js';

/**
 * @summary Buy credits: packages with their saving, a custom quantity, the payment
 * methods the account enables, the fee/VAT breakdown, and the payment itself.
 *
 * Card and PayPal purchases are paid at once (the simulated processor, Stripe, or
 * PayPal Buttons loaded only when PayPal is chosen); bank transfer and
 * cryptocurrency create a pending credit request with payment instructions and a
 * reference. When buying is impossible it says why. Offers auto top-up during
 * checkout, saved at once.
 *
 * @attribute unavailable - Present (reflected, read-only) while the account cannot buy here (purchases
 * off, billing details missing, no payment method); also `:state(unavailable)`. Formerly reflected as
 * `disabled`, which is now the host's own switch.
 *
 * @fires {CreditPurchaseCompletedEvent} credit-purchase-completed - A card or PayPal purchase completed; `detail.topUp`.
 * @fires {CreditRequestCreatedEvent} credit-request-created - A bank-transfer or crypto request was created; `detail.request`.
 * @fires {CreditPurchaseFailedEvent} credit-purchase-failed - Starting or paying failed, nothing was charged; `detail.code`, `detail.topUp`.
 *
 * @slot paypal - Filled by the element itself with PayPal's buttons (PayPal cannot render in a shadow root).
 * @slot unavailable - Extra content shown when buying is not possible (e.g. a `<credit-billing-details>`).
 *
 * @csspart base - The wrapper.
 * @csspart package - One package choice (also the custom-amount choice); `package-selected` when chosen.
 * @csspart package-selected - The chosen package choice (beside `package`).
 * @csspart package-credits - What a package adds.
 * @csspart package-price - A package's price.
 * @csspart package-discount - A package's saving against the base rate.
 * @csspart custom-amount - The custom quantity input.
 * @csspart method - One payment method choice; `method-selected` when chosen.
 * @csspart method-selected - The chosen payment method (beside `method`).
 * @csspart breakdown - The price breakdown (credits, price, fee, VAT, total, new balance).
 * @csspart buy-button - The buy / request button.
 * @csspart status - Outcome and "why not" messages (live region).
 * @csspart instructions - Payment instructions and the reference of a credit request.
 * @csspart test-card-input - Test card number (simulated processor).
 * @csspart test-pay-button - Pays with the test card.
 * @csspart paypal-simulated-button - Approves a simulated PayPal order.
 * @csspart auto-top-up-offer - The auto top-up offer.
 * @csspart auto-top-up-checkbox - Turns automatic top-up on during checkout.
 * @csspart auto-top-up-threshold - The balance below which auto top-up buys again.
 * @csspart payment-step - The payment window (test card, PayPal buttons).
 *
 * @cssprop [--credit-buy-background=var(--credit-color-surface)] - Background.
 * @cssprop [--credit-buy-selected-border-color=var(--credit-color-primary)] - Border of the chosen package and method.
 * @cssprop [--credit-buy-saving-color=var(--credit-color-success)] - Colour of the saving.
 */
export class CreditBuy extends CreditElement {
  static override styles = [tokens, buttonStyles, buyStyles];

  /** Set by the host to switch buying off (the choices show, nothing can be bought). */
  @property({ type: Boolean, reflect: true }) disabled = false;

  @state() private status: { tone: 'info' | 'success' | 'error'; text: string } | null = null;

  private readonly packageList = this.useResource((store) => store.packages);
  private readonly choice = new BuyChoice(this, {
    account: () => this.account,
    packages: () => this.packages,
    locale: () => this.locale,
    messages: () => this.messages(buyMessages),
    changed: () => this.newAttempt(),
  });
  private readonly quote = new QuoteController(this, {
    store: () => this.store,
    request: () => this.quoteRequest,
  });
  private readonly summary = new BuySummary({
    locale: () => this.locale,
    messages: () => this.messages(buyMessages),
    quotes: this.quote,
  });
  private readonly purchase = new PurchaseController(this);
  private readonly offer = new AutoOffer(
    this,
    this.useResource((store) => (store.account?.settings.autoTopUpAvailable ? store.autoTopUp : undefined)),
    {
      store: () => this.store,
      account: () => this.account,
      locale: () => this.locale,
      messages: () => this.messages(buyMessages),
      purchase: () => this.autoPurchase(),
    },
  );
  private readonly step = new PaymentStep(this, this.purchase, {
    store: () => this.store,
    messages: () => this.messages(buyMessages),
    settled: (topUp) => this.settled(topUp),
  });

  protected override get isLoading(): boolean {
    return super.isLoading || waiting(this.packageList.current);
  }

  /** The account's packages, once loaded. */
  private get packages(): PackageList | null {
    return this.packageList.current?.value ?? null;
  }

  /**
   * True while the account cannot buy here (purchases off, billing details
   * missing, no method, nothing to buy): read-only, reflected as `unavailable`.
   */
  get unavailable(): boolean {
    return this.unavailableReason !== null;
  }

  /** Why buying is impossible, or null. */
  private get unavailableReason(): string | null {
    const account = this.account;
    if (!account) return null;
    const m = this.messages(buyMessages);
    if (!account.settings.purchase.enabled)
      return this.errorText(account.settings.purchase.disabledReason ?? 'purchases_disabled');
    if (!account.billingDetailsComplete) return m.billingMissing;
    if (this.choice.methods.length === 0) return m.noMethod;
    if (this.packages && this.packages.packages.length === 0 && !account.settings.purchase.customQuantity)
      return m.nothingToBuy;
    return null;
  }

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    this.setState('unavailable', this.unavailable);
    this.choice.sync();
  }

  /** What the breakdown quotes: the chosen item and method, while buying is possible. */
  private get quoteRequest(): QuoteRequest | null {
    const item = this.choice.item;
    const method = this.choice.method;
    return item && method && !this.unavailable ? { ...item, method } : null;
  }

  /** A new choice is a new attempt (fresh idempotency keys, no stale outcome). */
  private newAttempt(): void {
    this.step.leave();
    this.purchase.newAttempt();
    this.status = null;
  }

  private async buy(event: Event): Promise<void> {
    event.preventDefault();
    const store = this.store;
    const item = this.choice.item;
    const method = this.choice.method;
    if (!store || !item || !method || !this.quote.quote || this.purchase.busy || this.disabled) return;
    const m = this.messages(buyMessages);
    this.status = { tone: 'info', text: m.processing };
    if (isManualMethod(method)) {
      const request = await this.purchase.createRequest(store, { ...item, method });
      if (request) {
        this.purchase.endAttempt();
        this.status = { tone: 'success', text: m.requestCreated };
        this.dispatchEvent(new CreditRequestCreatedEvent({ request }));
      } else this.failed(null);
      return;
    }
    const returnUrl = typeof location !== 'undefined' ? location.href : undefined;
    const topUp = await this.purchase.start(store, { ...item, method, ...(returnUrl ? { returnUrl } : {}) });
    if (topUp) this.settled(topUp);
    else this.failed(null);
  }

  /** Applies a top-up's state: outcome messages and events, or the next payment step. */
  private settled(topUp: TopUp | null): void {
    if (!topUp) return this.failed(null);
    const m = this.messages(buyMessages);
    const account = this.account;
    if (topUp.status !== 'requires_payment') this.purchase.endAttempt();
    switch (topUp.status) {
      case 'completed':
        this.status = {
          tone: 'success',
          text: m.completed(
            account ? formatBalance(account, topUp.quote.credits, this.locale) : String(topUp.quote.credits),
          ),
        };
        this.dispatchEvent(new CreditPurchaseCompletedEvent({ topUp }));
        break;
      case 'pending':
        this.status = { tone: 'info', text: m.pending };
        break;
      case 'failed':
      case 'canceled':
        this.failed(topUp);
        break;
      case 'requires_payment':
        this.status = null;
        if (topUp.next?.type === 'redirect') location.assign(topUp.next.url);
        break;
    }
  }

  private failed(topUp: TopUp | null): void {
    const code = topUp?.failureCode ?? this.purchase.error?.code ?? 'payment_declined';
    this.status = { tone: 'error', text: this.errorText(code) };
    this.dispatchEvent(new CreditPurchaseFailedEvent({ code, topUp }));
  }

  private autoPurchase(): AutoTopUpSettings['purchase'] | null {
    const item = this.choice.item;
    if (!item) return null;
    return 'packageId' in item
      ? { type: 'package', packageId: item.packageId }
      : { type: 'amount', amount: item.quantity };
  }

  protected override render() {
    const store = this.store;
    const account = this.account;
    if (this.store?.status === 'error' || !store) return this.renderAccountError();
    const packages = this.packageList.current;
    if (packages?.status === 'error') return this.renderRetry(packages.error?.code);
    if (!account || !this.packages) return html`<div part="base" aria-busy="true">${this.common.loading}</div>`;
    const m = this.messages(buyMessages);
    const unavailable = this.unavailableReason;
    if (unavailable) {
      return html`<div part="base">
        <p part="status" role="status" class="status error">${unavailable}</p>
        <slot name="unavailable"></slot>
      </div>`;
    }
    const quote = this.quote.quote;
    const manual = isManualMethod(this.choice.method);
    const locked = this.disabled || this.step.active || this.purchase.busy;
    const total = quote ? formatPrice(account, quote.total, this.locale) : '';
    return html`<form part="base" class="buy" @submit=${this.buy} aria-labelledby="title">
      <h2 id="title" class="title">${m.title}</h2>
      <fieldset class="plain" ?disabled=${locked}>
        ${this.choice.renderPackages(account, this.packages)} ${this.choice.renderMethods()}
      </fieldset>
      ${this.summary.renderBreakdown(account)}
      ${this.quote.error ? html`<p class="status error" role="alert">${this.errorText(this.quote.error.code)}</p>` : nothing}
      ${this.offer.render()}
      <button
        part="buy-button"
        class="button"
        type="submit"
        ?disabled=${!quote || locked}
        aria-busy=${this.purchase.busy ? 'true' : 'false'}
      >
        ${this.purchase.busy ? html`<span class="spinner" aria-hidden="true"></span>` : nothing}
        ${quote ? (manual ? m.request(total) : m.buy(total)) : m.buyIdle}
      </button>
      ${this.step.render()}
      ${this.purchase.request ? this.summary.renderInstructions(account, this.purchase.request) : nothing}
      <p part="status" class="status ${this.status?.tone ?? ''}" role="status" aria-live="polite">
        ${this.status?.text ?? ''}
      </p>
    </form>`;
  }

  private renderRetry(code: string | undefined) {
    return html`<div part="status" class="status error" role="alert">
      ${this.errorText(code)}
      <button type="button" class="button secondary" @click=${() => this.packageList.current?.refresh()}>
        ${this.common.retry}
      </button>
    </div>`;
  }
}
