/**
 * schemas: every success body matches the zod schema the widgets validate it with
 * (src/core/schemas, the same schemas the OpenAPI document is generated from).
 * One check per read operation, and a last one over every success body any check
 * of the run received (writes included).
 */
import * as wire from '../../core/schemas/index.js';
import type { z } from '../../core/schemas/zod.js';
import { expectBody, expectStatus, fail, skip, type Check, type Group } from '../check.js';
import { describeRequest } from '../http.js';
import type { Suite } from '../suite.js';

function read(name: string, path: string, schema: z.ZodMiniType, optional = false): Check {
  return {
    name,
    title: `GET ${path.split('?')[0]} matches its schema`,
    async run(suite) {
      if (optional) suite.requireOffered('GET', path.split('?')[0]!);
      expectBody(await suite.a.get(path), 200, schema);
    },
  };
}

/** A top-up id of account A: from its history, else a purchase started now. */
async function someTopUp(suite: Suite): Promise<string> {
  const withTopUp = (await suite.newest(100)).find((entry) => entry.topUpId);
  if (withTopUp?.topUpId) return withTopUp.topUpId;
  return (await suite.startPurchase()).id;
}

const checks: Check[] = [
  read('account', '/account', wire.account),
  read('packages', '/packages', wire.packageList, true),
  {
    name: 'quote',
    title: 'GET /quote matches its schema',
    async run(suite) {
      const purchase = await suite.purchase();
      if (!purchase) skip('account A can neither top up nor buy packages');
      const query = new URLSearchParams(purchase.body as Record<string, string>).toString();
      expectBody(await suite.a.get(`/quote?${query}`), 200, wire.quote);
    },
  },
  read('billing-details', '/billing-details', wire.billingDetailsResponse),
  read('transactions', '/transactions?limit=100', wire.transactionPage),
  {
    name: 'top-up',
    title: 'GET /top-ups/{id} matches its schema',
    async run(suite) {
      const id = await someTopUp(suite);
      expectBody(await suite.a.get(`/top-ups/${encodeURIComponent(id)}`), 200, wire.topUp);
    },
  },
  read('credit-requests', '/credit-requests', wire.creditRequestList, true),
  read('auto-top-up', '/auto-top-up', wire.autoTopUpState, true),
  read(
    'usage-summary',
    `/usage/summary?from=${new Date(Date.now() - 89 * 86_400_000).toISOString().slice(0, 10)}&to=${new Date().toISOString().slice(0, 10)}&interval=week`,
    wire.usageSummary,
    true,
  ),
  read('credit-blocks', '/credit-blocks', wire.creditBlockList, true),
  {
    name: 'billing-portal',
    title: 'GET /billing-portal matches its schema',
    async run(suite) {
      suite.requireOffered('GET', '/billing-portal');
      if (suite.account.settings.billingPortal === false) skip('account A has no billing portal');
      expectBody(await suite.a.get('/billing-portal'), 200, wire.billingPortal);
    },
  },
  {
    name: 'payability',
    title: 'GET /payability matches its schema',
    needs: ['service'],
    async run(suite) {
      const query = `itemType=service&itemId=${encodeURIComponent(suite.options.service!)}`;
      expectBody(await suite.a.get(`/payability?${query}`), 200, wire.payability);
    },
  },
  {
    name: 'invoice-pdf',
    title: 'GET /invoices/{id}.pdf of an entry’s invoice is a PDF',
    async run(suite) {
      suite.requireOffered('GET', '/invoices/{id}.pdf');
      const entry = (await suite.newest(200)).find((e) => e.invoiceId);
      if (!entry?.invoiceId) skip('no entry among the newest 200 has an invoice');
      const exchange = await suite.a.get(`/invoices/${encodeURIComponent(entry.invoiceId)}.pdf`, {
        headers: { accept: 'application/pdf' },
      });
      expectStatus(exchange, 200);
      if (!/^application\/pdf\b/i.test(exchange.contentType))
        fail(`expected Content-Type application/pdf, got "${exchange.contentType || 'none'}"`, exchange);
      if (!exchange.text.startsWith('%PDF-')) fail('the body does not start with %PDF-', exchange);
    },
  },
  {
    name: 'every-response',
    title: 'Every success body of the run (writes and admin calls too) matched its schema',
    async run(suite) {
      const { checked, violations } = suite.sweep;
      if (checked === 0) skip('no success bodies were received');
      if (violations.length) {
        const first = violations[0]!;
        const where = violations.map((v) => `${describeRequest(v.exchange)} (in ${v.check}): ${v.issues}`);
        fail(
          `${violations.length} of ${checked} bodies do not match: ${where.slice(0, 3).join(' | ')}`,
          first.exchange,
        );
      }
    },
  },
];

export const schemasGroup: Group = { name: 'schemas', checks };

/** The check that runs after every other group (it reads what they received). */
export const SWEEP_CHECK = 'every-response';
