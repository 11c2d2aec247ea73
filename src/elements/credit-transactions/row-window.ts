/**
 * Windowed rendering of the history rows, for rows whose height varies (text
 * wraps) and for histories of any length.
 *
 * The scroll position maps to a *row position*, not to pixels: the body has a
 * scroll range of about one estimated row height per row, capped at
 * `MAX_BODY_HEIGHT` (browsers stop laying out boxes at about 17–33 million px,
 * so a 1,000,000-row spacer cannot work). The share of the range scrolled is the
 * share of rows passed: scrolled to 65 %, the view starts 65 % of the way down
 * the list, and at the very end the last row sits on the bottom edge. Inside a
 * row the view moves by that row's own measured height, so scrolling is smooth
 * across rows of any height; with no cap (fewer than ~150,000 rows) and rows of
 * the estimated height the mapping is exactly one pixel per pixel.
 *
 * Only the rows near the view are rendered, in normal flow at the top of the
 * body and moved into place with one `translate` (a custom property on the
 * body). Heights of rendered rows are measured after each render and cached by
 * entry id (per width), so rows above the anchor are placed exactly.
 *
 * Layout is read in one requestAnimationFrame callback per frame (scroll events
 * and ResizeObserver callbacks just schedule it) and right after a render (the
 * rendered rows' heights); DOM writes are Lit's render, or one custom property
 * when only the measured heights moved the rows.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';

/** Largest scroll range of the body (px): well under every engine's layout limit. */
export const MAX_BODY_HEIGHT = 8_000_000;
/** Up to this many rows are rendered in plain flow, no windowing. */
const UNWINDOWED = 60;
/** Extra height rendered above and below the view (px). */
const OVERSCAN = 360;
/** Upper bound of rendered rows, whatever the heights. */
const MAX_RENDERED = 160;
/** Row height assumed before the first measurement (px). */
const ESTIMATED_HEIGHT = 56;
/** Rows rendered before the first measurement. */
const INITIAL_ROWS = 24;

export interface RowRange {
  /** First rendered index. */
  start: number;
  /** One past the last rendered index. */
  end: number;
  /** Where the first rendered row goes, from the top of the body (px). */
  shift: number;
  /** Height of the body (px); `null`: rows in plain flow. */
  height: number | null;
}

export interface RowWindowOptions {
  /** Rows loaded so far. */
  count(): number;
  /** A stable key of row `index` (its entry id): measured heights follow the entry. */
  key(index: number): string;
  /** The rendered range changed (auto-load near the end). Called outside Lit updates. */
  onRange?(start: number, end: number): void;
}

/** A row placed by `reveal()`: kept exactly while the scroll position stays where reveal() put it. */
interface Pin {
  scrollTop: number;
  index: number;
  align: 'top' | 'bottom';
}

export class RowWindow implements ReactiveController {
  private scroller: HTMLElement | null = null;
  private observer: ResizeObserver | undefined;
  private frame = 0;
  /** Measured heights by entry key (px), for the current width. */
  private heights = new Map<string, number>();
  /** Estimated height of an unmeasured row (px); 0 until the first measurement. */
  private estimate = 0;
  private width = -1;
  /** Geometry (px), read in the frame callback and after renders. */
  private scrollTop = 0;
  private viewport = 0;
  /** Scroll position at which the body's top reaches the sticky header. */
  private offset = 0;
  /** The row position at the top of the view: row `floor(anchor)`, that share of it scrolled past. */
  private anchor = 0;
  private anchorKey: string | undefined;
  private knownCount = 0;
  private pin: Pin | undefined;
  private reported = '';
  /** What the last render used, to see whether measuring moved anything. */
  private rendered: RowRange | undefined;

  constructor(
    private readonly host: ReactiveControllerHost & { readonly renderRoot: HTMLElement | DocumentFragment },
    private readonly options: RowWindowOptions,
  ) {
    host.addController(this);
  }

  /** The rows to render now. */
  range(): RowRange {
    const count = this.options.count();
    this.followCount(count);
    if (count <= UNWINDOWED) return (this.rendered = { start: 0, end: count, shift: 0, height: null });
    if (!this.estimate) {
      const end = Math.min(count, INITIAL_ROWS);
      return (this.rendered = { start: 0, end, shift: 0, height: this.bodyHeight(count) });
    }
    return (this.rendered = this.compute(count));
  }

  hostUpdated(): void {
    const scroller = this.host.renderRoot.querySelector<HTMLElement>('[part~="scroller"]');
    if (scroller !== this.scroller) this.bind(scroller);
    if (!scroller) return;
    this.measureRows(scroller);
    const count = this.options.count();
    const rendered = this.rendered;
    if (rendered && rendered.height !== null && this.estimate) {
      this.readGeometry(scroller);
      this.anchor = this.anchorFor(count);
      const next = this.compute(count);
      // Measured heights moved the rows: place them now, before paint. If they call
      // for other rows, the next frame renders those (heights are cached by then).
      if (Math.abs(next.shift - rendered.shift) > 0.5 && next.start === rendered.start) {
        rendered.shift = next.shift;
        this.body(scroller)?.style.setProperty('--_credit-rows-shift', `${next.shift}px`);
      }
    }
    this.schedule();
  }

  hostDisconnected(): void {
    this.bind(null);
  }

  /** Brings row `index` fully into view (below the sticky header), renders it and returns it. */
  async reveal(index: number): Promise<HTMLElement | null> {
    const scroller = this.scroller;
    if (!scroller) return null;
    this.readGeometry(scroller);
    const count = this.options.count();
    const row = this.rowElement(scroller, index);
    if (row) {
      const view = this.viewBox(scroller);
      const box = row.getBoundingClientRect();
      if (box.top >= view.top - 0.5 && box.bottom <= view.bottom + 0.5) return row;
      this.placeRow(scroller, index, box.top < view.top ? 'top' : 'bottom', count);
    } else {
      const top = Math.floor(this.anchor);
      this.placeRow(scroller, index, index < top ? 'top' : 'bottom', count);
    }
    this.host.requestUpdate();
    await this.host.updateComplete;
    return this.rowElement(scroller, index);
  }

  private placeRow(scroller: HTMLElement, index: number, align: Pin['align'], count: number): void {
    if (count <= UNWINDOWED || !this.estimate) {
      // Plain flow (or not measured yet): the browser knows where the row is.
      const row = this.rowElement(scroller, index);
      if (row) {
        const view = this.viewBox(scroller);
        const box = row.getBoundingClientRect();
        scroller.scrollTop += align === 'top' ? box.top - view.top : box.bottom - view.bottom;
        this.scrollTop = scroller.scrollTop;
        return;
      }
      if (!this.estimate) this.estimate = ESTIMATED_HEIGHT;
    }
    const anchor = align === 'top' ? index : this.bottomAnchor(index + 1);
    scroller.scrollTop = this.scrollTopFor(anchor, count);
    this.scrollTop = scroller.scrollTop;
    this.pin = { scrollTop: this.scrollTop, index, align };
    this.anchor = this.anchorFor(count);
  }

  private rowElement(scroller: HTMLElement, index: number): HTMLElement | null {
    return scroller.querySelector<HTMLElement>(`tr[data-id][aria-rowindex="${index + 2}"]`);
  }

  /** The part of the scroller rows are seen in (below the sticky header). */
  private viewBox(scroller: HTMLElement): { top: number; bottom: number } {
    const box = scroller.getBoundingClientRect();
    const top = box.top + scroller.clientTop;
    return { top: top + (this.stickyHeight(scroller) || 0), bottom: top + scroller.clientHeight };
  }

  private body(scroller: HTMLElement): HTMLElement | null {
    return scroller.querySelector<HTMLElement>('tbody');
  }

  private bind(scroller: HTMLElement | null): void {
    this.scroller?.removeEventListener('scroll', this.onScroll);
    this.observer?.disconnect();
    cancelAnimationFrame(this.frame);
    this.frame = 0;
    this.scroller = scroller;
    this.width = -1;
    this.reported = '';
    this.pin = undefined;
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

  /** Reads the scroll position (and the geometry), then re-renders if the window moved. */
  private update(scroller: HTMLElement): void {
    const count = this.options.count();
    const widthChanged = scroller.clientWidth !== this.width;
    if (widthChanged) {
      // Another width, other heights (and maybe the other layout): keep the anchor row on top.
      this.width = scroller.clientWidth;
      this.heights.clear();
      this.estimate = 0;
      this.measureRows(scroller);
      if (count > UNWINDOWED && this.estimate) {
        this.readGeometry(scroller);
        const target = this.scrollTopFor(this.anchor, count);
        if (Math.abs(target - scroller.scrollTop) > 1) {
          scroller.scrollTop = target;
          this.pin = { scrollTop: scroller.scrollTop, index: Math.floor(this.anchor), align: 'top' };
        }
      }
    }
    this.readGeometry(scroller);
    if (count > UNWINDOWED && this.estimate) this.anchor = this.anchorFor(count);
    const before = this.rendered;
    const after = count <= UNWINDOWED || !this.estimate ? undefined : this.compute(count);
    if (
      widthChanged ||
      (after &&
        (!before ||
          after.start !== before.start ||
          after.end !== before.end ||
          after.height !== before.height ||
          Math.abs(after.shift - before.shift) > 0.5))
    ) {
      this.host.requestUpdate();
    }
    const shown = after ?? this.rendered;
    if (!shown) return;
    const key = `${shown.start}:${shown.end}:${count}`;
    if (key !== this.reported && shown.end > shown.start) {
      this.reported = key;
      this.options.onRange?.(shown.start, shown.end - 1);
    }
  }

  private readGeometry(scroller: HTMLElement): void {
    const sticky = this.stickyHeight(scroller);
    const body = this.body(scroller);
    this.scrollTop = scroller.scrollTop;
    this.viewport = Math.max(1, scroller.clientHeight - sticky);
    if (body) {
      const origin = scroller.getBoundingClientRect().top + scroller.clientTop - scroller.scrollTop;
      this.offset = Math.max(0, body.getBoundingClientRect().top - origin - sticky);
    }
    if (this.pin && Math.abs(this.pin.scrollTop - this.scrollTop) > 1) this.pin = undefined;
  }

  private stickyHeight(scroller: HTMLElement): number {
    const thead = scroller.querySelector('thead');
    return thead && getComputedStyle(thead).position === 'sticky' ? thead.getBoundingClientRect().height : 0;
  }

  /** Caches the heights of the rendered rows; the first ones set the estimate. */
  private measureRows(scroller: HTMLElement): void {
    const rows = scroller.querySelectorAll<HTMLElement>('tr[data-id]');
    if (rows.length === 0) return;
    if (this.width < 0) this.width = scroller.clientWidth;
    let sum = 0;
    for (const row of rows) {
      const height = row.getBoundingClientRect().height;
      sum += height;
      this.heights.set(row.dataset.id!, height);
    }
    if (!this.estimate) this.estimate = sum / rows.length || ESTIMATED_HEIGHT;
  }

  private heightOf(index: number): number {
    return this.heights.get(this.options.key(index)) ?? this.estimate;
  }

  private bodyHeight(count: number): number {
    return Math.round(Math.min(MAX_BODY_HEIGHT, count * (this.estimate || ESTIMATED_HEIGHT)));
  }

  /** Scroll range of the body: how far the body scrolls under the view. */
  private bodyRange(count: number): number {
    return Math.max(0, this.bodyHeight(count) - this.viewport);
  }

  /** The row position at which the last row's bottom meets the view's bottom. */
  private lastAnchor(count: number): number {
    return this.bottomAnchor(count);
  }

  /** The row position that puts the bottom of row `end - 1` on the view's bottom edge. */
  private bottomAnchor(end: number): number {
    let room = this.viewport;
    let i = end - 1;
    while (i >= 0 && this.heightOf(i) <= room) room -= this.heightOf(i--);
    if (i < 0) return 0;
    return i + 1 - room / this.heightOf(i);
  }

  /** The row position of the current scroll position. */
  private anchorFor(count: number): number {
    const pin = this.pin;
    if (pin)
      return pin.align === 'top' ? Math.min(pin.index, this.lastAnchor(count)) : this.bottomAnchor(pin.index + 1);
    const range = this.bodyRange(count);
    const scrolled = clamp(this.scrollTop - this.offset, 0, range);
    return range > 0 ? (scrolled / range) * this.lastAnchor(count) : 0;
  }

  private scrollTopFor(anchor: number, count: number): number {
    const last = this.lastAnchor(count);
    const range = this.bodyRange(count);
    return this.offset + (last > 0 ? (clamp(anchor, 0, last) / last) * range : 0);
  }

  /** Rows and their placement for the current anchor. */
  private compute(count: number): RowRange {
    const height = this.bodyHeight(count);
    const scrolled = clamp(this.scrollTop - this.offset, 0, this.bodyRange(count));
    const first = clamp(Math.floor(this.anchor), 0, count - 1);
    const firstTop = scrolled - (this.anchor - first) * this.heightOf(first);
    let start = first;
    let shift = firstTop;
    while (start > 0 && firstTop - shift < OVERSCAN && first - start < MAX_RENDERED / 2)
      shift -= this.heightOf(--start);
    let end = first;
    let bottom = firstTop;
    while (end < count && bottom < scrolled + this.viewport + OVERSCAN && end - start < MAX_RENDERED)
      bottom += this.heightOf(end++);
    // Overscan rows past the body's end would make the scroll range grow: leave them out.
    while (end > first + 1 && bottom > height + 1) bottom -= this.heightOf(--end);
    return { start, end, shift: Math.round(shift * 100) / 100, height };
  }

  /** New entries on top (live events) keep the same rows in view. */
  private followCount(count: number): void {
    if (count !== this.knownCount && this.anchorKey !== undefined && this.knownCount > 0) {
      const diff = count - this.knownCount;
      const first = Math.floor(this.anchor);
      if (diff > 0 && first + diff < count && this.options.key(first + diff) === this.anchorKey) {
        this.anchor += diff;
        if (this.pin) this.pin.index += diff;
      }
    }
    this.knownCount = count;
    this.anchorKey = count > 0 ? this.options.key(clamp(Math.floor(this.anchor), 0, count - 1)) : undefined;
  }
}

const clamp = (n: number, min: number, max: number) => Math.max(min, Math.min(n, max));
