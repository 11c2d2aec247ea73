import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { setupServer } from 'msw/node';
import { createMockServer, mockHandlers } from '../../src/mock/msw.js';

describe('msw handlers', () => {
  // The server answers below /api; the page calls a different base URL.
  const mock = createMockServer({ presets: ['agency-credits'], basePath: '/api' });
  const msw = setupServer(...mockHandlers(mock, 'https://backend.example/credits/v1'));
  before(() => msw.listen({ onUnhandledRequest: 'error' }));
  after(() => msw.close());

  it('rewrites the base URL onto the server base path, for reads and writes', async () => {
    const headers = { authorization: 'Bearer demo-agency-credits' };
    const account = await fetch('https://backend.example/credits/v1/account', { headers });
    assert.equal(((await account.json()) as { balance: number }).balance, 30000);
    const grant = await fetch('https://backend.example/credits/v1/admin/accounts/acc_agency_credits/grants', {
      method: 'POST',
      headers: {
        authorization: 'Bearer admin-demo-token',
        'content-type': 'application/json',
        'idempotency-key': 'msw-1',
      },
      body: JSON.stringify({ amount: 500 }),
    });
    assert.equal(((await grant.json()) as { balance: number }).balance, 30500);
    const missing = await fetch('https://backend.example/credits/v1/nope', { headers });
    assert.equal(missing.status, 404);
  });
});
