import { css } from 'lit';

export const payButtonStyles = css`
  :host {
    display: inline-block;
    --_credit-pay-button-gap: var(--credit-pay-button-gap, var(--_credit-space-xs));
  }
  .wrap {
    display: inline-flex;
    flex-direction: column;
    align-items: flex-start;
    gap: var(--_credit-pay-button-gap);
  }
  [part~='button'] {
    background: var(--credit-pay-button-background, var(--_credit-color-primary));
    color: var(--credit-pay-button-color, var(--_credit-color-on-primary));
    border-radius: var(--credit-pay-button-radius, var(--_credit-radius-s));
  }
  [part~='price'] {
    font-variant-numeric: tabular-nums;
  }
  [part~='price']::before {
    content: '·';
    margin-inline-end: var(--_credit-space-xs);
    opacity: 0.7;
  }
  [part~='reason'] {
    color: var(--_credit-color-muted);
    font-size: var(--_credit-font-size-small);
  }
  [part~='status']:empty {
    display: none;
  }
  [part~='status'] {
    font-size: var(--_credit-font-size-small);
  }
  :host([failed]) [part~='status'] {
    color: var(--_credit-color-danger);
  }
  :host([paid]) [part~='status'] {
    color: var(--_credit-color-success);
  }
  .badge {
    display: inline-flex;
    align-items: center;
    gap: var(--_credit-space-xs);
    font-weight: var(--_credit-font-weight-strong);
    color: var(--_credit-color-success);
  }
  .error-state {
    display: inline-flex;
    align-items: center;
    gap: var(--_credit-space-s);
    color: var(--_credit-color-danger);
  }
`;
