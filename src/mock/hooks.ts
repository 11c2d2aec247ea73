/**
 * Rules other domains run after ledger changes, so a rule like auto top-up sees
 * every debit (payments, usage, refunds, expiry) without those modules knowing it.
 * The server is constructed with its rules (`MockServerCore.afterDebit`); call
 * `runAfterDebit` inside the account's transaction after any completed Out entry,
 * and after a top-up completes (so a rule waiting on its own purchase sees it settle).
 */
import type { MockServerCore } from './server.js';
import type { AccountTx } from './store/types.js';

export type AfterDebit = (server: MockServerCore, tx: AccountTx) => Promise<void>;

export async function runAfterDebit(server: MockServerCore, tx: AccountTx): Promise<void> {
  for (const rule of server.afterDebit) await rule(server, tx);
}
