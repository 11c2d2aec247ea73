import { html, nothing, svg, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import type {
  CreditBlockView,
  UsageBucket,
  UsageGroupBy,
  UsageInterval,
  UsageSummary,
} from '../../core/schemas/usage.js';
import { daysUntil, nextToExpire } from '../../core/credit-blocks.js';
import { addDays, bucketRanges, daysBetween } from '../../core/usage-buckets.js';
import { formatBalance, formatDate } from '../../i18n/format.js';
import { buttonStyles, skeletonStyles, tokens } from '../../theme/tokens.styles.js';
import { CreditElement, waiting } from '../base/credit-element.js';
import { usageMessages, type UsageMessages } from './credit-usage.messages.js';
import { usageStyles } from './credit-usage.styles.js';

export type UsageRange = '7d' | '30d' | '90d' | 'month' | 'custom';

/** One coloured series of the chart and its legend entry. */
interface ChartSeries {
  /** 1–6: the `series-<n>` colour. */
  index: number;
  name: string;
  amount: number;
}

const RANGES: readonly UsageRange[] = ['7d', '30d', '90d', 'month', 'custom'];
const INTERVALS: readonly UsageInterval[] = ['day', 'week', 'month'];
/**
 * Series colours (tokens `--credit-usage-series-1` … `-6`). Up to six groups get
 * a colour each; with more, the five largest keep theirs and the rest are drawn
 * together as one "Other" group (named with its count in the legend; each bar's
 * readout and the table still name every group).
 */
const SERIES = 6;
const MAX_RANGE_DAYS = 1100;
const MAX_BARS = 400;
const CHART_W = 600;
const CHART_H = 200;

const today = (now = Date.now()) => new Date(now).toISOString().slice(0, 10);
/** A calendar day shown in the page's time zone as the same day (noon UTC is that day from UTC−11 to UTC+11). */
const noon = (day: string) => `${day}T12:00:00.000Z`;

/**
 * @summary What the credits were used for: spend over a period per day, week or
 * month, stacked by kind or team member, with totals, the previous period and
 * the monthly average; and the credit blocks (each grant or purchase, what is
 * left, when it expires).
 *
 * The chart is a hand-drawn SVG with a text summary beside it; a real table of
 * the same numbers is one toggle away. Bars take keyboard focus one after
 * another (arrow keys, Home, End) and announce their values. Each group has a
 * name in the legend, the summary and the table: colour never carries meaning alone.
 *
 * @attribute range - `7d`, `30d` (default), `90d`, `month` (this month) or `custom` (with `from` and `to`).
 * @attribute from - First day of a custom range, `YYYY-MM-DD`.
 * @attribute to - Last day of a custom range, `YYYY-MM-DD`.
 * @attribute interval - `day`, `week` or `month`: one bar per interval (default: a fitting one for the range).
 * @attribute group-by - `kind` (default) or `member`.
 * @attribute view - `chart` (default) or `table`.
 * @attribute hide-blocks - Leaves out the credit blocks section.
 * @attribute compact - An overview: the summary, the chart and its legend, and only the next block to expire (no controls, totals or table). Hides itself when the backend offers no usage summaries.
 *
 * @csspart base - The wrapper of everything the element shows.
 * @csspart heading - In `compact` mode: the heading above the summary.
 * @csspart controls - The period, interval and split controls.
 * @csspart stats - The totals: used, previous period, monthly average, expired, refunded.
 * @csspart stat - One total.
 * @csspart change - The comparison with the previous period.
 * @csspart summary - The text summary of the chart.
 * @csspart chart - The SVG chart.
 * @csspart bar - One bar (focusable).
 * @csspart readout - The values of the focused or hovered bar.
 * @csspart time-zone - Under the chart: days are counted in UTC.
 * @csspart legend - The legend.
 * @csspart toggle - The chart/table toggle button.
 * @csspart table - The table of the same numbers.
 * @csspart blocks - The credit blocks section.
 * @csspart block - One credit block row.
 * @csspart warning - An "expires in N days" warning.
 * @csspart show-closed - The button that lists used-up and expired blocks too.
 * @csspart next-block - In `compact` mode: the credits that expire next.
 * @csspart skeleton - Placeholders in the chart's (or the blocks') shape while loading.
 * @csspart status - An error state.
 *
 * @cssprop [--credit-usage-series-1=light-dark(#0b5cad, #6cb0f5)] - Colour of the largest group.
 * @cssprop [--credit-usage-series-2=light-dark(#b35900, #f0a35e)] - Second group.
 * @cssprop [--credit-usage-series-3=light-dark(#1a7f37, #57c26f)] - Third group.
 * @cssprop [--credit-usage-series-4=light-dark(#8250df, #c297ff)] - Fourth group.
 * @cssprop [--credit-usage-series-5=light-dark(#bf3989, #ff80c8)] - Fifth group.
 * @cssprop [--credit-usage-series-6=light-dark(#57606a, #8b949e)] - Sixth group, or "Other" (every group after the fifth) when there are more than six.
 * @cssprop [--credit-usage-chart-height=12rem] - Height of the chart (7rem in `compact` mode).
 */
export class CreditUsage extends CreditElement {
  static override styles = [tokens, buttonStyles, skeletonStyles, usageStyles];

  @property({ reflect: true }) range: UsageRange = '30d';
  @property({ reflect: true }) from = '';
  @property({ reflect: true }) to = '';
  @property({ reflect: true }) interval: UsageInterval | '' = '';
  @property({ attribute: 'group-by', reflect: true }) groupBy: UsageGroupBy = 'kind';
  @property({ reflect: true }) view: 'chart' | 'table' = 'chart';
  @property({ attribute: 'hide-blocks', type: Boolean, reflect: true }) hideBlocks = false;
  @property({ type: Boolean, reflect: true }) compact = false;

  /** The bar that has (or last had) keyboard focus; the readout shows it, or the hovered one. */
  @state() private active = -1;
  @state() private hovered = -1;
  /** Whether used-up and expired blocks are listed too (they are history; the active ones come first). */
  @state() private showClosed = false;

  private readonly summary = this.useResource((store) => {
    const query = this.query();
    return query && store.usageSummary(query);
  });
  private readonly blocks = this.useResource((store) => (this.hideBlocks ? undefined : store.creditBlocks));

  /** The period shown: a preset range ending today, or the custom one. */
  private period(): { from: string; to: string } {
    const end = today();
    switch (this.range) {
      case '7d':
        return { from: addDays(end, -6), to: end };
      case '90d':
        return { from: addDays(end, -89), to: end };
      case 'month':
        return { from: `${end.slice(0, 7)}-01`, to: end };
      case 'custom':
        return { from: this.from || addDays(end, -29), to: this.to || end };
      default:
        return { from: addDays(end, -29), to: end };
    }
  }

  private effectiveInterval(): UsageInterval {
    if (this.interval && INTERVALS.includes(this.interval)) return this.interval;
    const { from, to } = this.period();
    const days = daysBetween(from, to);
    return days > 370 ? 'month' : days > 62 ? 'week' : 'day';
  }

  /** Why the period cannot be shown, or null. */
  private problem(m: UsageMessages): string | null {
    const { from, to } = this.period();
    if (!/^\d{4}-\d{2}-\d{2}$/.test(from) || !/^\d{4}-\d{2}-\d{2}$/.test(to) || from > to) return m.badRange;
    if (daysBetween(from, to) > MAX_RANGE_DAYS) return m.longRange;
    if (bucketRanges(from, to, this.effectiveInterval()).length > MAX_BARS) return m.tooManyBars;
    return null;
  }

  private query() {
    if (this.problem(this.messages(usageMessages))) return undefined;
    return { ...this.period(), interval: this.effectiveInterval(), groupBy: this.groupBy };
  }

  protected override get isLoading(): boolean {
    return super.isLoading || waiting(this.summary.current);
  }

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    // An overview has nothing to say when the backend keeps no usage summaries: it steps aside
    // (the full element says so instead).
    this.hideSelf(this.compact && this.summary.current?.error?.code === 'not_implemented');
    if (changed.has('range') || changed.has('from') || changed.has('to') || changed.has('interval')) this.active = -1;
  }

  private groupName(key: string, m: UsageMessages): string {
    if (this.groupBy === 'member') return key || m.unassigned;
    const ai = /^ai\.([^.]+)\.(.+)$/.exec(key);
    if (ai) {
      const tier = (m as Record<string, unknown>)[`tier_${ai[1]}`];
      const resolution = (m as Record<string, unknown>)[`resolution_${ai[2]}`];
      return `${typeof tier === 'string' ? tier : ai[1]} · ${typeof resolution === 'string' ? resolution : ai[2]}`;
    }
    const label = (m as Record<string, unknown>)[`kind_${key}`];
    return typeof label === 'string' ? label : key;
  }

  private change(e: Event, apply: (value: string) => void): void {
    apply((e.target as HTMLInputElement | HTMLSelectElement).value);
  }

  private periodLabel(bucket: UsageBucket, interval: UsageInterval): string {
    const locale = this.locale;
    if (interval === 'month')
      return new Intl.DateTimeFormat(locale, { month: 'long', year: 'numeric', timeZone: 'UTC' }).format(
        new Date(noon(bucket.start)),
      );
    if (bucket.start === bucket.end) return formatDate(noon(bucket.start), locale);
    return `${formatDate(noon(bucket.start), locale)} – ${formatDate(noon(bucket.end), locale)}`;
  }

  private onBarKey(e: KeyboardEvent, count: number): void {
    const moves: Record<string, number> = { ArrowRight: 1, ArrowDown: 1, ArrowLeft: -1, ArrowUp: -1 };
    let next = this.active;
    if (e.key in moves) next = Math.min(count - 1, Math.max(0, this.active + moves[e.key]!));
    else if (e.key === 'Home') next = 0;
    else if (e.key === 'End') next = count - 1;
    else return;
    e.preventDefault();
    this.active = next;
    void this.updateComplete.then(() =>
      this.renderRoot.querySelector<SVGGElement>(`[part~='bar'][data-index='${next}']`)?.focus(),
    );
  }

  protected override render() {
    if (this.store?.status === 'error' || !this.store) return this.renderAccountError();
    const account = this.account;
    const m = this.messages(usageMessages);
    if (!account) return this.renderChartSkeleton();
    return html`<div part="base" class="base">
      ${this.compact ? html`<h3 part="heading" class="heading">${m.heading}</h3>` : this.renderControls(m)}
      ${this.renderUsage(m)}
      ${this.hideBlocks ? nothing : this.compact ? this.renderNextBlock(m) : this.renderBlocks(m)}
    </div>`;
  }

  private renderControls(m: UsageMessages) {
    const { from, to } = this.period();
    const interval = this.effectiveInterval();
    return html`<div part="controls" class="controls">
      <label
        >${m.range}
        <select @change=${(e: Event) => this.change(e, (v) => (this.range = v as UsageRange))}>
          ${RANGES.map((r) => html`<option value=${r} ?selected=${r === this.range}>${m[`range_${r}`]}</option>`)}
        </select>
      </label>
      ${
        this.range === 'custom'
          ? html`<label
                >${m.from}
                <input
                  type="date"
                  .value=${from}
                  max=${to}
                  @change=${(e: Event) => this.change(e, (v) => (this.from = v))}
              /></label>
              <label
                >${m.to}
                <input
                  type="date"
                  .value=${to}
                  min=${from}
                  @change=${(e: Event) => this.change(e, (v) => (this.to = v))}
              /></label>`
          : nothing
      }
      <label
        >${m.interval}
        <select @change=${(e: Event) => this.change(e, (v) => (this.interval = v as UsageInterval))}>
          ${INTERVALS.map((i) => html`<option value=${i} ?selected=${i === interval}>${m[`interval_${i}`]}</option>`)}
        </select>
      </label>
      <label
        >${m.groupBy}
        <select @change=${(e: Event) => this.change(e, (v) => (this.groupBy = v as UsageGroupBy))}>
          ${(['kind', 'member'] as const).map(
            (g) => html`<option value=${g} ?selected=${g === this.groupBy}>${m[`groupBy_${g}`]}</option>`,
          )}
        </select>
      </label>
      <button
        type="button"
        part="toggle"
        class="button secondary"
        aria-pressed=${this.view === 'table' ? 'true' : 'false'}
        @click=${() => (this.view = this.view === 'table' ? 'chart' : 'table')}
      >
        ${m.showTable}
      </button>
    </div>`;
  }

  private renderUsage(m: UsageMessages) {
    const problem = this.problem(m);
    if (problem) return html`<p part="status" class="error-state" role="alert">${problem}</p>`;
    const resource = this.summary.current;
    if (resource?.status === 'error')
      return html`<div part="status" class="error-state" role="alert">
        <span>${this.errorText(resource.error?.code)}</span>
        <button type="button" class="button secondary" @click=${() => void resource.refresh()}>
          ${this.common.retry}
        </button>
      </div>`;
    const summary = resource?.value;
    if (!summary) return this.renderChartSkeleton();
    return html`${this.compact ? nothing : this.renderStats(summary, m)}
      <p part="summary" class="summary">${this.summaryText(summary, m)}</p>
      ${this.view === 'table' && !this.compact ? this.renderTable(summary, m) : this.renderChart(summary, m)}`;
  }

  /** Placeholders in the chart's shape while the numbers load. */
  private renderChartSkeleton() {
    return html`<div part="skeleton" class="chart-skeleton" aria-busy="true">
      <span class="visually-hidden" role="status">${this.common.loading}</span>
      <span class="skeleton line" aria-hidden="true"></span>
      <div class="skeleton-bars" aria-hidden="true">
        ${Array.from({ length: 12 }, () => html`<span class="skeleton"></span>`)}
      </div>
    </div>`;
  }

  /**
   * The series the chart draws: every group in its own colour, or with more than
   * six groups the five largest and one "Other" for the rest.
   */
  private seriesOf(summary: UsageSummary, m: UsageMessages): { legend: ChartSeries[]; index: (key: string) => number } {
    const groups = summary.groups;
    const own = groups.length <= SERIES ? groups.length : SERIES - 1;
    const legend: ChartSeries[] = groups
      .slice(0, own)
      .map((g, i) => ({ index: i + 1, name: this.groupName(g.key, m), amount: g.amount }));
    const rest = groups.slice(own);
    if (rest.length)
      legend.push({ index: SERIES, name: m.other(rest.length), amount: rest.reduce((s, g) => s + g.amount, 0) });
    const indexOf = new Map(groups.map((g, i) => [g.key, Math.min(i + 1, own + 1)]));
    return { legend, index: (key) => indexOf.get(key) ?? SERIES };
  }

  private amount(value: number): string {
    return formatBalance(this.account!, value, this.locale);
  }

  private summaryText(summary: UsageSummary, m: UsageMessages): string {
    const from = formatDate(noon(summary.from), this.locale);
    const to = formatDate(noon(summary.to), this.locale);
    if (summary.total === 0) return m.summary_none(from, to);
    const total = m.summary(this.amount(summary.total), from, to);
    // "Most went to …" says something only when there was more than one thing to spend on.
    if (summary.groups.length < 2) return total;
    const top = summary.groups[0]!;
    return `${total} ${m.summary_top(this.groupName(top.key, m), this.amount(top.amount))}`;
  }

  private renderStats(summary: UsageSummary, m: UsageMessages) {
    const previous = summary.previous.total;
    const percent = (ratio: number) =>
      new Intl.NumberFormat(this.locale, { style: 'percent', maximumFractionDigits: 0 }).format(ratio);
    const change =
      previous === 0
        ? summary.total === 0
          ? m.change_same
          : m.change_new
        : summary.total === previous
          ? m.change_same
          : summary.total > previous
            ? m.change_up(percent(summary.total / previous - 1))
            : m.change_down(percent(1 - summary.total / previous));
    const direction = previous === summary.total ? 'same' : summary.total > previous ? 'up' : 'down';
    return html`<dl part="stats" class="stats">
      <div part="stat">
        <dt>${m.total}</dt>
        <dd class="big">${this.amount(summary.total)}</dd>
        <dd part="change" data-direction=${direction}>
          <span aria-hidden="true">${direction === 'up' ? '▲' : direction === 'down' ? '▼' : '＝'}</span> ${change}
        </dd>
      </div>
      <div part="stat">
        <dt>${m.previous}</dt>
        <dd>${this.amount(previous)}</dd>
      </div>
      <div part="stat">
        <dt>${m.monthlyAverage}</dt>
        <dd>${this.amount(summary.monthlyAverage)}</dd>
      </div>
      ${
        summary.expired
          ? html`<div part="stat">
              <dt>${m.expired}</dt>
              <dd>${this.amount(summary.expired)}</dd>
            </div>`
          : nothing
      }
      ${
        summary.refunded
          ? html`<div part="stat">
              <dt>${m.refunded}</dt>
              <dd>${this.amount(summary.refunded)}</dd>
            </div>`
          : nothing
      }
    </dl>`;
  }

  private barLabel(bucket: UsageBucket, interval: UsageInterval, m: UsageMessages): string {
    const parts = bucket.groups.map((g) => `${this.groupName(g.key, m)} ${this.amount(g.amount)}`).join(', ');
    return m.bar(this.periodLabel(bucket, interval), this.amount(bucket.total), parts);
  }

  private renderChart(summary: UsageSummary, m: UsageMessages) {
    const { legend, index } = this.seriesOf(summary, m);
    const buckets = summary.buckets;
    const max = Math.max(1, ...buckets.map((b) => b.total));
    const slot = CHART_W / buckets.length;
    const gap = Math.min(slot * 0.2, 6);
    const focused = this.active >= 0 ? this.active : -1;
    const shown = this.hovered >= 0 ? this.hovered : focused;
    const tabbable = focused >= 0 ? focused : buckets.length - 1;
    const from = formatDate(noon(summary.from), this.locale);
    const to = formatDate(noon(summary.to), this.locale);
    return html`<figure class="figure">
      <div class="plot">
        <span class="axis-max" aria-hidden="true">${this.amount(max)}</span>
        <svg
          part="chart"
          role="group"
          aria-label=${m.chart(from, to)}
          viewBox="0 0 ${CHART_W} ${CHART_H}"
          preserveAspectRatio="none"
          @keydown=${(e: KeyboardEvent) => this.onBarKey(e, buckets.length)}
          @mouseleave=${() => (this.hovered = -1)}
        >
          <line class="grid" x1="0" x2=${CHART_W} y1="0.5" y2="0.5" vector-effect="non-scaling-stroke"></line>
          <line
            class="grid"
            x1="0"
            x2=${CHART_W}
            y1=${CHART_H / 2}
            y2=${CHART_H / 2}
            vector-effect="non-scaling-stroke"
          ></line>
          <line
            class="baseline"
            x1="0"
            x2=${CHART_W}
            y1=${CHART_H - 0.5}
            y2=${CHART_H - 0.5}
            vector-effect="non-scaling-stroke"
          ></line>
          ${buckets.map((bucket, i) => {
            let y = CHART_H;
            // One segment per series, the largest group at the bottom, in legend order.
            const stack = new Map<number, number>();
            for (const g of bucket.groups) stack.set(index(g.key), (stack.get(index(g.key)) ?? 0) + g.amount);
            return svg`<g
              part="bar"
              class="bar"
              data-index=${i}
              role="img"
              tabindex=${i === tabbable ? '0' : '-1'}
              aria-label=${this.barLabel(bucket, summary.interval, m)}
              @focus=${() => (this.active = i)}
              @mouseenter=${() => (this.hovered = i)}
            >
              <rect class="hit" x=${i * slot} y="0" width=${slot} height=${CHART_H}></rect>
              ${[...stack.entries()]
                .sort(([a], [b]) => a - b)
                .map(([series, amount]) => {
                  const h = (amount / max) * CHART_H;
                  y -= h;
                  return svg`<rect class="series-${series}" x=${i * slot + gap / 2} y=${y} width=${slot - gap} height=${h}></rect>`;
                })}
            </g>`;
          })}
        </svg>
      </div>
      <div class="axis" aria-hidden="true">
        <span>${formatDate(noon(summary.from), this.locale)}</span>
        <!-- The backend sums calendar days in UTC: said, so a late-evening job on the "next" day is no surprise. -->
        <span part="time-zone" class="time-zone">${m.utc}</span>
        <span>${formatDate(noon(summary.to), this.locale)}</span>
      </div>
      <p part="readout" class="readout" aria-hidden="true">
        ${shown >= 0 ? this.barLabel(buckets[shown]!, summary.interval, m) : '\u00a0'}
      </p>
      <figcaption>
        <ul part="legend" class="legend" aria-label=${m.legend}>
          ${legend.map(
            (g) =>
              html`<li>
                <svg class="swatch" viewBox="0 0 10 10" aria-hidden="true">
                  <rect class="series-${g.index}" width="10" height="10"></rect>
                </svg>
                ${g.name} <span class="muted">${this.amount(g.amount)}</span>
              </li>`,
          )}
        </ul>
      </figcaption>
    </figure>`;
  }

  private renderTable(summary: UsageSummary, m: UsageMessages) {
    const groups = summary.groups;
    const cell = (bucket: UsageBucket, key: string) => bucket.groups.find((g) => g.key === key)?.amount ?? 0;
    return html`<div class="wrap" tabindex="0" role="region" aria-label=${m.heading}>
      <table part="table">
        <caption class="visually-hidden">
          ${m.heading}
        </caption>
        <thead>
          <tr>
            <th scope="col">${m.period} <span class="muted">(${m.utcShort})</span></th>
            ${groups.map((g) => html`<th scope="col" class="num">${this.groupName(g.key, m)}</th>`)}
            <th scope="col" class="num">${m.sum}</th>
          </tr>
        </thead>
        <tbody>
          ${summary.buckets.map(
            (b) =>
              html`<tr>
                <th scope="row">${this.periodLabel(b, summary.interval)}</th>
                ${groups.map((g) => html`<td class="num">${this.amount(cell(b, g.key))}</td>`)}
                <td class="num strong">${this.amount(b.total)}</td>
              </tr>`,
          )}
        </tbody>
        <tfoot>
          <tr>
            <th scope="row">${m.sum}</th>
            ${groups.map((g) => html`<td class="num">${this.amount(g.amount)}</td>`)}
            <td class="num strong">${this.amount(summary.total)}</td>
          </tr>
        </tfoot>
      </table>
    </div>`;
  }

  private renderBlocks(m: UsageMessages) {
    const resource = this.blocks.current;
    let body;
    if (resource?.status === 'error')
      body = html`<div part="status" class="error-state" role="alert">
        <span>${this.errorText(resource.error?.code)}</span>
        <button type="button" class="button secondary" @click=${() => void resource.refresh()}>
          ${this.common.retry}
        </button>
      </div>`;
    else if (!resource?.value)
      body = html`<div part="skeleton" class="skeleton-list" aria-busy="true">
        <span class="visually-hidden" role="status">${this.common.loading}</span>
        ${[0, 1, 2].map(() => html`<div class="skeleton-row" aria-hidden="true"><span></span><span></span></div>`)}
      </div>`;
    else if (resource.value.length === 0) body = html`<p class="muted">${m.noBlocks}</p>`;
    else body = this.renderBlockTable(resource.value, m);
    const money = this.account?.model === 'money';
    return html`<section part="blocks" class="blocks">
      <h3 id="blocks-heading">${money ? m.blocksMoney : m.blocks}</h3>
      <p class="muted">${money ? m.blocksIntroMoney : m.blocksIntro}</p>
      ${body}
    </section>`;
  }

  /** The active block used next that expires, in one line (compact mode). */
  private renderNextBlock(m: UsageMessages) {
    const next = nextToExpire(this.blocks.current?.value);
    if (!next) return nothing;
    const days = daysUntil(next.expiresAt, Date.now());
    return html`<p part="next-block" class="next-block">
      ${m.nextBlock(this.amount(next.remaining), formatDate(next.expiresAt, this.locale))}
      ${days <= 30 ? html`<span part="warning" class="warning">⚠ ${m.expiresIn(days)}</span>` : nothing}
    </p>`;
  }

  private renderBlockTable(blocks: readonly CreditBlockView[], m: UsageMessages) {
    const locale = this.locale;
    const now = Date.now();
    const kind = (b: CreditBlockView) => {
      const label = (m as Record<string, unknown>)[`kind_${b.kind}`];
      return typeof label === 'string' ? label : b.kind;
    };
    // What is still there comes first; closed blocks (history) are one click away, so a
    // phone is not a page of "Used up" rows. With nothing active, the history is all there is.
    const active = blocks.filter((b) => b.status === 'active');
    const closed = blocks.length - active.length;
    const shown = this.showClosed || active.length === 0 ? blocks : active;
    return html`<div class="wrap" tabindex="0" role="region" aria-labelledby="blocks-heading">
        <table part="table">
          <thead>
            <tr>
              <th scope="col">${m.block}</th>
              <th scope="col">${m.granted}</th>
              <th scope="col" class="num">${m.amount}</th>
              <th scope="col" class="num">${m.remaining}</th>
              <th scope="col">${m.expires}</th>
              <th scope="col">${m.status}</th>
            </tr>
          </thead>
          <tbody id="block-rows">
            ${shown.map((b) => {
              const days = b.expiresAt ? daysUntil(b.expiresAt, now) : null;
              const soon = b.status === 'active' && days !== null && days <= 30;
              return html`<tr part="block" data-status=${b.status}>
                <td class="source">
                  ${kind(b)}${b.description ? html`<span class="note">${b.description}</span>` : nothing}
                </td>
                <td data-label=${m.granted}><time datetime=${b.grantedAt}>${formatDate(b.grantedAt, locale)}</time></td>
                <td data-label=${m.amount} class="num">${this.amount(b.amount)}</td>
                <td data-label=${m.remaining} class="num">${this.amount(b.status === 'used_up' ? 0 : b.remaining)}</td>
                <td data-label=${m.expires}>
                  ${b.expiresAt ? html`<time datetime=${b.expiresAt}>${formatDate(b.expiresAt, locale)}</time>` : m.never}
                  ${soon ? html`<span part="warning" class="warning">⚠ ${m.expiresIn(days)}</span>` : nothing}
                  ${b.extendsTo ? html`<span class="note">${m.extends(formatDate(b.extendsTo, locale))}</span>` : nothing}
                </td>
                <td data-label=${m.status} class="status">${m[`status_${b.status}`]}</td>
              </tr>`;
            })}
          </tbody>
        </table>
      </div>
      ${
        closed && active.length
          ? html`<button
              type="button"
              part="show-closed"
              class="button secondary show-closed"
              aria-expanded=${this.showClosed ? 'true' : 'false'}
              aria-controls="block-rows"
              @click=${() => (this.showClosed = !this.showClosed)}
            >
              ${this.showClosed ? m.hideClosed : m.showClosed(closed)}
            </button>`
          : nothing
      }`;
  }
}
