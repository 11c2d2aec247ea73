/**
 * Connects an element to its provider's store: through @lit/context when a
 * provider is an ancestor (also one that upgrades later), otherwise the page's
 * first provider (and none when that provider leaves). Re-renders the host on
 * every store change and shows the account (every element needs it).
 */
import { ContextConsumer, ContextRoot } from '@lit/context';
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { creditStoreContext } from './context.js';
import { onProvidersChange, pageDefaultStore } from './page-providers.js';
import type { CreditStore, Topic, TopicDetail } from './store.js';

let contextRoot: ContextRoot | undefined;
/** One ContextRoot re-delivers context requests made before a provider upgraded. */
function ensureContextRoot(): void {
  if (contextRoot || typeof document === 'undefined') return;
  contextRoot = new ContextRoot();
  contextRoot.attach(document.documentElement);
}

export class StoreController implements ReactiveController {
  /** The store in use, once one is found. */
  store: CreditStore | undefined;
  private fromContext = false;
  private unsubscribeStore: (() => void) | undefined;
  private releaseAccount: (() => void) | undefined;
  private unsubscribeProviders: (() => void) | undefined;
  private topicUnsubscribers: (() => void)[] = [];
  private readonly topics = new Map<Topic, (detail: TopicDetail) => void>();

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    private readonly onStore?: (store: CreditStore) => void,
  ) {
    ensureContextRoot();
    new ContextConsumer(host, {
      context: creditStoreContext,
      subscribe: true,
      callback: (store) => {
        this.fromContext = true;
        this.use(store);
      },
    });
    host.addController(this);
  }

  /** Calls `listener` when `topic` changes (registered once, survives reconnects). */
  listen(topic: Topic, listener: (detail: TopicDetail) => void): void {
    this.topics.set(topic, listener);
    if (this.store) this.topicUnsubscribers.push(this.store.on(topic, listener));
  }

  hostConnected(): void {
    // The ContextConsumer answers synchronously when an ancestor provider exists;
    // its own hostConnected runs before ours because it was added first.
    if (!this.fromContext) {
      this.useDefault();
      this.unsubscribeProviders = onProvidersChange(() => {
        if (!this.fromContext) this.useDefault();
      });
    } else if (this.store && !this.unsubscribeStore) {
      this.use(this.store);
    }
  }

  hostDisconnected(): void {
    this.detach();
    this.unsubscribeProviders?.();
    this.unsubscribeProviders = undefined;
    this.fromContext = false;
  }

  private useDefault(): void {
    const store = pageDefaultStore();
    if (store) this.use(store);
    else if (this.store) {
      // The page's provider left: nothing to show until another one appears.
      this.detach();
      this.store = undefined;
      this.host.requestUpdate();
    }
  }

  private use(store: CreditStore): void {
    if (store === this.store && this.unsubscribeStore) return;
    this.detach();
    this.store = store;
    this.unsubscribeStore = store.subscribe(() => this.host.requestUpdate());
    this.releaseAccount = store.accountResource.use();
    this.topicUnsubscribers = [...this.topics].map(([topic, listener]) => store.on(topic, listener));
    this.onStore?.(store);
    this.host.requestUpdate();
  }

  private detach(): void {
    this.unsubscribeStore?.();
    this.unsubscribeStore = undefined;
    this.releaseAccount?.();
    this.releaseAccount = undefined;
    this.topicUnsubscribers.forEach((u) => u());
    this.topicUnsubscribers = [];
  }
}
