import { html, nothing, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { toCreditsError } from '../../adapter/errors.js';
import type { ItemRef, ItemType, Payment } from '../../core/schemas/index.js';
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
 * payments are disabled, the balance is short, the item is not eligible or already
 * paid; with `show-unavailable` it shows a disabled button with the reason and,
 * when the balance is short, a "Top up the difference" action. One click pays
 * once: an attempt keeps one idempotency key, repeat clicks while paying are
 * ignored, and a retry after a network error reuses the key. Payability is checked
 * again whenever the balance changes anywhere (this page, another tab, the server).
 *
 * "Top up the difference" first dispatches the cancelable `credit-top-up-request`;
 * if no host cancels it, the button opens the page's `<credit-top-up>` (or
 * `<credit-buy>` when the account buys packages), searching open shadow roots
 * too, with the shortfall set as its `amount`. If there is none, nothing happens
 * beyond the event.
 *
 * @attribute unavailable - Present (reflected, read-only) while the item cannot be paid with credits;
 * also `:state(unavailable)`. Formerly reflected as `disabled`, which is now the host's own switch.
 * @attribute paid - Present (reflected, read-only) after this button paid; also `:state(paid)`.
 * @attribute failed - Present (reflected, read-only) after paying failed; also `:state(failed)`.
 * @attribute hidden - Added while the button renders nothing (a `hidden` the host sets stays).
 *
 * @fires {CreditBeforePayEvent} credit-before-pay - Cancelable, before paying; cancel it to confirm first, then call `pay()`.
 * @fires {CreditPaidEvent} credit-paid - Paid; `detail` has the payment and its ledger transaction. Fires once per payment.
 * @fires {CreditPayFailedEvent} credit-pay-failed - Paying failed; `detail` has the error `code` and the `message` shown.
 * @fires {CreditTopUpRequestEvent} credit-top-up-request - Cancelable; the customer asked to top up the shortfall.
 *
 * @csspart button - The pay button.
 * @csspart price - The price inside the button.
 * @csspart reason - Why the item cannot be paid (with `show-unavailable`).
 * @csspart status - Live region with the outcome ("Paid", "Payment failed: …").
 * @csspart top-up - "Top up the difference" action (balance short, `show-unavailable`).
 * @csspart paid - The "Paid with credit" badge after an invoice was paid here.
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

  /** True while the item cannot be paid with credits (read-only; reflected as `unavailable`). */
  get unavailable(): boolean {
    return this.payability.current?.value?.payable !== true;
  }

  protected override get isLoading(): boolean {
    return super.isLoading || this.payability.current?.pending === true || this.busy;
  }

  @state() private busy = false;
  @state() private outcome: Outcome | undefined;

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

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (changed.has('itemId') || changed.has('itemType')) {
      this.outcome = undefined;
      this.attemptKey = undefined;
    }
    const resource = this.payability.current;
    const p = resource?.value;
    const failed = resource?.status === 'error';
    const unknown = !p && !failed;
    const payable = p?.payable === true;
    this.setState('unavailable', !payable);
    const visible =
      payable || this.showUnavailable || this.outcome !== undefined || failed || this.store?.status === 'error';
    this.hideSelf(!visible || (unknown && !this.showUnavailable));
    this.setState('paid', this.outcome?.kind === 'paid');
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
    const price = formatBalance(account, p.price, this.locale);
    if (p.reason === 'already_paid' && this.outcome?.kind === 'paid') {
      return html`<span class="wrap"><span part="paid" class="badge">✓ ${m.paidBadge}</span>${status}</span>`;
    }
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
        @click=${this.onClick}
      >
        ${this.busy ? html`<span part="spinner" class="spinner" aria-hidden="true"></span>` : nothing}
        <span>${this.busy ? m.paying : p.itemType === 'invoice' ? m.pay : m.buy}</span>
        <span part="price">${price}</span>
      </button>
      ${reason ? html`<span part="reason" id="reason">${reason}</span>` : nothing}
      ${
        !p.payable && p.reason === 'insufficient_credits' && p.shortfall > 0
          ? html`<button type="button" part="top-up" class="button secondary" @click=${this.onTopUp}>
              ${m.topUpDifference(formatBalance(account, p.shortfall, this.locale))}
            </button>`
          : nothing
      }
      ${status}
    </span>`;
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

  private onClick(): void {
    const p = this.payability.current?.value;
    if (this.busy || this.disabled || !p?.payable) return;
    const event = new CreditBeforePayEvent({
      itemType: p.itemType,
      itemId: p.itemId,
      price: p.price,
      name: p.name,
      payability: p,
    });
    if (!this.dispatchEvent(event)) return;
    void this.pay();
  }

  /**
   * Pays now without `credit-before-pay` (call it after your own confirmation).
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
