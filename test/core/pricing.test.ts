import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { breakdown, buildQuote, processingFee, topUpMethods } from '../../src/core/pricing.js';
import { USAGE_BILLING_SETTINGS as S } from '../../src/mock/presets/usage-billing.js';

const method = (amount: number) => topUpMethods(S, amount)[0]!;
const line = (amount: number, country: string | null) => breakdown(S, amount, method(amount), country);
/** Exact half-up of n/d for non-negative integers, written independently of the code under test. */
const halfUp = (n: bigint, d: bigint) => (n * 2n + d) / (2n * d);
const amounts = fc.integer({ min: S.topUp!.min, max: S.topUp!.max });
const countries = fc.constantFrom('DE', 'AT', 'FR', 'GR', 'US', 'CH', null);

describe('pricing rules (SPEC §4)', () => {
  it('SPEC examples', () => {
    assert.deepEqual(line(10000, 'DE'), {
      amount: 10000,
      fee: 315,
      vatRate: 1900,
      vat: 1960,
      vatTreatment: 'domestic',
      total: 12275,
    });
    assert.deepEqual(line(10000, 'FR'), {
      amount: 10000,
      fee: 315,
      vatRate: 0,
      vat: 0,
      vatTreatment: 'reverse_charge',
      total: 10315,
    });
    assert.equal(method(100000), 'invoice');
    assert.deepEqual(line(100000, 'DE'), {
      amount: 100000,
      fee: 0,
      vatRate: 1900,
      vat: 19000,
      vatTreatment: 'domestic',
      total: 119000,
    });
  });

  it('vectors that break naive float rounding', () => {
    // 41.06 × 2.9 % = 1.19074 → 1.19 + 0.25; (41.06 + 1.44) × 19 % = 8.075 exactly → 8.08 (float says 8.07).
    assert.deepEqual(line(4106, 'DE'), {
      amount: 4106,
      fee: 144,
      vatRate: 1900,
      vat: 808,
      vatTreatment: 'domestic',
      total: 5058,
    });
    assert.notEqual(Math.round((41.06 + 1.44) * 0.19 * 100), 808);
    // 15.00 × 2.9 % = 0.435 exactly → 0.44 (0.435 × 100 in float is 43.49999…).
    assert.equal(processingFee(1500, S.fees.card), 69);
    assert.equal(line(99999, 'DE').total, 122480);
    assert.equal(line(1000, 'DE').total, 1254);
  });

  it('lines always sum to the total, in integers (property)', () => {
    fc.assert(
      fc.property(amounts, countries, (amount, country) => {
        const b = line(amount, country);
        for (const v of [b.fee, b.vat, b.total]) assert.ok(Number.isSafeInteger(v) && v >= 0);
        assert.equal(b.amount + b.fee + b.vat, b.total);
      }),
    );
  });

  it('fee is 2.9 % half-up + €0.25 below €1,000 and nothing from it (property)', () => {
    fc.assert(
      fc.property(amounts, (amount) => {
        const expected = amount >= 100000 ? 0 : Number(halfUp(BigInt(amount) * 290n, 10000n)) + 25;
        assert.equal(line(amount, 'DE').fee, expected);
      }),
    );
  });

  it('VAT is 19 % half-up of amount + fee for DE, 0 elsewhere, with the right treatment (property)', () => {
    fc.assert(
      fc.property(amounts, countries, (amount, country) => {
        const b = line(amount, country);
        if (country === 'DE' || country === null) {
          assert.equal(b.vat, Number(halfUp(BigInt(amount + b.fee) * 1900n, 10000n)));
          assert.equal(b.vatTreatment, 'domestic');
        } else {
          assert.equal(b.vat, 0);
          assert.equal(b.vatTreatment, ['AT', 'FR', 'GR'].includes(country) ? 'reverse_charge' : 'outside_eu');
        }
      }),
    );
  });

  it('half-up at exactly half a cent, never banker’s rounding (property)', () => {
    // amount + fee ≡ 50 (mod 100) makes 19 % end in exactly .5 cent.
    fc.assert(
      fc.property(amounts, (amount) => {
        const b = line(amount, 'DE');
        const exact = (amount + b.fee) * 1900;
        if (exact % 10000 === 5000) assert.equal(b.vat, (exact + 5000) / 10000);
      }),
    );
    assert.equal(line(4106, 'DE').vat * 10000 - (4106 + 144) * 1900, 5000);
  });

  it('the method switches to invoice exactly at the threshold; the quote adds the amount to the balance', () => {
    assert.equal(method(99999), 'card');
    assert.equal(method(100000), 'invoice');
    const quote = buildQuote(S, {
      amount: 10000,
      credits: 10000,
      method: 'card',
      methods: ['card'],
      buyerCountry: 'DE',
      balance: 25000,
      currency: 'EUR',
    });
    assert.equal(quote.balanceAfter, 35000);
    assert.equal(quote.total, 12275);
  });
});
