/**
 * Public types of the conformance suite: what a host passes in and what it gets
 * back. Everything here is plain data, so a report serialises to JSON as it is.
 */

/** The groups of checks, in the order they run. */
export const GROUPS = [
  'document',
  'auth',
  'problems',
  'schemas',
  'idempotency',
  'concurrency',
  'ledger',
  'isolation',
  'bad-input',
  'events',
  'pricing',
] as const;
export type GroupName = (typeof GROUPS)[number];

export type CheckStatus = 'pass' | 'fail' | 'skip';

export interface ConformanceOptions {
  /** Base URL of the backend (where `/account` lives), e.g. `http://127.0.0.1:8787`. */
  api: string;
  /** A customer token (bearer) of a test account: account A. */
  token: string;
  /**
   * The operator token of the backend's admin API. Without it, checks that must
   * move money (and give it back) are skipped.
   */
  operatorToken?: string;
  /** A customer token of a second account: account B, for the isolation checks. */
  accountBToken?: string;
  /**
   * A service account A can buy with credits (`itemType=service`). Payment checks
   * need it (and the operator token, to give back what they spend).
   */
  service?: string;
  /**
   * An invoice of account A the suite may pay with A's credits once (checks that a
   * second payment answers `409 already_paid`). Opt-in: it ends up paid.
   */
  invoice?: string;
  /** Run only these groups (default: all). */
  only?: GroupName[];
  /** Required to run against a host that is not loopback (`--yes-i-mean-it`). */
  allowRemote?: boolean;
  /** Timeout of one request, in ms (default 10,000). */
  requestTimeoutMs?: number;
  /** The whole run stops starting checks after this many ms (default 300,000). */
  budgetMs?: number;
  /** Transport (tests, proxies); defaults to the global `fetch`. */
  fetch?: typeof fetch;
  /** Called as each check finishes (the CLI prints progress with it). */
  onResult?: (result: CheckResult) => void;
}

export interface CheckResult {
  /** `group.name`, e.g. `idempotency.replay`. */
  id: string;
  group: GroupName;
  /** What the check proves, in one line. */
  title: string;
  status: CheckStatus;
  /** Why it failed or was skipped. */
  reason?: string;
  /** The request that showed the failure, and what came back. */
  request?: string;
  response?: string;
  durationMs: number;
}

/** A write the suite made, so a host can see exactly what it did to the account. */
export interface WriteRecord {
  method: string;
  path: string;
  status: number;
  /** Which check made it. */
  check: string;
}

export interface ConformanceReport {
  api: string;
  startedAt: string;
  durationMs: number;
  /** Account A as the suite found it (null when it could not be read). */
  account: { id: string; model: string; currency: string } | null;
  /** Account A's balance before and after the run (with `--operator-token` the suite puts back what it moved). */
  balance: { before: number; after: number } | null;
  passed: number;
  failed: number;
  skipped: number;
  /** True when nothing failed. */
  ok: boolean;
  checks: CheckResult[];
  writes: WriteRecord[];
}

/** Bad options (no token, a non-loopback URL without `allowRemote`, unknown group). */
export class ConformanceUsageError extends Error {
  override name = 'ConformanceUsageError';
}
