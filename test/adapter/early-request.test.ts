/**
 * The HTTP adapter takes the account request the autoloader started before it
 * existed (same URL, token and credentials mode), once, and makes the request
 * itself when there is none, when it does not match, or when it failed.
 */
import assert from 'node:assert/strict';
import { afterEach, beforeEach, describe, it } from 'node:test';
import { HttpAdapter } from '../../src/adapter/http-adapter.js';
import { createMockServer } from '../../src/mock/server.js';

const EARLY = Symbol.for('creditkit.early-requests');
const BASE = 'https://credits.example/api';
const registry = () => ((globalThis as Record<symbol, Map<string, Promise<Response>>>)[EARLY] ??= new Map());

const server = createMockServer({ presets: ['usage-billing'], basePath: '/api' });
const answer = () =>
  server.fetch(new Request(`${BASE}/account`, { headers: { authorization: 'Bearer demo-usage-billing' } }));

describe('HttpAdapter and the autoloader early account request', () => {
  const realFetch = globalThis.fetch;
  let fetched: string[];

  beforeEach(() => {
    fetched = [];
    globalThis.fetch = (async (input: RequestInfo | URL) => {
      fetched.push(input instanceof Request ? input.url : String(input));
      return answer();
    }) as typeof fetch;
    registry().clear();
  });
  afterEach(() => {
    globalThis.fetch = realFetch;
    registry().clear();
  });

  it('takes a matching early request instead of asking again, once', async () => {
    registry().set(`${BASE}/account demo-usage-billing same-origin`, answer());
    const adapter = new HttpAdapter({ baseUrl: `${BASE}/`, token: 'demo-usage-billing' });
    assert.equal((await adapter.getAccount()).balance, 25_000);
    assert.deepEqual(fetched, []);
    await adapter.getAccount();
    assert.deepEqual(fetched, [`${BASE}/account`]);
  });

  it('leaves an early request made with another token or credentials mode alone', async () => {
    registry().set(`${BASE}/account someone-else same-origin`, answer());
    registry().set(`${BASE}/account demo-usage-billing include`, answer());
    await new HttpAdapter({ baseUrl: BASE, token: 'demo-usage-billing' }).getAccount();
    assert.deepEqual(fetched, [`${BASE}/account`]);
    assert.equal(registry().size, 2);
  });

  it('asks again when the early request failed', async () => {
    const failed = Promise.reject(new TypeError('network down'));
    failed.catch(() => undefined);
    registry().set(`${BASE}/account demo-usage-billing same-origin`, failed);
    const account = await new HttpAdapter({ baseUrl: BASE, token: 'demo-usage-billing' }).getAccount();
    assert.equal(account.balance, 25_000);
    assert.deepEqual(fetched, [`${BASE}/account`]);
  });

  it('an early request that never answers times out like any other', async () => {
    registry().set(`${BASE}/account demo-usage-billing same-origin`, new Promise<Response>(() => {}));
    const adapter = new HttpAdapter({ baseUrl: BASE, token: 'demo-usage-billing', timeoutMs: 50, retries: 0 });
    await assert.rejects(adapter.getAccount(), { code: 'timeout' });
  });
});
