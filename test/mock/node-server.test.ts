import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { startNodeServer, type RunningNodeServer } from '../../src/mock/node-server.js';

describe('Node HTTP server', () => {
  let running: RunningNodeServer;
  before(async () => {
    running = await startNodeServer({ port: 0, presets: ['usage-billing'], basePath: '/api/credits' });
  });
  after(() => running.close());

  it('listens on loopback and answers like the fetch handler', async () => {
    assert.match(running.url, /^http:\/\/127\.0\.0\.1:\d+\/api\/credits$/);
    const res = await fetch(`${running.url}/account`, { headers: { authorization: 'Bearer demo-usage-billing' } });
    assert.equal(res.status, 200);
    assert.equal(((await res.json()) as { balance: number }).balance, 25000);
  });

  for (const origin of ['http://localhost:5173', 'https://127.0.0.1:8443', 'http://[::1]:3000', 'http://localhost']) {
    it(`allows the local origin ${origin} (preflight and request, with credentials)`, async () => {
      const preflight = await fetch(`${running.url}/account`, {
        method: 'OPTIONS',
        headers: {
          origin,
          'access-control-request-method': 'POST',
          'access-control-request-headers': 'authorization, idempotency-key, content-type',
        },
      });
      assert.equal(preflight.status, 204);
      assert.equal(preflight.headers.get('access-control-allow-origin'), origin);
      assert.equal(preflight.headers.get('access-control-allow-credentials'), 'true');
      assert.match(preflight.headers.get('access-control-allow-headers') ?? '', /Idempotency-Key/);
      assert.match(preflight.headers.get('access-control-allow-headers') ?? '', /Authorization/);
      const res = await fetch(`${running.url}/account`, {
        headers: { origin, authorization: 'Bearer demo-usage-billing' },
      });
      assert.equal(res.headers.get('access-control-allow-origin'), origin);
      await res.body?.cancel();
    });
  }

  for (const origin of [
    'https://evil.example',
    'http://localhost.evil.example',
    'http://127.0.0.1.nip.io:80',
    'null',
  ]) {
    it(`refuses ${origin}`, async () => {
      const res = await fetch(`${running.url}/account`, {
        method: 'OPTIONS',
        headers: { origin, 'access-control-request-method': 'GET' },
      });
      assert.equal(res.status, 403);
      assert.match(res.headers.get('content-type') ?? '', /problem\+json/);
      assert.equal(((await res.json()) as { code: string }).code, 'forbidden');
      assert.equal(res.headers.get('access-control-allow-origin'), null);
    });
  }

  it('streams server-sent events as they happen', async () => {
    const abort = new AbortController();
    const res = await fetch(`${running.url}/events`, {
      headers: { authorization: 'Bearer demo-usage-billing' },
      signal: abort.signal,
    });
    assert.match(res.headers.get('content-type') ?? '', /text\/event-stream/);
    const reader = res.body!.pipeThrough(new TextDecoderStream()).getReader();
    let text = '';
    while (!text.includes('"type":"account"')) text += (await reader.read()).value ?? '';
    await fetch(`${running.url}/admin/accounts/acc_usage_billing/grants`, {
      method: 'POST',
      headers: { authorization: 'Bearer admin-demo-token', 'content-type': 'application/json' },
      body: JSON.stringify({ amount: 100 }),
    });
    while (!text.includes('"balance":25100')) text += (await reader.read()).value ?? '';
    abort.abort();
    await reader.cancel().catch(() => undefined);
  });
});
