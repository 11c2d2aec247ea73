import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../../src/elements/credit-provider/define.js';
import '../../../src/elements/credit-usage/define.js';
import { createMockAdapter } from '../../../src/adapter/mock-adapter.js';
import type { CreditsAdapter } from '../../../src/adapter/types.js';
import type { HttpAdapter } from '../../../src/adapter/http-adapter.js';
import { usageResult } from '../../../src/mock/usage/schemas.js';
import type { Transaction } from '../../../src/core/schemas/index.js';
import type { CreditUsage } from '../../../src/elements/credit-usage/credit-usage.js';
import { layoutProblems } from '../../../scripts/shots/page/layout-check.js';
import { expectAccessible } from '../../helpers/a11y.js';
import { part, partText, parts } from '../../helpers/elements.js';

const DAY = 86_400_000;
const number = (text: string) => Number(text.replace(/[^\d]/g, ''));
const clean = (text: string | null | undefined) => (text ?? '').replace(/\s+/g, ' ').trim();

async function mount(adapter: CreditsAdapter, attrs = '', lang = 'en'): Promise<CreditUsage> {
  const root = await fixture<HTMLElement>(html`<div lang=${lang}></div>`);
  // Attributes as a host page writes them.
  root.innerHTML = `<credit-provider><credit-usage ${attrs}></credit-usage></credit-provider>`;
  (root.querySelector('credit-provider') as HTMLElement & { adapter: CreditsAdapter }).adapter = adapter;
  const el = root.querySelector('credit-usage')!;
  await waitUntil(
    () =>
      (part(el, 'chart') || part(el, 'table') || part(el, 'status')) &&
      (el.hideBlocks ||
        el.compact ||
        parts(el, 'block').length ||
        part(el, 'blocks')?.querySelector('.muted:last-child')),
    'never rendered',
    { timeout: 10_000 },
  );
  return el;
}

async function ledger(adapter: CreditsAdapter): Promise<Transaction[]> {
  const all: Transaction[] = [];
  for (let cursor: string | undefined; ;) {
    const page = await adapter.listTransactions({ limit: 2000, ...(cursor ? { cursor } : {}) });
    all.push(...page.items);
    if (!page.nextCursor) return all;
    cursor = page.nextCursor;
  }
}

/** Spend per day the slow way: every entry (completed Out, not expiry or refund). */
function spendByDay(entries: readonly Transaction[], key: (e: Transaction) => string) {
  const days = new Map<string, Map<string, number>>();
  for (const e of entries) {
    if (e.status !== 'completed' || e.direction !== 'out' || e.kind === 'expiry' || e.kind === 'refund') continue;
    const day = e.createdAt.slice(0, 10);
    const groups = days.get(day) ?? new Map<string, number>();
    groups.set(key(e), (groups.get(key(e)) ?? 0) + e.amount);
    days.set(day, groups);
  }
  return days;
}

const lastDays = (n: number) =>
  Array.from({ length: n }, (_, i) => new Date(Date.now() - (n - 1 - i) * DAY).toISOString().slice(0, 10));

describe('<credit-usage>', () => {
  it('the table shows exactly what the ledger spent, day by day and per team member', async () => {
    const adapter = createMockAdapter({ preset: 'ai-credits' });
    const el = await mount(adapter, 'range="30d" interval="day" group-by="member" view="table" hide-blocks');
    const byDay = spendByDay(await ledger(adapter), (e) => e.member ?? '');
    const days = lastDays(30);
    const rows = [...part(el, 'table')!.querySelectorAll('tbody tr')];
    expect(rows).to.have.length(30);
    const headers = [...part(el, 'table')!.querySelectorAll('thead th')].map((th) => clean(th.textContent));
    let total = 0;
    rows.forEach((row, i) => {
      const cells = [...row.querySelectorAll('td')].map((td) => number(td.textContent!));
      const expected = byDay.get(days[i]!) ?? new Map<string, number>();
      const sum = [...expected.values()].reduce((s, v) => s + v, 0);
      total += sum;
      expect(cells.at(-1), `total of ${days[i]}`).to.equal(sum);
      headers.slice(1, -1).forEach((name, c) => {
        const key = name === 'Unassigned' ? '' : name;
        expect(cells[c], `${name} on ${days[i]}`).to.equal(expected.get(key) ?? 0);
      });
    });
    expect(total).to.be.greaterThan(0);
    expect(number(clean(el.shadowRoot!.querySelector('tfoot td:last-child')!.textContent))).to.equal(total);
    expect(number(partText(el, 'stat').split('credits')[0]!)).to.equal(total);
    expect(headers).to.include.members(['Mia Kowalski', 'Jonas Berger', 'Priya Nair']);
    await expectAccessible(el);
  });

  it('chart and table agree, bar by bar; the summary names the largest group', async () => {
    const adapter = createMockAdapter({ preset: 'ai-credits' });
    const el = await mount(adapter, 'range="90d" interval="week" hide-blocks');
    const bars = parts(el, 'bar').map((bar) => bar.getAttribute('aria-label')!);
    expect(bars.length).to.be.within(13, 14);
    // Days are the backend's UTC days: the chart says so, and so does the table's period column.
    expect(partText(el, 'time-zone')).to.equal('Days in UTC');
    el.view = 'table';
    await waitUntil(() => part(el, 'table'));
    expect(clean(part(el, 'table')!.querySelector('thead th')!.textContent)).to.equal('Period (UTC)');
    const rows = [...part(el, 'table')!.querySelectorAll('tbody tr')];
    expect(rows).to.have.length(bars.length);
    rows.forEach((row, i) => {
      const period = clean(row.querySelector('th')!.textContent);
      const total = clean(row.querySelector('td:last-child')!.textContent);
      expect(bars[i]).to.match(new RegExp(`^${period.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}: ${total}`));
    });
    expect(partText(el, 'summary')).to.match(/credits used from .+ to .+\. Most went to .+ \(\d[\d,]* credits\)\./);
    await expectAccessible(el);
  });

  it('keyboard: one tab stop on the bars, arrows and Home/End move across them and show their values', async () => {
    const el = await mount(createMockAdapter({ preset: 'ai-credits' }), 'range="7d" hide-blocks');
    const bars = parts(el, 'bar');
    expect(bars).to.have.length(7);
    expect(bars.filter((b) => b.getAttribute('tabindex') === '0')).to.have.length(1);
    (bars.at(-1) as unknown as SVGGElement).focus();
    await sendKeys({ press: 'ArrowLeft' });
    await el.updateComplete;
    const focused = () => el.shadowRoot!.activeElement;
    expect(focused()?.getAttribute('data-index')).to.equal('5');
    expect(partText(el, 'readout')).to.equal(focused()!.getAttribute('aria-label'));
    await sendKeys({ press: 'Home' });
    await waitUntil(() => focused()?.getAttribute('data-index') === '0');
    await sendKeys({ press: 'ArrowLeft' });
    expect(focused()?.getAttribute('data-index')).to.equal('0');
    await sendKeys({ press: 'End' });
    await waitUntil(() => focused()?.getAttribute('data-index') === '6');
    expect(parts(el, 'bar').filter((b) => b.getAttribute('tabindex') === '0')).to.have.length(1);
  });

  it('credit blocks: consumption order, what is left adds up to the balance, expiry warnings', async () => {
    const adapter = createMockAdapter({ preset: 'scan-credits' });
    const el = await mount(adapter, 'range="7d"');
    const account = await adapter.getAccount();
    const rows = parts(el, 'block').map((row) => clean(row.textContent));
    const active = parts(el, 'block').filter((row) => row.dataset.status === 'active');
    expect(active).to.have.length(4);
    const left = active.map((row) => number(row.querySelectorAll('td')[3]!.textContent!));
    expect(left.reduce((s, v) => s + v, 0)).to.equal(account.balance);
    expect(rows[0])
      .to.contain('1,000 scan credits')
      .and.to.match(/expires in \d+ days/);
    expect(rows[1])
      .to.contain('Bonus')
      .and.to.match(/expires in \d+ days/);
    expect(parts(el, 'warning')).to.have.length(2);
    await expectAccessible(el);
  });

  it('lists the blocks still in use first; used-up and expired ones one click away, in German too', async () => {
    const adapter = createMockAdapter({ preset: 'ai-credits' });
    const all = await adapter.listCreditBlocks!();
    const closed = all.filter((b) => b.status !== 'active').length;
    expect(closed, 'the preset has past plan months').to.be.greaterThan(0);
    const el = await mount(adapter, 'range="7d"', 'de');
    const statuses = () => parts(el, 'block').map((row) => row.dataset.status);
    expect(statuses().every((s) => s === 'active')).to.equal(true);
    const toggle = part<HTMLButtonElement>(el, 'show-closed')!;
    expect(clean(toggle.textContent)).to.equal(`Aufgebrauchte und verfallene anzeigen (${closed})`);
    expect(toggle.getAttribute('aria-expanded')).to.equal('false');
    toggle.click();
    await el.updateComplete;
    expect(statuses()).to.have.length(all.length);
    expect(statuses().filter((s) => s !== 'active')).to.have.length(closed);
    expect(toggle.getAttribute('aria-expanded')).to.equal('true');
    expect(clean(toggle.textContent)).to.equal('Aufgebrauchte und verfallene ausblenden');
    await expectAccessible(el);
  });

  it('compact (the dashboard overview): chart and summary, no controls, the credits that expire next', async () => {
    const el = await mount(createMockAdapter({ preset: 'scan-credits' }), 'compact range="30d"');
    await waitUntil(() => part(el, 'next-block'), 'no next block');
    expect(part(el, 'controls')).to.be.null;
    expect(part(el, 'stats')).to.be.null;
    expect(parts(el, 'bar')).to.have.length(30);
    expect(partText(el, 'next-block')).to.match(/^Next to expire: 90 scan credits on .+\. ⚠ expires in \d+ days$/);
    await expectAccessible(el);
  });

  it('German, with a custom range that ends before it starts: a clear message, no request', async () => {
    const el = await mount(
      createMockAdapter({ preset: 'scan-credits' }),
      'range="custom" from="2026-11-20" to="2026-11-01" hide-blocks',
      'de',
    );
    expect(partText(el, 'status')).to.equal('Das Startdatum darf nicht nach dem Enddatum liegen.');
    el.from = '2026-10-01';
    await waitUntil(() => part(el, 'chart'));
    expect(partText(el, 'summary')).to.match(/verbraucht vom|wurde nichts verbraucht/);
    await expectAccessible(el);
  });

  it('more than six kinds: the five largest in their own colour, the rest as one "Other", the table keeps every kind', async () => {
    const el = await mount(createMockAdapter({ preset: 'ai-credits' }), 'range="90d" hide-blocks');
    const legend = [...part(el, 'legend')!.querySelectorAll('li')];
    const colours = legend.map((li) => li.querySelector('rect')!.getAttribute('class'));
    // Every legend entry has a colour of its own: none is shared.
    expect(new Set(colours).size).to.equal(legend.length);
    expect(legend).to.have.length(6);
    const other = clean(legend.at(-1)!.textContent);
    const folded = Number(/^Other \((\d+)\)/.exec(other)?.[1]);
    expect(folded, other).to.be.greaterThan(1);
    // Each bar draws at most six segments, and the legend's amounts add up to the period's total.
    for (const bar of parts(el, 'bar')) expect(bar.querySelectorAll('rect:not(.hit)').length).to.be.at.most(6);
    const sum = legend.reduce((s, li) => s + number(li.querySelector('.muted')!.textContent!), 0);
    el.view = 'table';
    await waitUntil(() => part(el, 'table'));
    const headers = [...part(el, 'table')!.querySelectorAll('thead th')];
    expect(headers.length - 2, 'one column per kind').to.equal(5 + folded);
    expect(number(part(el, 'table')!.querySelector('tfoot td:last-child')!.textContent!)).to.equal(sum);
  });

  it("while the numbers load: placeholders in the chart's shape, announced once, no bare 'Loading…' line", async () => {
    const mock = createMockAdapter({ preset: 'scan-credits' });
    let release!: () => void;
    const gate = new Promise<void>((resolve) => (release = resolve));
    const adapter = Object.create(mock) as CreditsAdapter;
    Object.defineProperty(adapter, 'getUsageSummary', {
      value: async (...args: Parameters<NonNullable<CreditsAdapter['getUsageSummary']>>) => {
        await gate;
        return mock.getUsageSummary!(...args);
      },
    });
    const root = await fixture<HTMLElement>(html`<div></div>`);
    root.innerHTML = '<credit-provider><credit-usage hide-blocks></credit-usage></credit-provider>';
    (root.querySelector('credit-provider') as HTMLElement & { adapter: CreditsAdapter }).adapter = adapter;
    const el = root.querySelector('credit-usage')!;
    await waitUntil(() => part(el, 'skeleton'), 'no placeholders');
    expect(el.hasAttribute('loading')).to.be.true;
    expect(part(el, 'skeleton')!.getAttribute('aria-busy')).to.equal('true');
    expect(part(el, 'skeleton')!.querySelectorAll('.skeleton').length).to.be.greaterThan(5);
    expect(el.shadowRoot!.querySelectorAll('[role="status"]')).to.have.length(1);
    await expectAccessible(el);
    release();
    await waitUntil(() => part(el, 'chart'), 'chart never came');
    expect(part(el, 'skeleton')).to.be.null;
    expect(el.hasAttribute('loading')).to.be.false;
  });

  it('compact, on a backend without usage summaries: steps aside instead of showing an error', async () => {
    const mock = createMockAdapter({ preset: 'scan-credits' });
    const adapter = Object.create(mock) as CreditsAdapter;
    Object.defineProperty(adapter, 'getUsageSummary', { value: undefined });
    const root = await fixture<HTMLElement>(html`<div></div>`);
    root.innerHTML = '<credit-provider><credit-usage compact></credit-usage></credit-provider>';
    (root.querySelector('credit-provider') as HTMLElement & { adapter: CreditsAdapter }).adapter = adapter;
    const el = root.querySelector('credit-usage')!;
    await waitUntil(() => el.hidden, 'never hid itself');
    expect(el.getBoundingClientRect().height).to.equal(0);
  });

  it("usage the host's server records shows at once: chart, summary and the block it came out of", async () => {
    const adapter = createMockAdapter({ preset: 'ai-credits' });
    const el = await mount(adapter, 'range="7d" group-by="member"');
    const today = () => parts(el, 'bar').at(-1)!.getAttribute('aria-label')!;
    const before = number(partText(el, 'stat').split('credits')[0]!);
    const leftBefore = number(parts(el, 'block')[0]!.querySelectorAll('td')[3]!.textContent!);
    expect(today()).not.to.contain('Priya Nair 6 credits');
    // What the host's backend does after a job (POST /usage); the page hears of it through the live stream only.
    await (adapter as HttpAdapter).write(
      'POST',
      '/usage',
      { type: 'ai', tier: 'image', resolution: '4K', member: 'Priya Nair' },
      () => usageResult,
      { idempotencyKey: 'job-priya-1' },
    );
    await waitUntil(() => number(partText(el, 'stat').split('credits')[0]!) === before + 6, 'total never moved');
    expect(today()).to.match(/Priya Nair \d+ credits/);
    await waitUntil(
      () => number(parts(el, 'block')[0]!.querySelectorAll('td')[3]!.textContent!) === leftBefore - 6,
      'the block it came out of still shows what was left before',
    );
  });

  for (const scheme of ['light', 'dark'] as const) {
    it(`every series colour stands out from the surface by at least 3:1 (WCAG 1.4.11), ${scheme}`, async () => {
      const root = await fixture<HTMLElement>(html`<div style="--credit-color-scheme: ${scheme}"></div>`);
      root.innerHTML = '<credit-provider><credit-usage range="90d" hide-blocks></credit-usage></credit-provider>';
      (root.querySelector('credit-provider') as HTMLElement & { adapter: CreditsAdapter }).adapter = createMockAdapter({
        preset: 'ai-credits',
      });
      const el = root.querySelector('credit-usage')!;
      await waitUntil(() => part(el, 'legend'), 'no legend', { timeout: 10_000 });
      const rgb = (css: string) =>
        css
          .match(/\d+(\.\d+)?/g)!
          .slice(0, 3)
          .map(Number);
      const luminance = (css: string) => {
        const [r, g, b] = rgb(css).map((v) => {
          const c = v / 255;
          return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
        });
        return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
      };
      const contrast = (a: string, b: string) => {
        const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
        return (hi! + 0.05) / (lo! + 0.05);
      };
      // The kit's card surface, as the element resolves it in this scheme.
      const probe = document.createElement('div');
      probe.style.background = 'var(--_credit-color-surface)';
      el.shadowRoot!.append(probe);
      const surface = getComputedStyle(probe).backgroundColor;
      probe.remove();
      expect(luminance(surface) < 0.2, `a ${scheme} surface`).to.equal(scheme === 'dark');
      const swatches = [...part(el, 'legend')!.querySelectorAll('rect')];
      expect(swatches).to.have.length(6);
      for (const rect of swatches) {
        const fill = getComputedStyle(rect).fill;
        expect(contrast(fill, surface), `${rect.getAttribute('class')} ${fill} on ${surface}`).to.be.at.least(3);
      }
    });
  }

  for (const lang of ['en', 'de']) {
    it(`fits a 320 px column (${lang}): blocks as cards, nothing cut or scrolling sideways`, async () => {
      const root = await fixture<HTMLElement>(html`<div lang=${lang} style="width:320px"></div>`);
      root.innerHTML = '<credit-provider><credit-usage range="90d"></credit-usage></credit-provider>';
      (root.querySelector('credit-provider') as HTMLElement & { adapter: CreditsAdapter }).adapter = createMockAdapter({
        preset: 'ai-credits',
      });
      const el = root.querySelector('credit-usage')!;
      await waitUntil(() => part(el, 'chart') && parts(el, 'block').length, 'never rendered', { timeout: 10_000 });
      expect(el.getBoundingClientRect().width).to.be.at.most(320);
      expect(layoutProblems({ container: root })).to.deep.equal([]);
      // The phone layout follows the element's width, not the window's: blocks are cards.
      expect(getComputedStyle(parts(el, 'block')[0]!).display).to.equal('block');
    });
  }

  it('a host adapter without usage summaries gets a message, not a crash', async () => {
    const mock = createMockAdapter({ preset: 'scan-credits' });
    const adapter = Object.create(mock) as CreditsAdapter & { getUsageSummary?: unknown };
    Object.defineProperty(adapter, 'getUsageSummary', { value: undefined });
    const el = await mount(adapter, 'hide-blocks');
    expect(partText(el, 'status')).to.not.equal('');
    expect(part(el, 'chart')).to.be.null;
    await expectAccessible(el);
  });
});
