/** The reference server the conformance tests run against, and the two ways CI runs the suite on it. */
import { startNodeServer, type RunningNodeServer } from '../../src/mock/node-server.js';
import { DEFAULT_ADMIN_TOKEN } from '../../src/mock/server.js';
import type { ConformanceOptions, ConformanceReport } from '../../src/conformance/index.js';
import { KNOWN_SERVER_DEFECTS } from './known-defects.js';

export const OPERATOR = DEFAULT_ADMIN_TOKEN;

/** usage-billing: SPEC §4 pricing, no billing details yet (billing_details_required), account B beside it. */
export const USAGE_RUN = {
  token: 'demo-usage-billing',
  accountBToken: 'demo-usage-billing-2',
  operatorToken: OPERATOR,
} satisfies Omit<ConformanceOptions, 'api'>;

/** agency-credits: a service and an invoice payable with credits (payments, concurrency, already_paid). */
export const AGENCY_RUN = {
  token: 'demo-agency-credits',
  accountBToken: 'demo-usage-billing',
  operatorToken: OPERATOR,
  service: 'svc-logo',
  invoice: 'inv-2001',
} satisfies Omit<ConformanceOptions, 'api'>;

/** A fresh reference server on a free loopback port (optionally below a base path), reached through HTTP only. */
export function referenceServer(basePath?: string): Promise<RunningNodeServer> {
  return startNodeServer({ port: 0, host: '127.0.0.1', ...(basePath ? { basePath } : {}) });
}

/**
 * Buys a package on agency-credits with the simulated processor's test card, so
 * the history holds an invoice for `schemas.invoice-pdf` (test setup, not part of
 * the suite: a generic backend has no test card).
 */
export async function buyWithTestCard(api: string): Promise<void> {
  const headers = { authorization: `Bearer ${AGENCY_RUN.token}`, 'content-type': 'application/json' };
  const start = await fetch(`${api}/top-ups`, {
    method: 'POST',
    headers: { ...headers, 'idempotency-key': 'setup-buy' },
    body: JSON.stringify({ packageId: 'agency-100', method: 'card' }),
  });
  const { id } = (await start.json()) as { id: string };
  const done = await fetch(`${api}/top-ups/${id}/complete`, {
    method: 'POST',
    headers: { ...headers, 'idempotency-key': 'setup-pay' },
    body: JSON.stringify({ cardNumber: '4242424242424242' }),
  });
  if (((await done.json()) as { status: string }).status !== 'completed') throw new Error('setup purchase failed');
}

/** Failed checks that are not known reference-server defects. */
export function unexpectedFailures(report: ConformanceReport): string[] {
  return report.checks.filter((c) => c.status === 'fail' && !(c.id in KNOWN_SERVER_DEFECTS)).map((c) => c.id);
}

/** One line per failure, for assertion messages. */
export function explain(report: ConformanceReport, ids: string[]): string {
  return report.checks
    .filter((c) => ids.includes(c.id))
    .map((c) => `${c.id}: ${c.reason}\n    ${c.request ?? ''}\n    ${c.response ?? ''}`)
    .join('\n');
}
