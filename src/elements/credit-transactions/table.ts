/**
 * The history table with a virtualised body: only the rows near the viewport
 * exist in the DOM (@lit-labs/virtualizer over `<tbody>`), while the real
 * `<table>`, `<caption>`, `<th scope=col>` and explicit row/cell roles keep the
 * table semantics screen readers need. The scroll container is focusable and
 * named; arrow keys (and Home/End) move focus row by row, scrolling rows into
 * existence, so keyboard users reach every row and every action.
 */
import { html, type TemplateResult } from 'lit';
import { virtualize, virtualizerRef, type VirtualizerHostElement } from '@lit-labs/virtualizer/virtualize.js';
import type { RangeChangedEvent } from '@lit-labs/virtualizer/events.js';
import type { Transaction } from '../../core/schemas/transactions.js';
import { renderHeaderRow, renderRow, type RowContext } from './row.js';

export interface TableContext extends RowContext {
  items: Transaction[];
  /** Older entries remain on the server (row count unknown). */
  hasMore: boolean;
  /** The visible range changed (auto-load near the end). */
  onRange?(first: number, last: number): void;
}

export function renderTable(ctx: TableContext): TemplateResult {
  const { m, items } = ctx;
  // Explicit roles are intended: the sections are display:block/grid for the
  // virtualised layout, and some browsers drop implicit table roles for those.
  /* eslint-disable lit-a11y/no-redundant-role */
  return html`<div class="scroller" part="scroller" tabindex="0" role="region" aria-labelledby="caption" @keydown=${onKeydown}>
    <table part="table" role="table" aria-rowcount=${ctx.hasMore ? -1 : items.length + 1}>
      <caption id="caption" part="caption">${m.caption}</caption>
      <thead role="rowgroup">
        ${renderHeaderRow(m)}
      </thead>
      <tbody
        role="rowgroup"
        data-count=${items.length}
        @rangeChanged=${(event: RangeChangedEvent) => ctx.onRange?.(event.first, event.last)}
      >
        <tr virtualizer-sizer aria-hidden="true"></tr>
        ${virtualize({
          items,
          keyFunction: (entry: Transaction) => entry.id,
          renderItem: (entry: Transaction, index: number) => renderRow(entry, index, ctx),
        })}
      </tbody>
    </table>
  </div>`;
}

const MOVES: Record<string, (index: number, last: number) => number> = {
  ArrowDown: (i, last) => Math.min(i + 1, last),
  ArrowUp: (i) => Math.max(i - 1, 0),
  Home: () => 0,
  End: (_i, last) => last,
  PageDown: (i, last) => Math.min(i + 10, last),
  PageUp: (i) => Math.max(i - 10, 0),
};

/** Row-to-row focus movement; rows outside the rendered range are scrolled in first. */
async function onKeydown(event: KeyboardEvent): Promise<void> {
  const move = MOVES[event.key];
  const target = event.target as HTMLElement;
  const row = target.closest<HTMLElement>('tr[data-id]');
  const scroller = event.currentTarget as HTMLElement;
  const tbody = scroller.querySelector('tbody') as (HTMLElement & VirtualizerHostElement) | null;
  const virtualizer = tbody?.[virtualizerRef];
  if (!move || !tbody || !virtualizer || event.altKey || event.ctrlKey || event.metaKey) return;
  // From the scroller itself only ArrowDown/Home/End enter the rows; otherwise it scrolls natively.
  if (!row && (target !== scroller || !['ArrowDown', 'Home', 'End'].includes(event.key))) return;
  const count = Number(tbody.dataset.count);
  if (count === 0) return;
  event.preventDefault();
  const current = row ? Number(row.getAttribute('aria-rowindex')) - 2 : -1;
  const next = row ? move(current, count - 1) : event.key === 'End' ? count - 1 : 0;
  if (next === current) return;
  virtualizer.element(next)?.scrollIntoView({ block: 'nearest' });
  for (let attempt = 0; attempt < 10; attempt++) {
    const found = tbody.querySelector<HTMLElement>(`tr[aria-rowindex="${next + 2}"]`);
    if (found) {
      found.focus({ preventScroll: attempt === 0 ? false : true });
      return;
    }
    await new Promise((resolve) => requestAnimationFrame(resolve));
  }
}
