import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { autoTopUpErrors } from '../../src/core/auto-top-up.js';
import type { AutoTopUpSettings } from '../../src/core/schemas/auto-top-up.js';

const context = { packageIds: ['scan-500'], paymentMethodIds: ['pm_card_visa'] };
const base: AutoTopUpSettings = {
  enabled: true,
  threshold: 50,
  expiryDays: null,
  purchase: { type: 'package', packageId: 'scan-500' },
  monthlyCap: null,
  paymentMethodId: 'pm_card_visa',
};
const fields = (settings: AutoTopUpSettings) => autoTopUpErrors(settings, context).map((e) => `${e.field}:${e.code}`);

describe('auto top-up rules (form and server)', () => {
  it('accepts complete settings', () => {
    assert.deepEqual(fields(base), []);
  });

  it('stores disabled settings as they are, except a package that does not exist', () => {
    const off = { ...base, enabled: false, threshold: null, paymentMethodId: null };
    assert.deepEqual(fields({ ...off, purchase: { type: 'refill', targetBalance: 10 }, threshold: 50 }), []);
    assert.deepEqual(fields({ ...off, purchase: { type: 'amount', amount: 0 } }), []);
    assert.deepEqual(fields({ ...off, purchase: { type: 'package', packageId: 'gone' } }), [
      'purchase.packageId:not_found',
    ]);
  });

  it('enabled settings need a trigger, something to buy, a target above the threshold and a payment method', () => {
    assert.deepEqual(fields({ ...base, threshold: null }), ['threshold:required']);
    assert.deepEqual(fields({ ...base, threshold: null, expiryDays: 14 }), []);
    assert.deepEqual(fields({ ...base, purchase: { type: 'amount', amount: 0 } }), ['purchase.amount:too_small']);
    assert.deepEqual(fields({ ...base, purchase: { type: 'refill', targetBalance: 50 } }), [
      'purchase.targetBalance:too_small',
    ]);
    assert.deepEqual(fields({ ...base, purchase: { type: 'refill', targetBalance: 51 } }), []);
    assert.deepEqual(fields({ ...base, paymentMethodId: 'pm_other' }), ['paymentMethodId:required']);
  });
});
