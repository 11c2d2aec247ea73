import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { autoTopUpCharge } from '../../src/core/auto-top-up-charge.js';
import { SCAN_SETTINGS } from '../../src/mock/presets/scan-credits.js';
import { USAGE_BILLING_SETTINGS } from '../../src/mock/presets/usage-billing.js';

const scan = { model: 'credits' as const, settings: SCAN_SETTINGS };
const money = { model: 'money' as const, settings: USAGE_BILLING_SETTINGS };
const packages = [
  { id: 'scan-100', credits: 100, price: 1000 },
  { id: 'scan-500', credits: 500, price: 4500 },
];

describe('what one automatic top-up charges', () => {
  it('a package: net price plus card fee plus VAT, not the net price', () => {
    // €45.00 + 2.9 % + €0.25 = €46.56; 19 % VAT €8.85 → €55.41.
    assert.deepEqual(autoTopUpCharge(scan, packages, { type: 'package', packageId: 'scan-500' }, 'DE'), {
      credits: 500,
      amount: 4500,
      total: 5541,
    });
  });

  it('an EU business buyer abroad pays no VAT (reverse charge), as the backend charges', () => {
    assert.equal(autoTopUpCharge(scan, packages, { type: 'package', packageId: 'scan-500' }, 'AT')!.total, 4656);
  });

  it('a fixed amount on a money account is at least the minimum top-up', () => {
    const min = USAGE_BILLING_SETTINGS.topUp!.min;
    assert.equal(autoTopUpCharge(money, [], { type: 'amount', amount: 1 }, 'DE')!.credits, min);
  });

  it('a custom quantity of credits is priced at the base rate', () => {
    assert.deepEqual(autoTopUpCharge(scan, packages, { type: 'amount', amount: 250 }, 'DE')?.amount, 2500);
  });

  it('no charge to name for a refill (it depends on the balance), an unknown package or nothing to buy', () => {
    assert.equal(autoTopUpCharge(scan, packages, { type: 'refill', targetBalance: 1000 }, 'DE'), null);
    assert.equal(autoTopUpCharge(scan, packages, { type: 'package', packageId: 'nope' }, 'DE'), null);
    assert.equal(autoTopUpCharge(money, [], { type: 'amount', amount: 0 }, 'DE'), null);
  });
});
