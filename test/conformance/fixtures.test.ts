/**
 * Each broken backend (fixtures.ts) fails exactly the groups it should: proof that
 * every group can fail, and that a failure points at the right promise.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { runConformance } from '../../src/conformance/index.js';
import { FIXTURES } from './fixtures.js';
import { startProxy } from './proxy.js';
import { AGENCY_RUN, OPERATOR, explain, referenceServer, unexpectedFailures } from './setup.js';

describe('broken backends fail the right groups', { concurrency: 2 }, () => {
  for (const fixture of FIXTURES) {
    it(`${fixture.name}: ${fixture.bug} → fails ${fixture.fails.join(', ') || 'nothing'}`, async () => {
      const upstream = await referenceServer();
      const proxy = await startProxy(
        upstream.url,
        fixture.middleware({ victimToken: AGENCY_RUN.token, operatorToken: OPERATOR }),
      );
      try {
        const report = await runConformance({ api: proxy.url, ...AGENCY_RUN });
        const failed = unexpectedFailures(report);
        const groups = [...new Set(report.checks.filter((c) => failed.includes(c.id)).map((c) => c.group))];
        assert.deepEqual(groups.sort(), [...fixture.fails].sort(), explain(report, failed));
        for (const id of fixture.failingChecks)
          assert.ok(failed.includes(id), `${id} should fail\n${explain(report, failed)}`);
        if (fixture.name === 'no-document')
          assert.ok(report.checks.filter((c) => c.group === 'document').every((c) => c.status === 'skip'));
      } finally {
        await proxy.close();
        await upstream.close();
      }
    });
  }
});
