/** Which credits go first, and in how many days: the usage view and the dashboard read blocks through this. */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { daysUntil, nextToExpire } from '../../src/core/credit-blocks.js';
import type { CreditBlockView } from '../../src/core/schemas/usage.js';

const block = (id: string, status: CreditBlockView['status'], expiresAt: string | null): CreditBlockView =>
  ({ id, status, expiresAt }) as CreditBlockView;

describe('credit blocks', () => {
  it('the next to expire is the first active block with an expiry, in list (consumption) order', () => {
    const blocks = [
      block('used', 'used_up', '2026-12-01T00:00:00.000Z'),
      block('never', 'active', null),
      block('first', 'active', '2026-12-20T00:00:00.000Z'),
      block('second', 'active', '2026-12-10T00:00:00.000Z'),
    ];
    assert.equal(nextToExpire(blocks)?.id, 'first');
    assert.equal(nextToExpire([block('never', 'active', null)]), undefined);
    assert.equal(nextToExpire(undefined), undefined);
  });

  it('counts whole days left, never below zero', () => {
    const now = Date.parse('2026-12-03T12:00:00.000Z');
    assert.equal(daysUntil('2026-12-03T18:00:00.000Z', now), 0);
    assert.equal(daysUntil('2026-12-04T12:00:00.000Z', now), 1);
    assert.equal(daysUntil('2026-12-22T11:59:59.000Z', now), 18);
    assert.equal(daysUntil('2026-12-01T00:00:00.000Z', now), 0);
  });
});
