/**
 * The windowed body of <credit-transactions>: few rows in the DOM whatever is
 * loaded, the right rows at every scroll position, rows that grow to fit, no
 * ResizeObserver loop errors, and keyboard movement across the whole history.
 */
import { expect, waitUntil } from '@open-wc/testing';
import type { CreditTransactions } from '../../../src/elements/credit-transactions/credit-transactions.js';
import { expectAccessible } from '../../helpers/a11y.js';
import { part, parts } from '../../helpers/elements.js';
import { historyPage, rowIds } from './fixture.js';

const rowsOf = (el: CreditTransactions) => parts(el, 'row');
const frame = () => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve)));
const focused = (el: CreditTransactions) => el.shadowRoot!.activeElement as HTMLElement | null;
const press = (target: Element, key: string) =>
  target.dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true, composed: true }));

/** A history with `total` entries, every page loaded. */
async function loadedHistory(total: number, width?: string) {
  const page = await historyPage({
    preset: 'scan-credits',
    pageSize: 2000,
    server: { seedEntries: total },
    ...(width ? { width } : {}),
  });
  const { el } = page;
  await waitUntil(() => rowsOf(el).length > 0, 'rows never rendered');
  while (part(el, 'load-more')) {
    const before = el.entries.length;
    part(el, 'load-more')!.click();
    await waitUntil(() => el.entries.length > before || !part(el, 'load-more'), 'load more did nothing', {
      timeout: 5000,
    });
  }
  return page;
}

/** Every rendered row shows the entry its aria-rowindex says, in order, inside the table's count. */
function expectConsistentRows(el: CreditTransactions) {
  const rows = rowsOf(el);
  const indexes = rows.map((r) => Number(r.getAttribute('aria-rowindex')));
  indexes.forEach((index, i) => {
    expect(rows[i]!.dataset.id, `row ${index}`).to.equal(el.entries[index - 2]!.id);
    if (i > 0) expect(index).to.equal(indexes[i - 1]! + 1);
  });
}

/** The row painted at the middle of the scroller's visible rows. */
function rowAtMiddle(el: CreditTransactions): HTMLElement | null {
  const box = part(el, 'scroller')!.getBoundingClientRect();
  const hit = el.shadowRoot!.elementFromPoint(box.left + box.width / 2, box.top + box.height * 0.6);
  return hit?.closest<HTMLElement>('tr[data-id]') ?? null;
}

function expectInView(el: CreditTransactions, row: HTMLElement) {
  const box = part(el, 'scroller')!.getBoundingClientRect();
  const header = part(el, 'header-row')!.getBoundingClientRect();
  const rect = row.getBoundingClientRect();
  expect(rect.top, 'row under the header').to.be.at.least(Math.max(box.top, header.bottom) - 1);
  expect(rect.bottom, 'row below the viewport').to.be.at.most(box.bottom + 1);
}

describe('<credit-transactions> windowed rows', () => {
  it('keeps fewer than 200 rows in the DOM with 10,000 loaded, and shows the right rows down to the last', async () => {
    const { el } = await loadedHistory(10_000);
    expect(el.entries.length).to.be.at.least(10_000);
    expect(rowsOf(el).length).to.be.lessThan(200);
    expect(part(el, 'table')!.getAttribute('aria-rowcount')).to.equal(String(el.entries.length + 1));
    const scroller = part(el, 'scroller')!;
    for (const share of [0.25, 0.5, 0.9]) {
      scroller.scrollTop = scroller.scrollHeight * share;
      await frame();
      await frame();
      expect(rowsOf(el).length).to.be.lessThan(200);
      expectConsistentRows(el);
      const middle = rowAtMiddle(el);
      expect(middle, `no row painted at ${share}`).to.exist;
      // The painted row is where a fixed row height puts it.
      const expected = Math.floor(el.entries.length * share);
      expect(Math.abs(Number(middle!.getAttribute('aria-rowindex')) - expected)).to.be.lessThan(40);
    }
    scroller.scrollTop = scroller.scrollHeight;
    const lastId = el.entries.at(-1)!.id;
    await waitUntil(() => rowsOf(el).some((r) => r.dataset.id === lastId), 'last entry never shown');
    const last = rowsOf(el).find((r) => r.dataset.id === lastId)!;
    expect(last.getAttribute('aria-rowindex')).to.equal(String(el.entries.length + 1));
    expectInView(el, last);
    expectConsistentRows(el);
  });

  it('announces an unknown row count while older pages remain', async () => {
    const { el } = await historyPage({ preset: 'scan-credits', pageSize: 50, server: { seedEntries: 500 } });
    await waitUntil(() => rowsOf(el).length > 0);
    expect(part(el, 'table')!.getAttribute('aria-rowcount')).to.equal('-1');
    expect(rowsOf(el)[0]!.getAttribute('aria-rowindex')).to.equal('2');
    await expectAccessible(el);
  });

  it('raises no ResizeObserver loop error while loading, scrolling and resizing across the breakpoint, keeping its place', async () => {
    const errors: string[] = [];
    const onError = (event: ErrorEvent) => errors.push(event.message);
    window.addEventListener('error', onError);
    try {
      const { el, root } = await loadedHistory(6000);
      const scroller = part(el, 'scroller')!;
      for (let step = 1; step <= 20; step++) {
        scroller.scrollTop = (scroller.scrollHeight * step) / 20;
        await frame();
      }
      for (const width of ['360px', '900px', '500px', '']) {
        root.style.width = width;
        await frame();
        scroller.scrollTop = scroller.scrollHeight / 3;
        await frame();
        await frame();
        expectConsistentRows(el);
        expect(rowAtMiddle(el), `no row painted at width ${width}`).to.exist;
      }
      // Crossing the breakpoint keeps the row at the top of the view.
      scroller.scrollTop = scroller.scrollHeight / 2;
      await frame();
      const before = Number(rowAtMiddle(el)!.getAttribute('aria-rowindex'));
      root.style.width = '360px';
      await frame();
      await frame();
      await frame();
      expect(Math.abs(Number(rowAtMiddle(el)!.getAttribute('aria-rowindex')) - before)).to.be.lessThan(12);
      await frame();
      expect(errors).to.deep.equal([]);
    } finally {
      window.removeEventListener('error', onError);
    }
  });

  it('lets a row grow to fit long text, in both layouts, with rows stacked without gaps or overlaps', async () => {
    for (const width of ['', '360px']) {
      const { el, api } = await historyPage(width ? { width } : {});
      await api.grant(123_456_789);
      const long = await api.usage(
        123_456_000,
        'A-VERY-LONG-REFERENCE-THAT-DOES-NOT-FIT-ANY-COLUMN-'.repeat(3),
        'Long description',
      );
      await waitUntil(() => rowIds(el)[0] === long.id, 'long entry never shown', { timeout: 5000 });
      await frame();
      const rows = rowsOf(el);
      expect(rows[0]!.getBoundingClientRect().height).to.be.greaterThan(rows[1]!.getBoundingClientRect().height);
      for (const [i, row] of rows.entries()) {
        const box = row.getBoundingClientRect();
        if (i > 0)
          expect(Math.abs(box.top - rows[i - 1]!.getBoundingClientRect().bottom), `row ${i}`).to.be.lessThan(1);
        for (const cell of row.querySelectorAll('td'))
          if (cell.getClientRects().length)
            expect(cell.getBoundingClientRect().bottom, cell.getAttribute('part')!).to.be.at.most(box.bottom + 0.5);
      }
      const reference = rowsOf(el)[0]!.querySelector('[part~=cell-reference]')!;
      expect(reference.textContent).to.contain('A-VERY-LONG-REFERENCE').and.to.contain('Long description');
      // Long text never widens the table.
      expect(part(el, 'scroller')!.scrollWidth).to.be.at.most(part(el, 'scroller')!.clientWidth + 1);
    }
  });

  it('moves focus with End, Home, PageDown and ArrowUp across rows outside the window', async () => {
    const { el } = await loadedHistory(4000);
    const count = el.entries.length;
    const scroller = part(el, 'scroller')!;
    scroller.focus();
    press(scroller, 'ArrowDown');
    await waitUntil(() => focused(el)?.dataset.id === el.entries[0]!.id, 'first row never focused');
    press(focused(el)!, 'End');
    await waitUntil(() => focused(el)?.dataset.id === el.entries.at(-1)!.id, 'End never reached the last row');
    expect(focused(el)!.getAttribute('aria-rowindex')).to.equal(String(count + 1));
    expectInView(el, focused(el)!);
    press(focused(el)!, 'Home');
    await waitUntil(() => focused(el)?.dataset.id === el.entries[0]!.id, 'Home never reached the first row');
    expectInView(el, focused(el)!);
    press(focused(el)!, 'PageDown');
    await waitUntil(() => focused(el)?.dataset.id === el.entries[10]!.id, 'PageDown did not move ten rows');
    press(focused(el)!, 'ArrowUp');
    await waitUntil(() => focused(el)?.dataset.id === el.entries[9]!.id, 'ArrowUp did not move one row');
    expectInView(el, focused(el)!);
    expect(rowsOf(el).length).to.be.lessThan(200);
  });
});
