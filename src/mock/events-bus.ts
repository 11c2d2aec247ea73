/** Per-account fan-out of server events to open SSE streams and in-page listeners. */
import type { ServerEvent } from '../core/schemas/events.js';

type Listener = (event: ServerEvent) => void;

export class EventBus {
  private readonly listeners = new Map<string, Set<Listener>>();

  subscribe(accountId: string, listener: Listener): () => void {
    let set = this.listeners.get(accountId);
    if (!set) this.listeners.set(accountId, (set = new Set()));
    set.add(listener);
    return () => set.delete(listener);
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
}
