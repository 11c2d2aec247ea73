/**
 * Tells open event streams (and in-page listeners) what changed. Route modules
 * call these after a mutation, once the account lock has done its work, so every
 * element on every page of the account updates at once.
 */
import type { Transaction } from '../core/schemas/index.js';
import { accountView } from './ledger-ops.js';
import type { MockServerCore } from './server.js';
import type { AccountRecord } from './store/types.js';

/** Publishes the account as it stands now (balance, expiring credits, settings). */
export function publishAccount(server: MockServerCore, account: AccountRecord): void {
  server.events.publish(account.id, { type: 'account', account: accountView(account, server.clock.now()) });
}

/** Publishes one new or changed ledger entry. */
export function publishEntry(server: MockServerCore, account: AccountRecord, entry: Transaction): void {
  server.events.publish(account.id, { type: 'transaction', transaction: entry });
}

/** Publishes entries, then the account they changed: the usual pair after a write. */
export function publishChanges(server: MockServerCore, account: AccountRecord, entries: readonly Transaction[]): void {
  for (const entry of entries) publishEntry(server, account, entry);
  publishAccount(server, account);
}
