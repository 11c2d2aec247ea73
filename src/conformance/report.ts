/** The suite's text output: one line per check, the failure's request and reason beneath, a summary line. */
import type { CheckResult, ConformanceReport } from './types.js';

const LABEL = { pass: 'PASS', fail: 'FAIL', skip: 'SKIP' } as const;

/** `PASS idempotency.replay  The same key…`, with the request, response and reason of a failure indented below. */
export function formatResult(result: CheckResult): string {
  const lines = [`${LABEL[result.status]} ${result.id.padEnd(40)} ${result.title}`];
  if (result.status === 'skip' && result.reason) lines.push(`     skipped: ${result.reason}`);
  if (result.status === 'fail') {
    if (result.request) lines.push(`     request:  ${result.request}`);
    if (result.response) lines.push(`     response: ${result.response}`);
    lines.push(`     reason:   ${result.reason ?? 'unknown'}`);
  }
  return lines.join('\n');
}

/** `41 passed, 3 failed, 6 skipped` */
export function summaryLine(report: Pick<ConformanceReport, 'passed' | 'failed' | 'skipped'>): string {
  return `${report.passed} passed, ${report.failed} failed, ${report.skipped} skipped`;
}

/** The whole report as the CLI prints it. */
export function formatReport(report: ConformanceReport): string {
  const lines: string[] = [];
  let group = '';
  for (const result of report.checks) {
    if (result.group !== group) {
      group = result.group;
      lines.push('', group);
    }
    lines.push(formatResult(result));
  }
  lines.push('', footer(report), summaryLine(report));
  return lines.join('\n');
}

/** What the run wrote and where the balance ended. */
export function footer(report: ConformanceReport): string {
  const balance = report.balance
    ? `account ${report.account?.id} balance ${report.balance.before} before, ${report.balance.after} after`
    : 'account A could not be read';
  return `${report.writes.length} writes (listed in the JSON report); ${balance}; ${(report.durationMs / 1000).toFixed(1)} s`;
}
