/**
 * `npx creditkit-conformance`: runs the conformance suite against a backend and
 * prints one line per check (PASS / FAIL / SKIP, with the request and the reason
 * under every failure) and a summary line. Exit code 0 when nothing failed, 1 when
 * something did, 2 for bad arguments or a refused target.
 */
import { writeFile } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import { footer, formatResult, summaryLine } from './report.js';
import { listChecks, runConformance } from './run.js';
import { ConformanceUsageError, GROUPS, type ConformanceOptions, type GroupName } from './types.js';

const USAGE = `Usage: creditkit-conformance --api <base URL> --token <customer token>
         [--operator-token <token>] [--account-b-token <token>]
         [--service <id>] [--invoice <id>] [--only <group>[,<group>…]]
         [--json <report.json>] [--timeout <ms per request>] [--yes-i-mean-it] [--list]

Checks a backend against the creditkit contract (SPEC §5–§6). Tokens may also come
from CREDITKIT_TOKEN, CREDITKIT_OPERATOR_TOKEN and CREDITKIT_ACCOUNT_B_TOKEN.
  --operator-token   admin API token: enables checks that move money (and put it back)
  --account-b-token  a second account's token: enables the isolation checks
  --service <id>     a service account A can buy with credits: enables payment checks
  --invoice <id>     an invoice of account A the suite may pay once (already-paid check)
  --yes-i-mean-it    allow a non-loopback --api (use a test backend: the suite writes)
Groups: ${GROUPS.join(', ')}`;

export interface CliIo {
  out(line: string): void;
  err(line: string): void;
}

const consoleIo: CliIo = { out: (line) => console.info(line), err: (line) => console.error(line) };

/** Parses the command line; throws `ConformanceUsageError` for bad arguments. */
export function parseCli(
  argv: string[],
  env: Record<string, string | undefined>,
): { options: ConformanceOptions; json?: string; list: boolean; help: boolean } {
  let values;
  try {
    ({ values } = parseArgs({
      args: argv,
      options: {
        api: { type: 'string' },
        token: { type: 'string' },
        'operator-token': { type: 'string' },
        'account-b-token': { type: 'string' },
        service: { type: 'string' },
        invoice: { type: 'string' },
        only: { type: 'string', multiple: true },
        json: { type: 'string' },
        timeout: { type: 'string' },
        'yes-i-mean-it': { type: 'boolean' },
        list: { type: 'boolean' },
        help: { type: 'boolean', short: 'h' },
      },
    }));
  } catch (error) {
    throw new ConformanceUsageError((error as Error).message);
  }
  const list = values.list ?? false;
  const help = values.help ?? false;
  const token = values.token ?? env.CREDITKIT_TOKEN ?? '';
  if (!help && !list && !values.api) throw new ConformanceUsageError('--api is required');
  const only = (values.only ?? []).flatMap((g) => g.split(',')).filter(Boolean);
  for (const group of only)
    if (!GROUPS.includes(group as GroupName))
      throw new ConformanceUsageError(`unknown group "${group}"; groups: ${GROUPS.join(', ')}`);
  const timeout = values.timeout === undefined ? undefined : Number(values.timeout);
  if (timeout !== undefined && !(Number.isInteger(timeout) && timeout > 0))
    throw new ConformanceUsageError('--timeout must be a whole number of milliseconds');
  const operatorToken = values['operator-token'] ?? env.CREDITKIT_OPERATOR_TOKEN;
  const accountBToken = values['account-b-token'] ?? env.CREDITKIT_ACCOUNT_B_TOKEN;
  const options: ConformanceOptions = {
    api: values.api ?? '',
    token,
    ...(operatorToken ? { operatorToken } : {}),
    ...(accountBToken ? { accountBToken } : {}),
    ...(values.service ? { service: values.service } : {}),
    ...(values.invoice ? { invoice: values.invoice } : {}),
    ...(only.length ? { only: only as GroupName[] } : {}),
    ...(values['yes-i-mean-it'] ? { allowRemote: true } : {}),
    ...(timeout ? { requestTimeoutMs: timeout } : {}),
  };
  return { options, ...(values.json ? { json: values.json } : {}), list, help };
}

/** Runs the CLI and returns its exit code (also set as `process.exitCode` by the bin). */
export async function main(argv = process.argv.slice(2), env = process.env, io: CliIo = consoleIo): Promise<number> {
  let parsed;
  try {
    parsed = parseCli(argv, env);
  } catch (error) {
    io.err(`creditkit-conformance: ${(error as Error).message}`);
    io.err(USAGE);
    return 2;
  }
  if (parsed.help) {
    io.out(USAGE);
    return 0;
  }
  if (parsed.list) {
    for (const check of listChecks()) io.out(`${check.id.padEnd(40)} ${check.title}`);
    return 0;
  }
  let group = '';
  io.out(`creditkit conformance: ${parsed.options.api}`);
  let report;
  try {
    report = await runConformance({
      ...parsed.options,
      onResult(result) {
        if (result.group !== group) {
          group = result.group;
          io.out(`\n${group}`);
        }
        io.out(formatResult(result));
      },
    });
  } catch (error) {
    if (!(error instanceof ConformanceUsageError)) throw error;
    io.err(`creditkit-conformance: ${error.message}`);
    return 2;
  }
  io.out('');
  io.out(footer(report));
  if (parsed.json) {
    await writeFile(parsed.json, `${JSON.stringify(report, null, 2)}\n`);
    io.out(`report written to ${parsed.json}`);
  }
  io.out(summaryLine(report));
  return report.ok ? 0 : 1;
}
