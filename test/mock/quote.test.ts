import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { problem, quote } from '../../src/core/schemas/index.js';
import { call, server } from './helpers.js';

describe('GET /quote (SPEC §4 money rules)', () => {
  const mock = server();
  const q = (query: string, token = 'demo-usage-billing') => call(mock, `/quote?${query}`, { token });

  it('DE €100.00 → fee €3.15, VAT €19.60, total €122.75', async () => {
    const { status, body } = await q('amount=10000&country=DE');
    assert.equal(status, 200);
    quote.parse(body);
    assert.deepEqual(
      {
        method: body.method,
        fee: body.fee,
        vatRate: body.vatRate,
        vat: body.vat,
        vatTreatment: body.vatTreatment,
        total: body.total,
        balanceAfter: body.balanceAfter,
      },
      {
        method: 'card',
        fee: 315,
        vatRate: 1900,
        vat: 1960,
        vatTreatment: 'domestic',
        total: 12275,
        balanceAfter: 35000,
      },
    );
  });

  it('without a country and without billing details, German VAT applies', async () => {
    const { body } = await q('amount=10000');
    assert.equal(body.buyerCountry, null);
    assert.equal(body.total, 12275);
  });

  it('FR €100.00 → VAT €0.00 with reverse charge, total €103.15', async () => {
    const { body } = await q('amount=10000&country=FR');
    assert.deepEqual(
      [body.fee, body.vatRate, body.vat, body.vatTreatment, body.total],
      [315, 0, 0, 'reverse_charge', 10315],
    );
  });

  it('DE €1,000.00 → invoice, no fee, VAT €190.00, total €1,190.00', async () => {
    const { body } = await q('amount=100000&country=DE');
    assert.deepEqual(
      [body.method, body.methods, body.fee, body.vat, body.total],
      ['invoice', ['invoice'], 0, 19000, 119000],
    );
  });

  it('just below the invoice threshold is still card', async () => {
    const { body } = await q('amount=99999&country=DE');
    assert.equal(body.method, 'card');
    assert.equal(body.fee, 2925); // 2.9 % of 999.99 = 29.00 (half-up) + 0.25
  });

  it('US → outside the EU: no German VAT', async () => {
    const { body } = await q('amount=10000&country=US');
    assert.deepEqual([body.vat, body.vatTreatment, body.total], [0, 'outside_eu', 10315]);
  });

  it('agency package: the package price with the PayPal fee, VAT from the billing details country', async () => {
    const { body } = await q('packageId=agency-500&method=paypal', 'demo-agency-credits');
    assert.equal(body.amount, 47500);
    assert.equal(body.credits, 50000);
    assert.equal(body.buyerCountry, 'DE');
    assert.equal(body.fee, 1658 + 35); // 3.49 % of 475.00 = 16.5775 → 16.58, + 0.35
    assert.equal(body.vat, Math.round(((47500 + 1693) * 19) / 100));
    assert.equal(body.balanceAfter, 80000);
  });

  it('scan custom quantity is priced at the base rate', async () => {
    const { body } = await q('quantity=250', 'demo-scan-credits');
    assert.equal(body.amount, 2500);
    assert.equal(body.credits, 250);
  });

  const problems: [string, string, number, string, string?][] = [
    ['below the minimum', 'amount=999', 422, 'amount_out_of_range', 'amount'],
    ['above the maximum', 'amount=5000001', 422, 'amount_out_of_range', 'amount'],
    ['decimals', 'amount=100.50', 422, 'validation_failed', 'amount'],
    ['letters', 'amount=abc', 422, 'validation_failed', 'amount'],
    ['negative', 'amount=-100', 422, 'validation_failed', 'amount'],
    ['nothing to price', 'country=DE', 422, 'validation_failed'],
    ['two things to price', 'amount=10000&packageId=x', 422, 'validation_failed'],
    ['lower-case country', 'amount=10000&country=de', 422, 'validation_failed', 'country'],
    ['unknown method', 'amount=10000&method=cash', 422, 'validation_failed', 'method'],
    ['invoice below the threshold', 'amount=10000&method=invoice', 422, 'method_not_available'],
    ['card from the threshold', 'amount=100000&method=card', 422, 'method_not_available'],
    ['a package where none are sold', 'packageId=agency-500', 422, 'purchases_disabled'],
  ];
  for (const [what, query, status, code, field] of problems) {
    it(`${what} → ${status} ${code}`, async () => {
      const res = await q(query);
      assert.equal(res.status, status);
      assert.match(res.type, /^application\/problem\+json/);
      problem.parse(res.body);
      assert.equal(res.body.code, code);
      if (field)
        assert.ok(
          res.body.errors?.some((e: { field: string }) => e.field === field),
          JSON.stringify(res.body),
        );
    });
  }

  it('a quantity outside the range is amount_out_of_range; an unknown package validation_failed', async () => {
    assert.equal((await q('quantity=10', 'demo-scan-credits')).body.code, 'amount_out_of_range');
    assert.equal((await q('packageId=nope', 'demo-scan-credits')).body.code, 'validation_failed');
    assert.equal((await q('amount=10000', 'demo-scan-credits')).body.code, 'method_not_available');
  });
});
