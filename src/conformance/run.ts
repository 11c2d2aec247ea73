/**
 * Runs the suite: checks the options (loopback unless told otherwise), reads the
 * account and the document once, runs the selected groups' checks one after the
 * other within the time budget, and returns the report.
 */
import { CheckFailure, CheckSkip, describeIssues, type Check, type Group } from './check.js';
import { operationFor } from './contract.js';
import { Client, describeRequest, describeResponse, type Exchange } from './http.js';
import { documentedOperations, openApiDocument, type DocumentState } from './openapi.js';
import { accountInfo, Suite, type Sweep } from './suite.js';
import { authGroup } from './groups/auth.js';
import { badInputGroup } from './groups/bad-input.js';
import { concurrencyGroup } from './groups/concurrency.js';
import { documentGroup } from './groups/document.js';
import { eventsGroup } from './groups/events.js';
import { idempotencyGroup } from './groups/idempotency.js';
import { isolationGroup } from './groups/isolation.js';
import { ledgerGroup } from './groups/ledger.js';
import { pricingGroup } from './groups/pricing.js';
import { problemsGroup } from './groups/problems.js';
import { schemasGroup, SWEEP_CHECK } from './groups/schemas.js';
import {
  ConformanceUsageError,
  GROUPS,
  type CheckResult,
  type ConformanceOptions,
  type ConformanceReport,
  type GroupName,
  type WriteRecord,
} from './types.js';

const ALL_GROUPS: Record<GroupName, Group> = {
  document: documentGroup,
  auth: authGroup,
  problems: problemsGroup,
  schemas: schemasGroup,
  idempotency: idempotencyGroup,
  concurrency: concurrencyGroup,
  ledger: ledgerGroup,
  isolation: isolationGroup,
  'bad-input': badInputGroup,
  events: eventsGroup,
  pricing: pricingGroup,
};

/** Every check, in run order: `[group, check]`. */
export function listChecks(): { id: string; group: GroupName; title: string }[] {
  return GROUPS.flatMap((name) =>
    ALL_GROUPS[name].checks.map((check) => ({ id: `${name}.${check.name}`, group: name, title: check.title })),
  );
}

/** A check may not run longer than this, whatever its requests do. */
const CHECK_LIMIT_MS = 120_000;

const NEEDS: Record<NonNullable<Check['needs']>[number], [keyof ConformanceOptions, string]> = {
  operator: ['operatorToken', 'needs --operator-token (it moves money and puts it back)'],
  accountB: ['accountBToken', 'needs --account-b-token (a second account)'],
  service: ['service', 'needs --service <id> (a service account A can buy with credits)'],
  invoice: ['invoice', 'needs --invoice <id> (an invoice the suite may pay)'],
};

/** localhost, *.localhost, 127.0.0.0/8 and ::1. */
export function isLoopback(url: URL): boolean {
  const host = url.hostname.replace(/^\[|\]$/g, '').toLowerCase();
  return host === 'localhost' || host.endsWith('.localhost') || /^127(\.\d{1,3}){3}$/.test(host) || host === '::1';
}

function checkOptions(options: ConformanceOptions): URL {
  let url: URL;
  try {
    url = new URL(options.api);
  } catch {
    throw new ConformanceUsageError(`--api must be an absolute URL (got "${options.api}")`);
  }
  if (!/^https?:$/.test(url.protocol)) throw new ConformanceUsageError('--api must be an http or https URL');
  if (!options.token) throw new ConformanceUsageError('--token is required (a customer token of a test account)');
  for (const group of options.only ?? [])
    if (!GROUPS.includes(group))
      throw new ConformanceUsageError(`unknown group "${group}"; groups: ${GROUPS.join(', ')}`);
  if (!isLoopback(url) && !options.allowRemote)
    throw new ConformanceUsageError(
      `${url.host} is not a loopback address. The suite writes to the account (small amounts, put back); ` +
        'run it against a test backend and confirm with --yes-i-mean-it.',
    );
  return url;
}

function randomId(): string {
  return Array.from(crypto.getRandomValues(new Uint8Array(4)), (b) => b.toString(16).padStart(2, '0')).join('');
}

/** Reads the document; paths written with the API's own base path (`/api/credits/account`) are taken below it. */
async function readDocument(client: Client, basePath: string): Promise<DocumentState | null> {
  const exchange = await client.get('/openapi.json');
  if ([404, 405, 501].includes(exchange.status)) return null;
  const parsed = openApiDocument.safeParse(exchange.json);
  if (exchange.status !== 200 || !parsed.success) {
    const issues =
      exchange.status !== 200
        ? `GET /openapi.json answered ${describeResponse(exchange)}`
        : exchange.json === undefined
          ? 'the body is not JSON'
          : describeIssues(parsed.error!.issues);
    return { exchange, parsed: null, operations: null, issues };
  }
  const operations = documentedOperations(parsed.data).map((op) =>
    basePath && op.path.startsWith(`${basePath}/`) ? { ...op, path: op.path.slice(basePath.length) } : op,
  );
  return { exchange, parsed: parsed.data, operations };
}

/**
 * Runs the conformance suite against a backend and returns the report. Throws
 * `ConformanceUsageError` for bad options (before any request is sent).
 *
 * @example
 * const report = await runConformance({ api: 'http://127.0.0.1:8787', token: 'demo-usage-billing' });
 * if (!report.ok) process.exitCode = 1;
 */
export async function runConformance(options: ConformanceOptions): Promise<ConformanceReport> {
  const url = checkOptions(options);
  const started = Date.now();
  const deadline = started + (options.budgetMs ?? 300_000);
  const results: CheckResult[] = [];
  const writes: WriteRecord[] = [];
  let current = 'setup';
  const sweep: Sweep = { checked: 0, violations: [] };

  const observe = (exchange: Exchange) => {
    const ok = exchange.status >= 200 && exchange.status < 300;
    if (ok && exchange.method !== 'GET')
      writes.push({
        method: exchange.method,
        path: exchange.path.split('?')[0]!,
        status: exchange.status,
        check: current,
      });
    const op = operationFor(exchange.method, exchange.path);
    if (!ok || !op?.schema || exchange.response) return;
    sweep.checked++;
    const parsed = op.schema.safeParse(exchange.json);
    if (!parsed.success && sweep.violations.length < 50)
      sweep.violations.push({
        exchange,
        check: current,
        issues: exchange.json === undefined ? 'not JSON' : describeIssues(parsed.error.issues),
      });
  };
  const client = new Client(
    {
      base: url.href.replace(/\/+$/, ''),
      fetch: options.fetch ?? ((input, init) => fetch(input, init)),
      timeoutMs: options.requestTimeoutMs ?? 10_000,
      observe,
    },
    options.token,
  );

  const selected = GROUPS.filter((g) => !options.only || options.only.includes(g)).map((g) => ALL_GROUPS[g]);
  const report = (account: ConformanceReport['account'], balance: ConformanceReport['balance']): ConformanceReport => {
    const count = (status: CheckResult['status']) => results.filter((r) => r.status === status).length;
    return {
      api: url.href,
      startedAt: new Date(started).toISOString(),
      durationMs: Date.now() - started,
      account,
      balance,
      passed: count('pass'),
      failed: count('fail'),
      skipped: count('skip'),
      ok: count('fail') === 0,
      checks: results,
      writes,
    };
  };
  const record = (result: CheckResult) => {
    results.push(result);
    options.onResult?.(result);
  };

  // Setup: everything builds on reading account A.
  const accountExchange = await client.get('/account');
  const account = accountInfo.safeParse(accountExchange.json);
  if (accountExchange.status !== 200 || !account.success) {
    const reason =
      accountExchange.status === 200
        ? `the account lacks fields every check needs: ${describeIssues(account.error!.issues)}`
        : `GET /account with --token answered ${describeResponse(accountExchange)}`;
    record({
      id: 'setup.account',
      group: selected[0]?.name ?? 'document',
      title: 'Account A can be read with --token',
      status: 'fail',
      reason,
      request: describeRequest(accountExchange),
      response: describeResponse(accountExchange),
      durationMs: 0,
    });
    return report(null, null);
  }
  const document = await readDocument(client, url.pathname.replace(/\/+$/, ''));
  const suite = new Suite(options, client, document, account.data, randomId(), deadline, sweep);

  const runCheck = async (group: Group, check: Check) => {
    const id = `${group.name}.${check.name}`;
    const base = { id, group: group.name, title: check.title };
    const missing = (check.needs ?? []).find((need) => !options[NEEDS[need][0]]);
    if (missing) return record({ ...base, status: 'skip', reason: NEEDS[missing][1], durationMs: 0 });
    if (Date.now() > deadline)
      return record({ ...base, status: 'skip', reason: 'the run’s time budget ran out', durationMs: 0 });
    current = suite.current = id;
    const start = Date.now();
    let timer: ReturnType<typeof setTimeout> | undefined;
    try {
      await Promise.race([
        check.run(suite),
        new Promise((_, reject) => {
          timer = setTimeout(
            () => reject(new CheckFailure(`took longer than ${CHECK_LIMIT_MS / 1000} s`)),
            CHECK_LIMIT_MS,
          );
        }),
      ]);
      record({ ...base, status: 'pass', durationMs: Date.now() - start });
    } catch (error) {
      const durationMs = Date.now() - start;
      if (error instanceof CheckSkip) return record({ ...base, status: 'skip', reason: error.message, durationMs });
      const failure = error instanceof CheckFailure ? error : undefined;
      const exchange = failure?.exchange;
      record({
        ...base,
        status: 'fail',
        reason: failure ? failure.reason : `the check crashed: ${(error as Error).stack ?? String(error)}`,
        ...(exchange ? { request: describeRequest(exchange), response: describeResponse(exchange) } : {}),
        durationMs,
      });
    } finally {
      clearTimeout(timer);
    }
  };

  let sweepCheck: [Group, Check] | undefined;
  for (const group of selected) {
    for (const check of group.checks) {
      if (group === schemasGroup && check.name === SWEEP_CHECK) sweepCheck = [group, check];
      else await runCheck(group, check);
    }
  }
  if (sweepCheck) await runCheck(...sweepCheck);

  current = 'teardown';
  const after = await client.get('/account');
  const balanceAfter = accountInfo.safeParse(after.json);
  return report(
    { id: account.data.id, model: account.data.model, currency: account.data.currency },
    { before: account.data.balance, after: balanceAfter.success ? balanceAfter.data.balance : account.data.balance },
  );
}
