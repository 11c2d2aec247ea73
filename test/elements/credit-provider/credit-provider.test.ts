/**
 * <credit-provider>: which backend, which account, which language, for the
 * elements inside it, and for elements outside any provider.
 */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../../src/elements/credit-balance/define.js';
import '../../../src/elements/credit-provider/define.js';
import { CreditProvider } from '../../../src/elements/credit-provider/credit-provider.js';
import { createMockServer } from '../../../src/mock/index.js';
import { hostAdapter } from '../../helpers/adapters.js';
import { part, partText, waitForPartText } from '../../helpers/elements.js';

const API = 'https://credits.example/api';

/** The page's fetch answered by a reference server, recording every request. */
function serveApi() {
  const server = createMockServer({ presets: ['usage-billing', 'agency-credits'], basePath: '/api' });
  const requests: Request[] = [];
  const original = window.fetch;
  window.fetch = (input: RequestInfo | URL, init?: RequestInit) => {
    const request = new Request(input, init);
    if (!request.url.startsWith(API)) return original(input, init);
    requests.push(request);
    return server.fetch(request);
  };
  return { requests, restore: () => (window.fetch = original) };
}

describe('<credit-provider>', () => {
  let api: ReturnType<typeof serveApi>;
  beforeEach(() => (api = serveApi()));
  afterEach(() => api.restore());

  it('sends the token as a bearer token and switches account when the token changes', async () => {
    const provider = await fixture<CreditProvider>(
      html`<credit-provider api=${API} token="demo-usage-billing"><credit-balance></credit-balance></credit-provider>`,
    );
    const badge = provider.querySelector('credit-balance')!;
    await waitForPartText(badge, 'amount', '€250.00');
    expect(api.requests.some((r) => r.headers.get('authorization') === 'Bearer demo-usage-billing')).to.equal(true);
    provider.token = 'demo-agency-credits';
    await waitForPartText(badge, 'amount', '€300.00');
    const last = api.requests.at(-1)!;
    expect(last.headers.get('authorization')).to.equal('Bearer demo-agency-credits');
  });

  it('credentials="include" sends cookies cross-origin; without it requests stay same-origin', async () => {
    const withCookies = await fixture<CreditProvider>(
      html`<credit-provider api=${API} token="demo-usage-billing" credentials="include"
        ><credit-balance></credit-balance
      ></credit-provider>`,
    );
    await waitForPartText(withCookies.querySelector('credit-balance')!, 'amount', '€250.00');
    expect(api.requests.every((r) => r.credentials === 'include')).to.equal(true);
    api.requests.length = 0;
    const plain = await fixture<CreditProvider>(
      html`<credit-provider api=${API} token="demo-usage-billing"><credit-balance></credit-balance></credit-provider>`,
    );
    await waitForPartText(plain.querySelector('credit-balance')!, 'amount', '€250.00');
    expect(api.requests.length).to.be.greaterThan(0);
    expect(api.requests.every((r) => r.credentials === 'same-origin')).to.equal(true);
  });

  it('locale overrides the nearest lang, live', async () => {
    const root = await fixture<HTMLDivElement>(
      html`<div lang="en">
        <credit-provider mock locale="de"><credit-balance></credit-balance></credit-provider>
      </div>`,
    );
    const provider = root.querySelector('credit-provider')!;
    const badge = root.querySelector('credit-balance')!;
    await waitForPartText(badge, 'amount', '250,00 €');
    expect(partText(badge, 'label')).to.equal('Guthaben');
    provider.locale = null; // back to the page's language
    await waitForPartText(badge, 'amount', '€250.00');
    provider.locale = 'de-AT';
    await waitForPartText(badge, 'amount', '€ 250,00');
  });

  it("an element moved to another provider shows that provider's account", async () => {
    const root = await fixture<HTMLDivElement>(
      html`<div>
        <credit-provider id="a" mock><credit-balance></credit-balance></credit-provider>
        <credit-provider id="b" mock preset="agency-credits"></credit-provider>
      </div>`,
    );
    const badge = root.querySelector('credit-balance')!;
    await waitForPartText(badge, 'amount', '€250.00');
    root.querySelector('#b')!.append(badge);
    await waitForPartText(badge, 'amount', '€300.00');
  });

  it('a provider moved with its elements keeps working (same store, nothing reloaded)', async () => {
    const { adapter } = hostAdapter();
    let reads = 0;
    const get = adapter.getAccount.bind(adapter);
    adapter.getAccount = (o) => (reads++, get(o));
    const root = await fixture<HTMLDivElement>(
      html`<div>
        <aside>
          <credit-provider .adapter=${adapter}><credit-balance></credit-balance></credit-provider>
        </aside>
        <main></main>
      </div>`,
    );
    const provider = root.querySelector('credit-provider')!;
    const badge = provider.querySelector('credit-balance')!;
    await waitForPartText(badge, 'amount', '€250.00');
    const store = provider.store;
    root.querySelector('main')!.append(provider);
    await badge.updateComplete;
    expect(partText(badge, 'amount')).to.equal('€250.00');
    expect(provider.store).to.equal(store);
    expect(reads).to.equal(1);
  });

  it('elements inside a provider that upgrades later find it (script order does not matter)', async () => {
    const tag = `late-provider-${Math.random().toString(36).slice(2)}`;
    // A provider earlier in the page: the badge must not settle for the page default.
    const root = await fixture<HTMLDivElement>(html`<div><credit-provider mock></credit-provider></div>`);
    const late = document.createElement(tag);
    late.setAttribute('mock', '');
    late.setAttribute('preset', 'agency-credits');
    late.append(document.createElement('credit-balance'));
    root.append(late); // the badge upgrades now, its provider does not exist yet
    const badge = late.querySelector('credit-balance')!;
    await badge.updateComplete;
    expect(part(badge, 'amount')).to.equal(null);
    customElements.define(tag, class extends CreditProvider {});
    await waitForPartText(badge, 'amount', '€300.00');
  });

  it('elements outside any provider use the first provider in the document, and the next one when it leaves', async () => {
    const root = await fixture<HTMLDivElement>(
      html`<div>
        <header><credit-balance></credit-balance></header>
        <credit-provider id="first" mock preset="agency-credits"></credit-provider>
        <credit-provider id="second" mock></credit-provider>
      </div>`,
    );
    const badge = root.querySelector('credit-balance')!;
    await waitForPartText(badge, 'amount', '€300.00');
    root.querySelector('#first')!.remove();
    await waitForPartText(badge, 'amount', '€250.00');
    await waitUntil(() => !badge.hasAttribute('loading'));
  });
});
