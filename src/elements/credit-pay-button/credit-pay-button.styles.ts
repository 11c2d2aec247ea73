import { css } from 'lit';

export const payButtonStyles = css`
  :host {
    display: inline-block;
    max-width: 100%;
    --_credit-pay-button-gap: var(--credit-pay-button-gap, var(--_credit-space-xs));
  }
  .wrap {
    display: inline-flex;
    flex-direction: column;
    align-items: flex-start;
    gap: var(--_credit-pay-button-gap);
    max-width: 100%;
  }
  [part~='button'] {
    background: var(--credit-pay-button-background, var(--_credit-color-primary));
    color: var(--credit-pay-button-color, var(--_credit-color-on-primary));
    border-radius: var(--credit-pay-button-radius, var(--_credit-radius-s));
    /* A narrow container puts the price on a second line, never half a label. */
    flex-wrap: wrap;
    column-gap: var(--_credit-space-xs);
    row-gap: 0;
    padding-block: var(--_credit-space-xs);
    max-width: 100%;
    text-align: center;
  }
  /* Unavailable: a muted button that still reads (not a faded primary on any theme). */
  [part~='button'][aria-disabled='true']:not([aria-busy='true']) {
    opacity: 1;
    background: var(--_credit-color-surface-raised);
    color: var(--_credit-color-muted);
    border-color: var(--_credit-color-border);
  }
  .label,
  [part~='price'] {
    white-space: nowrap;
  }
  [part~='price'] {
    font-variant-numeric: tabular-nums;
  }
  .separator {
    white-space: pre;
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
    color: var(--_credit-color-muted);
  }
  .paid-row {
    display: inline-flex;
    flex-wrap: wrap;
    align-items: center;
    gap: var(--_credit-space-s);
  }
  [part~='paid'] {
    display: inline-flex;
    align-items: center;
    gap: var(--_credit-space-xs);
    min-height: 2.5rem;
    font-weight: var(--_credit-font-weight-strong);
    color: var(--_credit-color-success);
  }
  [part~='paid']:focus {
    outline: none;
  }
  [part~='paid']:focus-visible {
    outline: 2px solid var(--_credit-color-focus);
    outline-offset: 2px;
  }
  .confirm {
    display: flex;
    flex-direction: column;
    gap: var(--_credit-space-s);
    box-sizing: border-box;
    max-width: min(100%, 28rem);
    padding: var(--_credit-space-s) var(--_credit-space-m);
    border: 1px solid var(--_credit-color-border);
    border-radius: var(--_credit-radius-m);
    background: var(--_credit-color-surface-raised);
  }
  .confirm-actions {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_credit-space-s);
  }
  .error-state {
    display: inline-flex;
    align-items: center;
    gap: var(--_credit-space-s);
    color: var(--_credit-color-danger);
  }
`;
