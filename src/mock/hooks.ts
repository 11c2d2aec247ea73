/**
 * Rules other domains run after ledger changes, so a rule like auto top-up sees
 * every debit (payments, usage, refunds, expiry) without those modules knowing it.
 * The server is constructed with its rules (`MockServerCore.afterDebit`); call
 * `runAfterDebit` inside the account lock after any completed Out entry.
 */
import type { MockServerCore } from './server.js';
import type { AccountRecord } from './store/types.js';

export type AfterDebit = (server: MockServerCore, account: AccountRecord) => void | Promise<void>;

export async function runAfterDebit(server: MockServerCore, account: AccountRecord): Promise<void> {
  for (const rule of server.afterDebit) await rule(server, account);
}
