/**
 * Row actions of the history: complete a pending payment, download an invoice
 * PDF, retry a failed top-up. One action per row at a time (repeat clicks are
 * ignored while it runs). Completing never pays from here: it reopens the
 * payment step in a `<credit-top-up>`, where the customer pays and sees the
 * outcome like any top-up.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { toCreditsError } from '../../adapter/errors.js';
import type { Transaction } from '../../core/schemas/transactions.js';
import { errorText } from '../../i18n/common.messages.js';
import type { CreditStore } from '../../state/store.js';
import { findDeep } from '../base/find-deep.js';
import {
  CreditCompletePaymentEvent,
  CreditInvoiceDownloadFailedEvent,
  CreditRetryTopUpEvent,
} from './credit-transactions.events.js';
import type { TransactionsMessages } from './credit-transactions.messages.js';
import { downloadBlob } from './download.js';
import type { RowAction } from './row.js';

export interface RowActionsHost {
  store(): CreditStore | undefined;
  locale(): string;
  messages(): TransactionsMessages;
  announce(text: string): void;
  /** Where the temporary download link goes (the shadow root). */
  downloadRoot(): Node;
}

/** What a host-page `<credit-top-up>` offers, as far as the history uses it. */
interface TopUpDialogLike extends HTMLElement {
  amount?: unknown;
  show?: () => void;
  completePayment?: (topUpId: string) => void;
}

export class RowActions implements ReactiveController {
  /** The action running on an entry, by id. */
  readonly busy = new Map<string, RowAction>();
  /** The inline error of an entry's last failed action, by id. */
  readonly errors = new Map<string, string>();
  /** The dialog the history made itself when the page has no `<credit-top-up>`. */
  private ownDialog: TopUpDialogLike | undefined;

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    private readonly env: RowActionsHost,
  ) {
    host.addController(this);
  }

  hostConnected(): void {}

  async run(action: RowAction, entry: Transaction): Promise<void> {
    if (this.busy.has(entry.id)) return;
    this.errors.delete(entry.id);
    if (action === 'retry') return this.retry(entry);
    this.busy.set(entry.id, action);
    this.host.requestUpdate();
    try {
      if (action === 'complete') await this.complete(entry);
      else await this.downloadInvoice(entry);
    } finally {
      this.busy.delete(entry.id);
      this.host.requestUpdate();
    }
  }

  /** Reopens the payment step of a pending top-up; the customer pays (or not) there. */
  private async complete(entry: Transaction): Promise<void> {
    if (!entry.topUpId) return;
    const event = new CreditCompletePaymentEvent({ topUpId: entry.topUpId });
    if (!this.host.dispatchEvent(event)) return;
    try {
      const dialog = await this.paymentDialog();
      await customElements.whenDefined('credit-top-up');
      dialog.completePayment?.(entry.topUpId);
    } catch (error) {
      this.fail(entry, toCreditsError(error).code);
    }
  }

  /** The page's `<credit-top-up>`, or one the history adds to itself (loaded on first use). */
  private async paymentDialog(): Promise<TopUpDialogLike> {
    const found = findDeep<TopUpDialogLike>(this.host, 'credit-top-up');
    if (found) return found;
    if (!this.ownDialog) {
      await import('../credit-top-up/define.js');
      const dialog = document.createElement('credit-top-up') as TopUpDialogLike;
      dialog.setAttribute('no-trigger', '');
      (this.host.shadowRoot ?? this.host).append(dialog);
      this.ownDialog = dialog;
    }
    return this.ownDialog;
  }

  private async downloadInvoice(entry: Transaction): Promise<void> {
    const store = this.env.store();
    const m = this.env.messages();
    if (!store || !entry.invoiceId) return;
    try {
      const blob = await store.invoicePdf(entry.invoiceId);
      const name = entry.billingNumber ?? entry.invoiceId;
      downloadBlob(blob, `${name}.pdf`, this.env.downloadRoot());
      this.env.announce(m.invoiceDownloaded(name));
    } catch (error) {
      const code = toCreditsError(error).code;
      this.fail(entry, code);
      this.host.dispatchEvent(
        new CreditInvoiceDownloadFailedEvent({ invoiceId: entry.invoiceId, billingNumber: entry.billingNumber, code }),
      );
    }
  }

  /** Hands the retry to the host; opens a page `<credit-top-up>` unless the host handled it. */
  private retry(entry: Transaction): void {
    if (!entry.topUpId) return;
    const event = new CreditRetryTopUpEvent({ topUpId: entry.topUpId, amount: entry.amount, method: entry.method });
    const handledByHost = !this.host.dispatchEvent(event);
    if (handledByHost) return;
    const dialog = this.host.ownerDocument.querySelector<TopUpDialogLike>('credit-top-up');
    if (!dialog) return;
    if ('amount' in dialog) dialog.amount = entry.amount;
    if (typeof dialog.show === 'function') dialog.show();
    else dialog.setAttribute('open', '');
  }

  private fail(entry: Transaction, code: string | null, text?: string): void {
    this.errors.set(entry.id, text ?? errorText(code ?? undefined, this.env.locale()));
    this.host.requestUpdate();
  }
}
