import { expect, oneEvent, waitUntil } from '@open-wc/testing';
import { maybePart, mount, open, outcome, proceed, ready, text } from './helpers.js';

describe('<credit-top-up> hosted payment page (Stripe Checkout)', () => {
  afterEach(() =>
    history.replaceState(null, '', location.pathname + location.search.replace(/[?&]credit_top_up=[^&]*/, '')),
  );

  it('hands over with a cancelable redirect event when the backend answers with a redirect', async () => {
    const { el, provider } = await mount();
    const adapter = provider.store.adapter!;
    const start = adapter.startTopUp.bind(adapter);
    adapter.startTopUp = async (request, options) => ({
      ...(await start(request, options)),
      next: { type: 'redirect', url: 'https://checkout.stripe.com/c/pay/cs_test_1' },
    });
    await open(el);
    await ready(el, '100');
    const redirect = oneEvent(el, 'credit-top-up-redirect');
    el.addEventListener('credit-top-up-redirect', (e) => e.preventDefault(), { once: true });
    await proceed(el, 'status');
    const event = await redirect;
    expect(event.detail.topUp.next).to.deep.equal({
      type: 'redirect',
      url: 'https://checkout.stripe.com/c/pay/cs_test_1',
    });
    expect(text(el, 'status')).to.contain('secure payment page');
  });

  it('resumes on return (?credit_top_up=<id>): opens, shows the outcome, removes the parameter', async () => {
    history.replaceState(
      null,
      '',
      `${location.pathname}${location.search ? `${location.search}&` : '?'}credit_top_up=tu_acc_usage_billing_4`,
    );
    const { el } = await mount();
    await waitUntil(() => el.open && maybePart(el, 'status'), 'dialog opens on return', { timeout: 5000 });
    expect(await outcome(el)).to.equal('pending');
    expect(location.search).to.not.contain('credit_top_up');
  });

  it('completePayment() on a hosted-page payment hands over to the hosted page again; a processing one just waits', async () => {
    const { el, provider } = await mount();
    const adapter = provider.store.adapter!;
    const get = adapter.getTopUp.bind(adapter);
    let next: { type: 'redirect'; url: string } | null = {
      type: 'redirect',
      url: 'https://checkout.stripe.com/c/pay/cs_2',
    };
    adapter.getTopUp = async (id, options) => ({ ...(await get(id, options)), status: 'pending', next });
    const redirect = oneEvent(el, 'credit-top-up-redirect');
    el.addEventListener('credit-top-up-redirect', (e) => e.preventDefault(), { once: true });
    el.completePayment('tu_acc_usage_billing_4');
    expect((await redirect).detail.topUp.next).to.deep.equal(next);
    await waitUntil(() => text(el, 'status').includes('secure payment page'), 'no hand-over shown');
    el.close();
    await waitUntil(() => !el.open);
    // The bank is still processing it (no next step): the pending outcome, nothing to press but Done.
    next = null;
    el.completePayment('tu_acc_usage_billing_4');
    expect(await outcome(el)).to.equal('pending');
    expect(maybePart(el, 'complete-button')).to.equal(null);
    expect(maybePart(el, 'done-button')!.classList.contains('secondary')).to.be.false;
  });
});
