/**
 * What customers see of the history at desktop and phone widths, in English and
 * German (the longer words): amounts, balances and statuses are never cut, no
 * header breaks inside a word, nothing overflows a 320 px container, and header
 * and rows stay in line after keyboard focus reaches an action.
 */
import { expect, waitUntil } from '@open-wc/testing';
import type { PresetName } from '../../../src/core/presets.js';
import type { CreditTransactions } from '../../../src/elements/credit-transactions/credit-transactions.js';
import { layoutProblems, type LayoutProblem } from '../../../scripts/shots/page/layout-check.js';
import { part, parts } from '../../helpers/elements.js';
import { historyPage } from './fixture.js';

const frame = () => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve)));

/** Problems a customer would call broken (a long host name may wrap inside a description). */
function cutOff(el: CreditTransactions, container: Element): LayoutProblem[] {
  return layoutProblems({ root: el, container }).filter(
    (p) => p.kind !== 'broken-word' || !/part="(description|detail|reference)"/.test(p.path),
  );
}

async function shown(preset: PresetName, lang: string, width: string) {
  const page = await historyPage({ preset, lang, width });
  await waitUntil(() => parts(page.el, 'row').length > 0, 'rows never rendered');
  await frame();
  await frame();
  return page;
}

describe('<credit-transactions> layout', () => {
  // 1280 and 390 px pages (minus the page margin), and the 320 px container.
  for (const width of ['1232px', '358px', '320px'])
    for (const lang of ['en', 'de'])
      it(`cuts no amount, balance, status or header at ${width} (${lang})`, async () => {
        for (const preset of ['usage-billing', 'scan-credits', 'ai-credits', 'agency-credits'] as const) {
          const { el, root } = await shown(preset, lang, width);
          expect(cutOff(el, root), `${preset}`).to.deep.equal([]);
          for (const cell of [
            ...parts(el, 'cell-amount'),
            ...parts(el, 'cell-balance'),
            ...parts(el, 'cell-status'),
            ...parts(el, 'header-cell'),
          ]) {
            // Phones hide the header row visually (screen readers keep it).
            if (cell.getClientRects().length === 0 || (cell.closest('thead')?.getBoundingClientRect().width ?? 2) <= 1)
              continue;
            expect(
              cell.scrollWidth,
              `${preset} ${cell.getAttribute('part')} "${cell.textContent?.trim()}"`,
            ).to.be.at.most(cell.clientWidth);
          }
          root.remove();
        }
      });

  it('keeps header and rows in line after focus moves to an action at the far end of a row', async () => {
    for (const width of ['1232px', '760px']) {
      const { el, root } = await shown('usage-billing', 'de', width);
      const action = part(el, 'action')!;
      action.focus();
      await frame();
      expect(el.shadowRoot!.activeElement).to.equal(action);
      const scroller = part(el, 'scroller')!;
      expect(scroller.scrollWidth, `no sideways scroll at ${width}`).to.be.at.most(scroller.clientWidth + 1);
      const headers = parts(el, 'header-cell');
      for (const row of parts(el, 'row')) {
        for (const [i, cell] of [...row.querySelectorAll<HTMLElement>('td')].entries()) {
          if (cell.getClientRects().length === 0) continue;
          const header = headers[i]!.getBoundingClientRect();
          const box = cell.getBoundingClientRect();
          expect(Math.abs(box.left - header.left), `${width} ${cell.getAttribute('part')}`).to.be.lessThan(1);
          expect(Math.abs(box.right - header.right), `${width} ${cell.getAttribute('part')}`).to.be.lessThan(1);
        }
      }
      root.remove();
    }
  });

  it('leaves out columns no entry uses (no method or billing number on a usage-only history)', async () => {
    const { el } = await historyPage({ preset: 'scan-credits', width: '1232px' });
    await waitUntil(() => parts(el, 'row').length > 0);
    const used = parts(el, 'header-cell')
      .filter((h) => h.getClientRects().length > 0)
      .map((h) => h.textContent!.trim());
    const entries = el.entries;
    expect(used.includes('Method')).to.equal(entries.some((e) => e.method));
    expect(used.includes('Billing number')).to.equal(entries.some((e) => e.billingNumber));
  });
});
