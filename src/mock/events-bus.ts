/**
 * Per-account fan-out of server events to open SSE streams and in-page listeners.
 * Storage tells it what each committed transaction changed (ids only; on
 * PostgreSQL also what other server processes committed); the bus builds the
 * events from the stored state, and only for accounts that have a listener, so a
 * write nobody watches costs nothing here.
 */
import type { ServerEvent } from '../core/schemas/events.js';
import { accountView } from './ledger-ops.js';
import type { ChangeNotice, Storage } from './store/types.js';

type Listener = (event: ServerEvent) => void;

export class EventBus {
  private readonly listeners = new Map<string, Set<Listener>>();

  constructor(
    private readonly storage: Storage,
    private readonly now: () => number,
  ) {
    storage.onChange((notice) => this.deliver(notice));
  }

  subscribe(accountId: string, listener: Listener): () => void {
    let set = this.listeners.get(accountId);
    if (!set) this.listeners.set(accountId, (set = new Set()));
    set.add(listener);
    return () => {
      set.delete(listener);
      if (set.size === 0 && this.listeners.get(accountId) === set) this.listeners.delete(accountId);
    };
  }

  /** Whether anyone listens to this account (events are built only then). */
  watched(accountId: string): boolean {
    return (this.listeners.get(accountId)?.size ?? 0) > 0;
  }

  publish(accountId: string, event: ServerEvent): void {
    for (const listener of this.listeners.get(accountId) ?? []) {
      try {
        listener(event);
      } catch {
        // One broken stream must not stop the others.
      }
    }
  }

  /** Builds and sends the events of a committed change: requests, top-ups, entries, notices, then the account. */
  private async deliver(notice: ChangeNotice): Promise<void> {
    if (!this.watched(notice.accountId)) return;
    let events: ServerEvent[];
    try {
      events = await this.storage.read(notice.accountId, async (tx) => {
        const out: ServerEvent[] = [];
        for (const id of notice.requests) {
          const request = await tx.request(id);
          if (request) out.push({ type: 'credit_request', request });
        }
        for (const id of notice.topUps) {
          const stored = await tx.topUp(id);
          if (stored) out.push({ type: 'top_up', topUp: stored.topUp });
        }
        for (const id of notice.entries) {
          const transaction = await tx.entry(id);
          if (transaction) out.push({ type: 'transaction', transaction });
        }
        for (const message of notice.notices) out.push({ type: 'auto_top_up_failed', message });
        out.push({ type: 'account', account: await accountView(tx, this.now()) });
        return out;
      });
    } catch (error) {
      console.error('[creditkit server] could not build live events', error);
      return;
    }
    for (const event of events) this.publish(notice.accountId, event);
  }
}
