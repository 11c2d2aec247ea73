/**
 * auth: nothing answers without a valid customer token, and the admin API
 * answers only the operator (SPEC §6: 401 unauthenticated, 403 forbidden).
 */
import { expectBody, expectRefused, fail, outcome, type Check, type Group } from '../check.js';
import { CUSTOMER_OPERATIONS, sampleRequest, type ContractOperation } from '../contract.js';
import type { Client, Exchange } from '../http.js';
import { accountInfo, type Suite } from '../suite.js';

/** Sends the sample request of `op` (event streams are closed at once). */
async function probe(suite: Suite, client: Client, op: ContractOperation): Promise<Exchange> {
  const sample = sampleRequest(op);
  const stream = op.path === '/events';
  const exchange = await client.send(op.method, sample.path, {
    ...(sample.body === undefined ? {} : { body: { json: sample.body } }),
    ...(op.write ? { key: suite.key() } : {}),
    ...(stream ? { stream: true, headers: { accept: 'text/event-stream' } } : {}),
  });
  await exchange.response?.body?.cancel().catch(() => undefined);
  return exchange;
}

/** Every offered widget operation, called with `client`, must answer 401. */
async function everyOperationRefuses(suite: Suite, client: Client): Promise<void> {
  const wrong: Exchange[] = [];
  for (const op of CUSTOMER_OPERATIONS) {
    if (!suite.offers(op.method, op.path)) continue;
    const exchange = await probe(suite, client, op);
    if (exchange.status !== 401) wrong.push(exchange);
  }
  if (wrong.length)
    fail(
      `expected 401 from every operation; ${wrong.map((e) => `${e.method} ${e.path.split('?')[0]} → ${outcome(e)}`).join(', ')}`,
      wrong[0],
    );
}

/** Admin calls on account A with `client` must be refused and move nothing (what did move is put back). */
async function adminRefuses(suite: Suite, client: Client): Promise<void> {
  const before = await suite.balance();
  const base = `/admin/accounts/${encodeURIComponent(suite.account.id)}`;
  const read = await client.get(base);
  const grant = await client.post(
    `${base}/grants`,
    { amount: 1, note: 'creditkit conformance: must be refused' },
    suite.key(),
  );
  const toggle = await client.post(`${base}/credit-payments`, { enabled: false }, suite.key());
  try {
    for (const exchange of [read, grant, toggle]) expectRefused(exchange, [401, 403]);
    const after = await suite.accountNow();
    if (after.balance !== before) fail(`a refused grant still moved the balance from ${before} to ${after.balance}`);
    if (!after.creditPaymentsEnabled && suite.account.creditPaymentsEnabled)
      fail('a refused request still turned credit payments off');
  } finally {
    if (suite.hasOperator && grant.status >= 200 && grant.status < 300)
      await suite.adjust('refund', 1, 'undo a grant the admin API should have refused');
    if (suite.hasOperator && toggle.status >= 200 && toggle.status < 300)
      await suite.operator.post(
        `${base}/credit-payments`,
        { enabled: suite.account.creditPaymentsEnabled },
        suite.key(),
      );
  }
}

const checks: Check[] = [
  {
    name: 'no-token',
    title: 'Every widget operation without credentials answers 401',
    run: (suite) => everyOperationRefuses(suite, suite.anon),
  },
  {
    name: 'unknown-token',
    title: 'Every widget operation with an unknown bearer token answers 401',
    run: (suite) => everyOperationRefuses(suite, suite.a.as('ck-conformance-unknown-token')),
  },
  {
    name: 'malformed-header',
    title: 'A Basic, empty or scheme-less Authorization header answers 401',
    async run(suite) {
      for (const value of ['Basic Y3JlZGl0a2l0OmNvbmZvcm1hbmNl', 'Bearer', suite.options.token]) {
        expectRefused(await suite.anon.get('/account', { headers: { authorization: value } }), 401);
      }
    },
  },
  {
    name: 'admin-refuses-customer',
    title: 'The admin API refuses a customer token (401/403) and moves nothing',
    run: (suite) => adminRefuses(suite, suite.a),
  },
  {
    name: 'admin-refuses-anonymous',
    title: 'The admin API refuses a request without credentials and moves nothing',
    run: (suite) => adminRefuses(suite, suite.anon),
  },
  {
    name: 'operator-token',
    title: 'The operator token reads account A through the admin API',
    needs: ['operator'],
    async run(suite) {
      const exchange = await suite.operator.get(`/admin/accounts/${encodeURIComponent(suite.account.id)}`);
      const account = expectBody(exchange, 200, accountInfo, 'the account');
      if (account.id !== suite.account.id) fail(`asked for ${suite.account.id}, got ${account.id}`, exchange);
    },
  },
];

export const authGroup: Group = { name: 'auth', checks };
