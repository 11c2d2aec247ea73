/**
 * The conformance suite as a library (`creditkit/conformance`): prove a backend
 * keeps the contract the widgets rely on, from a host's own CI.
 *
 * @example
 * import { runConformance, formatReport } from 'creditkit/conformance';
 * const report = await runConformance({
 *   api: 'http://127.0.0.1:8787',
 *   token: process.env.TEST_CUSTOMER_TOKEN!,
 *   operatorToken: process.env.TEST_OPERATOR_TOKEN,
 * });
 * console.log(formatReport(report));
 * if (!report.ok) process.exit(1);
 */
export { runConformance, listChecks, isLoopback } from './run.js';
export { formatReport, formatResult, summaryLine } from './report.js';
export {
  GROUPS,
  ConformanceUsageError,
  type CheckResult,
  type CheckStatus,
  type ConformanceOptions,
  type ConformanceReport,
  type GroupName,
  type WriteRecord,
} from './types.js';
