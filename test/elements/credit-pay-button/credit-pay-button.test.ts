import { aTimeout, expect, html, oneEvent, waitUntil } from '@open-wc/testing';
import { CreditsError } from '../../../src/adapter/errors.js';
import type { CreditPaidEvent, CreditPayFailedEvent } from '../../../src/elements/credit-pay-button/define.js';
import { expectAccessible } from '../../helpers/a11y.js';
import { part, partText, waitForPartText } from '../../helpers/elements.js';
import { layoutProblems } from '../../../scripts/shots/page/layout-check.js';
import { agencyPage, confirmPayment } from './fixture.js';

describe('<credit-pay-button> visibility', () => {
  it('shows "Buy with credit" for a payable service with the backend price', async () => {
    const { buttons } = await agencyPage(
      html`<credit-pay-button item-type="service" item-id="svc-logo"></credit-pay-button>`,
    );
    const [b] = buttons;
    expect(b!.hidden).to.be.false;
    expect(b!.unavailable).to.be.false;
    expect(partText(b!, 'button')).to.match(/^Buy with credit · ?€120\.00$|^Buy with credit €120\.00$/);
    expect(partText(b!, 'price')).to.equal('€120.00');
    await expectAccessible(b!);
  });

  it('shows "Pay with credit" for an open invoice, in German too', async () => {
    const { buttons } = await agencyPage(
      html`<credit-pay-button item-type="invoice" item-id="inv-2001"></credit-pay-button>`,
      'de',
    );
    expect(partText(buttons[0]!, 'button')).to.contain('Mit Guthaben bezahlen');
    expect(partText(buttons[0]!, 'price')).to.equal('150,00 €');
  });

  it('renders nothing for a not-eligible item and an invoice above the balance', async () => {
    const { buttons } = await agencyPage(
      html`<credit-pay-button item-type="service" item-id="svc-audit"></credit-pay-button>
        <credit-pay-button item-type="invoice" item-id="inv-2002"></credit-pay-button>`,
    );
    for (const b of buttons) {
      expect(b.hidden, b.itemId).to.be.true;
      expect(b.hasAttribute('hidden')).to.be.true;
    }
  });

  it('show-unavailable shows a disabled button with the reason', async () => {
    const { buttons } = await agencyPage(
      html`<credit-pay-button show-unavailable item-type="service" item-id="svc-audit"></credit-pay-button>
        <credit-pay-button show-unavailable item-type="invoice" item-id="inv-2002"></credit-pay-button>`,
    );
    const [audit, big] = buttons;
    expect(audit!.hidden).to.be.false;
    expect(audit!.unavailable).to.be.true;
    expect(audit!.hasAttribute('unavailable')).to.be.true;
    expect(part(audit!, 'button')!.getAttribute('aria-disabled')).to.equal('true');
    expect(partText(audit!, 'reason')).to.equal('This cannot be paid with credit.');
    expect(partText(big!, 'reason')).to.equal('Your balance is €600.00 short.');
    expect(partText(big!, 'top-up')).to.equal('Top up the difference (€600.00)');
    await expectAccessible(audit!);
    await expectAccessible(big!);
  });

  it("keeps the host's disabled: a payable item's button stays disabled and pays nothing", async () => {
    const { buttons, balance } = await agencyPage(
      html`<credit-pay-button item-type="service" item-id="svc-logo" disabled></credit-pay-button>`,
    );
    const [b] = buttons;
    expect(b!.disabled, 'the element leaves the host switch alone').to.be.true;
    expect(b!.unavailable).to.be.false;
    const button = part<HTMLButtonElement>(b!, 'button')!;
    expect(button.getAttribute('aria-disabled')).to.equal('true');
    let asked = 0;
    b!.addEventListener('credit-before-pay', () => asked++);
    button.click();
    await b!.updateComplete;
    expect(asked).to.equal(0);
    expect(balance()).to.equal(30_000);
  });

  it('hides every button live when credit payments are switched off, and shows them again', async () => {
    const { buttons, admin } = await agencyPage(
      html`<credit-pay-button item-type="service" item-id="svc-logo"></credit-pay-button>
        <credit-pay-button show-unavailable item-type="invoice" item-id="inv-2001"></credit-pay-button>`,
    );
    const [logo, inv] = buttons;
    await admin.setCreditPayments(false);
    await waitUntil(() => logo!.hidden, 'service button did not hide');
    await waitForPartText(inv!, 'reason', 'Paying with credit is switched off for this account.');
    await admin.setCreditPayments(true);
    await waitUntil(() => !logo!.hidden && !inv!.unavailable, 'buttons did not come back');
  });

  it('re-evaluates when the balance changes elsewhere on the page', async () => {
    const { buttons, admin } = await agencyPage(
      html`<credit-pay-button item-type="service" item-id="svc-logo"></credit-pay-button>
        <credit-pay-button item-type="invoice" item-id="inv-2001"></credit-pay-button>
        <credit-pay-button item-type="invoice" item-id="inv-2002"></credit-pay-button>`,
    );
    const [logo, inv1, inv2] = buttons;
    expect(inv2!.hidden).to.be.true;
    // Another element pays: €300 → €180; the €150 invoice stays payable.
    await confirmPayment(logo!);
    await waitUntil(() => partText(logo!, 'status').includes('bought'), 'first payment did not finish');
    await waitUntil(() => !inv1!.hasAttribute('loading'));
    expect(inv1!.hidden).to.be.false;
    // The operator takes €100 back (server event): €80 is short of both.
    await admin.refundCredits({ amount: 10000, note: 'test' });
    await waitUntil(() => inv1!.hidden, 'invoice button did not hide after the balance dropped');
    await waitUntil(() => logo!.unavailable, 'service button did not become unavailable');
    // A grant raises it again and the big invoice becomes payable.
    await admin.grantCredits({ amount: 90000 });
    await waitUntil(() => !inv2!.hidden && !inv1!.hidden, 'buttons did not come back after the grant');
  });

  it('re-evaluates when item-id changes', async () => {
    const { buttons } = await agencyPage(
      html`<credit-pay-button item-type="service" item-id="svc-audit"></credit-pay-button>`,
    );
    const [b] = buttons;
    expect(b!.hidden).to.be.true;
    b!.itemId = 'svc-logo';
    await waitUntil(() => !b!.hidden && partText(b!, 'price') === '€120.00', 'did not re-evaluate');
  });
});

describe('<credit-pay-button> confirming', () => {
  it('the first click asks to confirm (what is paid, the balance after); only Confirm pays', async () => {
    const { buttons, balance } = await agencyPage(
      html`<credit-pay-button item-type="invoice" item-id="inv-2001"></credit-pay-button>`,
    );
    const [b] = buttons;
    let paid = 0;
    b!.addEventListener('credit-paid', () => paid++);
    const button = part(b!, 'button')!;
    expect(button.getAttribute('aria-expanded')).to.equal('false');
    button.click();
    await waitUntil(() => part(b!, 'confirm'), 'no confirmation');
    expect(partText(b!, 'confirm-text')).to.equal(
      'Pay Invoice INV-2001 (€150.00) from your credit. Balance after: €150.00.',
    );
    expect(button.getAttribute('aria-expanded')).to.equal('true');
    expect(b!.matches(':state(confirming)') && b!.hasAttribute('confirming')).to.equal(true);
    expect(b!.shadowRoot!.activeElement, 'focus moves to Confirm').to.equal(part(b!, 'confirm-button'));
    await expectAccessible(b!);
    // A double click's second click lands on the open button: still nothing paid.
    button.click();
    await aTimeout(150);
    expect(paid).to.equal(0);
    expect(balance()).to.equal(30_000);
    part(b!, 'confirm-button')!.click();
    await waitUntil(() => paid === 1, 'Confirm did not pay');
    expect(balance()).to.equal(15_000);
  });

  it('Cancel and Escape close the confirmation, pay nothing and give focus back', async () => {
    const { buttons, balance } = await agencyPage(
      html`<credit-pay-button item-type="service" item-id="svc-logo"></credit-pay-button>`,
    );
    const [b] = buttons;
    part(b!, 'button')!.click();
    await waitUntil(() => part(b!, 'cancel-button'));
    part(b!, 'cancel-button')!.click();
    await waitUntil(() => !part(b!, 'confirm'), 'Cancel left the confirmation open');
    expect(b!.shadowRoot!.activeElement).to.equal(part(b!, 'button'));
    part(b!, 'button')!.click();
    await waitUntil(() => part(b!, 'confirm-button'));
    part(b!, 'confirm-button')!.dispatchEvent(
      new KeyboardEvent('keydown', { key: 'Escape', bubbles: true, composed: true }),
    );
    await waitUntil(() => !part(b!, 'confirm'), 'Escape left the confirmation open');
    expect(b!.shadowRoot!.activeElement).to.equal(part(b!, 'button'));
    expect(balance()).to.equal(30_000);
  });

  it('no-confirm pays on the first click (the host confirmed in its own UI)', async () => {
    const { buttons, balance } = await agencyPage(
      html`<credit-pay-button no-confirm item-type="service" item-id="svc-logo"></credit-pay-button>`,
    );
    const [b] = buttons;
    expect(part(b!, 'button')!.hasAttribute('aria-expanded')).to.be.false;
    part(b!, 'button')!.click();
    await waitUntil(() => balance() === 18_000, 'no-confirm did not pay');
    expect(part(b!, 'confirm')).to.equal(null);
  });

  it('shows the confirmation and paid state in German', async () => {
    const { buttons } = await agencyPage(
      html`<credit-pay-button item-type="service" item-id="svc-logo"></credit-pay-button>`,
      'de',
    );
    const [b] = buttons;
    part(b!, 'button')!.click();
    await waitUntil(() => part(b!, 'confirm'));
    expect(partText(b!, 'confirm-text')).to.equal(
      'Logo design für 120,00 € mit Guthaben kaufen. Guthaben danach: 180,00 €.',
    );
    expect(partText(b!, 'confirm-button')).to.equal('Bestätigen');
    expect(partText(b!, 'cancel-button')).to.equal('Abbrechen');
    part(b!, 'confirm-button')!.click();
    await waitForPartText(b!, 'paid', 'Gekauft✓');
    expect(partText(b!, 'buy-again')).to.equal('Erneut kaufen');
  });
});

describe('<credit-pay-button> paying', () => {
  it('clicks after success charge nothing: the service shows "Purchased ✓", "Buy again" asks again', async () => {
    const { buttons, balance, adapter } = await agencyPage(
      html`<credit-pay-button item-type="service" item-id="svc-logo"></credit-pay-button>`,
    );
    const [b] = buttons;
    let paid = 0;
    b!.addEventListener('credit-paid', () => paid++);
    part(b!, 'button')!.click();
    part(b!, 'button')!.click();
    await waitUntil(() => part(b!, 'confirm-button'));
    const confirm = part(b!, 'confirm-button')!;
    confirm.click();
    confirm.click();
    confirm.click();
    await waitUntil(() => paid === 1 && !b!.hasAttribute('loading'));
    await waitUntil(() => part(b!, 'paid'), 'no purchased state');
    expect(partText(b!, 'paid')).to.equal('Purchased✓');
    expect(b!.matches(':state(paid)') && b!.hasAttribute('paid')).to.equal(true);
    expect(part(b!, 'button'), 'the pay button does not re-arm').to.equal(null);
    expect(b!.shadowRoot!.activeElement, 'focus stays in the element').to.equal(part(b!, 'paid'));
    // Seconds later the customer clicks again where the button was, and on "Buy again": still charged once.
    await aTimeout(200);
    confirm.click(); // the Confirm that was on screen: gone with the purchase, it pays nothing

    part(b!, 'buy-again')!.click();
    await waitUntil(() => part(b!, 'confirm'), '"Buy again" did not ask to confirm');
    await aTimeout(150);
    expect(paid).to.equal(1);
    expect((await adapter.getAccount()).balance, 'the server charged once').to.equal(18_000);
    const history = await adapter.listTransactions({ limit: 20 });
    expect(
      history.items.filter(
        (t) => t.kind === 'payment' && t.reference === 'svc-logo' && Date.now() - Date.parse(t.createdAt) < 60_000,
      ),
    ).to.have.length(1);
    // Confirming "Buy again" is a new, deliberate purchase.
    part(b!, 'confirm-button')!.click();
    await waitUntil(() => paid === 2);
    expect((await adapter.getAccount()).balance).to.equal(6000);
    expect(balance()).to.equal(6000);
  });

  it('after the purchase the balance is short of another one: no "short" message beside "bought"', async () => {
    const { buttons, admin } = await agencyPage(
      html`<credit-pay-button show-unavailable item-type="service" item-id="svc-logo"></credit-pay-button>`,
    );
    const [b] = buttons;
    await admin.refundCredits({ amount: 10_000, note: 'test' }); // €200 left: one logo, not two
    await confirmPayment(b!);
    await waitUntil(() => part(b!, 'paid') && !b!.hasAttribute('loading'), 'no purchased state');
    await aTimeout(100);
    expect(partText(b!, 'status')).to.equal('Logo design bought for €120.00. Your balance has been updated.');
    expect(part(b!, 'reason'), 'no shortfall beside the purchase').to.equal(null);
    expect(part(b!, 'top-up')).to.equal(null);
    expect(part(b!, 'buy-again'), 'nothing to buy again with €80').to.equal(null);
  });

  it('credit-paid carries the payment and its Out transaction; the balance updates everywhere', async () => {
    const { buttons, provider } = await agencyPage(
      html`<credit-pay-button item-type="invoice" item-id="inv-2001"></credit-pay-button>
        <credit-pay-button show-unavailable item-type="invoice" item-id="inv-2001"></credit-pay-button>`,
    );
    const [a, b] = buttons;
    part(a!, 'button')!.click();
    await waitUntil(() => part(a!, 'confirm-button'));
    setTimeout(() => part(a!, 'confirm-button')!.click());
    const event = (await oneEvent(a!, 'credit-paid')) as CreditPaidEvent;
    expect(event.detail.payment.itemId).to.equal('inv-2001');
    expect(event.detail.transaction).to.include({
      direction: 'out',
      kind: 'payment',
      amount: 15000,
      reference: 'inv-2001',
    });
    expect(provider.store.account!.balance).to.equal(15000);
    // The paid invoice no longer offers payment: the paid state in both.
    await waitUntil(() => part(a!, 'paid') && !part(a!, 'button'), 'paid badge missing');
    await waitUntil(() => part(b!, 'paid') && !part(b!, 'button'), 'the other button did not show the paid state');
    expect(partText(a!, 'paid')).to.equal('Paid✓');
    expect(partText(a!, 'status')).to.equal('Invoice INV-2001 paid with €150.00 of credit.');
    await expectAccessible(a!);
  });

  it('an invoice paid earlier shows "Paid ✓", not a disabled pay button (with or without show-unavailable)', async () => {
    const { root, adapter } = await agencyPage(
      html`<credit-pay-button item-type="service" item-id="svc-logo"></credit-pay-button>`,
    );
    await adapter.payWithCredits({ itemType: 'invoice', itemId: 'inv-2001' }, { idempotencyKey: crypto.randomUUID() });
    const provider = root.querySelector('credit-provider')!;
    provider.insertAdjacentHTML(
      'beforeend',
      '<credit-pay-button item-type="invoice" item-id="inv-2001"></credit-pay-button>' +
        '<credit-pay-button show-unavailable item-type="invoice" item-id="inv-2001"></credit-pay-button>',
    );
    for (const b of [...root.querySelectorAll('credit-pay-button')].slice(1)) {
      await waitUntil(() => part(b, 'paid'), 'no paid state');
      expect(b.hidden).to.be.false;
      expect(partText(b, 'paid')).to.equal('Paid✓');
      expect(part(b, 'button')).to.equal(null);
      expect(part(b, 'reason')).to.equal(null);
      expect(b.matches(':state(paid)')).to.be.true;
    }
  });

  it('credit-before-pay can be cancelled; pay() then pays after confirmation', async () => {
    const { buttons, balance } = await agencyPage(
      html`<credit-pay-button no-confirm item-type="service" item-id="svc-logo"></credit-pay-button>`,
    );
    const [b] = buttons;
    let details: unknown;
    b!.addEventListener('credit-before-pay', (e) => {
      details = e.detail;
      e.preventDefault();
    });
    part(b!, 'button')!.click();
    await aTimeout(150);
    expect(details).to.include({ itemType: 'service', itemId: 'svc-logo', price: 12000, name: 'Logo design' });
    expect(balance()).to.equal(30000);
    expect(b!.hasAttribute('loading')).to.be.false;
    const payment = await b!.pay();
    expect(payment?.amount).to.equal(12000);
    expect(balance()).to.equal(18000);
  });

  it('a failure shows a clear message and fires credit-pay-failed', async () => {
    const { buttons, adapter } = await agencyPage(
      html`<credit-pay-button item-type="service" item-id="svc-logo"></credit-pay-button>`,
    );
    const [b] = buttons;
    adapter.payWithCredits = async () => {
      throw new CreditsError('insufficient_credits', 'raw server text');
    };
    part(b!, 'button')!.click();
    await waitUntil(() => part(b!, 'confirm-button'));
    setTimeout(() => part(b!, 'confirm-button')!.click());
    const event = (await oneEvent(b!, 'credit-pay-failed')) as CreditPayFailedEvent;
    expect(event.detail.code).to.equal('insufficient_credits');
    await waitForPartText(b!, 'status', 'Payment failed: Your balance is too low for this.');
    expect(partText(b!, 'status')).not.to.contain('raw server text');
    expect(b!.matches(':state(failed)') && b!.hasAttribute('failed')).to.equal(true);
    await expectAccessible(b!);
  });

  it('a retry after a network error reuses the idempotency key: charged once', async () => {
    const { buttons, adapter, balance } = await agencyPage(
      html`<credit-pay-button item-type="service" item-id="svc-logo"></credit-pay-button>`,
    );
    const [b] = buttons;
    const original = adapter.payWithCredits.bind(adapter);
    const keys: string[] = [];
    adapter.payWithCredits = async (item, options) => {
      keys.push(options.idempotencyKey);
      const payment = await original(item, options);
      // The answer is lost on the way back the first time.
      if (keys.length === 1) throw new CreditsError('network_error', 'lost');
      return payment;
    };
    await confirmPayment(b!);
    await waitForPartText(b!, 'status', /could not be reached/);
    await confirmPayment(b!);
    await waitForPartText(b!, 'status', /bought/);
    expect(keys).to.have.length(2);
    expect(keys[0]).to.equal(keys[1]);
    expect(balance()).to.equal(18000);
  });

  it('shows an error with retry when payability cannot be checked', async () => {
    const { buttons, adapter } = await agencyPage(
      html`<credit-pay-button item-type="service" item-id="svc-audit"></credit-pay-button>`,
    );
    const [b] = buttons;
    const original = adapter.getPayability.bind(adapter);
    adapter.getPayability = async () => {
      throw new CreditsError('malformed_response', 'bad');
    };
    b!.itemId = 'svc-logo';
    await waitUntil(() => part(b!, 'retry'), 'no retry shown');
    expect(b!.hidden).to.be.false;
    adapter.getPayability = original;
    part(b!, 'retry')!.click();
    await waitUntil(() => partText(b!, 'price') === '€120.00');
  });
});

describe('<credit-pay-button> top up the difference', () => {
  class StubTopUp extends HTMLElement {
    shown = 0;
    show() {
      this.shown++;
    }
  }
  if (!customElements.get('credit-top-up')) customElements.define('credit-top-up', StubTopUp);

  it("opens the page's <credit-top-up> prefilled with the shortfall", async () => {
    const { root, buttons } = await agencyPage(
      html`<credit-pay-button show-unavailable item-type="invoice" item-id="inv-2002"></credit-pay-button>
        <credit-top-up></credit-top-up>`,
    );
    const topUp = root.querySelector('credit-top-up') as unknown as StubTopUp;
    const requested = oneEvent(buttons[0]!, 'credit-top-up-request');
    part(buttons[0]!, 'top-up')!.click();
    expect((await requested).detail).to.include({ shortfall: 60000, itemId: 'inv-2002' });
    expect(topUp.getAttribute('amount')).to.equal('60000');
    expect(topUp.shown).to.equal(1);
  });

  it('lets a host handle the shortfall by cancelling credit-top-up-request', async () => {
    const { root, buttons } = await agencyPage(
      html`<credit-pay-button show-unavailable item-type="invoice" item-id="inv-2002"></credit-pay-button>
        <credit-top-up></credit-top-up>`,
    );
    buttons[0]!.addEventListener('credit-top-up-request', (e) => e.preventDefault());
    part(buttons[0]!, 'top-up')!.click();
    const topUp = root.querySelector('credit-top-up') as unknown as StubTopUp;
    expect(topUp.shown).to.equal(0);
    expect(topUp.hasAttribute('amount')).to.be.false;
  });
});

describe('<credit-pay-button> layout', () => {
  for (const lang of ['en', 'de']) {
    it(`fits a 320 px container in every state (${lang}): idle, short, confirming, paid`, async () => {
      const { root, buttons } = await agencyPage(
        html`<div class="box" style="width:320px">
          <credit-pay-button item-type="invoice" item-id="inv-2001"></credit-pay-button>
          <credit-pay-button show-unavailable item-type="invoice" item-id="inv-2002"></credit-pay-button>
          <credit-pay-button item-type="service" item-id="svc-logo"></credit-pay-button>
        </div>`,
        lang,
      );
      const box = root.querySelector<HTMLElement>('.box')!;
      const check = (what: string): void => {
        expect(layoutProblems({ root: box, container: box }), `${lang} ${what}`).to.deep.equal([]);
      };
      check('idle and short');
      const [invoice, , logo] = buttons;
      part(logo!, 'button')!.click();
      await waitUntil(() => part(logo!, 'confirm'));
      check('confirming');
      await confirmPayment(invoice!);
      await waitUntil(() => part(invoice!, 'paid'));
      check('paid');
    });
  }
});
