import { html, nothing, type PropertyValues } from 'lit';
import { property, query } from 'lit/decorators.js';
import { formatBalance } from '../../i18n/format.js';
import { exportParts } from '../base/export-parts.js';
import type { CreditStore } from '../../state/store.js';
import { buttonStyles, tokens } from '../../theme/tokens.styles.js';
import { CreditElement } from '../base/credit-element.js';
import {
  CreditTopUpAfterHideEvent,
  CreditTopUpAfterShowEvent,
  CreditTopUpHideEvent,
  CreditTopUpRequestCloseEvent,
  CreditTopUpShowEvent,
  type CloseSource,
} from './credit-top-up.events.js';
import { topUpMessages, type TopUpMessages } from './credit-top-up.messages.js';
import { topUpStyles } from './credit-top-up.styles.js';
import { AmountStep } from './top-up-amount.js';
import { deepActiveElement, takeReturnParam, TopUpFlow } from './top-up-flow.js';
import { TopUpResult } from './top-up-result.js';
import { findDeep } from '../base/find-deep.js';

const CONTROLS = 'input:not([disabled]), select:not([disabled]), button:not([disabled]), a[href]';

/** The first control inside an embedded element once it has rendered its form (a few updates at most). */
async function firstControl(el: HTMLElement): Promise<HTMLElement | null> {
  for (let i = 0; i < 10; i++) {
    await (el as HTMLElement & { updateComplete?: Promise<unknown> }).updateComplete;
    const control = el.shadowRoot?.querySelector<HTMLElement>(CONTROLS);
    if (control) return control;
    await new Promise((resolve) => requestAnimationFrame(resolve));
  }
  return null;
}

/**
 * @summary Top up the balance in a modal dialog with a VAT breakdown: billing
 * details gate, amount (presets or free), live breakdown from the backend's quote,
 * card below the invoice threshold and invoice from it, confirmation, payment.
 *
 * A native `<dialog>` (focus trapped, Escape asks to close, focus returns to the trigger),
 * opened by its own trigger, the `open` attribute or `show()`. With the reference
 * server's simulated processor it shows a test-mode payment window; with Stripe it
 * hands over to Checkout and shows the outcome when the customer comes back with
 * `?credit_top_up=<id>`. On a credits-model account (packages) it explains that
 * packages are bought with `<credit-buy>`.
 *
 * @dependency credit-billing-details
 *
 * @slot - Label of the trigger button (defaults to "Top up").
 *
 * @fires {CreditTopUpShowEvent} credit-top-up-show - The dialog starts opening.
 * @fires {CreditTopUpAfterShowEvent} credit-top-up-after-show - The dialog is open and its first step focused.
 * @fires {CreditTopUpRequestCloseEvent} credit-top-up-request-close - Cancelable; the customer asked to close
 * (`detail.source`: `close-button`, `keyboard`, `done-button`). Not fired while a payment is on its way: the dialog stays open.
 * @fires {CreditTopUpHideEvent} credit-top-up-hide - The dialog starts closing.
 * @fires {CreditTopUpAfterHideEvent} credit-top-up-after-hide - The dialog is closed and focus is back on what opened it.
 * @fires {CreditTopUpCompletedEvent} credit-top-up-completed - The balance was credited; `detail.topUp`.
 * @fires {CreditTopUpPendingEvent} credit-top-up-pending - Payment pending (authentication, or an invoice awaiting payment); `detail.topUp`.
 * @fires {CreditTopUpFailedEvent} credit-top-up-failed - The payment failed, nothing was charged; `detail.topUp`.
 * @fires {CreditTopUpRedirectEvent} credit-top-up-redirect - About to leave for a hosted payment page; cancelable.
 *
 * @csspart trigger - The button that opens the dialog.
 * @csspart dialog - The `<dialog>`.
 * @csspart preset - Each preset amount button.
 * @csspart amount-input - The free amount input.
 * @csspart amount-error - Inline error of the amount.
 * @csspart breakdown - The price breakdown.
 * @csspart amount - Top-up amount line.
 * @csspart fee - Processing fee line.
 * @csspart vat - VAT line.
 * @csspart vat-rate - The VAT rate.
 * @csspart reverse-charge-note - The reverse-charge notice (intra-EU B2B).
 * @csspart vat-note - The outside-the-EU notice.
 * @csspart total - Total charge.
 * @csspart new-balance - Expected balance after the top-up.
 * @csspart method - The payment method.
 * @csspart confirm-checkbox - The confirmation checkbox.
 * @csspart continue-button - Starts the payment.
 * @csspart status - Status and outcome messages (live region).
 * @csspart test-card-input - Card number in the test-mode payment window.
 * @csspart test-pay-button - Pay button in the test-mode payment window ("Confirm payment of …" for a pending one).
 * @csspart card-error - Inline error of the test card number.
 * @csspart test-cards - The list of Stripe test cards in the test-mode payment window.
 * @csspart order-summary - What is paid and the total, in the payment window.
 * @csspart back-button - Leaves the payment window: back to the amount, or "Not now" when reopened.
 * @csspart receipt - The outcome's receipt lines (added, charged, new balance, billing number; due date of an invoice).
 * @csspart done-button - Closes the dialog after the outcome.
 * @csspart invoice-button - Downloads the invoice of a completed top-up (PDF), beside Done.
 * @csspart complete-button - "Complete payment now" on a pending outcome: reopens the payment step.
 * @csspart retry-button - Tries a failed payment again.
 * @csspart change-amount-button - Back to the amount step after a failure.
 * @csspart choose-package-button - On a credits account: leads to the page's `<credit-buy>`.
 * @csspart close-button - The dialog's close button.
 * @csspart billing-* - Every part of the embedded <credit-billing-details>, prefixed: `billing-form`, `billing-input`, …
 *
 * @cssprop [--credit-top-up-width=32rem] - Dialog width.
 * @cssprop [--credit-top-up-background=var(--credit-color-surface)] - Dialog background.
 * @cssprop [--credit-top-up-radius=var(--credit-radius-m)] - Dialog corner radius.
 */
export class CreditTopUp extends CreditElement {
  // One control (the badge, the button, the trigger): focus() and a click on the host reach it.
  static override shadowRootOptions: ShadowRootInit = { ...CreditElement.shadowRootOptions, delegatesFocus: true };

  static override styles = [tokens, buttonStyles, topUpStyles];

  /** Whether the dialog is open (reflected). */
  @property({ type: Boolean, reflect: true }) open = false;

  /** Amount to prefill, in minor units (e.g. a shortfall to cover): set into the amount field on every opening. */
  @property({ type: Number }) amount: number | null = null;

  /** Render no trigger button: the page opens the dialog itself (`open`, `show()`, `completePayment()`). */
  @property({ type: Boolean, attribute: 'no-trigger' }) noTrigger = false;

  private returnTopUpId: string | null = null;
  /** A started top-up whose payment step `completePayment()` asked to reopen. */
  private reopenTopUpId: string | null = null;
  private opener: HTMLElement | null = null;
  /** hide was announced for the close under way. */
  private hiding = false;
  private readonly billing = this.useResource((store) => store.billingDetails);
  private readonly flow = new TopUpFlow(this, {
    store: () => this.store,
    errorText: (code) => this.errorText(code),
    incorrectNumber: () => this.messages(topUpMessages).incorrect_number,
    focus: (selector) => void this.focusStep(selector),
  });
  private readonly amountStep = new AmountStep(this, {
    store: () => this.store,
    account: () => this.account,
    locale: () => this.locale,
    messages: () => this.messages(topUpMessages),
    billingCountry: () => this.billingCountry,
    active: () => this.open && this.flow.step === 'amount',
    busy: () => this.flow.busy,
    status: () => this.flow.status,
    errorText: (code) => this.errorText(code),
    changed: () => this.flow.reset(),
    proceed: (quote) =>
      void this.flow.start({
        amount: quote.amount,
        method: quote.method,
        ...(typeof location === 'undefined' ? {} : { returnUrl: location.href }),
      }),
  });
  private readonly result = new TopUpResult(this.flow, {
    locale: () => this.locale,
    account: () => this.account,
    messages: () => this.messages(topUpMessages),
    balance: () => (this.account ? formatBalance(this.account, this.account.balance, this.locale) : ''),
    changeAmount: () => {
      this.flow.reset();
      this.amountStep.uncheck();
      this.flow.go('amount');
      void this.focusStep();
    },
    done: () => this.requestClose('done-button'),
  });

  @query('dialog') private dialog!: HTMLDialogElement;

  /** The buyer's country on file (the VAT rule depends on it), once known. */
  private get billingCountry(): string | null {
    return this.billing.current?.value?.country ?? null;
  }

  /** Opens the dialog. */
  show(): void {
    this.open = true;
  }

  /**
   * Opens the dialog on the payment step of a started top-up or purchase (what the
   * history's "Complete payment" does): the test-card window, the bank's confirmation
   * of a pending card payment, or the hosted payment page again. Nothing is charged
   * until the customer pays there; the dialog ends on the same outcome screen as a
   * new top-up.
   */
  completePayment(topUpId: string): void {
    // A double click on "Complete payment": the step is already on its way or on screen.
    if (this.flow.busy || this.reopenTopUpId === topUpId) return;
    if (this.open && this.flow.payment.topUp?.id === topUpId && this.flow.step !== 'outcome') return;
    this.reopenTopUpId = topUpId;
    if (this.open) void this.begin();
    else this.show();
  }

  /** Closes the dialog (also mid-payment: the host decides; the payment's outcome still arrives). */
  close(): void {
    this.open = false;
  }

  /** The customer asked to close: not while a payment is on its way, and not if a host cancels. */
  private requestClose(source: CloseSource): void {
    if (this.flow.busy) return;
    if (!this.dispatchEvent(new CreditTopUpRequestCloseEvent({ source }))) return;
    this.close();
  }

  /** Escape: the dialog closes only through requestClose (never mid-payment). */
  private onCancel(event: Event): void {
    event.preventDefault();
    this.requestClose('keyboard');
  }

  protected override storeConnected(store: CreditStore): void {
    this.returnTopUpId = takeReturnParam();
    if (this.returnTopUpId) void store.load().then(() => this.show());
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    if (!changed.has('open') || !this.dialog) return;
    if (this.open && !this.dialog.open) {
      this.opener = deepActiveElement();
      this.hiding = false;
      this.dispatchEvent(new CreditTopUpShowEvent());
      this.dialog.showModal();
      void this.begin().then(() => this.open && this.dispatchEvent(new CreditTopUpAfterShowEvent()));
    } else if (!this.open && this.dialog.open) {
      this.hiding = true;
      this.dispatchEvent(new CreditTopUpHideEvent());
      this.dialog.close();
    }
  }

  /** The first step: a returning payment's outcome, the billing details, or the amount. */
  private async begin(): Promise<void> {
    // Runs from updated(): let this update finish before changing state.
    await Promise.resolve();
    const store = this.store;
    this.flow.status = null;
    this.flow.go('loading');
    if (!store) return;
    await Promise.all([store.load(), store.billingDetails.load()]);
    if (!store.account) return void (await this.focusStep('[part~="retry"]'));
    const returning = this.returnTopUpId;
    this.returnTopUpId = null;
    if (returning && (await this.flow.resume(returning))) return;
    const reopen = this.reopenTopUpId;
    this.reopenTopUpId = null;
    if (reopen && (await this.flow.reopen(reopen))) return;
    // Without the details on file (or when they could not be read) the backend asks for them.
    const step = store.account.billingDetailsComplete || this.billingCountry ? 'amount' : 'billing';
    this.flow.go(step);
    // The amount asked for (a shortfall) wins over what was typed before the dialog was last closed.
    if (this.amount !== null) this.amountStep.setAmount(this.amount);
    await this.focusStep(step === 'billing' ? 'credit-billing-details' : undefined);
  }

  protected override render() {
    const m = this.messages(topUpMessages);
    return html`${
        this.noTrigger
          ? nothing
          : html`<button type="button" part="trigger" class="button" aria-haspopup="dialog" @click=${() => this.show()}>
              <slot>${m.trigger}</slot>
            </button>`
      }
      <dialog part="dialog" aria-labelledby="title" @cancel=${this.onCancel} @close=${this.onClose}>
        <header>
          <h2 id="title">${m.title}</h2>
          <button
            type="button"
            part="close-button"
            class="icon-button"
            aria-label=${this.common.close}
            @click=${() => this.requestClose('close-button')}
          >
            ×
          </button>
        </header>
        <div
          class="body"
          aria-busy=${this.flow.step === 'loading' && this.store?.status !== 'error' ? 'true' : 'false'}
        >
          ${this.open ? this.renderStep(m) : nothing}
        </div>
      </dialog>`;
  }

  private renderStep(m: TopUpMessages) {
    const account = this.account;
    const step = this.flow.step;
    if (this.store?.status === 'error') return this.renderAccountError();
    if (!account || step === 'loading') return html`<p class="hint" role="status">${this.common.loading}</p>`;
    const topUp = this.flow.payment.topUp;
    if (step === 'card' && topUp) return this.result.renderCard(topUp);
    if (step === 'outcome' && topUp) return this.result.renderOutcome(topUp);
    if (step === 'redirect') return html`<p part="status" role="status">${m.redirecting}</p>`;
    if (!account.settings.topUp) return this.renderNoTopUp(m, account.model === 'credits');
    if (step === 'billing') {
      return html`<p class="hint">${m.billingIntro}</p>
        <credit-billing-details
          exportparts=${exportParts('credit-billing-details', 'billing')}
          @credit-billing-details-saved=${this.onBillingSaved}
        ></credit-billing-details>`;
    }
    return this.amountStep.render();
  }

  /** No top-ups on this account: say so, and on a packages account lead to the page's `<credit-buy>`. */
  private renderNoTopUp(m: TopUpMessages, credits: boolean) {
    if (!credits) return html`<p part="status" role="status">${m.notAvailable}</p>`;
    const buy = findDeep<HTMLElement>(this, 'credit-buy');
    return html`<p part="status" role="status">${m.creditsModel} ${buy ? '' : m.creditsModelNoBuy}</p>
      <div class="actions">
        ${
          buy
            ? html`<button type="button" part="choose-package-button" class="button" @click=${() => this.toBuy(buy)}>
                ${m.creditsModelAction}
              </button>`
            : html`<button
                type="button"
                part="done-button"
                class="button secondary"
                @click=${() => this.requestClose('done-button')}
              >
                ${this.common.close}
              </button>`
        }
      </div>`;
  }

  private toBuy(buy: HTMLElement): void {
    this.opener = null;
    this.close();
    buy.scrollIntoView?.({ block: 'start' });
    buy.focus?.();
  }

  // The event goes on to the page too (it is the page's news as well).
  private onBillingSaved(): void {
    this.flow.go('amount');
    void this.focusStep();
  }

  /** Focuses the step's first useful control (never the dialog's ×): `selector`, else the first control of the body. */
  private async focusStep(selector = '[part~="amount-input"]'): Promise<void> {
    await this.updateComplete;
    let target = this.renderRoot.querySelector<HTMLElement>(selector);
    if (target?.localName === 'credit-billing-details') target = await firstControl(target);
    target ??= this.renderRoot.querySelector<HTMLElement>(`.body :is(${CONTROLS})`);
    target?.focus();
  }

  /** Every way of closing ends here: sync `open`, forget a finished attempt, restore focus. */
  private onClose(): void {
    // The close event arrives a task later: when the dialog was opened again meanwhile
    // ("Top up the difference" right after closing), it is old news.
    if (this.dialog.open) return;
    // The browser closes a dialog itself on an Escape it does not let a page refuse
    // (no user activation since the last refusal). Mid-payment the dialog stays:
    // the customer must see the payment's outcome.
    if (!this.hiding && this.open && this.flow.busy) {
      this.dialog.showModal();
      return;
    }
    if (!this.hiding) this.dispatchEvent(new CreditTopUpHideEvent());
    this.hiding = false;
    this.open = false;
    if (this.flow.step === 'outcome' || this.flow.step === 'card') {
      this.flow.reset();
      this.amountStep.clear();
    }
    const opener = this.opener;
    const target =
      opener && opener.isConnected && opener !== document.body
        ? opener
        : this.renderRoot.querySelector<HTMLElement>('[part="trigger"]');
    target?.focus();
    this.dispatchEvent(new CreditTopUpAfterHideEvent());
  }
}
