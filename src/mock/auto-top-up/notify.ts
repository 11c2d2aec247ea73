/**
 * Live notices of the auto top-up engine and the credit-request routes: the
 * account (publish.ts helpers) plus what only these modules publish, credit
 * requests and `auto_top_up_failed`.
 */
import type { CreditRequest, Transaction } from '../../core/schemas/index.js';
import { publishAccount, publishChanges } from '../publish.js';
import type { MockServerCore } from '../server.js';
import type { AccountRecord } from '../store/types.js';

/** A request changed (created, accepted, rejected), with any ledger entries it made. */
export function publishRequest(
  server: MockServerCore,
  account: AccountRecord,
  request: CreditRequest,
  entries: readonly Transaction[] = [],
): void {
  server.events.publish(account.id, { type: 'credit_request', request });
  publishChanges(server, account, entries);
}

/** An auto top-up failed or was skipped (cap): a visible notice on every page of the account. */
export function publishFailure(server: MockServerCore, account: AccountRecord, message: string): void {
  server.events.publish(account.id, { type: 'auto_top_up_failed', message });
  publishAccount(server, account);
}
