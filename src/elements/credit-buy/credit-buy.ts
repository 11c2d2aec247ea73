import { html, nothing, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { isManualMethod } from '../../core/methods.js';
import type { AutoTopUpSettings } from '../../core/schemas/auto-top-up.js';
import type { PackageList, QuoteRequest } from '../../core/schemas/pricing.js';
import type { TopUp } from '../../core/schemas/top-up.js';
import { formatPrice } from '../../i18n/format.js';
import { buttonStyles, tokens } from '../../theme/tokens.styles.js';
import { CreditElement, waiting } from '../base/credit-element.js';
import { exportParts } from '../base/export-parts.js';
import { QuoteController } from '../base/quote-controller.js';
import { AutoOffer } from './auto-offer.js';
import { BuyChoice } from './buy-choice.js';
import { BuyOutcome, type Outcome } from './buy-outcome.js';
import { BuySummary } from './buy-summary.js';
import {
  CreditPurchaseCompletedEvent,
  CreditPurchaseFailedEvent,
  CreditRequestCreatedEvent,
} from './credit-buy.events.js';
import { buyMessages, type BuyMessages } from './credit-buy.messages.js';
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
 * reference, which stay until the operator decides. Without billing details on
 * file, Buy asks for them inline (an embedded `<credit-billing-details>`) and then
 * continues the purchase. After an outcome the form starts afresh ("Buy more
 * credits"), so nothing is bought twice by accident. When buying is impossible it
 * says why. Offers auto top-up during checkout.
 *
 * @dependency credit-billing-details
 *
 * @attribute unavailable - Present (reflected, read-only) while the account cannot buy here (purchases
 * off, credit payments off, no payment method, nothing to buy); also `:state(unavailable)`. Missing
 * billing details do not make it unavailable: Buy asks for them.
 *
 * @fires {CreditPurchaseCompletedEvent} credit-purchase-completed - A card or PayPal purchase completed; `detail.topUp`.
 * @fires {CreditRequestCreatedEvent} credit-request-created - A bank-transfer or crypto request was created; `detail.request`.
 * @fires {CreditPurchaseFailedEvent} credit-purchase-failed - Starting or paying failed, nothing was charged; `detail.code`, `detail.topUp`.
 *
 * @slot paypal - Filled by the element itself with PayPal's buttons (PayPal cannot render in a shadow root).
 * @slot unavailable - Extra content shown when buying is not possible.
 *
 * @csspart base - The wrapper.
 * @csspart package - One package choice (also the custom-amount choice); `package-selected` when chosen.
 * @csspart package-selected - The chosen package choice (beside `package`).
 * @csspart package-credits - What a package adds.
 * @csspart package-price - A package's price.
 * @csspart package-discount - A package's saving against the base rate.
 * @csspart popular - The "Popular" badge of the recommended package.
 * @csspart custom-amount - The custom quantity input.
 * @csspart method - One payment method choice; `method-selected` when chosen.
 * @csspart method-selected - The chosen payment method (beside `method`).
 * @csspart breakdown - The price breakdown (credits, price, fee, VAT, total, new balance).
 * @csspart buy-button - The buy / request button.
 * @csspart billing - The billing-details step shown when Buy needs them.
 * @csspart billing-* - Every part of the embedded <credit-billing-details>, prefixed: `billing-form`, `billing-input`, …
 * @csspart status - Outcome and "why not" messages (live region).
 * @csspart outcome - The outcome of a purchase or request (with its actions).
 * @csspart buy-more-button - Starts a new purchase after an outcome.
 * @csspart retry-button - Tries a failed payment again.
 * @csspart complete-button - Completes a pending payment.
 * @csspart instructions - Payment instructions and the reference of a credit request.
 * @csspart copy-button - Copies one line of the payment instructions.
 * @csspart test-card-input - Test card number (simulated processor).
 * @csspart test-pay-button - Pays with the test card.
 * @csspart back-button - Leaves the payment step back to the choice.
 * @csspart paypal-simulated-button - Approves a simulated PayPal order.
 * @csspart auto-top-up-offer - The auto top-up offer.
 * @csspart auto-top-up-checkbox - Turns automatic top-up on during checkout.
 * @csspart auto-top-up-threshold - The balance below which auto top-up buys again.
 * @csspart auto-top-up-summary - What auto top-up would charge (threshold, total incl. fee and VAT, card, monthly limit).
 * @csspart auto-top-up-confirm - Turns automatic top-up on after the summary.
 * @csspart payment-step - The payment window (test card, PayPal buttons).
 *
 * @cssprop [--credit-buy-background=var(--credit-color-surface)] - Background.
 * @cssprop [--credit-buy-selected-border-color=var(--credit-color-primary)] - Border of the chosen package and method.
 * @cssprop [--credit-buy-saving-color=var(--credit-color-success)] - Colour of the saving.
 * @cssprop [--credit-buy-card-radius=var(--credit-radius-m)] - Corner radius of package and method cards.
 */
export class CreditBuy extends CreditElement {
  static override styles = [tokens, buttonStyles, buyStyles];

  /** Set by the host to switch buying off (the choices show, nothing can be bought). */
  @property({ type: Boolean, reflect: true }) disabled = false;

  /**
   * What to preselect, in balance units (minor units of money, or credits): the
   * custom quantity, rounded up to what can be bought (e.g. a shortfall to cover),
   * or, without a custom quantity, the smallest package that covers it.
   */
  @property({ type: Number }) amount: number | null = null;

  @state() private status: { tone: 'info' | 'success' | 'error'; text: string } | null = null;
  @state() private outcome: Outcome | null = null;
  /** Buy was pressed without billing details on file: the details step shows. */
  @state() private billingStep = false;
  /** The total on the Buy button the customer pressed before the billing details step. */
  private agreedTotal: number | null = null;
  /** Billing details saved: the purchase continues if the agreed total stands. */
  private continueTotal: number | null = null;

  private readonly packageList = this.useResource((store) => store.packages);
  private readonly requestList = this.useResource((store) =>
    this.outcome?.kind === 'request' ? store.requests : undefined,
  );
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
    // Saved billing details can change the VAT, a new balance the balance after: quote again.
    dependsOn: () => [this.account?.billingDetailsComplete, this.account?.balance],
  });
  private readonly summary = new BuySummary({
    locale: () => this.locale,
    messages: () => this.messages(buyMessages),
    quotes: this.quote,
    changed: () => this.requestUpdate(),
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
      packages: () => this.packages,
      purchase: () => this.autoPurchase(),
      quote: () => this.quote.quote,
    },
  );
  private readonly step = new PaymentStep(this, this.purchase, {
    store: () => this.store,
    account: () => this.account,
    locale: () => this.locale,
    messages: () => this.messages(buyMessages),
    settled: (topUp) => this.settled(topUp),
    back: () => this.backToChoice(),
  });
  private readonly result = new BuyOutcome({
    account: () => this.account,
    locale: () => this.locale,
    messages: () => this.messages(buyMessages),
    summary: this.summary,
    busy: () => this.purchase.busy,
    request: (id) => this.requestList.current?.value?.find((r) => r.id === id) ?? null,
    buyMore: () => this.buyMore(),
    retry: () => void this.retry(),
    change: () => this.backToChoice(),
    complete: () => void this.completePending(),
  });

  protected override get isLoading(): boolean {
    return super.isLoading || waiting(this.packageList.current);
  }

  /** The account's packages, once loaded. */
  private get packages(): PackageList | null {
    return this.packageList.current?.value ?? null;
  }

  /**
   * True while the account cannot buy here (purchases off, credit payments off, no
   * method, nothing to buy): read-only, reflected as `unavailable`.
   */
  get unavailable(): boolean {
    return this.unavailableReason !== null;
  }

  /** Why buying is impossible, or null. */
  private get unavailableReason(): string | null {
    const account = this.account;
    if (!account) return null;
    const m = this.messages(buyMessages);
    if (!account.creditPaymentsEnabled) return m.paymentsOff;
    if (!account.settings.purchase.enabled)
      return this.errorText(account.settings.purchase.disabledReason ?? 'purchases_disabled');
    if (this.choice.methods.length === 0) return m.noMethod;
    if (this.packages && this.packages.packages.length === 0 && !account.settings.purchase.customQuantity)
      return m.nothingToBuy;
    return null;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    this.setState('unavailable', this.unavailable);
    if (changed.has('amount') && this.amount !== null) {
      this.choice.prefill(this.amount);
      if (changed.get('amount') !== undefined) this.newAttempt();
    }
    this.choice.sync();
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    // After this update, not inside it (it may change state).
    if (this.continueTotal !== null) queueMicrotask(() => this.continueAfterBilling());
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

  private onSubmit(event: Event): void {
    event.preventDefault();
    void this.buy();
  }

  private async buy(): Promise<void> {
    const store = this.store;
    const account = this.account;
    const item = this.choice.item;
    const method = this.choice.method;
    const quote = this.quote.quote;
    if (!store || !account || !item || !method || !quote || this.purchase.busy || this.disabled) return;
    const m = this.messages(buyMessages);
    if (!account.billingDetailsComplete) {
      this.billingStep = true;
      this.agreedTotal = quote.total;
      this.status = null;
      await this.updateComplete;
      this.renderRoot.querySelector<HTMLElement>('credit-billing-details')?.focus();
      return;
    }
    this.status = { tone: 'info', text: m.processing };
    if (isManualMethod(method)) {
      const request = await this.purchase.createRequest(store, { ...item, method });
      if (request) {
        this.purchase.endAttempt();
        this.status = null;
        this.show({ kind: 'request', request });
        this.dispatchEvent(new CreditRequestCreatedEvent({ request }));
      } else this.failed(null);
      return;
    }
    const returnUrl = typeof location !== 'undefined' ? location.href : undefined;
    const topUp = await this.purchase.start(store, { ...item, method, ...(returnUrl ? { returnUrl } : {}) });
    if (topUp) this.settled(topUp);
    else this.failed(null);
  }

  /** The billing details were saved: the purchase goes on with the price the customer saw. */
  private onBillingSaved(): void {
    this.billingStep = false;
    this.continueTotal = this.agreedTotal;
    this.agreedTotal = null;
    this.status = { tone: 'info', text: this.messages(buyMessages).processing };
  }

  /**
   * After the billing details: once the account knows them and the quote that
   * depends on them arrived, buy if the total stands; if it changed (VAT), show
   * the new breakdown and let the customer decide again.
   */
  private continueAfterBilling(): void {
    const total = this.continueTotal;
    const quote = this.quote.quote;
    if (total === null || !this.account?.billingDetailsComplete) return;
    if (!quote) {
      if (!this.quote.loading && (this.quote.error || !this.quoteRequest)) {
        this.continueTotal = null;
        this.status = null;
      }
      return;
    }
    this.continueTotal = null;
    if (quote.total === total) {
      void this.buy();
      return;
    }
    this.status = { tone: 'info', text: this.messages(buyMessages).priceChanged };
    void this.updateComplete.then(() => this.focusPart('buy-button'));
  }

  /** Applies a top-up's state: the outcome, or the next payment step. */
  private settled(topUp: TopUp | null): void {
    if (!topUp) return this.failed(null);
    if (topUp.status !== 'requires_payment') this.purchase.endAttempt();
    this.status = null;
    switch (topUp.status) {
      case 'completed':
        this.show({ kind: 'topUp', topUp });
        this.dispatchEvent(new CreditPurchaseCompletedEvent({ topUp }));
        break;
      case 'pending':
        this.show({ kind: 'topUp', topUp });
        break;
      case 'failed':
      case 'canceled':
        this.failed(topUp);
        break;
      case 'requires_payment':
        if (topUp.next?.type === 'redirect') location.assign(topUp.next.url);
        else void this.updateComplete.then(() => this.step.focus());
        break;
    }
  }

  private failed(topUp: TopUp | null): void {
    const code = topUp?.failureCode ?? this.purchase.error?.code ?? 'payment_declined';
    this.status = null;
    this.show({ kind: 'failed', text: this.errorText(code), topUp });
    this.dispatchEvent(new CreditPurchaseFailedEvent({ code, topUp }));
  }

  private show(outcome: Outcome): void {
    this.step.leave();
    this.outcome = outcome;
    void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLElement>('#outcome-title')?.focus());
  }

  /** After an outcome: a fresh form (default package, nothing typed, new attempt). */
  private buyMore(): void {
    this.outcome = null;
    this.choice.reset();
    this.newAttempt();
    void this.updateComplete.then(() => this.focusPart('package-selected'));
  }

  /** After a failure: the same choice, a new attempt, straight to paying again. */
  private async retry(): Promise<void> {
    this.outcome = null;
    this.newAttempt();
    await this.updateComplete;
    await this.buy();
  }

  /** Back to the choice (keeps what was chosen; a new attempt). */
  private backToChoice(): void {
    this.outcome = null;
    this.newAttempt();
    void this.updateComplete.then(() => this.focusPart('buy-button'));
  }

  /** A pending payment (e.g. authentication): completes it with the processor. */
  private async completePending(): Promise<void> {
    const store = this.store;
    if (!store) return;
    this.purchase.newCompletion();
    const topUp = await this.purchase.complete(store, {});
    if (topUp) this.settled(topUp);
    else this.failed(null);
  }

  private focusPart(name: string): void {
    this.renderRoot.querySelector<HTMLElement>(`[part~="${name}"]`)?.focus();
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
    if (!account || !this.packages)
      return html`<div part="base" class="loading" aria-busy="true">
        <span class="spinner" aria-hidden="true"></span>${this.common.loading}
      </div>`;
    const m = this.messages(buyMessages);
    const unavailable = this.unavailableReason;
    if (unavailable) {
      return html`<div part="base">
        <h2 class="title">${m.title}</h2>
        <p part="status" role="status" class="status notice">${unavailable}</p>
        <slot name="unavailable"></slot>
      </div>`;
    }
    if (this.outcome)
      return html`<div part="base" class="buy">
        <h2 class="title">${m.title}</h2>
        ${this.result.render(account, this.outcome)}
      </div>`;
    const quote = this.quote.quote;
    const manual = isManualMethod(this.choice.method);
    const paying = this.step.active;
    const locked = this.disabled || paying || this.purchase.busy || this.continueTotal !== null;
    const total = quote ? formatPrice(account, quote.total, this.locale) : '';
    return html`<form part="base" class="buy" @submit=${this.onSubmit} aria-labelledby="title">
      <h2 id="title" class="title">${m.title}</h2>
      <fieldset class="plain" ?disabled=${locked}>
        ${this.choice.renderPackages(account, this.packages)} ${this.choice.renderMethods()}
      </fieldset>
      <div class="checkout">
        ${this.summary.renderBreakdown(account, manual)}
        ${this.quote.error ? html`<p class="status error" role="alert">${this.errorText(this.quote.error.code)}</p>` : nothing}
        ${paying ? nothing : this.offer.render()}
        ${
          this.billingStep
            ? nothing
            : paying
              ? this.step.render()
              : html`<button
                  part="buy-button"
                  class="button"
                  type="submit"
                  ?disabled=${!quote || locked}
                  aria-busy=${this.purchase.busy ? 'true' : 'false'}
                >
                  ${this.purchase.busy || this.continueTotal !== null ? html`<span class="spinner" aria-hidden="true"></span>` : nothing}
                  ${quote ? (manual ? m.request(total) : m.buy(total)) : m.buyIdle}
                </button>`
        }
        <p part="status" class="status ${this.status?.tone ?? 'visually-hidden'}" role="status" aria-live="polite">
          ${this.status?.text ?? ''}
        </p>
      </div>
      ${this.billingStep ? this.renderBilling(m) : nothing}
    </form>`;
  }

  /** The billing details step: Buy needs them; saving continues the purchase. */
  private renderBilling(m: BuyMessages) {
    return html`<section part="billing" class="billing" aria-labelledby="billing-title">
      <h3 id="billing-title" class="subtitle">${m.billingTitle}</h3>
      <p class="muted">${m.billingIntro}</p>
      <credit-billing-details
        exportparts=${exportParts('credit-billing-details', 'billing')}
        @credit-billing-details-saved=${this.onBillingSaved}
      ></credit-billing-details>
      <button type="button" part="back-button" class="button secondary back" @click=${() => (this.billingStep = false)}>
        ${m.back}
      </button>
    </section>`;
  }

  private renderRetry(code: string | undefined) {
    return html`<div part="status" class="error-state" role="alert">
      <span>${this.errorText(code)}</span>
      <button type="button" part="retry" class="button secondary" @click=${() => this.packageList.current?.refresh()}>
        ${this.common.retry}
      </button>
    </div>`;
  }
}
