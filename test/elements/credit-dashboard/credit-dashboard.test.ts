import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import '../../../src/elements/credit-provider/define.js';
import '../../../src/elements/credit-dashboard/define.js';
import '../../../src/elements/credit-pay-button/define.js';
import {
  COMPOSED_PARTS,
  type CreditDashboard,
  type CreditPortalOpenEvent,
} from '../../../src/elements/credit-dashboard/define.js';
import type { CreditProvider } from '../../../src/elements/credit-provider/credit-provider.js';
import { createMockAdapter } from '../../../src/adapter/mock-adapter.js';
import type { CreditsAdapter } from '../../../src/adapter/types.js';
import { layoutProblems } from '../../../scripts/shots/page/layout-check.js';
import { expectAccessible } from '../../helpers/a11y.js';
import { part, parts, partText } from '../../helpers/elements.js';

// Only the dashboard's define file is imported: it must register every element it
// renders by itself (a missing one stays an empty, unstyled tag and fails below).
const CHILD_TAGS = [
  'credit-balance',
  'credit-top-up',
  'credit-buy',
  'credit-transactions',
  'credit-requests',
  'credit-auto-top-up',
  'credit-billing-details',
  'credit-usage',
];

it('importing the dashboard alone registers every element it renders', () => {
  for (const tag of CHILD_TAGS) expect(customElements.get(tag), tag).to.exist;
});

/** Every composed element on the dashboard has its data (none reflects `loading`). */
async function settled(el: CreditDashboard): Promise<void> {
  await waitUntil(
    () => CHILD_TAGS.every((tag) => !el.shadowRoot!.querySelector(tag)?.hasAttribute('loading')),
    'a composed element never finished loading',
    { timeout: 6000 },
  );
}

async function dashboard(preset: string, { lang = 'en', width = '1440px' } = {}) {
  const root = await fixture<HTMLDivElement>(
    html`<div lang=${lang} style="width:${width}">
      <credit-provider mock preset=${preset}><credit-dashboard></credit-dashboard></credit-provider>
    </div>`,
  );
  const el = root.querySelector<CreditDashboard>('credit-dashboard')!;
  // Generous: the first test also waits for the whole dashboard's modules to compile on a busy machine.
  await waitUntil(() => part(el, 'section-help'), 'dashboard never rendered', { timeout: 20_000 });
  return { root, el, provider: root.querySelector<CreditProvider>('credit-provider')! };
}

const sectionIds = (el: CreditDashboard) => parts(el, 'section').map((s) => s.id.replace('section-', ''));

describe('<credit-dashboard> sections', () => {
  it('agency-credits: overview, buy, usage, history, requests, billing, help', async () => {
    const { el } = await dashboard('agency-credits');
    expect(sectionIds(el)).to.deep.equal(['overview', 'buy', 'usage', 'history', 'requests', 'billing', 'help']);
    expect(parts(el, 'nav-link').map((b) => b.textContent!.trim())).to.deep.equal([
      'Overview',
      'Buy credits',
      'Usage',
      'History',
      'Credit requests',
      'Billing details',
      'Help',
    ]);
    await waitUntil(() => partText(el.shadowRoot!.querySelector('credit-balance')!, 'amount') === '€300.00');
    expect(part(el, 'portal-button')).to.exist;
    expect(part(el, 'buy-credits-button')).to.exist;
    expect(el.shadowRoot!.querySelector('credit-top-up')).to.be.null;
    for (const tag of ['credit-buy', 'credit-transactions', 'credit-requests', 'credit-billing-details'])
      expect(el.shadowRoot!.querySelector(tag), tag).to.exist;
  });

  it('usage-billing: top up in the overview, auto top-up, no packages or requests', async () => {
    const { el } = await dashboard('usage-billing');
    expect(sectionIds(el)).to.deep.equal(['overview', 'usage', 'history', 'auto-top-up', 'billing', 'help']);
    expect(part(el, 'section-overview')!.querySelector('credit-top-up')).to.exist;
    expect(el.shadowRoot!.querySelector('credit-auto-top-up')).to.exist;
    expect(el.shadowRoot!.querySelector('credit-transactions')!.getAttribute('page-size')).to.equal('20');
  });

  it('scan-credits: monthly average spend and expiring credits in credit units', async () => {
    const { el } = await dashboard('scan-credits');
    expect(sectionIds(el)).to.deep.equal(['overview', 'buy', 'usage', 'history', 'auto-top-up', 'billing', 'help']);
    const average = part(el, 'stat-average')!.querySelector('[part~="stat-value"]')!.textContent!.trim();
    expect(average).to.match(/^\d[\d,]* scan credits?$/);
    const expiring = part(el, 'stat-expiring')!.querySelectorAll('li');
    expect(expiring.length).to.be.greaterThan(0);
    expect(expiring[0]!.textContent).to.match(/scan credits? on /);
  });

  it('answers seed 000’s eight questions one by one, then the troubleshooting that applies, in German too', async () => {
    const { el } = await dashboard('agency-credits');
    const topics = parts(el, 'help-item').map((d) => d.dataset.topic);
    expect(topics).to.deep.equal([
      'what',
      'use',
      'buy',
      'run-out',
      'auto-top-up',
      'payment-services',
      'invoices',
      'vat',
      'added',
      'in-out',
      'rejected',
      'pay-missing',
    ]);
    const answer = (topic: string) =>
      el.shadowRoot!.querySelector(`[data-topic="${topic}"] [part~="help-answer"]`)!.textContent!;
    expect(answer('payment-services')).to.contain('Stripe and PayPal');
    expect(answer('buy')).to.contain('bank transfer');
    expect(answer('vat')).to.contain('19%');
    expect(answer('auto-top-up')).to.contain('not available');
    const de = await dashboard('usage-billing', { lang: 'de' });
    const deAnswer = (topic: string) =>
      de.el.shadowRoot!.querySelector(`[data-topic="${topic}"] [part~="help-answer"]`)!.textContent!;
    expect(partText(de.el, 'section-title')).to.equal('Übersicht');
    expect(deAnswer('buy')).to.contain('10,00');
    expect(deAnswer('vat')).to.contain('Deutschland');
    expect(deAnswer('auto-top-up')).to.contain('Schwellenwert');
    const deQuestion = (topic: string) =>
      de.el.shadowRoot!.querySelector(`[data-topic="${topic}"] [part~="help-question"]`)!.textContent!.trim();
    expect(deQuestion('what')).to.equal('Was ist mein Guthaben?');
    expect(deAnswer('vat')).to.not.contain('Umsatzsteuer aus Deutschland');
    expect(answer('vat')).to.not.match(/charged \w+ VAT/);
  });

  it('answers from the account: usage pricing, multipliers, failed jobs, plan renewal, and where to get help', async () => {
    const { el } = await dashboard('ai-credits');
    const topics = parts(el, 'help-item').map((d) => d.dataset.topic);
    expect(topics).to.include.members(['failed', 'plan']);
    expect(topics).to.not.include('rejected');
    const answer = (topic: string) =>
      el.shadowRoot!.querySelector(`[data-topic="${topic}"] [part~="help-answer"]`)!.textContent!;
    expect(answer('use')).to.contain('2K ×2 and 4K ×3');
    expect(answer('failed')).to.contain('not charged');
    expect(answer('plan')).to.match(/your plan adds 500 credits/);
    const contact = part(el, 'help-contact')!;
    expect(contact.textContent).to.contain('Still need help?');
    expect(part<HTMLAnchorElement>(el, 'help-contact-link')!.href).to.equal('https://pixelforge.example/support');
    // The overview shows the plan and its renewal date.
    expect(part(el, 'stat-plan')!.textContent).to.match(/500 credits a month[\s\S]*Renews on/);

    const scan = await dashboard('scan-credits', { lang: 'de' });
    const scanAnswer = scan.el.shadowRoot!.querySelector('[data-topic="use"] [part~="help-answer"]')!.textContent!;
    expect(scanAnswer).to.contain('angefangene Stunde');
    expect(part(scan.el, 'stat-plan')).to.equal(null);
  });

  it('opens the backend-provided customer portal URL', async () => {
    const { el } = await dashboard('agency-credits');
    el.addEventListener('credit-portal-open', (e) => e.preventDefault());
    setTimeout(() => part(el, 'portal-button')!.click());
    const event = (await oneEvent(el, 'credit-portal-open')) as CreditPortalOpenEvent;
    expect(event.detail.url).to.match(/^https?:\/\//);
  });

  it('"Top up the difference" on the page opens the dashboard\'s <credit-buy> with the shortfall', async () => {
    const root = await fixture<HTMLDivElement>(
      html`<div>
        <credit-provider mock preset="agency-credits">
          <credit-pay-button show-unavailable item-type="invoice" item-id="inv-2002"></credit-pay-button>
          <credit-dashboard></credit-dashboard>
        </credit-provider>
      </div>`,
    );
    const button = root.querySelector('credit-pay-button')!;
    const el = root.querySelector('credit-dashboard')!;
    await waitUntil(() => part(button, 'top-up') && part(el, 'section-buy'), 'not ready', { timeout: 6000 });
    part(button, 'top-up')!.click();
    expect(el.shadowRoot!.querySelector('credit-buy')!.getAttribute('amount')).to.equal('60000');
  });
});

describe('<credit-dashboard> theming and layout', () => {
  it('forwards every inner part of every composed element with exportparts', async () => {
    const { el } = await dashboard('agency-credits');
    for (const [tag, { prefix, parts: names }] of Object.entries(COMPOSED_PARTS)) {
      const child = el.shadowRoot!.querySelector(tag);
      if (!child) continue;
      const forwarded = child
        .getAttribute('exportparts')!
        .split(',')
        .map((p) => p.trim());
      for (const name of names) expect(forwarded, tag).to.include(`${name}: ${prefix}-${name}`);
    }
  });

  it('lets a page style every rendered inner part from outside through ::part()', async () => {
    for (const preset of ['agency-credits', 'usage-billing']) {
      const { el } = await dashboard(preset);
      await settled(el);
      const rules = Object.values(COMPOSED_PARTS).flatMap(({ prefix, parts: names }) =>
        names.map((n) => `credit-dashboard::part(${prefix}-${n})`),
      );
      const own = ['section', 'stat', 'help-question', 'help-answer', 'portal-button'].map(
        (n) => `credit-dashboard::part(${n})`,
      );
      const style = document.createElement('style');
      style.textContent = `${[...rules, ...own].join(',\n')} { word-spacing: 7px; }`;
      document.head.append(style);
      try {
        let checked = 0;
        for (const [tag, { parts: names }] of Object.entries(COMPOSED_PARTS)) {
          const child = el.shadowRoot!.querySelector(tag);
          if (!child?.shadowRoot) continue;
          for (const node of child.shadowRoot.querySelectorAll<HTMLElement>('[part]')) {
            const unforwarded = [...node.part].filter((p) => !(names as readonly string[]).includes(p));
            expect(unforwarded, `${tag} has parts the dashboard does not forward`).to.deep.equal([]);
            const name = [...node.part][0];
            if (!name) continue;
            expect(getComputedStyle(node).wordSpacing, `${tag} ${name}`).to.equal('7px');
            checked++;
          }
        }
        expect(getComputedStyle(part(el, 'help-question')!).wordSpacing).to.equal('7px');
        expect(checked, 'no inner part was checked').to.be.greaterThan(3);
      } finally {
        style.remove();
      }
    }
  });

  for (const width of [360, 1440]) {
    it(`fits a ${width}px wide page without horizontal overflow`, async () => {
      const { el } = await dashboard('agency-credits', { width: `${width}px` });
      await settled(el);
      expect(el.getBoundingClientRect().width).to.be.at.most(width);
      for (const section of parts(el, 'section')) {
        expect(section.scrollWidth, section.id).to.be.at.most(section.clientWidth + 1);
      }
      if (width === 360) expect(getComputedStyle(part(el, 'stats')!).gridTemplateColumns.split(' ')).to.have.length(1);
      else expect(getComputedStyle(part(el, 'stats')!).gridTemplateColumns.split(' ').length).to.be.greaterThan(1);
    });
  }

  it('has no axe violations', async () => {
    const { el } = await dashboard('agency-credits');
    await settled(el);
    await expectAccessible(el);
    const scan = await dashboard('scan-credits', { width: '360px' });
    await settled(scan.el);
    await expectAccessible(scan.el);
  });
});

/** The overview's balance figure (inside the composed <credit-balance>). */
const balanceAmount = (el: CreditDashboard) =>
  el.shadowRoot!.querySelector('credit-balance')?.shadowRoot?.querySelector<HTMLElement>('[part="amount"]') ?? null;

describe('<credit-dashboard> overview', () => {
  for (const preset of ['scan-credits', 'ai-credits', 'usage-billing', 'agency-credits']) {
    for (const lang of ['en', 'de']) {
      it(`${preset} (${lang}): the overview fits a 320 px column, balance never cut`, async () => {
        const { el } = await dashboard(preset, { lang, width: '320px' });
        await settled(el);
        await waitUntil(() => balanceAmount(el), 'balance figure');
        // The overview's own boxes (the history table is <credit-transactions>' own test).
        const overview = layoutProblems({ container: el.parentElement }).filter((p) =>
          p.path.includes('section-overview'),
        );
        expect(overview).to.deep.equal([]);
        expect(el.getBoundingClientRect().width).to.be.at.most(320);
      });
    }
  }

  it('shows the last 30 days of usage and where the next credits to expire came from', async () => {
    const { el, provider } = await dashboard('scan-credits');
    await settled(el);
    const usage = part(el, 'section-overview')!.querySelector('credit-usage')!;
    expect(usage.compact).to.equal(true);
    await waitUntil(() => part(usage, 'chart'), 'no usage chart');
    expect(parts(usage, 'bar')).to.have.length(30);
    // Scans are all this account spends on: no "Most went to Scans".
    expect(partText(usage, 'summary')).to.match(/^\d[\d,]* scan credits used from .+ to .+\.$/);
    // One place for expiry on the overview: the tile, not a second line under the chart.
    expect(part(usage, 'next-block')).to.be.null;
    const blocks = await provider.store.adapter!.listCreditBlocks!();
    const next = blocks.find((b) => b.status === 'active' && b.expiresAt)!;
    const granted = new Intl.DateTimeFormat('en', { dateStyle: 'medium' }).format(new Date(next.grantedAt));
    await waitUntil(
      () => part(el, 'stat-expiring')!.textContent!.includes('First to go'),
      'no source of the next expiry',
    );
    expect(part(el, 'stat-expiring')!.textContent!.replace(/\s+/g, ' ')).to.contain(
      `First to go: what is left of your purchase of ${granted}.`,
    );
    await expectAccessible(el);
  });

  it('has a Usage section with the full view (by team member, credit blocks); "Usage in detail" jumps there', async () => {
    const { el } = await dashboard('ai-credits');
    await settled(el);
    const section = part(el, 'section-usage')!;
    const usage = section.querySelector('credit-usage')!;
    expect(usage.compact).to.equal(false);
    await waitUntil(() => parts(usage, 'block').length > 0, 'no credit blocks in the Usage section');
    const select = part(usage, 'controls')!.querySelectorAll('select')[2]!;
    select.value = 'member';
    select.dispatchEvent(new Event('change'));
    await waitUntil(() => /Priya Nair/.test(part(usage, 'legend')?.textContent ?? ''), 'no usage by team member');
    part<HTMLButtonElement>(el, 'usage-link')!.click();
    await el.updateComplete;
    expect(el.shadowRoot!.activeElement?.id).to.equal('title-usage');
    expect(parts(el, 'nav-link-current')[0]!.textContent!.trim()).to.equal('Usage');
    await expectAccessible(el);
  });

  it('says in German where the next credits to expire came from', async () => {
    const { el } = await dashboard('scan-credits', { lang: 'de' });
    await waitUntil(() => part(el, 'stat-expiring')!.textContent!.includes('Zuerst verfällt'), 'no German source line');
    expect(part(el, 'stat-expiring')!.textContent).to.match(
      /Zuerst verfällt der Rest Ihres Kaufs vom \d\d\.\d\d\.\d{4}\./,
    );
    const usage = part(el, 'section-overview')!.querySelector('credit-usage')!;
    await waitUntil(() => part(usage, 'summary'), 'no usage summary');
    expect(partText(usage, 'summary')).to.match(/Scan-Credits verbraucht vom/);
  });

  it('a host backend without usage or credit blocks: the overview leaves them out, no error', async () => {
    const root = await fixture<HTMLDivElement>(
      html`<div style="width:1280px">
        <credit-provider><credit-dashboard></credit-dashboard></credit-provider>
      </div>`,
    );
    const mock = createMockAdapter({ preset: 'scan-credits' });
    const adapter = Object.create(mock) as CreditsAdapter;
    Object.defineProperty(adapter, 'getUsageSummary', { value: undefined });
    Object.defineProperty(adapter, 'listCreditBlocks', { value: undefined });
    root.querySelector<CreditProvider>('credit-provider')!.adapter = adapter;
    const el = root.querySelector<CreditDashboard>('credit-dashboard')!;
    await waitUntil(() => part(el, 'section-help'), 'dashboard never rendered', { timeout: 20_000 });
    await waitUntil(
      () => !part(el, 'section-overview')!.querySelector('credit-usage'),
      'the compact usage stayed on screen',
    );
    expect(part(el, 'section-overview')!.querySelector('[role="alert"]')).to.be.null;
    expect(part(el, 'stat-expiring')!.querySelectorAll('li').length).to.be.greaterThan(0);
    expect(part(el, 'stat-expiring')!.textContent).not.to.contain('First to go');
    await waitUntil(() => !sectionIds(el).includes('usage'), 'a Usage section for a backend without usage');
    expect(part(el, 'usage-link')).to.be.null;
  });

  it('leaves out the expiry tile where nothing can expire (a money balance without end dates)', async () => {
    const { el } = await dashboard('usage-billing');
    await settled(el);
    expect(part(el, 'stat-expiring')).to.be.null;
    expect(part(el, 'stat-average')).to.exist;
  });

  it('shows the balance large and the small print small', async () => {
    const { el } = await dashboard('usage-billing');
    await waitUntil(() => balanceAmount(el), 'balance figure');
    const balance = el.shadowRoot!.querySelector('credit-balance')!;
    const amount = balanceAmount(el)!;
    const none = part(el, 'stat-average')!.querySelector<HTMLElement>('[part~="stat-hint"]')!;
    expect(none.textContent).to.contain('Last three months');
    const size = (e: Element) => parseFloat(getComputedStyle(e).fontSize);
    const weight = (e: Element) => Number(getComputedStyle(e).fontWeight);
    expect(size(amount)).to.be.at.least(1.75 * size(none));
    expect(weight(none)).to.be.below(600);
    // The figure is no button: nothing happens when it is clicked.
    expect(balance.shadowRoot!.querySelector('button')).to.equal(null);
  });

  it('with credit payments off: says so, keeps the balance readable, offers nothing to buy', async () => {
    const { el, provider } = await dashboard('agency-credits');
    await provider.store.adapter!.admin!.setCreditPayments(false);
    await waitUntil(() => part(el, 'stat-payments-off'), 'payments-off tile');
    const tile = part(el, 'stat-balance')!;
    expect(tile.textContent).to.contain('Credit payments are switched off for this account.');
    expect(tile.textContent).to.contain('€300.00');
    expect(part(el, 'buy-credits-button')).to.equal(null);
    expect(el.shadowRoot!.querySelector('credit-top-up')).to.equal(null);
    expect(sectionIds(el)).to.not.include('buy');
    expect(sectionIds(el)).to.not.include('auto-top-up');
    await provider.store.adapter!.admin!.setCreditPayments(true);
    await waitUntil(() => part(el, 'buy-credits-button'), 'buying comes back');
  });

  it('says in German that credit payments are off', async () => {
    const { el, provider } = await dashboard('agency-credits', { lang: 'de' });
    await provider.store.adapter!.admin!.setCreditPayments(false);
    await waitUntil(() => part(el, 'stat-payments-off'), 'payments-off tile');
    expect(part(el, 'stat-balance')!.textContent).to.contain(
      'Zahlungen mit Guthaben sind für dieses Konto ausgeschaltet.',
    );
  });

  it('shows placeholders, not a line of text, while the account loads', async () => {
    const el = await fixture<CreditDashboard>(html`<credit-dashboard></credit-dashboard>`);
    const base = part(el, 'base')!;
    expect(base.getAttribute('aria-busy')).to.equal('true');
    expect(el.shadowRoot!.querySelectorAll('.skeleton').length).to.be.greaterThan(3);
    expect(el.hasAttribute('loading')).to.equal(true);
  });

  it('marks the section the customer jumped to, and the nav stays compact on a phone', async () => {
    const { el } = await dashboard('agency-credits', { width: '360px' });
    const links = () => parts<HTMLButtonElement>(el, 'nav-link');
    expect(links()[0]!.getAttribute('aria-current')).to.equal('true');
    links()[2]!.click();
    await el.updateComplete;
    expect(links().map((b) => b.getAttribute('aria-current'))).to.deep.equal([
      null,
      null,
      'true',
      null,
      null,
      null,
      null,
    ]);
    const tops = new Set(links().map((b) => Math.round(b.getBoundingClientRect().top)));
    expect(tops.size, 'at most two rows').to.be.at.most(2);
    const nav = part(el, 'nav')!;
    expect(nav.scrollWidth, 'no sideways scrolling').to.be.at.most(nav.clientWidth);
  });

  it("names history and requests once: the section heading, with the lists' own captions for screen readers only", async () => {
    const { el } = await dashboard('agency-credits');
    await settled(el);
    for (const tag of ['credit-transactions', 'credit-requests']) {
      expect(el.shadowRoot!.querySelector(tag)!.hasAttribute('no-heading'), tag).to.equal(true);
    }
  });

  it('shows one visible heading for the history, and a full-width Top up on a phone', async () => {
    const { el } = await dashboard('usage-billing', { width: '360px' });
    await settled(el);
    const history = el.shadowRoot!.querySelector('credit-transactions')!;
    const caption = history.shadowRoot!.querySelector<HTMLElement>('[part~="caption"]');
    if (caption) expect(caption.getBoundingClientRect().width, 'caption only for screen readers').to.be.at.most(1);
    const trigger = el.shadowRoot!.querySelector('credit-top-up')!.shadowRoot!.querySelector('[part~="trigger"]')!;
    const portal = part(el, 'portal-button')!;
    expect(Math.round(trigger.getBoundingClientRect().width)).to.equal(
      Math.round(portal.getBoundingClientRect().width),
    );
  });
});
