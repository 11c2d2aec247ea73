import { css } from 'lit';

/**
 * Three layouts by the element's own width: the full table (≥ 1100px), a
 * narrower table where type, method and billing number give way (method and
 * billing number move under the description), and below 700px a compact row
 * per entry: description and amount, then date, status and balance.
 */
export const transactionsStyles = css`
  :host {
    display: block;
    container-type: inline-size;
    --_credit-transactions-columns: var(
      --credit-transactions-columns,
      [date] minmax(6.5em, auto) [type] auto [reference] minmax(9em, 1fr) [amount] auto [balance] auto [status] auto
        [method] auto [billingNumber] auto [actions] auto [end]
    );
    --_credit-transactions-max-height: var(--credit-transactions-max-height, 32rem);
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
    min-width: 0;
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
    box-sizing: border-box;
    padding: 0 var(--_credit-space-xs);
    border: 1px solid var(--_credit-color-border);
    border-radius: var(--_credit-radius-s);
    background: var(--_credit-color-surface);
    color: var(--_credit-color-text);
  }
  input {
    width: 8.5em;
  }
  input[aria-invalid='true'] {
    border-color: var(--_credit-color-danger);
  }
  .filter-error {
    flex-basis: 100%;
    margin: 0;
    color: var(--_credit-color-danger);
    font-size: var(--_credit-font-size-small);
  }
  .scroller {
    max-height: var(--_credit-transactions-max-height);
    overflow: auto;
    /* A scrollbar appearing must not change the rows' width (and so their height). */
    scrollbar-gutter: stable;
    /* The window moves rows in and out above the view: no anchoring adjustments. */
    overflow-anchor: none;
    border: 1px solid var(--_credit-transactions-row-border);
    border-radius: var(--_credit-radius-m);
    background: var(--_credit-color-surface);
  }
  .scroller:focus-visible {
    outline: 2px solid var(--_credit-color-focus);
    outline-offset: 2px;
  }

  /* One grid for header and rows (rows are subgrids): columns always line up. */
  table {
    display: grid;
    grid-template-columns: var(--_credit-transactions-columns);
    width: 100%;
    border-collapse: collapse;
  }
  caption {
    display: block;
    grid-column: 1 / -1;
    text-align: start;
    padding: var(--_credit-space-s);
    font-weight: var(--_credit-font-weight-strong);
  }
  thead,
  tbody,
  tr {
    display: grid;
    grid-column: 1 / -1;
    grid-template-columns: subgrid;
    align-content: start;
  }
  thead {
    position: sticky;
    top: 0;
    z-index: 1;
    background: var(--_credit-color-surface-raised);
    border-bottom: 1px solid var(--_credit-transactions-row-border);
  }
  tbody {
    position: relative;
  }
  tr[data-id] {
    border-bottom: 1px solid var(--_credit-transactions-row-border);
    background: var(--_credit-color-surface);
  }
  tbody.windowed tr[data-id] {
    transform: translateY(var(--_credit-rows-shift, 0px));
  }
  tr.sizer {
    height: 0;
    overflow: hidden;
    visibility: hidden;
  }
  tr.sizer span {
    /* One value per line: the column is as wide as the widest one. */
    display: block;
  }
  tr.sizer .c-actions {
    flex-direction: column;
  }
  tr.sizer span.action {
    display: flex;
  }
  th,
  td {
    grid-row: 1;
    display: block;
    min-width: 0;
    padding: var(--_credit-space-s);
    text-align: start;
    align-self: center;
  }
  th {
    /* Headers wrap between words, never inside one ("Rechnungsnummer" stays whole). */
    overflow-wrap: normal;
    hyphens: manual;
    font-size: var(--_credit-font-size-small);
    font-weight: var(--_credit-font-weight-strong);
    color: var(--_credit-color-muted);
    align-self: end;
  }
  .c-date {
    grid-column: date;
  }
  .c-type {
    grid-column: type;
  }
  .c-reference {
    grid-column: reference;
  }
  .c-amount {
    grid-column: amount;
  }
  .c-balance {
    grid-column: balance;
  }
  .c-status {
    grid-column: status;
  }
  .c-method {
    grid-column: method;
  }
  .c-billingNumber {
    grid-column: billingNumber;
  }
  .c-actions {
    grid-column: actions;
  }
  table:not(.uses-method) .c-method,
  table:not(.uses-billing-number) .c-billingNumber,
  table:not(.uses-actions) .c-actions {
    display: none;
  }
  .c-date {
    font-variant-numeric: tabular-nums;
  }
  .c-amount,
  .c-balance,
  .c-status {
    /* Amounts, balances and statuses are never cut or wrapped: the columns grow to fit them. */
    white-space: nowrap;
  }
  .c-amount,
  .c-balance {
    font-variant-numeric: tabular-nums;
    text-align: end;
  }
  td.c-amount {
    font-weight: var(--_credit-font-weight-strong);
  }
  td.c-amount.in {
    color: var(--_credit-transactions-in);
  }
  td.c-amount.out {
    color: var(--_credit-transactions-out);
  }
  /* Not (yet) part of the balance: quieter, never struck through. */
  tr:is(.status-pending, .status-held, .status-failed, .status-notCharged) td.c-amount {
    color: var(--_credit-color-muted);
    font-weight: normal;
  }
  td.c-reference {
    overflow-wrap: break-word;
  }
  .description {
    margin-inline-end: var(--_credit-space-xs);
  }
  .reference,
  .detail,
  .inline-extra {
    color: var(--_credit-color-muted);
    font-size: var(--_credit-font-size-small);
  }
  .reference {
    font-family: var(--credit-font-family-mono, ui-monospace, monospace);
    font-size: 0.8em;
    overflow-wrap: anywhere;
  }
  .detail,
  .inline-extra {
    display: block;
  }
  td[data-status] {
    font-size: var(--_credit-font-size-small);
  }
  td[data-status='pending'],
  td[data-status='held'] {
    color: var(--_credit-color-warning);
  }
  td[data-status='failed'] {
    color: var(--_credit-color-danger);
  }
  td[data-status='notCharged'] {
    color: var(--_credit-color-muted);
  }
  tr[data-id]:focus-visible {
    outline: 2px solid var(--_credit-color-focus);
    outline-offset: -2px;
  }
  .c-actions {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_credit-space-xs);
    align-items: center;
  }
  th.c-actions {
    display: block;
  }
  .action {
    min-height: 2rem;
    padding: 0 var(--_credit-space-s);
    font-size: var(--_credit-font-size-small);
    white-space: normal;
    text-align: center;
  }
  .row-error,
  .error-state {
    color: var(--_credit-color-danger);
  }
  .row-error {
    font-size: var(--_credit-font-size-small);
  }
  .footer {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_credit-space-s);
    align-items: center;
    justify-content: center;
    padding: var(--_credit-space-s);
  }
  .footer:empty {
    display: none;
  }
  [part='empty'] {
    margin: 0;
    padding: var(--_credit-space-l);
    text-align: center;
    color: var(--_credit-color-muted);
    border: 1px dashed var(--_credit-transactions-row-border);
    border-radius: var(--_credit-radius-m);
  }
  .error-state {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_credit-space-s);
    align-items: center;
  }

  /* Loading: the shape of the rows to come. */
  .skeleton-list {
    display: grid;
    border: 1px solid var(--_credit-transactions-row-border);
    border-radius: var(--_credit-radius-m);
    background: var(--_credit-color-surface);
  }

  /* Full width: every column in use has its own; the description needs no extra line. */
  @container (min-width: 1100px) {
    .inline-extra {
      display: none;
    }
  }

  /* Narrower: type (the sign says it), method and billing number give way. */
  @container (max-width: 1099.98px) {
    .c-type,
    .c-method,
    .c-billingNumber {
      display: none;
    }
  }

  /* Phones: a compact row per entry. */
  @container (max-width: 699.98px) {
    .filters {
      display: grid;
      grid-template-columns: repeat(2, minmax(0, 1fr));
      flex: 1 1 100%;
    }
    .filters select,
    .filters input {
      width: 100%;
    }
    .filters [part='filter-reset'] {
      justify-self: start;
    }
    .toolbar [part='export-button'] {
      margin-inline-start: auto;
    }
    table,
    tbody {
      display: block;
    }
    thead {
      position: absolute;
      width: 1px;
      height: 1px;
      overflow: hidden;
      clip-path: inset(50%);
    }
    tr.sizer {
      display: none;
    }
    tr[data-id] {
      grid-template-columns: minmax(0, 1fr) auto auto;
      grid-template-areas:
        'reference reference amount'
        'date status balance'
        'actions actions actions';
      column-gap: var(--_credit-space-s);
      row-gap: 2px;
      padding: var(--_credit-space-s);
    }
    tr[data-id] td {
      grid-row: auto;
      padding: 0;
    }
    tr[data-id] .c-reference {
      grid-area: reference;
    }
    tr[data-id] .c-amount {
      grid-area: amount;
      align-self: start;
    }
    tr[data-id] .c-date {
      grid-area: date;
      font-size: var(--_credit-font-size-small);
      color: var(--_credit-color-muted);
    }
    tr[data-id] .c-status {
      grid-area: status;
    }
    tr[data-id] .c-balance {
      grid-area: balance;
      font-size: var(--_credit-font-size-small);
      color: var(--_credit-color-muted);
    }
    tr[data-id] .c-actions {
      grid-area: actions;
      padding-top: var(--_credit-space-xs);
    }
    tr[data-id]:not(.has-actions) .c-actions,
    tr.status-completed .c-status,
    .detail,
    .inline-extra {
      display: none;
    }
  }
`;
