/**
 * One piece of backend state the store shares with every element (the account,
 * packages, billing details, auto top-up settings, credit requests, a history
 * list, an item's payability): fetched once however many elements show it,
 * refetched when a write or a live event invalidates it, and set directly from a
 * write's answer. Answers follow the one staleness rule (`Latest`): an answer to
 * an older request, or one that started before a write, never overwrites a newer
 * state.
 *
 * Status: `idle` (nothing asked yet), `loading` (first fetch), `ready` (a value
 * is there, perhaps refreshing in the background: `pending`), `error` (no value
 * could be fetched; a background refresh that fails keeps the value and sets
 * `error`).
 */
import { toCreditsError, type CreditsError } from '../adapter/errors.js';
import type { CreditsAdapter } from '../adapter/types.js';
import { Latest, untilAborted, type Ticket } from './latest.js';

export type ResourceStatus = 'idle' | 'loading' | 'ready' | 'error';

/** What a resource needs from the store that owns it. */
export interface ResourceOwner {
  readonly adapter: CreditsAdapter | null;
  /** Tells every element that shared state changed. */
  changed(): void;
}

export type Fetcher<T> = (adapter: CreditsAdapter, signal: AbortSignal) => Promise<T>;

export class Resource<T> {
  status: ResourceStatus = 'idle';
  value: T | undefined;
  error: CreditsError | undefined;
  /** A fetch is running (the first one, or a refresh behind a shown value). */
  pending = false;

  private stale = true;
  private users = 0;
  private running: Promise<void> | undefined;
  private readonly latest = new Latest();

  constructor(
    protected readonly owner: ResourceOwner,
    private readonly fetcher: Fetcher<T>,
  ) {}

  /** Whether an element shows this resource (it is then refetched at once when invalidated). */
  get inUse(): boolean {
    return this.users > 0;
  }

  /** Fetches unless a fresh value is there; concurrent callers share one request. Never rejects. */
  load(): Promise<void> {
    if (this.status === 'ready' && !this.stale) return Promise.resolve();
    return this.running ?? this.fetch();
  }

  /** Fetches again now (retry, or a change elsewhere); the shown value stays until the answer. */
  refresh(): Promise<void> {
    return this.fetch();
  }

  /** The backend changed: refetch now if an element shows this, otherwise on the next `load()`. */
  invalidate(): void {
    this.stale = true;
    if (this.users > 0) void this.fetch();
  }

  /** A write answered with the new state: shown at once, and no read that started earlier can overwrite it. */
  set(value: T): void {
    this.latest.cancel();
    this.running = undefined;
    this.accept(value);
  }

  /**
   * A snapshot from a live event: shown unless older than the value shown
   * (`isNewer`). A fetch in flight still applies its answer if that is newer.
   */
  offer(value: T): void {
    this.accept(value);
    this.pending = this.running !== undefined;
  }

  /** The backend was replaced: everything known is forgotten (a running fetch is aborted). */
  reset(): void {
    this.latest.cancel();
    this.running = undefined;
    this.value = undefined;
    this.error = undefined;
    this.status = 'idle';
    this.pending = false;
    this.stale = true;
  }

  /** An element starts showing this resource (it is loaded now); call the returned function when it stops. */
  use(): () => void {
    this.users++;
    void this.load();
    let released = false;
    return () => {
      if (released) return;
      released = true;
      this.users--;
    };
  }

  /** Whether `next` may replace the current value (the account refuses older snapshots). */
  protected isNewer(_next: T, _current: T): boolean {
    return true;
  }

  /** Applies a value that passed the staleness rule. */
  protected accept(value: T): void {
    if (this.value !== undefined && this.status === 'ready' && !this.isNewer(value, this.value)) {
      this.pending = false;
      this.stale = false;
      this.owner.changed();
      return;
    }
    this.value = value;
    this.status = 'ready';
    this.error = undefined;
    this.pending = false;
    this.stale = false;
    this.owner.changed();
  }

  private fetch(): Promise<void> {
    const adapter = this.owner.adapter;
    if (!adapter) return Promise.resolve();
    const ticket = this.latest.begin();
    this.pending = true;
    if (this.status !== 'ready') this.status = 'loading';
    this.owner.changed();
    const run = this.attempt(adapter, ticket);
    this.running = run;
    void run.then(() => {
      if (this.running === run) this.running = undefined;
    });
    return run;
  }

  private async attempt(adapter: CreditsAdapter, ticket: Ticket): Promise<void> {
    try {
      const value = await untilAborted(this.fetcher(adapter, ticket.signal), ticket.signal);
      if (ticket.current) this.accept(value);
    } catch (error) {
      if (ticket.current) this.fail(toCreditsError(error));
    }
    // Superseded by a newer request: settle when that one does.
    if (!ticket.current) await this.running;
  }

  private fail(error: CreditsError): void {
    this.error = error;
    // A background refresh that fails keeps the value it had.
    if (this.status !== 'ready') this.status = 'error';
    this.pending = false;
    this.owner.changed();
  }
}
