/**
 * Hooks other domains run after ledger changes, so a rule like auto top-up sees
 * every debit (payments, usage, refunds, expiry) without those modules knowing it.
 * Call `runAfterDebit` inside the account lock after any completed Out entry.
 */
import type { MockServerCore } from './server.js';
import type { AccountRecord } from './store/types.js';

type AfterDebit = (server: MockServerCore, account: AccountRecord) => void | Promise<void>;

const afterDebit: AfterDebit[] = [];

export function onAfterDebit(hook: AfterDebit): void {
  if (!afterDebit.includes(hook)) afterDebit.push(hook);
}

export async function runAfterDebit(server: MockServerCore, account: AccountRecord): Promise<void> {
  for (const hook of afterDebit) await hook(server, account);
}
