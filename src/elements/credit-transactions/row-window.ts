/**
 * Windowed rendering of the history rows: every row has the same height per
 * layout (the CSS fixes it; one rendered row is measured), so the rows in view
 * follow from `scrollTop` alone and only those (plus an overscan) are rendered,
 * between two spacer rows standing in for the rest.
 *
 * Layout is only ever read inside one requestAnimationFrame callback per frame
 * (scroll events and ResizeObserver callbacks just schedule it), and the DOM is
 * written by the Lit update that follows, so a scroll never forces a layout in
 * the middle of a frame and the observer never changes layout in its callback
 * (no "ResizeObserver loop" errors).
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';

/** Rows rendered above and below the visible ones. */
const OVERSCAN = 8;
/** Rows rendered before the first measurement. */
const INITIAL_ROWS = 20;
/** Row height assumed before the first measurement (px). */
const ESTIMATED_HEIGHT = 52;

export interface RowRange {
  /** First rendered index. */
  start: number;
  /** One past the last rendered index. */
  end: number;
  /** Heights of the spacers standing in for the rows above and below (px). */
  above: number;
  below: number;
}

export interface RowWindowOptions {
  /** Rows loaded so far. */
  count(): number;
  /** The rendered range changed (auto-load near the end). Called outside Lit updates. */
  onRange?(start: number, end: number): void;
}

export class RowWindow implements ReactiveController {
  private scroller: HTMLElement | null = null;
  private observer: ResizeObserver | undefined;
  private frame = 0;
  /** Geometry, read in the frame callback only (px). */
  private rowHeight = 0;
  private bodyTop = 0;
  private stickyTop = 0;
  private scrollTop = 0;
  private viewport = 0;
  private width = -1;
  private reported = '';
  /** Where to scroll once the spacers of a new layout are rendered (keeps the top row in view). */
  private pendingScrollTop: number | undefined;

  constructor(
    private readonly host: ReactiveControllerHost & { readonly renderRoot: HTMLElement | DocumentFragment },
    private readonly options: RowWindowOptions,
  ) {
    host.addController(this);
  }

  /** The rows to render now for `count` loaded entries. */
  range(count: number): RowRange {
    if (!this.rowHeight) {
      const end = Math.min(count, INITIAL_ROWS);
      return { start: 0, end, above: 0, below: (count - end) * ESTIMATED_HEIGHT };
    }
    const top = this.scrollTop - this.bodyTop;
    const first = Math.floor(top / this.rowHeight);
    const last = Math.ceil((top + this.viewport) / this.rowHeight);
    const start = clamp(first - OVERSCAN, 0, count);
    const end = clamp(last + OVERSCAN, start, count);
    return { start, end, above: start * this.rowHeight, below: (count - end) * this.rowHeight };
  }

  hostUpdated(): void {
    const scroller = this.host.renderRoot.querySelector<HTMLElement>('[part~="scroller"]');
    if (scroller !== this.scroller) this.bind(scroller);
    if (scroller && this.pendingScrollTop !== undefined) scroller.scrollTop = this.pendingScrollTop;
    this.pendingScrollTop = undefined;
    // New rows (a page arrived, a live entry) may need a measurement or an auto-load.
    if (scroller) this.schedule();
  }

  hostDisconnected(): void {
    this.bind(null);
  }

  /** Scrolls row `index` into view (below the sticky header), renders it and returns it. */
  async reveal(index: number): Promise<HTMLElement | null> {
    const scroller = this.scroller;
    if (!scroller) return null;
    if (!this.rowHeight) this.measure(scroller, true);
    const top = this.bodyTop + index * this.rowHeight;
    const bottom = top + this.rowHeight;
    let scrollTop = scroller.scrollTop;
    if (top < scrollTop + this.stickyTop) scrollTop = top - this.stickyTop;
    else if (bottom > scrollTop + scroller.clientHeight) scrollTop = bottom - scroller.clientHeight;
    scroller.scrollTop = scrollTop;
    this.scrollTop = scroller.scrollTop;
    this.host.requestUpdate();
    await this.host.updateComplete;
    return scroller.querySelector<HTMLElement>(`tr[aria-rowindex="${index + 2}"]`);
  }

  private bind(scroller: HTMLElement | null): void {
    this.scroller?.removeEventListener('scroll', this.onScroll);
    this.observer?.disconnect();
    cancelAnimationFrame(this.frame);
    this.frame = 0;
    this.scroller = scroller;
    this.rowHeight = 0;
    this.width = -1;
    this.scrollTop = 0;
    this.reported = '';
    if (!scroller) return;
    scroller.addEventListener('scroll', this.onScroll, { passive: true });
    this.observer ??= new ResizeObserver(() => this.schedule());
    this.observer.observe(scroller);
  }

  private readonly onScroll = () => this.schedule();

  private schedule(): void {
    if (this.frame) return;
    this.frame = requestAnimationFrame(() => {
      this.frame = 0;
      if (this.scroller) this.update(this.scroller);
    });
  }

  /** Reads the scroll position (and the geometry when the width changed), then re-renders if the window moved. */
  private update(scroller: HTMLElement): void {
    const before = this.range(this.options.count());
    const { rowHeight, bodyTop } = this;
    this.measure(scroller, scroller.clientWidth !== this.width || !this.rowHeight);
    if (rowHeight && this.rowHeight && this.rowHeight !== rowHeight) {
      // The layout changed (wide rows ⇄ stacked cards): keep the same top row in view.
      const top = ((this.scrollTop - bodyTop) / rowHeight) * this.rowHeight + this.bodyTop;
      this.scrollTop = this.pendingScrollTop = Math.max(0, top);
    }
    const after = this.range(this.options.count());
    const moved = after.start !== before.start || after.end !== before.end || after.above !== before.above;
    if (moved || after.below !== before.below || this.pendingScrollTop !== undefined) {
      this.host.requestUpdate();
    }
    const key = `${after.start}:${after.end}:${this.options.count()}`;
    if (key !== this.reported && after.end > after.start) {
      this.reported = key;
      this.options.onRange?.(after.start, after.end - 1);
    }
  }

  private measure(scroller: HTMLElement, geometry: boolean): void {
    this.scrollTop = scroller.scrollTop;
    this.viewport = scroller.clientHeight;
    if (!geometry) return;
    const row = scroller.querySelector<HTMLElement>('tr[data-id]');
    const spacer = scroller.querySelector<HTMLElement>('tr.spacer');
    if (!row || !spacer) return;
    this.width = scroller.clientWidth;
    this.rowHeight = row.getBoundingClientRect().height;
    const origin = scroller.getBoundingClientRect().top + scroller.clientTop - this.scrollTop;
    this.bodyTop = spacer.getBoundingClientRect().top - origin;
    const thead = scroller.querySelector('thead');
    this.stickyTop = thead && getComputedStyle(thead).position === 'sticky' ? thead.getBoundingClientRect().height : 0;
  }
}

const clamp = (n: number, min: number, max: number) => Math.max(min, Math.min(n, max));
