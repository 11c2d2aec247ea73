import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { toCreditsError } from '../../adapter/errors.js';
import type { ItemRef, ItemType, Payability, Payment } from '../../core/schemas/index.js';
import { formatBalance } from '../../i18n/format.js';
import { buttonStyles, tokens } from '../../theme/tokens.styles.js';
import { randomKey } from '../../util/keys.js';
import { CreditElement } from '../base/credit-element.js';
import {
  CreditBeforePayEvent,
  CreditPaidEvent,
  CreditPayFailedEvent,
  CreditTopUpRequestEvent,
} from './credit-pay-button.events.js';
import { payButtonMessages } from './credit-pay-button.messages.js';
import { payButtonStyles } from './credit-pay-button.styles.js';
import { openTopUp } from './shortfall.js';

type Outcome = { kind: 'paid'; text: string } | { kind: 'failed'; text: string };

/**
 * @summary Pay for a service or an invoice with credits: "Buy with credit · €120.00".
 *
 * The backend decides the price and whether the item is payable (`GET /payability`);
 * the page never sets an amount. Renders nothing (reflects `hidden`) when credit
 * payments are disabled, the balance is short or the item is not eligible; with
 * `show-unavailable` it shows a disabled button with the reason and, when the
 * balance is short, a "Top up the difference" action. An invoice paid before
 * shows its paid state ("Paid ✓").
 *
 * Spending credit is confirmed: the first click opens an inline confirmation
 * ("Pay Invoice INV-2001 (€150.00) from your credit. Balance after: €150.00.",
 * Confirm / Cancel) and only Confirm pays; `no-confirm` skips it for hosts that
 * confirm in their own UI. One confirmed intent pays once: an attempt keeps one
 * idempotency key, repeat clicks while paying are ignored, a retry after a network
 * error reuses the key, and after success the button shows the paid state ("Paid ✓";
 * for services "Purchased ✓" with a separate "Buy again" that needs its own
 * confirmation) instead of re-arming. Payability is checked again whenever the
 * balance changes anywhere (this page, another tab, the server).
 *
 * "Top up the difference" first dispatches the cancelable `credit-top-up-request`;
 * if no host cancels it, the button opens the page's `<credit-top-up>` (or
 * `<credit-buy>` when the account buys packages), searching open shadow roots
 * too, with the shortfall set as its `amount`. If there is none, nothing happens
 * beyond the event.
 *
 * @attribute unavailable - Present (reflected, read-only) while the item cannot be paid with credits;
 * also `:state(unavailable)`. Formerly reflected as `disabled`, which is now the host's own switch.
 * @attribute paid - Present (reflected, read-only) while the paid / purchased state shows (paid here, or an
 * invoice paid before); also `:state(paid)`.
 * @attribute confirming - Present (reflected, read-only) while the confirmation is open; also `:state(confirming)`.
 * @attribute failed - Present (reflected, read-only) after paying failed; also `:state(failed)`.
 * @attribute hidden - Added while the button renders nothing (a `hidden` the host sets stays).
 *
 * @fires {CreditBeforePayEvent} credit-before-pay - Cancelable, right before paying (after Confirm, or on the click
 * with `no-confirm`); cancel it to stop the payment, then call `pay()` when you are ready.
 * @fires {CreditPaidEvent} credit-paid - Paid; `detail` has the payment and its ledger transaction. Fires once per payment.
 * @fires {CreditPayFailedEvent} credit-pay-failed - Paying failed; `detail` has the error `code` and the `message` shown.
 * @fires {CreditTopUpRequestEvent} credit-top-up-request - Cancelable; the customer asked to top up the shortfall.
 *
 * @csspart button - The pay button.
 * @csspart price - The price inside the button.
 * @csspart reason - Why the item cannot be paid (with `show-unavailable`).
 * @csspart status - Live region with the outcome ("Paid", "Payment failed: …").
 * @csspart confirm - The inline confirmation (what is paid, the balance after, Confirm / Cancel).
 * @csspart confirm-text - What will happen, in the confirmation.
 * @csspart confirm-button - Confirm: pays.
 * @csspart cancel-button - Cancel: closes the confirmation, nothing is paid.
 * @csspart top-up - "Top up the difference" action (balance short, `show-unavailable`).
 * @csspart paid - The "Paid ✓" / "Purchased ✓" badge (paid here, or an invoice paid before).
 * @csspart buy-again - "Buy again" beside "Purchased ✓" (services); opens its own confirmation.
 * @csspart retry - Retry button when payability could not be checked.
 * @csspart spinner - The busy spinner while paying.
 *
 * @cssprop [--credit-pay-button-background=var(--credit-color-primary)] - Button background.
 * @cssprop [--credit-pay-button-color=var(--credit-color-on-primary)] - Button text colour.
 * @cssprop [--credit-pay-button-radius=0.375rem] - Button corner radius.
 * @cssprop [--credit-pay-button-gap=0.25rem] - Space between button, reason and status.
 */
export class CreditPayButton extends CreditElement {
  // One control (the badge, the button, the trigger): focus() and a click on the host reach it.
  static override shadowRootOptions: ShadowRootInit = { ...CreditElement.shadowRootOptions, delegatesFocus: true };

  static override styles = [tokens, buttonStyles, payButtonStyles];

  /** What is paid: `service` ("Buy with credit") or `invoice` ("Pay with credit"). */
  @property({ attribute: 'item-type' }) itemType: ItemType = 'service';

  /** The host's id of the service or invoice; the backend prices it. */
  @property({ attribute: 'item-id' }) itemId = '';

  /** Show a disabled button with the reason instead of hiding when the item cannot be paid. */
  @property({ type: Boolean, attribute: 'show-unavailable' }) showUnavailable = false;

  /** Set by the host to switch paying off: the button shows, disabled. */
  @property({ type: Boolean, reflect: true }) disabled = false;

  /** Pay on the first click, without the inline confirmation (for hosts that confirm in their own UI). */
  @property({ type: Boolean, attribute: 'no-confirm' }) noConfirm = false;

  /** True while the item cannot be paid with credits (read-only; reflected as `unavailable`). */
  get unavailable(): boolean {
    return this.payability.current?.value?.payable !== true;
  }

  protected override get isLoading(): boolean {
    return super.isLoading || this.payability.current?.pending === true || this.busy;
  }

  @state() private busy = false;
  @state() private outcome: Outcome | undefined;
  /** The inline confirmation is open (first click, or "Buy again"). */
  @state() private confirming = false;

  /** The backend's answer for the item, shared and kept fresh by the store (balance changes anywhere re-check it). */
  private readonly payability = this.useResource((store) => {
    const item = this.item;
    return item ? store.payability(item) : undefined;
  });
  /** Idempotency key of the current attempt; kept after a network error so a retry cannot charge twice. */
  private attemptKey: string | undefined;
  private attemptItem = '';

  private get item(): ItemRef | null {
    return this.itemId ? { itemType: this.itemType, itemId: this.itemId } : null;
  }

  /** The paid state shows: paid here, or an invoice the backend reports as paid before. */
  private get settledPaid(): boolean {
    return this.outcome?.kind === 'paid' || this.payability.current?.value?.reason === 'already_paid';
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (changed.has('itemId') || changed.has('itemType')) {
      this.outcome = undefined;
      this.attemptKey = undefined;
      this.confirming = false;
    }
    const resource = this.payability.current;
    const p = resource?.value;
    const failed = resource?.status === 'error';
    const unknown = !p && !failed;
    const payable = p?.payable === true;
    // The confirmation closes by itself when the item stops being payable (balance dropped elsewhere).
    if (this.confirming && !this.busy && (!payable || this.disabled)) this.confirming = false;
    this.setState('unavailable', !payable);
    const visible =
      payable ||
      this.showUnavailable ||
      this.settledPaid ||
      this.outcome !== undefined ||
      failed ||
      this.store?.status === 'error';
    this.hideSelf(!visible || (unknown && !this.showUnavailable));
    this.setState('paid', this.settledPaid && !!p);
    this.setState('confirming', this.confirming);
    this.setState('failed', this.outcome?.kind === 'failed');
  }

  protected override render() {
    if (this.store?.status === 'error') return this.renderAccountError();
    const m = this.messages(payButtonMessages);
    const account = this.account;
    const resource = this.payability.current;
    const p = resource?.value;
    if (resource?.status === 'error') {
      return html`<div part="status" class="error-state" role="alert">
        <span>${this.errorText(resource.error?.code)}</span>
        <button type="button" part="retry" class="button secondary" @click=${() => void resource.refresh()}>
          ${this.common.retry}
        </button>
      </div>`;
    }
    const status = html`<span part="status" id="status" role="status" aria-live="polite"
      >${this.outcome?.text ?? ''}</span
    >`;
    if (!p || !account) {
      return html`<span class="wrap"
        ><button type="button" part="button" class="button" aria-disabled="true" aria-busy="true">
          <span>${this.itemType === 'invoice' ? m.pay : m.buy}</span><span class="visually-hidden">${m.checking}</span>
        </button></span
      >`;
    }
    if (this.settledPaid) return this.renderPaid(p, status);
    const price = formatBalance(account, p.price, this.locale);
    const reason = p.payable ? null : this.reasonText(p.reason, formatBalance(account, p.shortfall, this.locale));
    const blocked = !p.payable || this.busy || this.disabled;
    const describedBy = [reason ? 'reason' : '', 'status'].filter(Boolean).join(' ');
    return html`<span class="wrap">
      <button
        type="button"
        part="button"
        class="button"
        aria-disabled=${blocked ? 'true' : 'false'}
        aria-busy=${this.busy ? 'true' : 'false'}
        aria-describedby=${describedBy}
        aria-expanded=${this.noConfirm || blocked ? nothing : this.confirming ? 'true' : 'false'}
        aria-controls=${this.confirming ? 'confirm' : nothing}
        @click=${this.onClick}
      >
        ${this.busy && !this.confirming ? html`<span part="spinner" class="spinner" aria-hidden="true"></span>` : nothing}
        <span class="label"
          >${this.busy && !this.confirming ? m.paying : p.itemType === 'invoice' ? m.pay : m.buy}<span
            class="separator"
            aria-hidden="true"
            >${
              // One run of text (white-space: pre keeps its space; a line break would show); the gap follows.
              ' ·'
            }</span
          ></span
        ><span part="price">${price}</span>
      </button>
      ${reason ? html`<span part="reason" id="reason">${reason}</span>` : nothing}
      ${
        !p.payable && p.reason === 'insufficient_credits' && p.shortfall > 0
          ? html`<button type="button" part="top-up" class="button secondary" @click=${this.onTopUp}>
              ${m.topUpDifference(formatBalance(account, p.shortfall, this.locale))}
            </button>`
          : nothing
      }
      ${this.renderConfirm(p)} ${status}
    </span>`;
  }

  /** "Paid ✓" (invoice) or "Purchased ✓" with "Buy again" (service): never an armed pay button. */
  private renderPaid(p: Payability, status: TemplateResult) {
    const m = this.messages(payButtonMessages);
    const service = p.itemType === 'service';
    const again = service && p.payable && !this.disabled;
    return html`<span class="wrap">
      <span class="paid-row">
        <span part="paid" tabindex="-1"
          >${service ? m.purchasedBadge : m.paidBadge}<span class="check" aria-hidden="true">✓</span></span
        >
        ${
          again
            ? html`<button
                type="button"
                part="buy-again"
                class="button secondary"
                aria-expanded=${this.noConfirm ? nothing : this.confirming ? 'true' : 'false'}
                aria-controls=${this.confirming ? 'confirm' : nothing}
                aria-busy=${this.busy ? 'true' : 'false'}
                @click=${this.onClick}
              >
                ${m.buyAgain}
              </button>`
            : nothing
        }
      </span>
      ${again ? this.renderConfirm(p) : nothing} ${status}
    </span>`;
  }

  /** The inline confirmation: what is paid and the balance after; only Confirm pays. */
  private renderConfirm(p: Payability) {
    const account = this.account;
    if (!this.confirming || !account) return nothing;
    const m = this.messages(payButtonMessages);
    const price = formatBalance(account, p.price, this.locale);
    const after = formatBalance(account, Math.max(0, account.balance - p.price), this.locale);
    const text =
      p.itemType === 'invoice' ? m.confirmInvoice(p.name, price, after) : m.confirmService(p.name, price, after);
    return html`<div
      part="confirm"
      id="confirm"
      class="confirm"
      role="group"
      aria-labelledby="confirm-text"
      @keydown=${this.onConfirmKeydown}
    >
      <span part="confirm-text" id="confirm-text">${text}</span>
      <span class="confirm-actions">
        <button
          type="button"
          part="confirm-button"
          class="button"
          aria-disabled=${this.busy ? 'true' : 'false'}
          aria-busy=${this.busy ? 'true' : 'false'}
          @click=${this.onConfirm}
        >
          ${this.busy ? html`<span part="spinner" class="spinner" aria-hidden="true"></span>${m.paying}` : m.confirm}
        </button>
        <button
          type="button"
          part="cancel-button"
          class="button secondary"
          ?disabled=${this.busy}
          @click=${this.cancelConfirm}
        >
          ${m.cancel}
        </button>
      </span>
    </div>`;
  }

  private reasonText(reason: string | null, shortfall: string): string {
    const m = this.messages(payButtonMessages);
    switch (reason) {
      case 'insufficient_credits':
        return m.insufficient(shortfall);
      case 'already_paid':
      case 'credit_payments_disabled':
      case 'not_eligible':
        return m[reason];
      default:
        return m.unknownReason;
    }
  }

  /** First click (or "Buy again"): opens the confirmation; a click while it is open changes nothing. */
  private onClick(): void {
    const p = this.payability.current?.value;
    if (this.busy || this.disabled || !p?.payable) return;
    if (this.noConfirm) return void this.confirmed();
    if (this.confirming) return void this.focusPart('confirm-button');
    this.confirming = true;
    void this.focusPart('confirm-button');
  }

  private onConfirm(): void {
    // Only an open confirmation pays (not a stale Confirm, not a click while paying).
    if (this.busy || !this.confirming) return;
    void this.confirmed();
  }

  private cancelConfirm(): void {
    if (this.busy || !this.confirming) return;
    this.confirming = false;
    void this.focusPart(this.settledPaid ? 'buy-again' : 'button');
  }

  private onConfirmKeydown(event: KeyboardEvent): void {
    if (event.key !== 'Escape') return;
    event.stopPropagation();
    this.cancelConfirm();
  }

  private async focusPart(name: string): Promise<void> {
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>(`[part~="${name}"]`)?.focus();
  }

  /** The customer confirmed (or `no-confirm`): `credit-before-pay`, then one payment. */
  private async confirmed(): Promise<void> {
    const p = this.payability.current?.value;
    if (this.busy || !p?.payable) return;
    const event = new CreditBeforePayEvent({
      itemType: p.itemType,
      itemId: p.itemId,
      price: p.price,
      name: p.name,
      payability: p,
    });
    if (!this.dispatchEvent(event)) {
      this.confirming = false;
      return;
    }
    const wasConfirming = this.confirming;
    const payment = await this.pay();
    this.confirming = false;
    if (wasConfirming) void this.focusPart(payment ? 'paid' : 'button');
  }

  /**
   * Pays now without `credit-before-pay` or the confirmation (call it after your own).
   * Resolves with the payment, or undefined when paying failed or is already running.
   */
  async pay(): Promise<Payment | undefined> {
    const item = this.item;
    const store = this.store;
    if (this.busy || !item || !store) return undefined;
    this.busy = true;
    const itemKey = `${item.itemType}:${item.itemId}`;
    if (!this.attemptKey || this.attemptItem !== itemKey) this.attemptKey = randomKey();
    this.attemptItem = itemKey;
    const key = this.attemptKey;
    const m = this.messages(payButtonMessages);
    try {
      const payment = await store.payWithCredits(item, key);
      this.attemptKey = undefined;
      const account = this.account;
      const price = account ? formatBalance(account, payment.amount, this.locale) : String(payment.amount);
      const name = this.payability.current?.value?.name ?? item.itemId;
      this.outcome = {
        kind: 'paid',
        text: item.itemType === 'invoice' ? m.paidInvoice(name, price) : m.paidService(name, price),
      };
      this.dispatchEvent(new CreditPaidEvent({ payment, transaction: payment.transaction }));
      return payment;
    } catch (error) {
      const failure = toCreditsError(error);
      // After a network error the payment may have gone through: keep the key so a retry is answered, not repeated.
      if (!failure.retryable) this.attemptKey = undefined;
      const message = this.errorText(failure.code === 'already_paid' ? undefined : failure.code);
      const text = failure.code === 'already_paid' ? m.already_paid : message;
      this.outcome = { kind: 'failed', text: m.failed(text) };
      this.dispatchEvent(new CreditPayFailedEvent({ code: failure.code, message: text }));
      void this.payability.current?.refresh();
      return undefined;
    } finally {
      this.busy = false;
    }
  }

  private onTopUp(): void {
    const p = this.payability.current?.value;
    if (!p || p.shortfall <= 0) return;
    const event = new CreditTopUpRequestEvent({ shortfall: p.shortfall, itemType: p.itemType, itemId: p.itemId });
    if (!this.dispatchEvent(event)) return;
    openTopUp(this, p.shortfall, this.account?.settings.topUp == null);
  }
}
