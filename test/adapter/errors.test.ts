import assert from 'node:assert/strict';
import { describe, it, mock } from 'node:test';
import { CreditsError, toCreditsError } from '../../src/adapter/errors.js';
import { HttpAdapter } from '../../src/adapter/http-adapter.js';

const problem = (code: string, status: number) =>
  new Response(JSON.stringify({ title: 'x', status, code }), {
    status,
    headers: { 'content-type': 'application/problem+json' },
  });

describe('CreditsError codes', () => {
  it('keeps a documented problem code', () => {
    const error = CreditsError.fromProblem({ title: 'Short', status: 409, code: 'insufficient_credits' });
    assert.equal(error.code, 'insufficient_credits');
    assert.equal(error.retryable, false);
  });

  it("maps a backend's own code to one by status and keeps the original in problem.code", () => {
    const own = CreditsError.fromProblem({ title: 'Quota', status: 429, code: 'quota_exceeded' });
    assert.equal(own.code, 'http_error');
    assert.equal(own.problem?.code, 'quota_exceeded');
    assert.equal(own.retryable, true);
    assert.equal(CreditsError.fromProblem({ title: 'x', status: 503, code: 'maintenance' }).code, 'internal_error');
    assert.equal(CreditsError.fromProblem({ title: 'x', status: 403, code: 'plan_locked' }).code, 'forbidden');
  });

  it('the HTTP adapter applies the same rule to a problem response', async () => {
    const adapter = new HttpAdapter({ baseUrl: 'https://api.test', fetch: async () => problem('frozen', 402) });
    await assert.rejects(adapter.getAccount(), (e: CreditsError) => e.code === 'http_error' && e.status === 402);
    const bare = new HttpAdapter({
      baseUrl: 'https://api.test',
      fetch: async () => new Response('nope', { status: 403 }),
    });
    await assert.rejects(
      bare.getAccount(),
      (e: CreditsError) => e.code === 'forbidden',
      'no problem details: same rule',
    );
  });
});

describe('toCreditsError', () => {
  it('turns a programming error into a non-retryable unexpected_error, reported to the console', () => {
    const report = mock.method(console, 'error', () => {});
    try {
      const error = toCreditsError(new TypeError("Cannot read properties of undefined (reading 'balance')"));
      assert.equal(error.code, 'unexpected_error');
      assert.equal(error.retryable, false);
      assert.equal(report.mock.callCount(), 1);
    } finally {
      report.mock.restore();
    }
  });

  it('keeps an abort an abort, and a CreditsError as it is', () => {
    assert.equal(toCreditsError(new DOMException('stop', 'AbortError')).code, 'aborted');
    const original = new CreditsError('timeout', 'slow');
    assert.equal(toCreditsError(original), original);
  });

  it("accepts a second copy of the kit's CreditsError by its name and code", () => {
    class OtherCreditsError extends Error {
      override name = 'CreditsError';
      code = 'insufficient_credits';
      status = 409;
    }
    const error = toCreditsError(new OtherCreditsError('short'));
    assert.ok(error instanceof CreditsError);
    assert.equal(error.code, 'insufficient_credits');
    assert.equal(error.status, 409);
  });
});
