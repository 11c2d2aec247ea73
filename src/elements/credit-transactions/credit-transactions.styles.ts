import { css } from 'lit';

export const transactionsStyles = css`
  :host {
    display: block;
    container-type: inline-size;
    --_credit-transactions-columns: var(
      --credit-transactions-columns,
      minmax(10.5em, 1.6fr) minmax(3.5em, 0.5fr) minmax(7em, 1.2fr) minmax(6em, 1fr) minmax(6em, 1fr) minmax(6em, 0.9fr)
        minmax(5em, 0.8fr) minmax(8em, 1fr) minmax(9em, 1.3fr)
    );
    --_credit-transactions-max-height: var(--credit-transactions-max-height, 32rem);
    --_credit-transactions-row-height: var(--credit-transactions-row-height, 3.25rem);
    --_credit-transactions-card-height: var(--credit-transactions-card-height, 17.25rem);
    --_credit-transactions-row-border: var(--credit-transactions-row-border-color, var(--_credit-color-border));
    --_credit-transactions-in: var(--credit-transactions-in-color, var(--_credit-color-success));
    --_credit-transactions-out: var(--credit-transactions-out-color, var(--_credit-color-text));
  }
  [part='base'] {
    display: grid;
    gap: var(--_credit-space-s);
  }
  .toolbar {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_credit-space-s);
    align-items: end;
    justify-content: space-between;
  }
  .filters {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_credit-space-s);
    align-items: end;
  }
  .field {
    display: grid;
    gap: 2px;
    font-size: var(--_credit-font-size-small);
    color: var(--_credit-color-muted);
  }
  select,
  input {
    font: inherit;
    font-size: 1rem;
    min-height: 2.5rem;
    padding: 0 var(--_credit-space-xs);
    border: 1px solid var(--_credit-color-border);
    border-radius: var(--_credit-radius-s);
    background: var(--_credit-color-surface);
    color: var(--_credit-color-text);
  }
  .filter-buttons {
    display: flex;
    gap: var(--_credit-space-xs);
  }
  .scroller {
    max-height: var(--_credit-transactions-max-height);
    overflow: auto;
    /* A scrollbar appearing must not change the rows' width (and so their height). */
    scrollbar-gutter: stable;
    /* The window moves rows in and out above the viewport: no anchoring adjustments. */
    overflow-anchor: none;
    border: 1px solid var(--_credit-transactions-row-border);
    border-radius: var(--_credit-radius-m);
    background: var(--_credit-color-surface);
  }
  table,
  thead,
  tbody {
    display: block;
    width: 100%;
    border-collapse: collapse;
  }
  caption {
    display: block;
    text-align: start;
    padding: var(--_credit-space-s);
    font-weight: var(--_credit-font-weight-strong);
  }
  thead {
    position: sticky;
    top: 0;
    z-index: 1;
    background: var(--_credit-color-surface-raised);
  }
  tr {
    display: grid;
    grid-template-columns: var(--_credit-transactions-columns);
    width: 100%;
    border-bottom: 1px solid var(--_credit-transactions-row-border);
  }
  tr[data-id] {
    /* Every row has the same height (the window's arithmetic relies on it), and rows
       are independent boxes: a scroll jump lays out only the rows it adds. */
    box-sizing: border-box;
    height: var(--_credit-transactions-row-height);
    overflow: hidden;
    contain: strict;
  }
  tr.spacer {
    display: block;
    border: 0;
  }
  th,
  td {
    display: block;
    padding: var(--_credit-space-s);
    text-align: start;
  }
  th {
    overflow-wrap: anywhere;
  }
  td {
    /* Content never wraps (the row height is fixed); cut text has a title. */
    align-content: center;
    min-width: 0;
    overflow: hidden;
    white-space: nowrap;
    text-overflow: ellipsis;
  }
  th {
    font-size: var(--_credit-font-size-small);
    color: var(--_credit-color-muted);
  }
  tr[data-id]:focus-visible {
    outline: 2px solid var(--_credit-color-focus);
    outline-offset: -2px;
  }
  [part~='cell-amount'],
  [part~='cell-balance'] {
    font-variant-numeric: tabular-nums;
    text-align: end;
  }
  [part~='cell-amount'].in {
    color: var(--_credit-transactions-in);
  }
  [part~='cell-amount'].out {
    color: var(--_credit-transactions-out);
  }
  tr.failed [part~='cell-amount'],
  tr.pending [part~='cell-amount'] {
    text-decoration: line-through;
    color: var(--_credit-color-muted);
  }
  [data-status='failed'] {
    color: var(--_credit-color-danger);
  }
  [data-status='pending'] {
    color: var(--_credit-color-warning);
  }
  [part~='cell-actions'] {
    display: flex;
    gap: var(--_credit-space-xs);
    align-items: center;
  }
  .action {
    flex: none;
    min-height: 2rem;
    padding: 0 var(--_credit-space-s);
    font-size: var(--_credit-font-size-small);
  }
  .row-error,
  .error-state {
    color: var(--_credit-color-danger);
  }
  .row-error {
    min-width: 0;
    overflow: hidden;
    text-overflow: ellipsis;
  }
  .footer {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_credit-space-s);
    align-items: center;
  }
  [part='empty'],
  .loading-state {
    padding: var(--_credit-space-l);
    text-align: center;
    color: var(--_credit-color-muted);
  }
  .error-state {
    display: flex;
    gap: var(--_credit-space-s);
    align-items: center;
  }

  /* Stacked layout: each row becomes a card of label/value lines. */
  @container (max-width: 600px) {
    thead {
      position: absolute;
      width: 1px;
      height: 1px;
      overflow: hidden;
      clip: rect(0 0 0 0);
    }
    /* Cards have a fixed height too: fixed-height lines, one per cell. */
    tr[data-id] {
      display: block;
      height: var(--_credit-transactions-card-height);
      padding: var(--_credit-space-xs) 0;
    }
    tr[data-id] td {
      display: grid;
      grid-template-columns: minmax(7em, 35%) minmax(0, 1fr);
      gap: var(--_credit-space-s);
      align-items: center;
      box-sizing: border-box;
      height: 1.75rem;
      padding: 0 var(--_credit-space-s);
    }
    tr[data-id] td[part~='cell-actions'] {
      display: flex;
      height: 2.5rem;
    }
    tr[data-id] td::before {
      content: attr(data-label) / '';
      min-width: 7em;
      color: var(--_credit-color-muted);
      font-size: var(--_credit-font-size-small);
    }
    [part~='cell-amount'],
    [part~='cell-balance'] {
      text-align: start;
    }
  }
`;
