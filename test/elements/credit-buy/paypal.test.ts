import { expect, oneEvent, waitUntil } from '@open-wc/testing';
import { expectAccessible } from '../../helpers/a11y.js';
import { part, waitForPartText } from '../../helpers/elements.js';
import { balanceOf, chooseMethod, choosePackage, mount, quoted } from './helpers.js';

/** A local fake of PayPal's REST API (OAuth + Orders v2), recording what the mock server sent. */
function fakePaypalApi() {
  const calls: { path: string; requestId: string | null; auth: string | null; body: any }[] = [];
  const orders = new Map<string, string>();
  const fetch = async (input: RequestInfo | URL, init: RequestInit = {}) => {
    const url = new URL(String(input));
    const headers = new Headers(init.headers);
    const body = typeof init.body === 'string' && init.body.startsWith('{') ? JSON.parse(init.body) : init.body;
    calls.push({
      path: url.pathname,
      requestId: headers.get('paypal-request-id'),
      auth: headers.get('authorization'),
      body,
    });
    const json = (data: unknown, status = 200) =>
      new Response(JSON.stringify(data), { status, headers: { 'content-type': 'application/json' } });
    if (url.pathname === '/v1/oauth2/token') return json({ access_token: 'A21-test', expires_in: 3600 });
    if (url.pathname === '/v2/checkout/orders') {
      const requestId = headers.get('paypal-request-id')!;
      const id = orders.get(requestId) ?? `ORDER-${orders.size + 1}`;
      orders.set(requestId, id);
      return json({ id, status: 'CREATED' }, 201);
    }
    const capture = /^\/v2\/checkout\/orders\/([^/]+)\/capture$/.exec(url.pathname);
    if (capture) return json({ id: capture[1], status: 'COMPLETED' }, 201);
    return json({ name: 'NOT_FOUND' }, 404);
  };
  return { fetch, calls };
}

describe('<credit-buy> PayPal', () => {
  it('simulated: a test-mode approval button, no SDK loaded', async () => {
    const { root, buy } = await mount('agency-credits');
    await choosePackage(buy, 0);
    await chooseMethod(buy, 'paypal');
    (await quoted(buy)).click();
    await waitUntil(() => part(buy, 'paypal-simulated-button'), 'no simulated approval');
    expect((window as { paypal?: unknown }).paypal).to.be.undefined;
    await expectAccessible(buy);
    const done = oneEvent(buy, 'credit-purchase-completed');
    part<HTMLButtonElement>(buy, 'paypal-simulated-button')!.click();
    expect((await done).detail.topUp.method).to.equal('paypal');
    await waitForPartText(buy, 'status', /added to your balance\./);
    await waitUntil(() => balanceOf(root) === '€400.00');
  });

  it('real path: loads the SDK from sdkBaseUrl, creates and captures an Orders v2 order with PayPal-Request-Id', async () => {
    const api = fakePaypalApi();
    const { root, buy } = await mount('agency-credits', {
      server: {
        paypal: {
          clientId: 'test-client-id',
          clientSecret: 'test-secret',
          apiBase: 'https://paypal.fake',
          sdkBaseUrl: new URL('./fixtures/paypal-sdk.js', import.meta.url).pathname,
          fetch: api.fetch,
        },
      },
    });
    await choosePackage(buy, 1);
    await chooseMethod(buy, 'paypal');
    (await quoted(buy)).click();
    const stubButton = await waitUntil(
      () => buy.querySelector('[slot="paypal"] .paypal-stub-button'),
      'PayPal buttons never rendered',
      { timeout: 5000 },
    ).then(() => buy.querySelector<HTMLButtonElement>('[slot="paypal"] .paypal-stub-button')!);
    const stub = (window as unknown as { __paypalStub: { clientId: string; currency: string } }).__paypalStub;
    expect(stub.clientId).to.equal('test-client-id');
    expect(stub.currency).to.equal('EUR');
    const create = api.calls.find((c) => c.path === '/v2/checkout/orders')!;
    expect(create.requestId).to.match(/^tu_/);
    expect(create.auth).to.equal('Bearer A21-test');
    expect(create.body.purchase_units[0].amount).to.deep.equal({ currency_code: 'EUR', value: '585.40' });
    await expectAccessible(buy);
    const done = oneEvent(buy, 'credit-purchase-completed');
    stubButton.click();
    await done;
    const capture = api.calls.find((c) => c.path.endsWith('/capture'))!;
    expect(capture.path).to.equal('/v2/checkout/orders/ORDER-1/capture');
    expect(capture.requestId).to.equal(`${create.requestId}-capture`);
    await waitUntil(() => balanceOf(root) === '€800.00', `balance ${balanceOf(root)}`);
    expect(buy.querySelector('[slot="paypal"]')).to.be.null;
  });
});
