import { css } from 'lit';

export const usageStyles = css`
  :host {
    display: block;
    /* The phone layout follows the space the element gets, not the window (a dashboard column, a sidebar). */
    container-type: inline-size;
    --_series-1: var(--credit-usage-series-1, light-dark(#0b5cad, #6cb0f5));
    --_series-2: var(--credit-usage-series-2, light-dark(#b35900, #f0a35e));
    --_series-3: var(--credit-usage-series-3, light-dark(#1a7f37, #57c26f));
    --_series-4: var(--credit-usage-series-4, light-dark(#8250df, #c297ff));
    --_series-5: var(--credit-usage-series-5, light-dark(#bf3989, #ff80c8));
    --_series-6: var(--credit-usage-series-6, light-dark(#57606a, #8b949e));
  }
  .base {
    display: grid;
    grid-template-columns: minmax(0, 1fr);
    gap: var(--_credit-space-m);
  }
  :host([compact]) {
    margin-top: var(--_credit-space-m);
  }
  :host([compact]) .base {
    gap: var(--_credit-space-s);
  }
  /* An overview sits inside someone else's section: its heading ranks below theirs. */
  :host([compact]) .heading {
    font-size: 1rem;
  }
  :host([compact]) svg[part~='chart'] {
    height: var(--credit-usage-chart-height, 7rem);
  }
  /* Loading: a line of text and a row of bars, in the chart's place. */
  .chart-skeleton {
    display: grid;
    gap: var(--_credit-space-m);
  }
  .chart-skeleton .line {
    width: min(28rem, 80%);
  }
  .skeleton-bars {
    display: flex;
    align-items: end;
    gap: 4%;
    height: var(--credit-usage-chart-height, 12rem);
    border-bottom: 1px solid var(--_credit-color-border);
  }
  :host([compact]) .skeleton-bars {
    height: var(--credit-usage-chart-height, 7rem);
  }
  .skeleton-bars .skeleton {
    flex: 1;
    height: 30%;
    border-radius: var(--_credit-radius-s) var(--_credit-radius-s) 0 0;
  }
  .skeleton-bars .skeleton:nth-child(3n + 1) {
    height: 55%;
  }
  .skeleton-bars .skeleton:nth-child(4n + 2) {
    height: 80%;
  }
  .skeleton-bars .skeleton:nth-child(5n) {
    height: 15%;
  }
  .skeleton-list {
    display: grid;
    border-top: 1px solid var(--_credit-color-border);
  }
  .heading,
  .blocks h3 {
    margin: 0;
    font-size: 1.125rem;
  }
  .controls {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_credit-space-s) var(--_credit-space-m);
    align-items: end;
  }
  .controls label {
    display: grid;
    gap: 0.25rem;
    font-size: var(--_credit-font-size-small);
    color: var(--_credit-color-muted);
  }
  select,
  input {
    font: inherit;
    color: var(--_credit-color-text);
    background: var(--_credit-color-surface);
    border: 1px solid var(--_credit-color-border);
    border-radius: var(--_credit-radius-s);
    padding: 0.375rem 0.5rem;
    min-height: 2.25rem;
  }
  select:focus-visible,
  input:focus-visible,
  [part~='bar']:focus-visible,
  .wrap:focus-visible {
    outline: 2px solid var(--_credit-color-focus);
    outline-offset: 2px;
  }
  [part~='toggle'] {
    margin-inline-start: auto;
  }
  [part~='toggle'][aria-pressed='true'] {
    background: var(--_credit-color-surface-raised);
  }
  .stats {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_credit-space-s) var(--_credit-space-l);
    margin: 0;
  }
  .stats div {
    display: grid;
    gap: 0.125rem;
    align-content: start;
  }
  dt {
    color: var(--_credit-color-muted);
    font-size: var(--_credit-font-size-small);
  }
  dd {
    margin: 0;
    font-variant-numeric: tabular-nums;
  }
  dd.big {
    font-size: 1.5rem;
    font-weight: var(--_credit-font-weight-strong);
  }
  [part~='change'] {
    font-size: var(--_credit-font-size-small);
    color: var(--_credit-color-muted);
  }
  .summary {
    margin: 0;
  }
  .figure {
    margin: 0;
    display: grid;
    gap: var(--_credit-space-xs);
  }
  .plot {
    position: relative;
    padding-top: 1.25rem;
  }
  .axis-max {
    position: absolute;
    top: 0;
    inset-inline-start: 0;
    font-size: var(--_credit-font-size-small);
    color: var(--_credit-color-muted);
  }
  svg[part~='chart'] {
    display: block;
    width: 100%;
    height: var(--credit-usage-chart-height, 12rem);
    overflow: visible;
  }
  .grid {
    stroke: var(--_credit-color-border);
    stroke-dasharray: 4 4;
  }
  .baseline {
    stroke: var(--_credit-color-muted);
  }
  .hit {
    fill: transparent;
  }
  .bar:hover .hit,
  .bar:focus .hit {
    fill: var(--_credit-color-surface-raised);
  }
  .bar rect:not(.hit) {
    stroke: var(--_credit-color-surface);
    stroke-width: 1px;
    vector-effect: non-scaling-stroke;
  }
  .series-1 {
    fill: var(--_series-1);
  }
  .series-2 {
    fill: var(--_series-2);
  }
  .series-3 {
    fill: var(--_series-3);
  }
  .series-4 {
    fill: var(--_series-4);
  }
  .series-5 {
    fill: var(--_series-5);
  }
  .series-6 {
    fill: var(--_series-6);
  }
  .axis {
    display: flex;
    justify-content: space-between;
    font-size: var(--_credit-font-size-small);
    color: var(--_credit-color-muted);
  }
  .readout {
    margin: 0;
    min-height: 1.5em;
    font-size: var(--_credit-font-size-small);
  }
  .legend {
    list-style: none;
    margin: 0;
    padding: 0;
    display: flex;
    flex-wrap: wrap;
    gap: var(--_credit-space-xs) var(--_credit-space-m);
  }
  .legend li {
    display: inline-flex;
    align-items: center;
    gap: 0.375rem;
  }
  .swatch {
    width: 0.75rem;
    height: 0.75rem;
    flex: none;
  }
  .muted,
  .note {
    color: var(--_credit-color-muted);
  }
  .note {
    display: block;
    font-size: var(--_credit-font-size-small);
  }
  .wrap {
    overflow-x: auto;
  }
  table {
    width: 100%;
    border-collapse: collapse;
    font-variant-numeric: tabular-nums;
  }
  th,
  td {
    text-align: start;
    padding: var(--_credit-space-s);
    border-bottom: 1px solid var(--_credit-color-border);
    vertical-align: top;
  }
  thead th {
    color: var(--_credit-color-muted);
    font-size: var(--_credit-font-size-small);
    font-weight: var(--_credit-font-weight-strong);
  }
  tbody th {
    font-weight: normal;
  }
  tfoot th,
  .strong {
    font-weight: var(--_credit-font-weight-strong);
  }
  .num {
    text-align: end;
  }
  .blocks p {
    margin: 0.25rem 0 var(--_credit-space-s);
  }
  .show-closed {
    margin-top: var(--_credit-space-s);
  }
  .next-block {
    margin: 0;
  }
  .next-block .warning {
    display: inline;
    margin-inline-start: var(--_credit-space-xs);
  }
  .warning {
    display: block;
    color: var(--_credit-color-warning);
    font-size: var(--_credit-font-size-small);
    font-weight: var(--_credit-font-weight-strong);
  }
  [data-status='active'] .status {
    font-weight: var(--_credit-font-weight-strong);
  }
  [data-status='used_up'],
  [data-status='expired'] {
    color: var(--_credit-color-muted);
  }
  .error-state {
    display: flex;
    gap: var(--_credit-space-s);
    align-items: center;
    color: var(--_credit-color-danger);
  }
  @container (max-width: 32rem) {
    [part~='toggle'] {
      margin-inline-start: 0;
    }
    .blocks thead {
      position: absolute;
      clip: rect(0 0 0 0);
      width: 1px;
      height: 1px;
      overflow: hidden;
    }
    .blocks tr,
    .blocks td {
      display: block;
    }
    .blocks tr {
      padding: var(--_credit-space-s) 0;
      border-bottom: 1px solid var(--_credit-color-border);
    }
    .blocks td {
      border: 0;
      padding: 0.125rem 0;
    }
    .blocks td.source {
      font-weight: var(--_credit-font-weight-strong);
    }
    .blocks td.source .note {
      font-weight: normal;
    }
    .blocks td[data-label]::before {
      content: attr(data-label) ': ';
      color: var(--_credit-color-muted);
    }
    .blocks td.num {
      text-align: start;
    }
  }
`;
