import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../../src/elements/credit-provider/define.js';
import '../../../src/elements/credit-requests/define.js';
import { CreditsError } from '../../../src/adapter/errors.js';
import { createMockAdapter } from '../../../src/adapter/mock-adapter.js';
import type { CreditsAdapter } from '../../../src/adapter/types.js';
import type { CreditRequests } from '../../../src/elements/credit-requests/credit-requests.js';
import { expectAccessible } from '../../helpers/a11y.js';
import { layoutProblems } from '../../../scripts/shots/page/layout-check.js';
import { part, partText, parts, waitForPartText } from '../../helpers/elements.js';

async function mount(adapter: CreditsAdapter, lang = 'en', width = ''): Promise<CreditRequests> {
  const root = await fixture<HTMLElement>(
    html`<div lang=${lang} style=${width ? `width:${width}` : ''}>
      <credit-provider .adapter=${adapter}><credit-requests></credit-requests></credit-provider>
    </div>`,
  );
  const el = root.querySelector('credit-requests')!;
  await waitUntil(() => part(el, 'table') || part(el, 'empty') || part(el, 'status'), 'never rendered', {
    timeout: 5000,
  });
  return el;
}

const create = (adapter: CreditsAdapter, packageId: string, method: 'bank_transfer' | 'crypto') =>
  adapter.createCreditRequest({ packageId, method }, { idempotencyKey: crypto.randomUUID() });

describe('<credit-requests>', () => {
  it('shows the empty state', async () => {
    const el = await mount(createMockAdapter({ preset: 'agency-credits' }));
    // Says what requests are and how one comes about, not just "none".
    expect(partText(el, 'empty')).to.match(
      /^No credit requests yet\. When you buy credits by bank transfer or cryptocurrency/,
    );
    expect(part(el, 'table')).to.be.null;
    await expectAccessible(el);
  });

  it('lists date, credits, amount, method, reference and status, newest first, with the rejection note', async () => {
    const adapter = createMockAdapter({ preset: 'agency-credits' });
    const first = await create(adapter, 'agency-100', 'bank_transfer');
    const second = await create(adapter, 'agency-500', 'crypto');
    await adapter.admin!.decideCreditRequest(first.id, { accept: false, note: 'Duplicate order' });
    const el = await mount(adapter);
    const rows = parts(el, 'row');
    expect(rows).to.have.length(2);
    const text = rows.map((r) => r.textContent!.replace(/\s+/g, ' ').trim());
    expect(text[0])
      .to.contain(second.reference)
      .and.to.contain('Cryptocurrency')
      .and.to.contain('Pending')
      .and.to.contain('€565.25');
    expect(text[1])
      .to.contain(first.reference)
      .and.to.contain('Bank transfer')
      .and.to.contain('Rejected')
      .and.to.contain('Note: Duplicate order');
    const headers = [...el.shadowRoot!.querySelectorAll('th[scope="col"]')].map((th) => th.textContent!.trim());
    // What you get and what you pay are told apart.
    expect(headers).to.deep.equal(['Date', 'You get', 'You pay (total)', 'Method', 'Reference', 'Status']);
    // Same-day requests are told apart by their time.
    expect(rows[0]!.querySelector('time')!.textContent).to.match(/\d{1,2}:\d{2}/);
    expect(el.shadowRoot!.querySelector('caption')!.textContent!.trim()).to.equal('Credit requests');
    await expectAccessible(el);
  });

  it('updates live when the operator decides', async () => {
    const adapter = createMockAdapter({ preset: 'agency-credits' });
    const request = await create(adapter, 'agency-100', 'bank_transfer');
    const el = await mount(adapter);
    expect(partText(el, 'status')).to.equal('Pending');
    await adapter.admin!.decideCreditRequest(request.id, { accept: true });
    await waitForPartText(el, 'status', 'Accepted');
  });

  it('speaks German', async () => {
    const adapter = createMockAdapter({ preset: 'agency-credits' });
    await create(adapter, 'agency-100', 'bank_transfer');
    const el = await mount(adapter, 'de');
    expect(partText(el, 'status')).to.equal('Ausstehend');
    expect(parts(el, 'row')[0]!.textContent).to.contain('Überweisung');
    expect(el.shadowRoot!.querySelector('caption')!.textContent!.trim()).to.equal('Guthabenanfragen');
  });

  for (const width of ['1232px', '358px', '320px'])
    for (const lang of ['en', 'de'])
      it(`cuts nothing and fits its container at ${width} (${lang})`, async () => {
        const adapter = createMockAdapter({ preset: 'agency-credits' });
        const first = await create(adapter, 'agency-500', 'bank_transfer');
        await create(adapter, 'agency-100', 'crypto');
        await adapter.admin!.decideCreditRequest(first.id, {
          accept: false,
          note: 'No payment received within 14 days.',
        });
        const el = await mount(adapter, lang, width);
        const root = el.closest('div')!;
        expect(layoutProblems({ root: el, container: root })).to.deep.equal([]);
        if (width !== '1232px') {
          // A card per request: requests are separate boxes, not one run of label lines.
          const [a, b] = parts(el, 'row').map((r) => r.getBoundingClientRect());
          expect(b!.top - a!.bottom).to.be.greaterThan(2);
          expect(a!.height).to.be.lessThan(140);
          // A long rejection note stays in its half: it never runs over the date.
          for (const row of parts(el, 'row')) {
            const date = row.querySelector('time')!.getBoundingClientRect();
            for (const box of [...row.querySelectorAll('[part~=status] *')].flatMap((e) => [...e.getClientRects()])) {
              const overlaps =
                box.left < date.right - 1 &&
                box.right > date.left + 1 &&
                box.top < date.bottom - 1 &&
                box.bottom > date.top + 1;
              expect(overlaps, 'status text over the date').to.be.false;
            }
          }
        }
      });

  it('shows a readable error with retry, then recovers', async () => {
    const adapter = createMockAdapter({ preset: 'agency-credits' });
    const list = adapter.listCreditRequests.bind(adapter);
    let fail = true;
    adapter.listCreditRequests = (o) => (fail ? Promise.reject(new CreditsError('network_error', 'offline')) : list(o));
    const el = await mount(adapter);
    await waitForPartText(el, 'status', /could not be reached/);
    await expectAccessible(el);
    fail = false;
    el.shadowRoot!.querySelector<HTMLButtonElement>('[part~="status"] button')!.click();
    await waitUntil(() => part(el, 'empty'), 'never recovered', { timeout: 5000 });
  });
});
