/**
 * The row window on its own, with rows of different heights: a 1,000,000-row
 * list keeps a scroll range browsers can lay out, and every row — the last one
 * included — can be brought into view by scrolling alone.
 */
import { expect, fixture, waitUntil } from '@open-wc/testing';
import { css, html, LitElement } from 'lit';
import { MAX_BODY_HEIGHT, RowWindow } from '../../../src/elements/credit-transactions/row-window.js';
import { styleProperties } from '../../../src/util/style-properties.js';

const frame = () => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve)));

class WindowHost extends LitElement {
  static override styles = css`
    [part='scroller'] {
      height: 400px;
      width: 300px;
      overflow: auto;
      overflow-anchor: none;
    }
    table,
    thead,
    tbody,
    tr {
      display: block;
    }
    thead {
      position: sticky;
      top: 0;
      z-index: 1;
      background: white;
    }
    tbody {
      position: relative;
    }
    tbody.windowed tr {
      transform: translateY(var(--_credit-rows-shift, 0px));
    }
    td {
      display: block;
    }
    /* Every third row is taller: heights vary. */
    tr.tall td {
      padding-bottom: 40px;
    }
  `;
  count = 1_000_000;
  readonly rows = new RowWindow(this, { count: () => this.count, key: (i) => `r${i}` });

  override render() {
    const { start, end, shift, height } = this.rows.range();
    const shown = Array.from({ length: end - start }, (_, i) => start + i);
    return html`<div part="scroller">
      <table>
        <thead>
          <tr>
            <th>Header</th>
          </tr>
        </thead>
        <tbody
          class=${height === null ? '' : 'windowed'}
          ${styleProperties({ '--_credit-rows-shift': `${shift}px`, height: height === null ? 'auto' : `${height}px` })}
        >
          ${shown.map(
            (i) =>
              html`<tr data-id=${`r${i}`} aria-rowindex=${i + 2} class=${i % 3 === 0 ? 'tall' : ''}>
                <td>Row ${i}</td>
              </tr>`,
          )}
        </tbody>
      </table>
    </div>`;
  }
}
customElements.define('test-row-window', WindowHost);

function scrollerOf(el: WindowHost) {
  return el.shadowRoot!.querySelector<HTMLElement>('[part=scroller]')!;
}

/** Rows whose box lies fully inside the view (below the sticky header), by index. */
function visibleRows(el: WindowHost): number[] {
  const scroller = scrollerOf(el);
  const view = scroller.getBoundingClientRect();
  const top = el.shadowRoot!.querySelector('thead')!.getBoundingClientRect().bottom;
  return [...el.shadowRoot!.querySelectorAll<HTMLElement>('tr[data-id]')]
    .filter((r) => {
      const box = r.getBoundingClientRect();
      return box.top >= top - 0.5 && box.bottom <= view.bottom + 0.5;
    })
    .map((r) => Number(r.getAttribute('aria-rowindex')) - 2);
}

async function scrollTo(el: WindowHost, top: number) {
  scrollerOf(el).scrollTop = top;
  await frame();
  await frame();
}

describe('RowWindow with 1,000,000 rows of varying height', () => {
  it('keeps the scroll range layable and reaches every row by scrolling, the last one included', async () => {
    const el = await fixture<WindowHost>(html`<test-row-window></test-row-window>`);
    await frame();
    await frame();
    const scroller = scrollerOf(el);
    expect(scroller.scrollHeight).to.be.at.most(MAX_BODY_HEIGHT + 1000);
    expect(el.shadowRoot!.querySelectorAll('tr[data-id]').length).to.be.lessThan(200);
    expect(visibleRows(el)[0]).to.equal(0);

    // The very end: the last row sits whole at the bottom of the view.
    await scrollTo(el, scroller.scrollHeight);
    await waitUntil(() => visibleRows(el).includes(999_999), 'the last row was never shown whole');

    // Any row: find a scroll position that shows it (the view moves monotonically with the scroll position).
    for (const target of [1, 333_333, 654_321, 999_998]) {
      let low = 0;
      let high = scroller.scrollHeight - scroller.clientHeight;
      let found = false;
      for (let step = 0; step < 40 && !found; step++) {
        const middle = Math.floor((low + high) / 2);
        await scrollTo(el, middle);
        const rows = visibleRows(el);
        expect(rows.length, `rows in view at ${middle}`).to.be.greaterThan(0);
        if (rows.includes(target)) found = true;
        else if (rows[0]! > target) high = middle - 1;
        else low = middle + 1;
      }
      expect(found, `row ${target} never came into view`).to.be.true;
    }
  });

  it('moves the view by at most a row height per scrolled pixel near any position (no row is skipped)', async () => {
    const el = await fixture<WindowHost>(html`<test-row-window></test-row-window>`);
    await frame();
    const scroller = scrollerOf(el);
    await scrollTo(el, Math.floor(scroller.scrollHeight * 0.7));
    let previous = visibleRows(el);
    for (let i = 0; i < 20; i++) {
      await scrollTo(el, scroller.scrollTop + 1);
      const rows = visibleRows(el);
      // Consecutive views overlap: whatever left the view was seen before.
      expect(rows.some((r) => previous.includes(r)) || rows[0]! <= previous.at(-1)! + 1, `step ${i}`).to.be.true;
      previous = rows;
    }
  });
});
