/**
 * Row actions of the history: complete a pending payment, download an invoice
 * PDF, retry a failed top-up. One action per row at a time (repeat clicks are
 * ignored while it runs); completing uses one idempotency key per attempt, kept
 * for a retry after a network failure so the payment can never run twice.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { toCreditsError } from '../../adapter/errors.js';
import type { Transaction } from '../../core/schemas/transactions.js';
import { errorText } from '../../i18n/common.messages.js';
import type { CreditStore } from '../../state/store.js';
import { randomKey } from '../../util/keys.js';
import { CreditInvoiceDownloadFailedEvent, CreditRetryTopUpEvent } from './credit-transactions.events.js';
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
}

export class RowActions implements ReactiveController {
  /** The action running on an entry, by id. */
  readonly busy = new Map<string, RowAction>();
  /** The inline error of an entry's last failed action, by id. */
  readonly errors = new Map<string, string>();
  private readonly keys = new Map<string, string>();

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

  private async complete(entry: Transaction): Promise<void> {
    const store = this.env.store();
    const m = this.env.messages();
    if (!store || !entry.topUpId) return;
    const topUpId = entry.topUpId;
    const idempotencyKey = this.keys.get(entry.id) ?? randomKey();
    this.keys.set(entry.id, idempotencyKey);
    try {
      const topUp = await store.completeTopUp(topUpId, {}, idempotencyKey);
      this.keys.delete(entry.id);
      if (topUp.status === 'completed') this.env.announce(m.completedNotice);
      else if (topUp.status === 'failed') this.fail(entry, topUp.failureCode ?? 'payment_declined');
      else this.fail(entry, null, m.stillPending);
    } catch (error) {
      const failure = toCreditsError(error);
      // Only a lost answer may be retried with the same key; any other outcome is final.
      if (!failure.retryable) this.keys.delete(entry.id);
      this.fail(entry, failure.code);
    }
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
