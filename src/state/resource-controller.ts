/**
 * Shows one shared resource in an element: picks it from the element's store
 * (the pick may depend on the element's properties: an item id, filters), keeps
 * it in use while the element is connected, so the store loads it and refetches
 * it when it changes, and lets go of it when the pick changes or the element
 * leaves. The element re-renders through its store subscription.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { Resource } from './resource.js';
import type { CreditStore } from './store.js';

export class ResourceController<R extends Resource<unknown>> implements ReactiveController {
  /** The resource kept in use (the one `current` picked at the last update). */
  private resource: R | undefined;
  private release: (() => void) | undefined;
  private connected = false;

  constructor(
    host: ReactiveControllerHost,
    private readonly store: () => CreditStore | undefined,
    /** The resource to show, or undefined when there is nothing to show yet. */
    private readonly pick: (store: CreditStore) => R | undefined,
  ) {
    host.addController(this);
  }

  /** The resource to show now (also from `willUpdate`, which runs before controllers' `hostUpdate`). */
  get current(): R | undefined {
    const store = this.store();
    return store ? this.pick(store) : undefined;
  }

  hostConnected(): void {
    this.connected = true;
  }

  // Before each render: follow the store and the pick (like @lit/task's args check).
  hostUpdate(): void {
    if (!this.connected) return;
    const next = this.current;
    if (next === this.resource) return;
    this.release?.();
    this.resource = next;
    this.release = next?.use();
  }

  hostDisconnected(): void {
    this.connected = false;
    this.release?.();
    this.release = undefined;
    this.resource = undefined;
  }
}
