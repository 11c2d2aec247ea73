/**
 * The payment half of the dialog: start the top-up, the test-mode card window,
 * the hand-over to a hosted payment page, and the outcome with its event. The
 * element owns the amount entry; this controller owns everything after Continue.
 */
import type { ReactiveControllerHost } from 'lit';
import type { StartTopUpRequest, TopUp } from '../../core/schemas/top-up.js';
import type { CreditStore } from '../../state/store.js';
import {
  CreditTopUpCompletedEvent,
  CreditTopUpFailedEvent,
  CreditTopUpPendingEvent,
  CreditTopUpRedirectEvent,
} from './credit-top-up.events.js';
import { PaymentController } from './payment-controller.js';
import { toCreditsError } from '../../adapter/errors.js';
import { downloadBlob } from '../credit-transactions/download.js';

export type Step = 'loading' | 'billing' | 'amount' | 'card' | 'redirect' | 'outcome';
export const TEST_CARD = '4242 4242 4242 4242';

export interface FlowHooks {
  store(): CreditStore | undefined;
  /** Readable text for an error code (never a raw exception). */
  errorText(code: string | undefined): string;
  /** Text for a card number the processor does not accept. */
  incorrectNumber(): string;
  /** Moves focus into the new step once rendered. */
  focus(selector: string): void;
}

/** Query parameter a hosted payment page returns with. */
export const RETURN_PARAM = 'credit_top_up';

/** Reads and removes `?credit_top_up=<id>` from the address (return from Stripe Checkout). */
export function takeReturnParam(): string | null {
  const id = typeof location === 'undefined' ? null : new URLSearchParams(location.search).get(RETURN_PARAM);
  if (!id) return null;
  const url = new URL(location.href);
  url.searchParams.delete(RETURN_PARAM);
  history.replaceState(history.state, '', url);
  return id;
}

export class TopUpFlow {
  step: Step = 'loading';
  cardNumber = TEST_CARD;
  cardError: string | null = null;
  status: string | null = null;
  /** The invoice of the completed top-up shown, once the history names it (the receipt links it). */
  invoice: { id: string; name: string } | null = null;
  /** The invoice download failed: its message. */
  invoiceError: string | null = null;
  /** The payment step was reopened for a started top-up (history's "Complete payment"), not reached from the amount. */
  reopened = false;
  readonly payment: PaymentController;

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    private readonly hooks: FlowHooks,
  ) {
    this.payment = new PaymentController(host);
  }

  get busy(): boolean {
    return this.payment.busy;
  }

  go(step: Step): void {
    this.step = step;
    this.host.requestUpdate();
  }

  /** Forgets the attempt: the next Continue starts a new top-up with a new key. */
  reset(): void {
    this.payment.newAttempt();
    this.reopened = false;
    this.invoice = null;
    this.invoiceError = null;
    this.cardNumber = TEST_CARD;
    this.cardError = null;
    this.status = null;
  }

  setCard(value: string): void {
    this.cardNumber = value;
    this.cardError = null;
    this.payment.newCard();
    this.host.requestUpdate();
  }

  /** Continue: starts the top-up once however often it is clicked. */
  async start(request: StartTopUpRequest): Promise<void> {
    const store = this.hooks.store();
    if (this.payment.busy || !store) return;
    this.status = null;
    const topUp = await this.payment.start(store, request);
    if (topUp) return this.proceed(topUp);
    const code = this.payment.error?.code;
    if (code === 'billing_details_required') this.go('billing');
    else this.setStatus(this.hooks.errorText(code));
  }

  /** Pay with the test card, or (`complete`) finish a pending payment. */
  async pay(complete = false): Promise<void> {
    const store = this.hooks.store();
    if (this.payment.busy || !store) return;
    this.status = null;
    const topUp = await this.payment.pay(store, complete ? undefined : this.cardNumber);
    if (topUp) return this.proceed(topUp);
    const error = this.payment.error;
    if (error?.fieldErrors.cardNumber) this.cardError = this.hooks.incorrectNumber();
    else this.status = this.hooks.errorText(error?.code);
    this.host.requestUpdate();
  }

  /** After a failure: a new top-up for the same quote, back to the card window. */
  async retry(): Promise<void> {
    const quote = this.payment.topUp?.quote;
    this.reset();
    if (quote) await this.start({ amount: quote.amount, method: quote.method });
  }

  /**
   * Reopens the payment step of a started top-up (a pending payment in the history):
   * the test-card window, the bank's confirmation of a pending card payment, the
   * hosted payment page again, or, when it has settled meanwhile, its outcome.
   * Nothing is paid until the customer pays in that step.
   */
  async reopen(id: string): Promise<boolean> {
    const store = this.hooks.store();
    this.reset();
    const topUp = store ? await this.payment.load(store, id) : null;
    if (!topUp) {
      this.setStatus(this.hooks.errorText(this.payment.error?.code));
      return false;
    }
    this.reopened = true;
    if (topUp.status === 'pending' && completable(topUp)) this.completeNow();
    else this.proceed(topUp);
    return true;
  }

  /** A pending payment's own step: the bank's confirmation (test mode: here), or the hosted payment page again. */
  completeNow(): void {
    const topUp = this.payment.topUp;
    if (!topUp) return;
    if (topUp.next?.type === 'redirect') return this.redirect(topUp, topUp.next.url);
    this.authenticate();
  }

  /** The payment step of a pending card payment: the customer confirms it with the bank (test mode: here). */
  authenticate(): void {
    this.status = null;
    this.go('card');
    this.hooks.focus('[part~="test-pay-button"]');
  }

  /** Shows a top-up the customer comes back to from a hosted payment page. */
  async resume(id: string): Promise<boolean> {
    const store = this.hooks.store();
    const topUp = store ? await this.payment.load(store, id) : null;
    if (topUp) this.showOutcome(topUp);
    return topUp !== null;
  }

  private proceed(topUp: TopUp): void {
    if (topUp.status === 'requires_payment' && topUp.next?.type === 'test_card') {
      this.go('card');
      this.hooks.focus('#card');
    } else if (topUp.status === 'requires_payment' && topUp.next?.type === 'redirect') {
      this.redirect(topUp, topUp.next.url);
    } else {
      this.showOutcome(topUp);
    }
  }

  private redirect(topUp: TopUp, url: string): void {
    this.go('redirect');
    if (this.host.dispatchEvent(new CreditTopUpRedirectEvent({ topUp }))) location.assign(url);
  }

  private showOutcome(topUp: TopUp): void {
    this.go('outcome');
    const detail = { topUp };
    if (topUp.status === 'completed') {
      this.host.dispatchEvent(new CreditTopUpCompletedEvent(detail));
      void this.findInvoice(topUp);
    } else if (topUp.status === 'pending') this.host.dispatchEvent(new CreditTopUpPendingEvent(detail));
    else if (topUp.status === 'failed' || topUp.status === 'canceled')
      this.host.dispatchEvent(new CreditTopUpFailedEvent(detail));
    this.hooks.focus('#outcome-title');
  }

  /** The invoice of a completed top-up: its ledger entry names it (a receipt without one simply has no link). */
  private async findInvoice(topUp: TopUp): Promise<void> {
    const store = this.hooks.store();
    if (!store || !topUp.transactionId) return;
    try {
      const page = await store.transactionsPage({ limit: 20 });
      const entry = page.items.find((t) => t.id === topUp.transactionId);
      if (!entry?.invoiceId || this.payment.topUp?.id !== topUp.id) return;
      this.invoice = { id: entry.invoiceId, name: entry.billingNumber ?? topUp.billingNumber ?? entry.invoiceId };
      this.host.requestUpdate();
    } catch {
      // No link then; the invoice stays in the history.
    }
  }

  /** Downloads the receipt's invoice as a PDF. */
  async downloadInvoice(root: Node): Promise<void> {
    const store = this.hooks.store();
    const invoice = this.invoice;
    if (!store || !invoice) return;
    this.invoiceError = null;
    try {
      downloadBlob(await store.invoicePdf(invoice.id), `${invoice.name}.pdf`, root);
    } catch (error) {
      this.invoiceError = this.hooks.errorText(toCreditsError(error).code);
    }
    this.host.requestUpdate();
  }

  private setStatus(text: string): void {
    this.status = text;
    this.host.requestUpdate();
  }
}

/** Whether the customer can finish a pending payment now: a test-mode bank confirmation or a hosted page. */
export function completable(topUp: TopUp): boolean {
  return topUp.next?.type === 'test_card' || topUp.next?.type === 'redirect';
}

/** The focused element, looking inside shadow roots (to give focus back on close). */
export function deepActiveElement(): HTMLElement | null {
  let active = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active instanceof HTMLElement ? active : null;
}
