import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { aiCharge, HOUR_MS, scanCharge, SCAN_MAX_CREDITS } from '../../src/core/usage.js';

describe('scanCharge', () => {
  it('charges 1 credit per started hour, at least 1, at most 5', () => {
    assert.equal(scanCharge(0), 1);
    assert.equal(scanCharge(1), 1);
    assert.equal(scanCharge(HOUR_MS), 1);
    assert.equal(scanCharge(HOUR_MS + 1), 2);
    assert.equal(scanCharge(4 * HOUR_MS + 60_000), 5);
    assert.equal(scanCharge(5 * HOUR_MS), 5);
    assert.equal(scanCharge(30 * HOUR_MS), 5);
  });
  it('is monotonic and bounded for any duration', () => {
    fc.assert(
      fc.property(fc.nat(100 * HOUR_MS), fc.nat(HOUR_MS), (d, extra) => {
        const a = scanCharge(d);
        assert.ok(a >= 1 && a <= SCAN_MAX_CREDITS);
        assert.ok(scanCharge(d + extra) >= a);
      }),
    );
  });
  it('rejects negative or non-finite durations', () => {
    assert.throws(() => scanCharge(-1), RangeError);
    assert.throws(() => scanCharge(Number.NaN), RangeError);
  });
});

describe('aiCharge', () => {
  it('multiplies the tier price by 1x / 2x (2K) / 3x (4K) and the count', () => {
    assert.equal(aiCharge('image', 'standard'), 2);
    assert.equal(aiCharge('image', '2K'), 4);
    assert.equal(aiCharge('image', '4K'), 6);
    assert.equal(aiCharge('video', '4K'), 30);
    assert.equal(aiCharge('upscale', '2K', 3), 24);
    assert.throws(() => aiCharge('image', 'standard', 0), RangeError);
  });
});
