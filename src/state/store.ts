/**
 * The account state one provider shares with every element under it. Elements
 * read `account`, `status` and `error`, run writes through `mutate()`, and listen
 * for topics. After any write the store refreshes the account and tells every
 * element on the page, other tabs (BroadcastChannel) and nobody twice.
 */
import type { CreditsAdapter } from '../adapter/types.js';
import { CreditsError, toCreditsError } from '../adapter/errors.js';
import type { Account } from '../core/schemas/account.js';
import type { ServerEvent } from '../core/schemas/events.js';

export type LoadStatus = 'idle' | 'loading' | 'ready' | 'error';

/** What changed, so elements reload only what they show. */
export type Topic =
  'account' | 'transactions' | 'requests' | 'billing' | 'auto-top-up' | 'payability' | 'top-ups' | 'notice';

export interface TopicDetail {
  topic: Topic;
  /** The server event behind the change, when there is one. */
  event?: ServerEvent;
  /** True when the change came from another tab or the server, not this page. */
  remote: boolean;
}

export class CreditStore extends EventTarget {
  adapter: CreditsAdapter | null = null;
  account: Account | undefined;
  status: LoadStatus = 'idle';
  error: CreditsError | undefined;
  /** Locale override from the provider's `locale` attribute. */
  locale: string | null = null;

  private loading: Promise<void> | undefined;
  private unsubscribe: (() => void) | undefined;
  private channel: BroadcastChannel | undefined;
  private generation = 0;

  /** Replaces the backend (provider configuration changed): state starts over. */
  setAdapter(adapter: CreditsAdapter | null, channelKey?: string): void {
    this.disconnect();
    this.generation++;
    this.adapter = adapter;
    this.account = undefined;
    this.error = undefined;
    this.status = 'idle';
    this.loading = undefined;
    if (adapter && channelKey && typeof BroadcastChannel !== 'undefined') {
      this.channel = new BroadcastChannel(`creditkit:${channelKey}`);
      this.channel.onmessage = (message: MessageEvent<{ topics: Topic[] }>) =>
        void this.onRemoteChange(message.data.topics);
    }
    this.changed();
    if (this.hasListeners) {
      void this.load();
      this.startLive();
    }
  }

  private listenerCount = 0;
  private get hasListeners(): boolean {
    return this.listenerCount > 0;
  }

  /** Subscribe to state changes (account, status, locale); returns an unsubscribe. */
  subscribe(listener: () => void): () => void {
    this.addEventListener('change', listener);
    this.listenerCount++;
    if (this.listenerCount === 1) this.startLive();
    return () => {
      this.removeEventListener('change', listener);
      this.listenerCount--;
    };
  }

  /** Listen to one topic (`transactions`, `requests`, …); returns an unsubscribe. */
  on(topic: Topic, listener: (detail: TopicDetail) => void): () => void {
    const handler = (event: Event) => listener((event as CustomEvent<TopicDetail>).detail);
    this.addEventListener(`topic:${topic}`, handler);
    return () => this.removeEventListener(`topic:${topic}`, handler);
  }

  /** Loads the account once; concurrent callers share the request. */
  load(): Promise<void> {
    if (this.status === 'ready' || !this.adapter) return Promise.resolve();
    return (this.loading ??= this.fetchAccount());
  }

  /** Reloads the account (retry, or after a change elsewhere). */
  refresh(): Promise<void> {
    this.loading = this.fetchAccount();
    return this.loading;
  }

  private async fetchAccount(): Promise<void> {
    const adapter = this.adapter;
    if (!adapter) return;
    const generation = this.generation;
    if (this.status !== 'ready') {
      this.status = 'loading';
      this.changed();
    }
    try {
      const account = await adapter.getAccount();
      if (generation !== this.generation) return;
      this.setAccount(account);
    } catch (error) {
      if (generation !== this.generation) return;
      this.error = toCreditsError(error);
      // Keep showing a known balance if a background refresh fails.
      if (!this.account) this.status = 'error';
      this.changed();
    } finally {
      if (generation === this.generation) this.loading = undefined;
    }
  }

  /** Applies a fresher account (newer `updatedAt` wins, so a slow response never rolls back). */
  setAccount(account: Account): void {
    if (this.account && Date.parse(account.updatedAt) < Date.parse(this.account.updatedAt)) return;
    this.account = account;
    this.status = 'ready';
    this.error = undefined;
    this.changed();
  }

  /**
   * Runs a write against the adapter; afterwards refreshes the account and
   * announces `topics` here and in other tabs. Errors are `CreditsError`s.
   */
  async mutate<T>(
    run: (adapter: CreditsAdapter) => Promise<T>,
    topics: Topic[] = ['account', 'transactions'],
  ): Promise<T> {
    const adapter = this.requireAdapter();
    let result: T;
    try {
      result = await run(adapter);
    } catch (error) {
      throw toCreditsError(error);
    }
    await this.refresh();
    this.announce(topics, false);
    this.channel?.postMessage({ topics });
    return result;
  }

  /** Announces changes without a write of ours (e.g. a pending payment settled). */
  announce(topics: Topic[], remote: boolean, event?: ServerEvent): void {
    for (const topic of topics) {
      this.dispatchEvent(
        new CustomEvent<TopicDetail>(`topic:${topic}`, { detail: { topic, remote, ...(event ? { event } : {}) } }),
      );
    }
  }

  requireAdapter(): CreditsAdapter {
    if (!this.adapter) throw new CreditsError('not_configured', 'No credits backend is configured.');
    return this.adapter;
  }

  setLocale(locale: string | null): void {
    if (locale === this.locale) return;
    this.locale = locale;
    this.changed();
  }

  private async onRemoteChange(topics: Topic[]): Promise<void> {
    await this.refresh();
    this.announce(topics, true);
  }

  private startLive(): void {
    if (!this.adapter || this.unsubscribe) return;
    const generation = this.generation;
    this.unsubscribe = this.adapter.subscribe((event) => {
      if (generation !== this.generation) return;
      this.onServerEvent(event);
    });
  }

  private onServerEvent(event: ServerEvent): void {
    switch (event.type) {
      case 'account':
        this.setAccount(event.account);
        this.announce(['account', 'payability'], true, event);
        break;
      case 'transaction':
        this.announce(['transactions'], true, event);
        break;
      case 'credit_request':
        this.announce(['requests'], true, event);
        break;
      case 'top_up':
        this.announce(['top-ups', 'transactions'], true, event);
        break;
      case 'auto_top_up_failed':
        this.announce(['notice', 'auto-top-up'], true, event);
        break;
    }
  }

  private changed(): void {
    this.dispatchEvent(new Event('change'));
  }

  private disconnect(): void {
    this.unsubscribe?.();
    this.unsubscribe = undefined;
    this.channel?.close();
    this.channel = undefined;
  }

  /** Stops live updates (provider removed from the page). */
  dispose(): void {
    this.disconnect();
    this.generation++;
  }

  /** Restarts live updates after `dispose` (provider moved in the DOM). */
  resume(): void {
    if (this.listenerCount > 0) this.startLive();
  }
}
