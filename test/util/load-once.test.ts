import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { loadOnce } from '../../src/util/load-once.js';

describe('loadOnce', () => {
  it('shares one load between callers and keeps its result', async () => {
    let calls = 0;
    const load = loadOnce(async () => ++calls);
    assert.deepEqual(await Promise.all([load(), load()]), [1, 1]);
    assert.equal(await load(), 1);
    assert.equal(calls, 1);
  });

  it('forgets a failed load, so the next call tries again (a chunk that failed once is not broken for good)', async () => {
    let calls = 0;
    const load = loadOnce(async () => {
      calls++;
      if (calls === 1) throw new TypeError('Failed to fetch dynamically imported module');
      return 'loaded';
    });
    await assert.rejects(load(), TypeError);
    assert.equal(await load(), 'loaded');
    assert.equal(calls, 2);
  });
});
