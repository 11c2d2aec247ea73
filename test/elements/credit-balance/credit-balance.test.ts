import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../../src/elements/credit-provider/define.js';
import '../../../src/elements/credit-balance/define.js';
import { HttpAdapter } from '../../../src/adapter/http-adapter.js';
import type { CreditBalance } from '../../../src/elements/credit-balance/credit-balance.js';
import type { CreditProvider } from '../../../src/elements/credit-provider/credit-provider.js';
import { layoutProblems } from '../../../scripts/shots/page/layout-check.js';
import { expectAccessible } from '../../helpers/a11y.js';
import { part, partText, waitForPartText } from '../../helpers/elements.js';

async function mockBadge(preset = 'usage-billing', lang = 'en') {
  const root = await fixture<HTMLDivElement>(
    html`<div lang=${lang}>
      <credit-provider mock preset=${preset}><credit-balance></credit-balance></credit-provider>
    </div>`,
  );
  const badge = root.querySelector('credit-balance')!;
  const provider = root.querySelector('credit-provider')!;
  await waitUntil(() => part(badge, 'amount'), 'balance never rendered', { timeout: 5000 });
  return { root, badge, provider };
}

describe('<credit-balance>', () => {
  describe('rendering', () => {
    it('shows the usage-billing balance in euros', async () => {
      const { badge } = await mockBadge();
      expect(partText(badge, 'amount')).to.equal('€250.00');
      expect(partText(badge, 'label')).to.equal('Balance');
      expect(badge.hasAttribute('loading')).to.be.false;
      expect(badge.hidden).to.be.false;
    });

    it('speaks German from the nearest lang attribute', async () => {
      const { badge } = await mockBadge('usage-billing', 'de');
      expect(partText(badge, 'amount')).to.equal('250,00 €');
      expect(partText(badge, 'label')).to.equal('Guthaben');
    });

    it('shows credit units with their label for the credits model', async () => {
      const { badge } = await mockBadge('scan-credits');
      expect(partText(badge, 'amount')).to.match(/^\d{1,3}(,\d{3})* scan credits$/);
    });

    it('puts expiring credits into its accessible description', async () => {
      const { badge } = await mockBadge('scan-credits');
      const base = part(badge, 'base')!;
      const description = badge.shadowRoot!.getElementById(base.getAttribute('aria-describedby')!)!;
      expect(description.textContent).to.match(/scan credits? expire on/);
      expect(base.getAttribute('title')).to.equal(description.textContent);
    });

    it('shows a loading state with a busy base before the account arrives', async () => {
      const el = await fixture<CreditBalance>(html`<credit-balance></credit-balance>`);
      // No provider anywhere on the page: stays loading, never throws.
      expect(el.hasAttribute('loading')).to.be.true;
      expect(part(el, 'base')!.getAttribute('aria-busy')).to.equal('true');
    });
  });

  describe('states', () => {
    it('reflects low when the balance is below the threshold', async () => {
      const { badge, provider } = await mockBadge();
      expect(badge.low).to.be.false;
      await provider.store.adapter!.admin!.refundCredits({ amount: 24_000 });
      await waitUntil(() => badge.hasAttribute('low'), 'low never reflected');
      expect(partText(badge, 'amount')).to.equal('€10.00');
    });

    it('shows low beyond colour: a warning icon and the word, in English and German', async () => {
      for (const [lang, word] of [
        ['en', 'Low'],
        ['de', 'Niedrig'],
      ] as const) {
        const { badge, provider } = await mockBadge('usage-billing', lang);
        expect(part(badge, 'low')).to.equal(null);
        const coin = part(badge, 'icon')!.innerHTML;
        await provider.store.adapter!.admin!.refundCredits({ amount: 24_000 });
        await waitUntil(() => part(badge, 'low'), 'no visible low marker');
        expect(partText(badge, 'low')).to.equal(word);
        expect(getComputedStyle(part(badge, 'low')!).display).to.not.equal('none');
        expect(part(badge, 'icon')!.innerHTML, 'the icon changes too').to.not.equal(coin);
      }
    });

    for (const variant of ['badge', 'figure']) {
      it(`fits a 320 px column as a ${variant}, in German with the expiry line and low`, async () => {
        const root = await fixture<HTMLDivElement>(
          html`<div lang="de" style="display: grid; width: 320px">
            <credit-provider mock preset="scan-credits"
              ><credit-balance variant=${variant}></credit-balance
            ></credit-provider>
          </div>`,
        );
        const badge = root.querySelector('credit-balance')!;
        await waitUntil(() => part(badge, 'expiring'), 'expiry line', { timeout: 5000 });
        expect(layoutProblems({ root: badge, container: root })).to.deep.equal([]);
        const provider = root.querySelector('credit-provider')!;
        await provider.store.adapter!.admin!.refundCredits({ amount: provider.store.account!.balance - 3 });
        await waitUntil(() => part(badge, 'low'), 'low marker');
        expect(layoutProblems({ root: badge, container: root })).to.deep.equal([]);
      });
    }

    it('writes the credits that expire first beside the balance', async () => {
      const { badge } = await mockBadge('scan-credits');
      const expiring = part(badge, 'expiring')!;
      expect(expiring.textContent).to.match(/^\d+ scan credits? expires? on /);
      expect(expiring.getBoundingClientRect().height).to.be.greaterThan(0);
    });

    it('shows low as a read-only state: attribute and :state(low)', async () => {
      const { badge, provider } = await mockBadge();
      expect(badge.matches(':state(low)')).to.be.false;
      await provider.store.adapter!.admin!.refundCredits({ amount: 24_000 });
      await waitUntil(() => badge.matches(':state(low)') && badge.hasAttribute('low'), 'low never shown');
      badge.removeAttribute('low'); // not the host's to change: the next update puts it back
      badge.requestUpdate();
      await badge.updateComplete;
      expect(badge.hasAttribute('low')).to.be.true;
    });

    it("keeps the host's hidden: showing the balance never unhides a badge the host hid", async () => {
      const root = await fixture<HTMLDivElement>(
        html`<div>
          <credit-provider mock><credit-balance hidden></credit-balance></credit-provider>
        </div>`,
      );
      const badge = root.querySelector('credit-balance')!;
      await waitUntil(() => part(badge, 'amount'), 'balance never rendered', { timeout: 5000 });
      expect(badge.hidden, 'still hidden by the host').to.be.true;
      const provider = root.querySelector('credit-provider')!;
      await provider.store.adapter!.admin!.setCreditPayments(false);
      await provider.store.adapter!.admin!.setCreditPayments(true);
      await waitUntil(() => provider.store.account!.creditPaymentsEnabled, 'payments never came back');
      await badge.updateComplete;
      expect(badge.hidden, 'the host hid it, the element does not unhide it').to.be.true;
    });

    it('hides itself when credit payments are disabled, and comes back', async () => {
      const { badge, provider } = await mockBadge();
      await provider.store.adapter!.admin!.setCreditPayments(false);
      await waitUntil(() => badge.hidden, 'never hidden');
      expect(getComputedStyle(badge).display).to.equal('none');
      await provider.store.adapter!.admin!.setCreditPayments(true);
      await waitUntil(() => !badge.hidden, 'never shown again');
    });
  });

  describe('events and links', () => {
    it('fires credit-balance-click (bubbling, composed) without href', async () => {
      const { badge } = await mockBadge();
      const button = part<HTMLButtonElement>(badge, 'base')!;
      expect(button.tagName).to.equal('BUTTON');
      setTimeout(() => button.click());
      const event = await oneEvent(document, 'credit-balance-click');
      expect(event.bubbles && event.composed).to.be.true;
      expect(event.detail.balance).to.equal(25_000);
    });

    it('is a link with href and fires nothing', async () => {
      const root = await fixture(
        html`<credit-provider mock><credit-balance href="#credits-page"></credit-balance></credit-provider>`,
      );
      const badge = root.querySelector('credit-balance')!;
      await waitUntil(() => part(badge, 'amount'), 'balance never rendered', { timeout: 5000 });
      const link = part<HTMLAnchorElement>(badge, 'base')!;
      expect(link.tagName).to.equal('A');
      expect(link.getAttribute('href')).to.equal('#credits-page');
      let fired = 0;
      let followed = false;
      const count = () => fired++;
      const follow = (event: Event) => {
        followed = event.composedPath().includes(link);
        event.preventDefault(); // the test page stays where it is
      };
      document.addEventListener('credit-balance-click', count);
      document.addEventListener('click', follow);
      try {
        link.focus();
        await sendKeys({ press: 'Enter' });
        link.click();
        await badge.updateComplete;
      } finally {
        document.removeEventListener('credit-balance-click', count);
        document.removeEventListener('click', follow);
      }
      expect(followed, 'the link was followed').to.equal(true);
      expect(fired, 'a link fires no credit-balance-click').to.equal(0);
    });

    it('is reachable with the keyboard and activates with Enter and Space, once each', async () => {
      const { badge } = await mockBadge();
      const button = part<HTMLButtonElement>(badge, 'base')!;
      let fired = 0;
      badge.addEventListener('credit-balance-click', () => fired++);
      for (let i = 0; i < 5 && badge.shadowRoot!.activeElement !== button; i++) await sendKeys({ press: 'Tab' });
      expect(badge.shadowRoot!.activeElement, 'Tab reaches the badge').to.equal(button);
      await sendKeys({ press: 'Enter' });
      expect(fired).to.equal(1);
      await sendKeys({ press: 'Space' });
      expect(fired).to.equal(2);
    });
  });

  describe('live updates', () => {
    it('updates every badge on the page and announces the change politely', async () => {
      const root = await fixture(
        html`<credit-provider mock
          ><credit-balance id="a"></credit-balance><credit-balance id="b"></credit-balance
        ></credit-provider>`,
      );
      const [a, b] = [...root.querySelectorAll('credit-balance')];
      await waitUntil(() => part(a!, 'amount') && part(b!, 'amount'));
      await (root as CreditProvider).store.adapter!.admin!.grantCredits({ amount: 1000 });
      await waitForPartText(a!, 'amount', '€260.00');
      await waitForPartText(b!, 'amount', '€260.00');
      const live = a!.shadowRoot!.querySelector('[role="status"]')!;
      expect(live.getAttribute('aria-live')).to.equal('polite');
      expect(live.textContent).to.equal('Balance updated: €260.00');
    });

    it('uses the first provider in the document when outside any provider', async () => {
      const root = await fixture(
        html`<div>
          <header><credit-balance></credit-balance></header>
          <footer><credit-provider mock preset="agency-credits"></credit-provider></footer>
        </div>`,
      );
      const badge = root.querySelector('credit-balance')!;
      await waitForPartText(badge, 'amount', '€300.00');
    });
  });

  describe('errors', () => {
    const cases: [string, (r: Request) => Promise<Response>, RegExp][] = [
      [
        'a 500',
        async () =>
          new Response(JSON.stringify({ title: 'x', status: 500, code: 'internal_error' }), {
            status: 500,
            headers: { 'content-type': 'application/problem+json' },
          }),
        /had a problem/,
      ],
      ['a malformed response', async () => new Response('{"balance":"lots"}', { status: 200 }), /unexpected answer/],
      [
        'a timeout',
        (r) =>
          new Promise((_, reject) =>
            r.signal.addEventListener('abort', () => reject(new DOMException('aborted', 'AbortError'))),
          ),
        /too long/,
      ],
      ['a network failure', async () => Promise.reject(new TypeError('Failed to fetch')), /could not be reached/],
    ];
    for (const [name, respond, message] of cases) {
      it(`shows the error state with retry after ${name}, then recovers`, async () => {
        let failing = true;
        const mock = (await import('../../../src/mock/index.js')).createMockServer({ presets: ['usage-billing'] });
        const adapter = new HttpAdapter({
          baseUrl: 'https://api.test',
          token: 'demo-usage-billing',
          retries: 0,
          timeoutMs: 200,
          fetch: (request) => (failing ? respond(request) : mock.fetch(request)),
        });
        const provider = await fixture<CreditProvider>(
          html`<credit-provider .adapter=${adapter}><credit-balance></credit-balance></credit-provider>`,
        );
        const badge = provider.querySelector('credit-balance')!;
        await waitUntil(() => badge.hasAttribute('error'), 'error never reflected', { timeout: 3000 });
        const status = part(badge, 'status')!;
        expect(status.getAttribute('role')).to.equal('alert');
        expect(status.textContent).to.match(message);
        await expectAccessible(badge);
        failing = false;
        part<HTMLButtonElement>(badge, 'retry')!.click();
        await waitForPartText(badge, 'amount', '€250.00');
        expect(badge.hasAttribute('error')).to.be.false;
      });
    }

    it('shows the error state when the server is unreachable', async () => {
      const provider = await fixture<CreditProvider>(
        html`<credit-provider api="http://127.0.0.1:9/api" token="x"
          ><credit-balance></credit-balance
        ></credit-provider>`,
      );
      const badge = provider.querySelector('credit-balance')!;
      await waitUntil(() => badge.hasAttribute('error'), 'error never reflected', { timeout: 6000 });
      expect(part(badge, 'status')!.textContent).to.match(/could not be reached/);
    });
  });

  describe('accessibility', () => {
    it('has no axe violations as a button, a link, low and loading', async () => {
      const { badge, provider } = await mockBadge();
      await expectAccessible(badge);
      badge.href = '/credits';
      await badge.updateComplete;
      await expectAccessible(badge);
      await provider.store.adapter!.admin!.refundCredits({ amount: 24_000 });
      await waitUntil(() => badge.low);
      await expectAccessible(badge);
      const loading = await fixture(html`<credit-balance></credit-balance>`);
      await expectAccessible(loading);
    });
  });
});
