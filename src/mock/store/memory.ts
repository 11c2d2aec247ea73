/** In-memory `MockStorage`: a per-account promise chain serialises mutations. */
import type { AccountRecord, MockStorage } from './types.js';

export class MemoryStorage implements MockStorage {
  private readonly byId = new Map<string, AccountRecord>();
  private readonly byToken = new Map<string, AccountRecord>();
  private readonly locks = new Map<string, Promise<unknown>>();
  private readonly counters = new Map<string, number>();

  constructor(accounts: AccountRecord[] = []) {
    for (const account of accounts) this.put(account);
  }

  put(account: AccountRecord): void {
    this.byId.set(account.id, account);
    this.byToken.set(account.token, account);
  }

  accountByToken(token: string): AccountRecord | undefined {
    return this.byToken.get(token);
  }

  account(id: string): AccountRecord | undefined {
    return this.byId.get(id);
  }

  accounts(): AccountRecord[] {
    return [...this.byId.values()];
  }

  withAccount<T>(id: string, fn: (account: AccountRecord) => Promise<T> | T): Promise<T> {
    const account = this.byId.get(id);
    if (!account) return Promise.reject(new Error(`unknown account ${id}`));
    const previous = this.locks.get(id) ?? Promise.resolve();
    const run = previous.then(() => fn(account));
    // The chain continues whether this call succeeds or fails.
    const settled = run.then(
      () => undefined,
      () => undefined,
    );
    this.locks.set(id, settled);
    return run;
  }

  nextNumber(series: string): number {
    const next = (this.counters.get(series) ?? 0) + 1;
    this.counters.set(series, next);
    return next;
  }
}
