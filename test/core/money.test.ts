import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import {
  applyRate,
  divideHalfUp,
  formatCount,
  formatMoney,
  formatSignedMoney,
  parseAmountInput,
  sumMinor,
  toDecimalString,
} from '../../src/core/money.js';

const cents = { precision: 2 };

describe('divideHalfUp', () => {
  it('rounds .5 away from zero and everything else to nearest', () => {
    assert.equal(divideHalfUp(5n, 10n), 1n);
    assert.equal(divideHalfUp(4n, 10n), 0n);
    assert.equal(divideHalfUp(15n, 10n), 2n);
    assert.equal(divideHalfUp(-15n, 10n), -2n);
    assert.equal(divideHalfUp(-14n, 10n), -1n);
  });

  it('matches exact rational rounding for any integers (property)', () => {
    fc.assert(
      fc.property(
        fc.bigInt({ min: -(10n ** 15n), max: 10n ** 15n }),
        fc.bigInt({ min: 1n, max: 10n ** 6n }),
        (n, d) => {
          const q = divideHalfUp(n, d);
          // |n/d - q| <= 1/2, and exactly 1/2 only when rounding away from zero.
          const diff2 = (n - q * d) * 2n; // 2·(n − q·d)
          const abs = diff2 < 0n ? -diff2 : diff2;
          assert.ok(abs <= d);
          if (abs === d) assert.ok((n >= 0n && q * d > n) || (n < 0n && q * d < n));
        },
      ),
    );
  });
});

describe('applyRate', () => {
  it('computes the SPEC card fee and VAT examples to the cent', () => {
    assert.equal(applyRate(10_000, 290), 290); // 2.9 % of €100.00
    assert.equal(applyRate(10_315, 1900), 1960); // 19 % of €103.15 = 19.5985 → 19.60
    assert.equal(applyRate(100_000, 1900), 19_000);
  });

  it('is exact where binary floats go wrong', () => {
    // 1.005 × 100 is 100.49999999999999 in floats; half-up of 0.5 cents must give 1.
    assert.equal(applyRate(1, 5000), 1);
    // 19 % of €0.05: 0.95 cents → 1 cent; float 0.05*0.19 = 0.009500000000000001 happens to work, 2.9 % of 50 = 1.45 → 1.
    assert.equal(applyRate(50, 290), 1);
    // 2.9 % of €10.50 = 30.45 cents → 30; floats give 30.449999999999996.
    assert.equal(applyRate(1050, 290), 30);
    // 19 % of €1,234,567.85 = 23,456,789.15 cents → 23,456,789.
    assert.equal(applyRate(123_456_785, 1900), 23_456_789);
  });

  it('never returns a fraction (property)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 10 ** 12 }), fc.integer({ min: 0, max: 10_000 }), (amount, rate) => {
        const result = applyRate(amount, rate);
        assert.ok(Number.isSafeInteger(result));
        const exact2 = BigInt(amount) * BigInt(rate) * 2n;
        // result is the half-up rounding of amount·rate/10 000
        assert.ok(BigInt(result) * 20_000n >= exact2 - 10_000n && BigInt(result) * 20_000n < exact2 + 10_000n + 1n);
      }),
    );
  });

  it('refuses non-integer amounts instead of rounding them silently', () => {
    assert.throws(() => applyRate(10.5, 100), /safe integer/);
    assert.throws(() => sumMinor(1, Number.MAX_SAFE_INTEGER), /safe integer range/);
  });
});

describe('toDecimalString and formatting', () => {
  it('writes exact decimals', () => {
    assert.equal(toDecimalString(12_345, 2), '123.45');
    assert.equal(toDecimalString(5, 2), '0.05');
    assert.equal(toDecimalString(-5, 2), '-0.05');
    assert.equal(toDecimalString(1250, 0), '1250');
  });

  it('formats money and counts per locale', () => {
    assert.equal(formatMoney(123_450, 'EUR', 'en-GB'), '€1,234.50');
    assert.equal(formatMoney(123_450, 'EUR', 'de-DE'), '1.234,50\u00a0€');
    assert.equal(formatMoney(25_000, 'EUR', 'en'), '€250.00');
    assert.equal(formatCount(1250, 'en'), '1,250');
    assert.equal(formatCount(1250, 'de'), '1.250');
    assert.equal(formatSignedMoney(-315, 'EUR', 'en'), '-€3.15');
    assert.equal(formatSignedMoney(1000, 'EUR', 'en'), '+€10.00');
  });

  it('formats amounts beyond float precision exactly', () => {
    assert.equal(formatMoney(9_007_199_254_740_991, 'EUR', 'en'), '€90,071,992,547,409.91');
  });
});

describe('parseAmountInput', () => {
  it('parses what people type in English and German', () => {
    assert.deepEqual(parseAmountInput('100', 'en', cents), { ok: true, value: 10_000 });
    assert.deepEqual(parseAmountInput('1,234.5', 'en', cents), { ok: true, value: 123_450 });
    assert.deepEqual(parseAmountInput('1.234,50', 'de', cents), { ok: true, value: 123_450 });
    assert.deepEqual(parseAmountInput('12,5', 'de', cents), { ok: true, value: 1250 });
    assert.deepEqual(parseAmountInput('12.5', 'de', cents), { ok: true, value: 1250 });
    assert.deepEqual(parseAmountInput(' € 99 ', 'en', cents), { ok: true, value: 9900 });
    assert.deepEqual(parseAmountInput('0.10', 'en', cents), { ok: true, value: 10 });
  });

  it('names every bad-input class', () => {
    assert.deepEqual(parseAmountInput('', 'en', cents), { ok: false, error: 'empty' });
    assert.deepEqual(parseAmountInput('   ', 'en', cents), { ok: false, error: 'empty' });
    assert.deepEqual(parseAmountInput('abc', 'en', cents), { ok: false, error: 'not_a_number' });
    assert.deepEqual(parseAmountInput('12a', 'en', cents), { ok: false, error: 'not_a_number' });
    assert.deepEqual(parseAmountInput('-5', 'en', cents), { ok: false, error: 'negative' });
    assert.deepEqual(parseAmountInput('10.001', 'en', cents), { ok: false, error: 'too_many_decimals' });
    assert.deepEqual(parseAmountInput('5', 'en', { precision: 2, min: 1000 }), { ok: false, error: 'below_minimum' });
    assert.deepEqual(parseAmountInput('50001', 'en', { precision: 2, max: 5_000_000 }), {
      ok: false,
      error: 'above_maximum',
    });
    assert.deepEqual(parseAmountInput('1.5', 'en', { precision: 0 }), { ok: false, error: 'too_many_decimals' });
    assert.deepEqual(parseAmountInput('1.2.3', 'en', cents), { ok: false, error: 'not_a_number' });
    assert.deepEqual(parseAmountInput('99999999999999999999', 'en', cents), { ok: false, error: 'above_maximum' });
  });

  it('round-trips every amount it formats (property)', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 10 ** 11 }),
        fc.constantFrom('en', 'de', 'en-GB', 'de-AT'),
        (value, locale) => {
          const text = formatMoney(value, 'EUR', locale);
          assert.deepEqual(parseAmountInput(text, locale, cents), { ok: true, value });
        },
      ),
    );
  });
});
