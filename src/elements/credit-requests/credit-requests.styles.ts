import { css } from 'lit';

export const requestsStyles = css`
  :host {
    display: block;
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
  }
  .num {
    text-align: end;
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
  [part='empty'] {
    color: var(--_credit-color-muted);
  }
  .error-state {
    display: flex;
    gap: var(--_credit-space-s);
    align-items: center;
    color: var(--_credit-color-danger);
  }
  @media (max-width: 32rem) {
    thead {
      position: absolute;
      clip: rect(0 0 0 0);
      width: 1px;
      height: 1px;
      overflow: hidden;
    }
    tr,
    td {
      display: block;
    }
    td[data-label]::before {
      content: attr(data-label) ': ';
      color: var(--_credit-color-muted);
    }
    td.num {
      text-align: start;
    }
  }
`;
