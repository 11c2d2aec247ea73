/**
 * Keeps an item's payability fresh: asks the backend when the item changes, when
 * the account changes (balance, credit payments toggled, anywhere on the page or
 * in another tab) and on the store's `payability` topic. Checks requested in one
 * task coalesce into one request; a newer request aborts the older one, so a stale
 * answer never wins.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { toCreditsError, type CreditsError } from '../../adapter/errors.js';
import type { ItemRef, Payability } from '../../core/schemas/index.js';
import type { CreditStore } from '../../state/store.js';

export class PayabilityController implements ReactiveController {
  value: Payability | undefined;
  error: CreditsError | undefined;
  checking = false;
  private controller: AbortController | undefined;
  private scheduled = false;
  private signature = '';
  private unsubscribe: (() => void)[] = [];
  private store: CreditStore | undefined;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly item: () => ItemRef | null,
  ) {
    host.addController(this);
  }

  hostDisconnected(): void {
    this.controller?.abort();
    this.detach();
  }

  /** Uses `store` (called whenever the host sees its store); re-listens when it changed. */
  attach(store: CreditStore | undefined): void {
    if (store === this.store) return;
    this.detach();
    this.store = store;
    if (!store) return;
    const recheck = () => this.request();
    this.unsubscribe = [store.on('payability', recheck), store.on('account', recheck)];
  }

  private detach(): void {
    this.unsubscribe.forEach((off) => off());
    this.unsubscribe = [];
    this.store = undefined;
  }

  /** Re-checks when what payability depends on changed since the last check. */
  sync(): void {
    const item = this.item();
    const account = this.store?.account;
    const signature =
      item && account
        ? `${item.itemType}|${item.itemId}|${account.balance}|${account.held}|${account.creditPaymentsEnabled}|${account.updatedAt}`
        : '';
    if (signature === this.signature) return;
    const itemChanged = !this.signature.startsWith(item ? `${item.itemType}|${item.itemId}|` : '-');
    this.signature = signature;
    if (itemChanged) {
      this.value = undefined;
      this.error = undefined;
    }
    if (signature) this.request();
  }

  /** Schedules a check (several requests in one task make one call). */
  request(): void {
    if (this.scheduled) return;
    this.scheduled = true;
    queueMicrotask(() => {
      this.scheduled = false;
      void this.check();
    });
  }

  private async check(): Promise<void> {
    const item = this.item();
    const adapter = this.store?.adapter;
    if (!item || !adapter || !this.store?.account) return;
    this.controller?.abort();
    const controller = (this.controller = new AbortController());
    this.checking = true;
    this.host.requestUpdate();
    try {
      const value = await adapter.getPayability(item, { signal: controller.signal });
      if (controller.signal.aborted) return;
      this.value = value;
      this.error = undefined;
    } catch (error) {
      if (controller.signal.aborted) return;
      this.error = toCreditsError(error);
    }
    this.checking = false;
    this.host.requestUpdate();
  }
}
