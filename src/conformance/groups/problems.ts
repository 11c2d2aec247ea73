/**
 * problems: every situation of SPEC §6's status table answers its status with RFC
 * 9457 problem details (application/problem+json, the shape, `status` repeated in
 * the body) and its stable code. The other groups check statuses and codes only;
 * this one owns the shape.
 */
import { expectBody, expectProblem, expectStatus, fail, skip, type Check, type Group } from '../check.js';
import { MISSING_ID } from '../contract.js';
import { z } from '../../core/schemas/zod.js';
import type { Suite } from '../suite.js';

const payabilityInfo = z.object({ price: z.int(), payable: z.boolean(), reason: z.nullable(z.string()) });

export async function payabilityOf(suite: Suite, itemType: 'service' | 'invoice', itemId: string) {
  const query = `itemType=${itemType}&itemId=${encodeURIComponent(itemId)}`;
  return expectBody(await suite.a.get(`/payability?${query}`), 200, payabilityInfo, 'the payability');
}

/** The service's price (> 0), or a skip. */
export async function servicePrice(suite: Suite): Promise<number> {
  const { price } = await payabilityOf(suite, 'service', suite.options.service!);
  if (price <= 0) skip(`service ${suite.options.service} costs ${price}; name one with a price`);
  return price;
}

export function payService(suite: Suite, key = suite.key()) {
  return suite.a.post('/payments', { itemType: 'service', itemId: suite.options.service }, key);
}

const checks: Check[] = [
  {
    name: 'unauthenticated',
    title: 'No credentials → 401 problem details with code unauthorized',
    async run(suite) {
      expectProblem(await suite.anon.get('/account'), 401, ['unauthorized']);
    },
  },
  {
    name: 'not-found',
    title: 'An id that names nothing → 404 problem details with code not_found',
    async run(suite) {
      expectProblem(await suite.a.get(`/top-ups/${MISSING_ID}`), 404, ['not_found']);
      expectProblem(await suite.a.post('/payments', { itemType: 'service', itemId: MISSING_ID }, suite.key()), 404, [
        'not_found',
      ]);
    },
  },
  {
    name: 'method-not-allowed',
    title: 'A method a resource does not take → 405 problem details with an Allow header',
    async run(suite) {
      const exchange = await suite.a.send('DELETE', '/account');
      expectProblem(exchange, 405);
      const allow = exchange.headers.get('allow');
      if (!allow || !/\bGET\b/i.test(allow))
        fail(`expected an Allow header naming GET, got ${allow ?? 'none'}`, exchange);
      if ((exchange.json as { code?: string }).code === 'not_found')
        fail('the code says not_found, but the resource exists', exchange);
    },
  },
  {
    name: 'credit-payments-disabled',
    title: 'With credit payments turned off, paying → 403 credit_payments_disabled and nothing moves',
    needs: ['operator', 'service'],
    async run(suite) {
      const path = `/admin/accounts/${encodeURIComponent(suite.account.id)}/credit-payments`;
      const original = (await suite.accountNow()).creditPaymentsEnabled;
      expectStatus(await suite.operator.post(path, { enabled: false }, suite.key()), [200, 201]);
      try {
        const before = await suite.balance();
        const payability = await payabilityOf(suite, 'service', suite.options.service!);
        // A short balance may be named first; turned-off payments must never read as payable.
        const reasons =
          payability.price > before
            ? ['credit_payments_disabled', 'insufficient_credits']
            : ['credit_payments_disabled'];
        if (payability.payable || !reasons.includes(payability.reason ?? ''))
          fail(
            `payability says payable=${payability.payable}, reason=${payability.reason}; expected reason ${reasons.join(' or ')}`,
          );
        expectProblem(await payService(suite), 403, ['credit_payments_disabled']);
        const after = await suite.balance();
        if (after !== before) fail(`the refused payment moved the balance from ${before} to ${after}`);
      } finally {
        expectStatus(await suite.operator.post(path, { enabled: original }, suite.key()), [200, 201]);
      }
    },
  },
  {
    name: 'insufficient-credits',
    title: 'Spending more than the balance → 409 insufficient_credits and nothing moves',
    needs: ['operator'],
    async run(suite) {
      if (suite.options.service) {
        const price = await servicePrice(suite);
        await suite.withBalance(price - 1, 'one short of the service price', async () => {
          expectProblem(await payService(suite), 409, ['insufficient_credits']);
          const after = await suite.balance();
          if (after !== price - 1) fail(`the refused payment moved the balance from ${price - 1} to ${after}`);
        });
        return;
      }
      // Without a service, an operator refund beyond the balance is the same conflict.
      await suite.withBalance(5, 'a small balance to refund beyond', async () => {
        const path = `/admin/accounts/${encodeURIComponent(suite.account.id)}/refunds`;
        const exchange = await suite.operator.post(
          path,
          { amount: 6, note: 'creditkit conformance: must be refused' },
          suite.key(),
        );
        expectProblem(exchange, 409, ['insufficient_credits']);
      });
    },
  },
  {
    name: 'already-paid',
    title: 'Paying an invoice a second time → 409 already_paid (pays --invoice once if it is open)',
    needs: ['invoice'],
    async run(suite) {
      const invoice = suite.options.invoice!;
      const body = { itemType: 'invoice', itemId: invoice };
      const payability = await payabilityOf(suite, 'invoice', invoice);
      if (payability.reason !== 'already_paid') {
        if (!payability.payable) skip(`invoice ${invoice} cannot be paid now (${payability.reason})`);
        expectStatus(await suite.a.post('/payments', body, suite.key()), 201);
      }
      const before = await suite.balance();
      expectProblem(await suite.a.post('/payments', body, suite.key()), 409, ['already_paid']);
      const after = await suite.balance();
      if (after !== before) fail(`the second payment moved the balance from ${before} to ${after}`);
    },
  },
  {
    name: 'not-json',
    title: 'A write whose body is not JSON (text/plain) → 415 problem details',
    async run(suite) {
      const raw = JSON.stringify({ itemType: 'service', itemId: MISSING_ID });
      const exchange = await suite.a.send('POST', '/payments', {
        body: { raw, contentType: 'text/plain' },
        key: suite.key(),
      });
      expectProblem(exchange, 415);
    },
  },
  {
    name: 'validation-failed',
    title: 'A body that breaks the schema → 422 validation_failed naming the field in errors[]',
    async run(suite) {
      const exchange = await suite.a.post('/payments', { itemType: 'boat', itemId: MISSING_ID }, suite.key());
      expectProblem(exchange, 422, ['validation_failed']);
      const errors = (exchange.json as { errors?: { field?: string }[] }).errors ?? [];
      if (!errors.some((e) => e.field === 'itemType')) fail('errors[] does not name the field itemType', exchange);
    },
  },
  {
    name: 'billing-details-required',
    title: 'A purchase before billing details are on file → 422 billing_details_required',
    async run(suite) {
      const purchase = await suite.purchase();
      if (!purchase) skip('account A can neither top up nor buy packages');
      const current = await suite.a.get('/billing-details');
      expectStatus(current, 200);
      if ((current.json as { details?: unknown }).details) skip('account A already has billing details on file');
      expectProblem(await suite.a.post('/top-ups', purchase.body, suite.key()), 422, ['billing_details_required']);
    },
  },
  {
    name: 'amount-out-of-range',
    title: 'A top-up amount above the account maximum → 422 amount_out_of_range',
    async run(suite) {
      const topUp = suite.account.settings.topUp;
      if (!topUp) skip('account A has no top-up settings');
      expectProblem(await suite.a.get(`/quote?amount=${topUp.max + 1}`), 422, ['amount_out_of_range']);
    },
  },
];

export const problemsGroup: Group = { name: 'problems', checks };
