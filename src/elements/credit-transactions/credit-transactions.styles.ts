import { css } from 'lit';

export const transactionsStyles = css`
  :host {
    display: block;
    container-type: inline-size;
    --_columns: var(
      --credit-transactions-columns,
      minmax(9em, 1.3fr) minmax(3.5em, 0.5fr) minmax(7em, 1.2fr) minmax(6em, 1fr) minmax(6em, 1fr) minmax(6em, 0.9fr)
        minmax(5em, 0.8fr) minmax(8em, 1fr) minmax(9em, 1.3fr)
    );
    --_max-height: var(--credit-transactions-max-height, 32rem);
    --_row-border: var(--credit-transactions-row-border-color, var(--_credit-color-border));
    --_in: var(--credit-transactions-in-color, var(--_credit-color-success));
    --_out: var(--credit-transactions-out-color, var(--_credit-color-text));
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
    max-height: var(--_max-height);
    overflow: auto;
    /* A scrollbar appearing must not change the rows' width (ResizeObserver loops). */
    scrollbar-gutter: stable;
    border: 1px solid var(--_row-border);
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
  tr[data-id] {
    /* Rows are independent boxes: a scroll jump lays out only the rows it adds. */
    contain: layout style paint;
  }
  tr {
    display: grid;
    grid-template-columns: var(--_columns);
    width: 100%;
    border-bottom: 1px solid var(--_row-border);
  }
  th,
  td {
    display: block;
    padding: var(--_credit-space-s);
    text-align: start;
    overflow-wrap: anywhere;
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
    color: var(--_in);
  }
  [part~='cell-amount'].out {
    color: var(--_out);
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
    flex-wrap: wrap;
    gap: var(--_credit-space-xs);
    align-items: center;
  }
  .action {
    min-height: 2rem;
    padding: 0 var(--_credit-space-s);
    font-size: var(--_credit-font-size-small);
  }
  .row-error,
  .error-state {
    color: var(--_credit-color-danger);
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
    tr[data-id] {
      display: block;
      padding: var(--_credit-space-xs) 0;
    }
    tr[data-id] td {
      display: grid;
      grid-template-columns: minmax(7em, 35%) 1fr;
      gap: var(--_credit-space-s);
      padding: 2px var(--_credit-space-s);
    }
    tr[data-id] td[part~='cell-actions'] {
      display: flex;
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
