/**
 * The history table with a windowed body: only the rows near the viewport exist
 * in the DOM (see row-window.ts), between two `aria-hidden` spacer rows, while
 * the real `<table>`, `<caption>`, `<th scope=col>`, explicit row/cell roles,
 * `aria-rowcount` and each row's `aria-rowindex` keep the table semantics screen
 * readers need. The scroll container is focusable and named; arrow keys, Page
 * Up/Down and Home/End move focus row by row, scrolling rows into the window
 * first, so keyboard users reach every row and every action.
 */
import { html, type TemplateResult } from 'lit';
import { repeat } from 'lit/directives/repeat.js';
import { styleProperties } from '../../util/style-properties.js';
import type { Transaction } from '../../core/schemas/transactions.js';
import { renderHeaderRow, renderRow, type RowContext } from './row.js';
import type { RowWindow } from './row-window.js';

export interface TableContext extends RowContext {
  items: Transaction[];
  /** Older entries remain on the server (row count unknown). */
  hasMore: boolean;
  /** Which rows are rendered, and keyboard scrolling. */
  window: RowWindow;
}

export function renderTable(ctx: TableContext): TemplateResult {
  const { m, items } = ctx;
  const { start, end, above, below } = ctx.window.range(items.length);
  const shown = items.slice(start, end);
  // Explicit roles are intended: the sections are display:block/grid for the
  // fixed-height row layout, and some browsers drop implicit table roles for those.
  /* eslint-disable lit-a11y/no-redundant-role */
  return html`<div
    class="scroller"
    part="scroller"
    tabindex="0"
    role="region"
    aria-labelledby="caption"
    @keydown=${(event: KeyboardEvent) => onKeydown(event, items.length, ctx.window)}
  >
    <table part="table" role="table" aria-rowcount=${ctx.hasMore ? -1 : items.length + 1}>
      <caption id="caption" part="caption">
        ${m.caption}
      </caption>
      <thead role="rowgroup">
        ${renderHeaderRow(m)}
      </thead>
      <tbody role="rowgroup">
        <tr class="spacer" aria-hidden="true" ${styleProperties({ height: `${above}px` })}></tr>
        ${repeat(
          shown,
          (entry) => entry.id,
          (entry, i) => renderRow(entry, start + i, ctx),
        )}
        <tr class="spacer" aria-hidden="true" ${styleProperties({ height: `${below}px` })}></tr>
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

/** Row-to-row focus movement; rows outside the window are scrolled into it first. */
async function onKeydown(event: KeyboardEvent, count: number, window: RowWindow): Promise<void> {
  const move = MOVES[event.key];
  const target = event.target as HTMLElement;
  const row = target.closest<HTMLElement>('tr[data-id]');
  const scroller = event.currentTarget as HTMLElement;
  if (!move || count === 0 || event.altKey || event.ctrlKey || event.metaKey) return;
  // From the scroller itself only ArrowDown/Home/End enter the rows; otherwise it scrolls natively.
  if (!row && (target !== scroller || !['ArrowDown', 'Home', 'End'].includes(event.key))) return;
  event.preventDefault();
  const current = row ? Number(row.getAttribute('aria-rowindex')) - 2 : -1;
  const next = row ? move(current, count - 1) : event.key === 'End' ? count - 1 : 0;
  if (next === current) return;
  const found = await window.reveal(next);
  found?.focus({ preventScroll: true });
}
