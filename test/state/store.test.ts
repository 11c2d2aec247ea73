import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { setupWorker } from 'msw/browser';
import '../../src/elements/credit-provider/define.js';
import '../../src/elements/credit-balance/define.js';
import '../../src/elements/credit-billing-details/define.js';
import '../../src/elements/credit-transactions/define.js';
import type { CreditProvider } from '../../src/elements/credit-provider/credit-provider.js';
import { createMockServer } from '../../src/mock/index.js';
import { mockHandlers } from '../../src/mock/msw.js';
import { gate, hostAdapter } from '../helpers/adapters.js';
import { NORTHWIND_DE } from '../helpers/buyers.js';
import { part, partText, waitForPartText } from '../helpers/elements.js';

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
    tab1.setAdapter(quietAdapter(), { tabScope: key });
    tab2.setAdapter(quietAdapter(), { tabScope: key });
    const seen: string[] = [];
    const stop1 = tab1.subscribe(() => {});
    const stop2 = tab2.subscribe(() => {});
    tab2.on('transactions', (detail) => seen.push(`transactions:${detail.remote}`));
    await Promise.all([tab1.load(), tab2.load()]);
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
    stop1();
    stop2();
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

describe('store life cycle', () => {
  it('does not stick in loading when the provider moves in the DOM during the first load', async () => {
    const { adapter } = hostAdapter();
    const held = gate(adapter as unknown as Record<string, unknown>, 'getAccount');
    const root = await fixture<HTMLDivElement>(
      html`<div>
        <section id="a">
          <credit-provider .adapter=${adapter}><credit-balance></credit-balance></credit-provider>
        </section>
        <section id="b"></section>
      </div>`,
    );
    const provider = root.querySelector('credit-provider')!;
    await waitUntil(() => held.waiting > 0, 'the first load never started');
    root.querySelector('#b')!.append(provider); // moved while the first request is on its way
    held.release();
    await waitForPartText(provider.querySelector('credit-balance')!, 'amount', '€250.00');
    expect(provider.store.status).to.equal('ready');
  });

  it('closes the live stream when the last element leaves, and opens it again when one comes back', async () => {
    const { adapter, live } = hostAdapter();
    const provider = await fixture<CreditProvider>(
      html`<credit-provider .adapter=${adapter}><credit-balance></credit-balance></credit-provider>`,
    );
    const badge = provider.querySelector('credit-balance')!;
    await waitUntil(() => live.open === 1, 'stream never opened');
    badge.remove();
    expect(live.open, 'closed with the last listener').to.equal(0);
    provider.append(badge);
    await waitUntil(() => live.open === 1, 'stream never reopened');
    expect(live.opened).to.equal(2);
  });

  it('shows nothing from a provider that left the page (elements outside any provider)', async () => {
    const { adapter, live } = hostAdapter();
    const root = await fixture<HTMLDivElement>(
      html`<div><credit-balance></credit-balance><credit-provider .adapter=${adapter}></credit-provider></div>`,
    );
    const badge = root.querySelector('credit-balance')!;
    await waitForPartText(badge, 'amount', '€250.00');
    root.querySelector('credit-provider')!.remove();
    await waitUntil(() => !part(badge, 'amount'), 'still showing a removed provider');
    expect(live.open, 'and stops listening to it').to.equal(0);
  });
});

describe('shared resources', () => {
  it('fetches shared state once however many elements show it, and a write shows in all of them at once', async () => {
    const { adapter } = hostAdapter();
    let reads = 0;
    const get = adapter.getBillingDetails.bind(adapter);
    adapter.getBillingDetails = (o) => (reads++, get(o));
    const provider = await fixture<CreditProvider>(
      html`<credit-provider .adapter=${adapter}
        ><credit-billing-details id="a"></credit-billing-details><credit-billing-details id="b"></credit-billing-details
      ></credit-provider>`,
    );
    const [a, b] = [...provider.querySelectorAll('credit-billing-details')];
    await waitUntil(() => a!.shadowRoot!.querySelector('form')?.getAttribute('aria-busy') === 'false');
    expect(reads).to.equal(1);
    await provider.store.saveBillingDetails(NORTHWIND_DE, 'key-1');
    await b!.updateComplete;
    expect(b!.shadowRoot!.querySelector<HTMLInputElement>('[name="company"]')!.value).to.equal('Northwind GmbH');
    expect(reads, 'the write answered with the new state: nothing to refetch').to.equal(1);
  });

  it('asks nothing and shows no error while no backend is configured yet', async () => {
    const provider = await fixture<CreditProvider>(
      html`<credit-provider><credit-billing-details></credit-billing-details></credit-provider>`,
    );
    const form = provider.querySelector('credit-billing-details')!;
    await form.updateComplete;
    expect(partText(form, 'status')).to.equal('');
    const { adapter } = hostAdapter();
    await adapter.saveBillingDetails(NORTHWIND_DE, { idempotencyKey: 'seed' });
    provider.adapter = adapter;
    await waitUntil(() => form.shadowRoot!.querySelector<HTMLInputElement>('[name="city"]')?.value === 'Berlin');
    expect(partText(form, 'status')).to.equal('');
  });

  it('a backend without live events refreshes the history too when it polls', async () => {
    const { adapter, live } = hostAdapter();
    const provider = await fixture<CreditProvider>(
      html`<credit-provider .adapter=${adapter}><credit-transactions></credit-transactions></credit-provider>`,
    );
    const history = provider.querySelector('credit-transactions')!;
    await waitUntil(() => history.entries.length > 0, 'history never loaded');
    const before = history.entries.length;
    await adapter.admin!.grantCredits({ amount: 700, note: 'Goodwill' });
    live.emit({ type: 'resync' }); // what a polling backend's tick says
    await waitUntil(() => history.entries.length === before + 1, 'history never refreshed');
    expect(history.entries[0]!.amount).to.equal(700);
    await waitUntil(() => provider.store.account!.balance === 25_700, 'balance never refreshed');
  });

  it("shares a host adapter's writes with other tabs of the same account", async () => {
    // Two providers with their own adapters over one backend stand in for two tabs:
    // each store has its own BroadcastChannel object, which is what two tabs have.
    const tab1 = hostAdapter();
    const tab2 = hostAdapter({ server: tab1.server });
    const root = await fixture<HTMLDivElement>(
      html`<div>
        <credit-provider id="one" .adapter=${tab1.adapter}><credit-balance></credit-balance></credit-provider>
        <credit-provider id="two" .adapter=${tab2.adapter}><credit-balance></credit-balance></credit-provider>
      </div>`,
    );
    const [one, two] = [...root.querySelectorAll('credit-provider')];
    await waitForPartText(two!.querySelector('credit-balance')!, 'amount', '€250.00');
    await one!.store.mutate((a) => a.admin!.grantCredits({ amount: 1000 }), ['account', 'transactions']);
    await waitForPartText(two!.querySelector('credit-balance')!, 'amount', '€260.00');
  });
});
