/** `npx creditkit-conformance`: arguments, output, exit codes, the JSON report and the safety rails. */
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { promisify } from 'node:util';
import { main } from '../../src/conformance/cli.js';
import {
  ConformanceUsageError,
  listChecks,
  runConformance,
  type ConformanceReport,
} from '../../src/conformance/index.js';
import type { RunningNodeServer } from '../../src/mock/node-server.js';
import { FIXTURES } from './fixtures.js';
import { startProxy, type RunningProxy } from './proxy.js';
import { OPERATOR, USAGE_RUN, referenceServer } from './setup.js';

async function run(argv: string[], env: Record<string, string> = {}) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await main(argv, env, { out: (l) => out.push(l), err: (l) => err.push(l) });
  return { code, out: out.join('\n'), err: err.join('\n') };
}

describe('creditkit-conformance CLI', () => {
  let server: RunningNodeServer;
  let broken: RunningProxy;
  let dir: string;
  before(async () => {
    server = await referenceServer();
    const plainErrors = FIXTURES.find((f) => f.name === 'plain-json-errors')!;
    broken = await startProxy(server.url, plainErrors.middleware({ victimToken: '', operatorToken: OPERATOR }));
    dir = await mkdtemp(join(tmpdir(), 'ck-conformance-'));
  });
  after(async () => {
    await broken.close();
    await server.close();
    await rm(dir, { recursive: true, force: true });
  });

  it('passes: one line per check, the summary line, exit 0, and the JSON report', async () => {
    const json = join(dir, 'report.json');
    const argv = ['--api', server.url, '--only', 'auth,ledger', '--operator-token', OPERATOR, '--json', json];
    const { code, out } = await run(argv, { CREDITKIT_TOKEN: USAGE_RUN.token });
    assert.equal(code, 0, out);
    assert.match(out, /^PASS auth\.no-token +Every widget operation without credentials answers 401$/m);
    assert.match(out, /^PASS ledger\.sum-equals-balance /m);
    assert.doesNotMatch(out, /^(PASS|FAIL|SKIP) (document|problems|schemas)\./m);
    const summary = out.trim().split('\n').at(-1)!;
    assert.match(summary, /^\d+ passed, 0 failed, 0 skipped$/);
    const report = JSON.parse(await readFile(json, 'utf8')) as ConformanceReport;
    assert.equal(summary, `${report.passed} passed, ${report.failed} failed, ${report.skipped} skipped`);
    assert.deepEqual(report.balance, { before: 25000, after: 25000 });
    assert.ok(report.writes.every((w) => w.path.startsWith('/admin/accounts/acc_usage_billing/')));
  });

  it('fails: FAIL with the request, the response and the reason; exit 1', async () => {
    const { code, out } = await run(['--api', broken.url, '--token', USAGE_RUN.token, '--only', 'problems']);
    assert.equal(code, 1);
    const failure = out.split('\n').findIndex((l) => l.startsWith('FAIL problems.not-found'));
    assert.ok(failure >= 0, out);
    const [request, response, reason] = out.split('\n').slice(failure + 1, failure + 4);
    assert.match(request!, /^ +request: +GET \/top-ups\/ck-conformance-missing \[bearer token\]$/);
    assert.match(response!, /^ +response: +404 application\/json \{"code":"not_found"/);
    assert.match(reason!, /^ +reason: +expected Content-Type application\/problem\+json/);
    assert.match(out, /^SKIP problems\.credit-payments-disabled .*\n +skipped: needs --operator-token/m);
    assert.match(out.trim().split('\n').at(-1)!, /^\d+ passed, [1-9]\d* failed, \d+ skipped$/);
  });

  it('lists every check with its one-line explanation', async () => {
    const { code, out } = await run(['--list']);
    assert.equal(code, 0);
    assert.equal(out.split('\n').length, listChecks().length);
    assert.match(out, /^idempotency\.replay +The same key and body again returns the first response/m);
  });

  it('exits 2 on bad arguments, naming the problem and the usage', async () => {
    for (const [argv, message] of [
      [['--token', 't'], /--api is required/],
      [['--api', server.url, '--token', 't', '--only', 'vibes'], /unknown group "vibes"/],
      [['--api', server.url, '--token', 't', '--timeout', 'soon'], /--timeout/],
      [['--api', server.url], /--token is required/],
    ] as const) {
      const { code, err } = await run([...argv]);
      assert.equal(code, 2, err);
      assert.match(err, message);
    }
  });

  it('runs as the installed bin from the built package (dist/npm)', async (t) => {
    if (!existsSync('dist/npm/conformance/cli.js')) return t.skip('dist/ not built: run npm run build first');
    const argv = ['bin/creditkit-conformance.js', '--api', server.url, '--token', USAGE_RUN.token, '--only', 'pricing'];
    const { stdout } = await promisify(execFile)(process.execPath, argv);
    assert.match(stdout, /^PASS pricing\.spec-examples /m);
    assert.match(stdout.trim().split('\n').at(-1)!, /^4 passed, 0 failed, 0 skipped$/);
  });

  it('refuses a non-loopback API without --yes-i-mean-it, before sending anything', async () => {
    const { code, err } = await run(['--api', 'https://credits.example.com/api', '--token', 't']);
    assert.equal(code, 2);
    assert.match(err, /credits\.example\.com is not a loopback address.*--yes-i-mean-it/s);

    let calls = 0;
    const counting: typeof fetch = async () => {
      calls++;
      return new Response(JSON.stringify({ code: 'unauthorized' }), { status: 401 });
    };
    const remote = { api: 'https://credits.example.com/api', token: 't', fetch: counting };
    await assert.rejects(runConformance(remote), ConformanceUsageError);
    assert.equal(calls, 0);
    const report = await runConformance({ ...remote, allowRemote: true });
    assert.ok(calls > 0);
    assert.equal(report.ok, false);
    assert.equal(report.checks[0]!.id, 'setup.account');
    assert.match(report.checks[0]!.reason!, /GET \/account with --token answered 401/);
  });
});
