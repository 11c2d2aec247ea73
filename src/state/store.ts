/**
 * The state one provider shares with every element under it, and the only way
 * elements reach data. Reads are shared resources (`account`, `packages`,
 * `billingDetails`, `autoTopUp`, `requests`, `history(filters)`,
 * `payability(item)`): fetched once however many elements show them. Writes go
 * through the store's write methods (or `mutate`), which set what the answer
 * tells and invalidate what it changed, here, in other tabs of the same account
 * (BroadcastChannel) and, through live events, on other devices.
 *
 * The store is active while an element listens: only then does it hold the live
 * event stream and the cross-tab channel open. Topics (`on()`) tell elements what
 * changed and whether the change came from elsewhere, for announcements.
 */
import { CreditsError, toCreditsError } from '../adapter/errors.js';
import type { CreditsAdapter, LiveEvent, ReadOptions } from '../adapter/types.js';
import type {
  Account,
  AutoTopUpSettings,
  AutoTopUpState,
  BillingDetails,
  BillingDetailsInput,
  CompleteTopUpRequest,
  CreateCreditRequest,
  CreditRequest,
  ItemRef,
  PackageList,
  Payability,
  Payment,
  Quote,
  QuoteRequest,
  ServerEvent,
  StartTopUpRequest,
  TopUp,
  TransactionPage,
  TransactionQuery,
  CreditBlockView,
  UsageSummary,
  UsageSummaryQuery,
} from '../core/schemas/index.js';
import { hashKey } from '../util/keys.js';
import type { HistoryFilters } from './history-list.js';
import { HistoryResource } from './history-resource.js';
import { Resource, type ResourceOwner, type ResourceStatus } from './resource.js';

export type LoadStatus = ResourceStatus;

/** What changed, so elements can say so (live regions) and resources refetch. */
export type Topic =
  'account' | 'transactions' | 'requests' | 'billing' | 'auto-top-up' | 'payability' | 'top-ups' | 'notice';

export interface TopicDetail {
  topic: Topic;
  /** The server event behind the change, when there is one. */
  event?: ServerEvent;
  /** True when the change came from another tab or the server, not this page. */
  remote: boolean;
}

export interface AdapterOptions {
  /**
   * Share changes with other tabs of the same account: the scope (e.g. the API
   * URL) that, with the account id, names the channel. Omit for backends that
   * live in the tab (the in-page mock).
   */
  tabScope?: string;
}

/** The account refuses a snapshot older than the one it shows (a slow answer never rolls back). */
class AccountResource extends Resource<Account> {
  protected override isNewer(next: Account, current: Account): boolean {
    return Date.parse(next.updatedAt) >= Date.parse(current.updatedAt);
  }
}

const WRITE_TOPICS = {
  topUp: ['account', 'transactions', 'top-ups', 'payability', 'auto-top-up'],
  payment: ['account', 'transactions', 'payability', 'auto-top-up'],
  request: ['requests'],
  billing: ['billing', 'account'],
  autoTopUp: ['auto-top-up', 'account'],
} satisfies Record<string, Topic[]>;

export class CreditStore extends EventTarget implements ResourceOwner {
  adapter: CreditsAdapter | null = null;
  /** Locale override from the provider's `locale` attribute. */
  locale: string | null = null;

  readonly accountResource = new AccountResource(this, (a, signal) => a.getAccount({ signal }));
  readonly packages = new Resource<PackageList>(this, (a, signal) => a.listPackages({ signal }));
  readonly billingDetails = new Resource<BillingDetails | null>(this, (a, signal) => a.getBillingDetails({ signal }));
  readonly autoTopUp = new Resource<AutoTopUpState>(this, (a, signal) => a.getAutoTopUp({ signal }));
  readonly requests = new Resource<CreditRequest[]>(this, (a, signal) => a.listCreditRequests({ signal }));
  private readonly histories = new Map<string, HistoryResource>();
  private readonly payabilities = new Map<string, Resource<Payability>>();
  private readonly usageSummaries = new Map<string, Resource<UsageSummary>>();
  /** Each grant or purchase with what is left (`<credit-usage>`); refetched when the ledger changes. */
  readonly creditBlocks = new Resource<CreditBlockView[]>(this, (a, signal) =>
    a.listCreditBlocks ? a.listCreditBlocks({ signal }) : Promise.reject(notImplemented('credit blocks')),
  );

  private listeners = 0;
  private stopLive: (() => void) | undefined;
  private tabScope: string | undefined;
  private channel: BroadcastChannel | undefined;
  private channelName: string | undefined;

  /** The account, once loaded. */
  get account(): Account | undefined {
    return this.accountResource.value;
  }

  /** The account's load status (what every element shows first). */
  get status(): LoadStatus {
    return this.accountResource.status;
  }

  /** The account's last load error. */
  get error(): CreditsError | undefined {
    return this.accountResource.error;
  }

  /** Replaces the backend (provider configuration changed): state starts over. */
  setAdapter(adapter: CreditsAdapter | null, options: AdapterOptions = {}): void {
    this.stopLiveUpdates();
    this.adapter = adapter;
    this.tabScope = options.tabScope;
    for (const resource of this.resources()) resource.reset();
    this.changed();
    if (!this.active) return;
    this.startLiveUpdates();
    for (const resource of this.resources()) if (resource.inUse) void resource.load();
    void this.load();
  }

  private get active(): boolean {
    return this.listeners > 0;
  }

  /**
   * Subscribe to state changes (any resource, locale); returns an unsubscribe. The
   * live stream and the cross-tab channel stay open while someone listens.
   */
  subscribe(listener: () => void): () => void {
    this.addEventListener('change', listener);
    this.listeners++;
    if (this.listeners === 1) this.startLiveUpdates();
    let done = false;
    return () => {
      if (done) return;
      done = true;
      this.removeEventListener('change', listener);
      this.listeners--;
      if (this.listeners === 0) this.stopLiveUpdates();
    };
  }

  /** Listen to one topic (`transactions`, `requests`, …); returns an unsubscribe. */
  on(topic: Topic, listener: (detail: TopicDetail) => void): () => void {
    const handler = (event: Event) => listener((event as CustomEvent<TopicDetail>).detail);
    this.addEventListener(`topic:${topic}`, handler);
    return () => this.removeEventListener(`topic:${topic}`, handler);
  }

  /** Loads the account unless it is there; concurrent callers share the request. Never rejects. */
  load(): Promise<void> {
    return this.accountResource.load();
  }

  /** Reloads the account (retry, or after a change elsewhere). */
  refresh(): Promise<void> {
    return this.accountResource.refresh();
  }

  /** Applies an account snapshot unless it is older than the one shown. */
  setAccount(account: Account): void {
    this.accountResource.offer(account);
  }

  /** One filtered view of the history (shared by every element showing the same view). */
  history(filters: HistoryFilters, pageSize: number): HistoryResource {
    const key = HistoryResource.key(filters, pageSize);
    let resource = this.histories.get(key);
    if (!resource) this.histories.set(key, (resource = new HistoryResource(this, filters, pageSize)));
    return resource;
  }

  /** Whether an item can be paid with credits, and its price (shared per item). */
  payability(item: ItemRef): Resource<Payability> {
    const key = `${item.itemType}:${item.itemId}`;
    let resource = this.payabilities.get(key);
    if (!resource)
      this.payabilities.set(
        key,
        (resource = new Resource<Payability>(this, (a, signal) => a.getPayability(item, { signal }))),
      );
    return resource;
  }

  /** Spend over a range, by kind or member (shared per query); refetched when the ledger changes. */
  usageSummary(query: UsageSummaryQuery): Resource<UsageSummary> {
    const key = `${query.from}|${query.to}|${query.interval ?? 'day'}|${query.groupBy ?? 'kind'}`;
    let resource = this.usageSummaries.get(key);
    if (!resource)
      this.usageSummaries.set(
        key,
        (resource = new Resource<UsageSummary>(this, (a, signal) =>
          a.getUsageSummary ? a.getUsageSummary(query, { signal }) : Promise.reject(notImplemented('usage summaries')),
        )),
      );
    return resource;
  }

  // Reads that are not shared state: each caller asks its own question.

  /** The backend's quote for a top-up or purchase (callers debounce and drop stale answers). */
  quote(request: QuoteRequest, options?: ReadOptions): Promise<Quote> {
    return this.requireAdapter().getQuote(request, options);
  }

  /** A top-up's current state (return from a hosted payment page). */
  topUp(id: string, options?: ReadOptions): Promise<TopUp> {
    return this.requireAdapter().getTopUp(id, options);
  }

  /** One page of the history, outside any shared view (CSV export). */
  transactionsPage(query: TransactionQuery, options?: ReadOptions): Promise<TransactionPage> {
    return this.requireAdapter().listTransactions(query, options);
  }

  invoicePdf(invoiceId: string, options?: ReadOptions): Promise<Blob> {
    return this.requireAdapter().getInvoicePdf(invoiceId, options);
  }

  billingPortalUrl(options?: ReadOptions): Promise<string> {
    return this.requireAdapter().getBillingPortalUrl(options);
  }

  // Writes: each sets what its answer tells and invalidates what it changed.

  /** Saves billing details; every element shows the stored details at once (no refetch). */
  saveBillingDetails(details: BillingDetailsInput, idempotencyKey: string): Promise<BillingDetails> {
    return this.write((a) => a.saveBillingDetails(details, { idempotencyKey }), WRITE_TOPICS.billing, {
      billing: (saved) => this.billingDetails.set(saved),
    });
  }

  /** Saves auto top-up settings; every element shows the saved settings at once (no refetch). */
  saveAutoTopUp(settings: AutoTopUpSettings, idempotencyKey: string): Promise<AutoTopUpState> {
    return this.write((a) => a.saveAutoTopUp(settings, { idempotencyKey }), WRITE_TOPICS.autoTopUp, {
      'auto-top-up': (saved) => this.autoTopUp.set(saved),
    });
  }

  startTopUp(request: StartTopUpRequest, idempotencyKey: string): Promise<TopUp> {
    return this.mutate((a) => a.startTopUp(request, { idempotencyKey }), WRITE_TOPICS.topUp);
  }

  completeTopUp(id: string, request: CompleteTopUpRequest, idempotencyKey: string): Promise<TopUp> {
    return this.mutate((a) => a.completeTopUp(id, request, { idempotencyKey }), WRITE_TOPICS.topUp);
  }

  createCreditRequest(request: CreateCreditRequest, idempotencyKey: string): Promise<CreditRequest> {
    return this.mutate((a) => a.createCreditRequest(request, { idempotencyKey }), WRITE_TOPICS.request);
  }

  payWithCredits(item: ItemRef, idempotencyKey: string): Promise<Payment> {
    return this.mutate((a) => a.payWithCredits(item, { idempotencyKey }), WRITE_TOPICS.payment);
  }

  /**
   * Runs any write against the adapter; afterwards invalidates `topics` here (the
   * account is refreshed before this resolves) and in other tabs, and announces
   * them. Errors are `CreditsError`s.
   */
  mutate<T>(run: (adapter: CreditsAdapter) => Promise<T>, topics: Topic[] = ['account', 'transactions']): Promise<T> {
    return this.write(run, topics, {});
  }

  /** `mutate`, where the answer itself is the new state of some topics (set, not refetched). */
  private async write<T>(
    run: (adapter: CreditsAdapter) => Promise<T>,
    topics: Topic[],
    answered: Partial<Record<Topic, (result: T) => void>>,
  ): Promise<T> {
    const adapter = this.requireAdapter();
    let result: T;
    try {
      result = await run(adapter);
    } catch (error) {
      throw toCreditsError(error);
    }
    for (const apply of Object.values(answered)) apply(result);
    this.invalidate(topics.filter((topic) => !answered[topic]));
    if (topics.includes('account')) await this.accountResource.load();
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

  /** Something changed: every element re-renders from the shared state. */
  changed(): void {
    this.openChannelForAccount();
    this.dispatchEvent(new Event('change'));
  }

  /** Marks what `topics` cover as changed: refetched now where shown, on next use elsewhere. */
  private invalidate(topics: Topic[]): void {
    for (const topic of topics) for (const resource of this.resourcesFor(topic)) resource.invalidate();
    // Whoever listens to the store shows the account (it carries the balance).
    if (topics.includes('account') && this.active && !this.accountResource.inUse) void this.accountResource.refresh();
    this.dropUnused();
  }

  private resourcesFor(topic: Topic): Resource<unknown>[] {
    switch (topic) {
      case 'account':
        return [this.accountResource];
      case 'transactions':
        return [...this.histories.values(), ...this.usageSummaries.values(), this.creditBlocks];
      case 'requests':
        return [this.requests];
      case 'billing':
        return [this.billingDetails];
      case 'auto-top-up':
        return [this.autoTopUp];
      case 'payability':
        return [...this.payabilities.values()];
      default:
        return [];
    }
  }

  private resources(): Resource<unknown>[] {
    return [
      this.accountResource,
      this.packages,
      this.billingDetails,
      this.autoTopUp,
      this.requests,
      ...this.histories.values(),
      ...this.payabilities.values(),
      ...this.usageSummaries.values(),
      this.creditBlocks,
    ];
  }

  /** Keyed views nobody shows are dropped (a large history list is not kept for nothing). */
  private dropUnused(): void {
    for (const [key, resource] of this.histories) if (!resource.inUse) this.histories.delete(key);
    for (const [key, resource] of this.payabilities) if (!resource.inUse) this.payabilities.delete(key);
    for (const [key, resource] of this.usageSummaries) if (!resource.inUse) this.usageSummaries.delete(key);
  }

  private startLiveUpdates(): void {
    if (!this.adapter || this.stopLive) return;
    const adapter = this.adapter;
    this.stopLive = adapter.subscribe((event) => {
      if (this.adapter === adapter) this.onLiveEvent(event);
    });
    this.openChannelForAccount();
  }

  private stopLiveUpdates(): void {
    this.stopLive?.();
    this.stopLive = undefined;
    this.channel?.close();
    this.channel = undefined;
    this.channelName = undefined;
  }

  /**
   * Other tabs of the same account hear our writes: the channel is named by the
   * backend scope and the account id (hashed: a name must not carry secrets), so it
   * opens once the account is known, for any adapter that is not tab-local.
   */
  private openChannelForAccount(): void {
    const account = this.account;
    if (!this.active || this.tabScope === undefined || !account || typeof BroadcastChannel === 'undefined') return;
    const name = `creditkit:${hashKey(`${this.tabScope}|${account.id}`)}`;
    if (name === this.channelName) return;
    this.channel?.close();
    this.channelName = name;
    this.channel = new BroadcastChannel(name);
    this.channel.onmessage = (message: MessageEvent<{ topics: Topic[] }>) => this.onRemoteChange(message.data.topics);
  }

  private onRemoteChange(topics: Topic[]): void {
    this.invalidate(topics.includes('account') ? topics : [...topics, 'account']);
    this.announce(topics, true);
  }

  private onLiveEvent(event: LiveEvent): void {
    switch (event.type) {
      case 'account':
        this.setAccount(event.account);
        this.invalidate(['payability']);
        this.announce(['account', 'payability'], true, event);
        break;
      case 'transaction':
        for (const history of this.histories.values()) history.upsert(event.transaction);
        // Usage summaries and credit blocks are sums over the ledger: a new or settled
        // entry (usage the host's server recorded, a captured hold) changes them.
        for (const sums of [...this.usageSummaries.values(), this.creditBlocks]) sums.invalidate();
        this.dropUnused();
        this.announce(['transactions'], true, event);
        break;
      case 'credit_request':
        this.invalidate(['requests']);
        this.announce(['requests'], true, event);
        break;
      case 'top_up':
        this.invalidate(['transactions']);
        this.announce(['top-ups', 'transactions'], true, event);
        break;
      case 'auto_top_up_failed':
        this.invalidate(['auto-top-up']);
        this.announce(['notice', 'auto-top-up'], true, event);
        break;
      case 'resync': {
        const all: Topic[] = ['account', 'transactions', 'requests', 'billing', 'auto-top-up', 'payability'];
        this.invalidate(all);
        this.packages.invalidate();
        this.announce(all, true);
        break;
      }
    }
  }
}

/** A host adapter without an optional operation: the element shows a clear message, never a crash. */
function notImplemented(what: string): CreditsError {
  return new CreditsError('not_implemented', `This backend does not provide ${what}.`);
}
