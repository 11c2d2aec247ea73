/**
 * The HTTP adapter adds no header that would make a browser send a CORS
 * preflight where a simple request does: reads carry only a safelisted Accept,
 * plus Authorization when (and only when) a token is configured. A backend on
 * another origin with cookie auth answers the first request in one round trip.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { HttpAdapter } from '../../src/adapter/http-adapter.js';
import { createMockServer } from '../../src/mock/server.js';

/** Request headers the Fetch standard lets through without a preflight (with their value rules). */
const SAFELISTED = new Set(['accept', 'accept-language', 'content-language', 'content-type', 'range']);
/** Fetch's "CORS-unsafe request-header byte": control characters (but tab) and these. */
const unsafe = (value: string) =>
  [...value].some((c) => (c < ' ' && c !== '\t') || c === '\x7f' || '"():<>?@[\\]{}'.includes(c));

function recordingAdapter(options: { token?: string; credentials?: RequestCredentials } = {}) {
  const server = createMockServer({ presets: ['usage-billing'], basePath: '/api' });
  const seen: Request[] = [];
  const adapter = new HttpAdapter({
    baseUrl: 'https://credits.example/api',
    ...options,
    fetch: (request) => {
      seen.push(request.clone());
      // The mock needs its demo token; the browser-facing request is what we check.
      const forwarded = new Request(request, { headers: new Headers(request.headers) });
      forwarded.headers.set('authorization', 'Bearer demo-usage-billing');
      return server.fetch(forwarded);
    },
  });
  return { adapter, seen };
}

const headerNames = (request: Request) => [...request.headers.keys()].sort();

describe('HttpAdapter and CORS preflights', () => {
  it('reads without a token are simple requests: only a safelisted Accept', async () => {
    const { adapter, seen } = recordingAdapter({ credentials: 'include' });
    await adapter.getAccount();
    await adapter.listPackages();
    for (const request of seen) {
      assert.equal(request.method, 'GET');
      assert.deepEqual(headerNames(request), ['accept']);
      const names = headerNames(request).filter((name) => !SAFELISTED.has(name));
      assert.deepEqual(names, [], `${request.url} sends ${names.join(', ')}`);
      const accept = request.headers.get('accept')!;
      assert.ok(accept.length <= 128 && !unsafe(accept), `Accept "${accept}" needs a preflight`);
    }
  });

  it('with a token, reads add Authorization and nothing else', async () => {
    const { adapter, seen } = recordingAdapter({ token: 'demo-usage-billing' });
    await adapter.getAccount();
    assert.deepEqual(headerNames(seen[0]!), ['accept', 'authorization']);
  });
});
