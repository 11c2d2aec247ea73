import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { setupWorker } from 'msw/browser';
import '../../src/elements/credit-provider/define.js';
import '../../src/elements/credit-balance/define.js';
import type { CreditProvider } from '../../src/elements/credit-provider/credit-provider.js';
import { createMockServer } from '../../src/mock/index.js';
import { mockHandlers } from '../../src/mock/msw.js';
import { waitForPartText } from '../helpers/elements.js';

const API = 'https://backend.example/api/credits';

describe('shared state', () => {
  const server = createMockServer({ presets: ['usage-billing', 'agency-credits'], basePath: '/api/credits' });
  const worker = setupWorker(...mockHandlers(server, API));

  before(async () => {
    await worker.start({ quiet: true, onUnhandledRequest: 'bypass', serviceWorker: { url: '/mockServiceWorker.js' } });
  });
  after(() => worker.stop());

  it('reaches a REST backend through msw with a bearer token', async () => {
    const provider = await fixture<CreditProvider>(
      html`<credit-provider api=${API} token="demo-agency-credits"><credit-balance></credit-balance></credit-provider>`,
    );
    await waitForPartText(provider.querySelector('credit-balance')!, 'amount', '€300.00');
  });

  it('keeps accounts apart: a token only ever sees its own account', async () => {
    const root = await fixture(
      html`<div>
        <credit-provider api=${API} token="demo-usage-billing"
          ><credit-balance id="a"></credit-balance
        ></credit-provider>
        <credit-provider api=${API} token="demo-agency-credits"
          ><credit-balance id="b"></credit-balance
        ></credit-provider>
      </div>`,
    );
    await waitForPartText(root.querySelector('#a')!, 'amount', '€250.00');
    await waitForPartText(root.querySelector('#b')!, 'amount', '€300.00');
  });

  it('follows a change made in another tab of the same account (BroadcastChannel)', async () => {
    // Two stores with the same channel key stand in for two tabs: each has its own
    // BroadcastChannel object, which is exactly what two tabs have. The adapters
    // have no live events, so only the channel can carry the change.
    const { CreditStore } = await import('../../src/state/store.js');
    const { HttpAdapter } = await import('../../src/adapter/http-adapter.js');
    const quietAdapter = () => {
      const adapter = new HttpAdapter({ baseUrl: API, token: 'demo-usage-billing' });
      adapter.subscribe = () => () => {};
      return adapter;
    };
    const tab1 = new CreditStore();
    const tab2 = new CreditStore();
    const key = `test-${Math.random()}`;
    tab1.setAdapter(quietAdapter(), key);
    tab2.setAdapter(quietAdapter(), key);
    const seen: string[] = [];
    tab2.subscribe(() => {});
    tab2.on('transactions', (detail) => seen.push(`transactions:${detail.remote}`));
    await tab2.load();
    const before = tab2.account!.balance;
    await tab1.mutate(async () => {
      await server.fetch(
        new Request(`https://x/api/credits/admin/accounts/${tab2.account!.id}/grants`, {
          method: 'POST',
          headers: { authorization: 'Bearer admin-demo-token', 'content-type': 'application/json' },
          body: JSON.stringify({ amount: 500 }),
        }),
      );
    });
    await waitUntil(() => tab2.account!.balance === before + 500, 'tab 2 never followed');
    expect(seen).to.deep.equal(['transactions:true']);
    tab1.dispose();
    tab2.dispose();
  });

  it('applies only newer account snapshots, so a slow response never rolls back', async () => {
    const provider = await fixture<CreditProvider>(
      html`<credit-provider mock><credit-balance></credit-balance></credit-provider>`,
    );
    await waitUntil(() => provider.store.account);
    const current = provider.store.account!;
    provider.store.setAccount({
      ...current,
      balance: 1,
      updatedAt: new Date(Date.parse(current.updatedAt) - 1000).toISOString(),
    });
    expect(provider.store.account!.balance).to.equal(current.balance);
  });

  it('lets two copies of a define file register without throwing', async () => {
    const { defineElement } = await import('../../src/util/define.js');
    const { CreditBalance } = await import('../../src/elements/credit-balance/credit-balance.js');
    expect(() => defineElement('credit-balance', CreditBalance)).not.to.throw();
    expect(() => defineElement('credit-balance', class extends HTMLElement {})).not.to.throw();
  });
});
