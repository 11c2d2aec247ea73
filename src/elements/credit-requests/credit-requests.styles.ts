import { css } from 'lit';

export const requestsStyles = css`
  :host {
    display: block;
    container-type: inline-size;
    --_credit-requests-pending: var(--credit-requests-pending-color, var(--_credit-color-warning));
    --_credit-requests-accepted: var(--credit-requests-accepted-color, var(--_credit-color-success));
    --_credit-requests-rejected: var(--credit-requests-rejected-color, var(--_credit-color-danger));
  }
  .wrap {
    overflow-x: auto;
  }
  table {
    width: 100%;
    border-collapse: collapse;
    font-variant-numeric: tabular-nums;
  }
  caption {
    text-align: start;
    font-weight: var(--_credit-font-weight-strong);
    padding-bottom: var(--_credit-space-s);
  }
  th,
  td {
    text-align: start;
    padding: var(--_credit-space-s);
    border-bottom: 1px solid var(--_credit-color-border);
    vertical-align: top;
  }
  th {
    color: var(--_credit-color-muted);
    font-size: var(--_credit-font-size-small);
    font-weight: var(--_credit-font-weight-strong);
    overflow-wrap: normal;
    hyphens: manual;
  }
  .num {
    text-align: end;
  }
  td.num,
  .status-text {
    white-space: nowrap;
  }
  td.amount {
    font-weight: var(--_credit-font-weight-strong);
  }
  .date {
    white-space: nowrap;
  }
  code {
    font-family: var(--credit-font-family-mono, ui-monospace, monospace);
    font-size: 0.85em;
    overflow-wrap: anywhere;
  }
  [part~='status'] {
    font-weight: var(--_credit-font-weight-strong);
  }
  [data-status='pending'] [part~='status'] {
    color: var(--_credit-requests-pending);
  }
  [data-status='accepted'] [part~='status'] {
    color: var(--_credit-requests-accepted);
  }
  [data-status='rejected'] [part~='status'] {
    color: var(--_credit-requests-rejected);
  }
  .note {
    display: block;
    font-weight: normal;
    color: var(--_credit-color-muted);
    font-size: var(--_credit-font-size-small);
  }
  .empty {
    padding: var(--_credit-space-m);
    border: 1px dashed var(--_credit-color-border);
    border-radius: var(--_credit-radius-m);
    color: var(--_credit-color-muted);
  }
  .empty p {
    margin: 0;
  }
  .empty .empty-title {
    color: var(--_credit-color-text);
    font-weight: var(--_credit-font-weight-strong);
    margin-bottom: var(--_credit-space-xs);
  }
  .error-state {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_credit-space-s);
    align-items: center;
    color: var(--_credit-color-danger);
  }
  .skeleton-list {
    display: grid;
    gap: var(--_credit-space-s);
  }

  /* Narrow: each request is a card — date and status, what you get and pay, method and reference. */
  @container (max-width: 559.98px) {
    thead {
      position: absolute;
      width: 1px;
      height: 1px;
      overflow: hidden;
      clip-path: inset(50%);
    }
    table,
    tbody {
      display: block;
    }
    tbody {
      display: grid;
      gap: var(--_credit-space-s);
    }
    tr {
      display: grid;
      /* Two halves: a long rejection note wraps in its half instead of squeezing the date. */
      grid-template-columns: repeat(2, minmax(0, 1fr));
      grid-template-areas:
        'date status'
        'credits amount'
        'method reference';
      gap: var(--_credit-space-xs) var(--_credit-space-s);
      padding: var(--_credit-space-s);
      border: 1px solid var(--_credit-color-border);
      border-radius: var(--_credit-radius-m);
    }
    td {
      display: block;
      padding: 0;
      border: 0;
    }
    .date {
      grid-area: date;
      white-space: normal;
      color: var(--_credit-color-muted);
      font-size: var(--_credit-font-size-small);
    }
    .status {
      grid-area: status;
      text-align: end;
    }
    .credits {
      grid-area: credits;
      text-align: start;
    }
    .amount {
      grid-area: amount;
    }
    .method {
      grid-area: method;
      color: var(--_credit-color-muted);
      font-size: var(--_credit-font-size-small);
    }
    .reference {
      grid-area: reference;
      text-align: end;
    }
    .credits::before,
    .amount::before {
      content: attr(data-label);
      display: block;
      font-weight: normal;
      color: var(--_credit-color-muted);
      font-size: var(--_credit-font-size-small);
    }
    .note {
      grid-column: 1 / -1;
    }
  }
`;
