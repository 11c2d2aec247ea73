import { css } from 'lit';

export const balanceStyles = css`
  :host {
    display: inline-block;
    --_credit-balance-bg: var(--credit-balance-background, var(--_credit-color-surface-raised));
    --_credit-balance-fg: var(--credit-balance-color, var(--_credit-color-text));
    --_credit-balance-border: var(--credit-balance-border-color, var(--_credit-color-border));
    --_credit-balance-radius: var(--credit-balance-radius, var(--_credit-radius-pill));
    --_credit-balance-padding: var(--credit-balance-padding, var(--_credit-space-xs) var(--_credit-space-s));
  }
  :host([low]) {
    --_credit-balance-fg: var(--credit-balance-low-color, var(--_credit-color-warning));
    --_credit-balance-border: var(--credit-balance-low-color, var(--_credit-color-warning));
  }
  [part='base'] {
    display: inline-flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0 var(--_credit-space-xs);
    max-width: 100%;
    box-sizing: border-box;
    padding: var(--_credit-balance-padding);
    border: 1px solid var(--_credit-balance-border);
    /* A pill on one line; a rounded box when the expiry line wraps below. */
    border-radius: min(var(--_credit-balance-radius), 1.25rem);
    background: var(--_credit-balance-bg);
    color: var(--_credit-balance-fg);
    font: inherit;
    line-height: 1.5;
    text-align: start;
    text-decoration: none;
  }
  [part='base'] > * {
    white-space: nowrap;
  }
  button[part='base'],
  a[part='base'] {
    cursor: pointer;
  }
  button[part='base']:hover,
  a[part='base']:hover {
    border-color: var(--_credit-color-primary);
  }
  [part='icon'] {
    display: inline-flex;
    width: 1.1em;
    height: 1.1em;
  }
  [part='icon'] svg {
    width: 100%;
    height: 100%;
  }
  [part='label'] {
    color: var(--_credit-color-muted);
    font-size: var(--_credit-font-size-small);
  }
  :host([low]) [part='label'] {
    color: inherit;
  }
  [part='amount'] {
    font-weight: var(--_credit-font-weight-strong);
    font-variant-numeric: tabular-nums;
  }
  [part='low'] {
    font-size: var(--_credit-font-size-small);
    font-weight: var(--_credit-font-weight-strong);
  }
  [part='expiring'] {
    flex-basis: 100%;
    color: var(--_credit-color-muted);
    font-size: var(--_credit-font-size-small);
    white-space: normal;
  }

  /* The figure: a caption, then the balance large, then what needs attention. */
  :host([variant='figure']) {
    display: block;
  }
  :host([variant='figure']) [part='base'] {
    display: grid;
    grid-template-columns: auto 1fr;
    align-items: center;
    gap: var(--_credit-space-xs) var(--_credit-space-xs);
    padding: 0;
    border: 0;
    border-radius: 0;
    background: none;
  }
  :host([variant='figure']) [part='amount'] {
    grid-column: 1 / -1;
    font-size: 2em;
    line-height: 1.15;
    white-space: normal;
    overflow-wrap: anywhere;
  }
  :host([variant='figure']) [part='low'],
  :host([variant='figure']) [part='expiring'] {
    grid-column: 1 / -1;
  }
  :host([variant='figure']) [part='low'] {
    justify-self: start;
    padding: 0 var(--_credit-space-s);
    border: 1px solid currentColor;
    border-radius: var(--_credit-radius-pill);
  }
  .skeleton {
    display: inline-block;
    width: 5em;
  }
  :host([variant='figure']) .skeleton {
    display: block;
    width: 8em;
    height: 2em;
  }
  .error-state {
    display: inline-flex;
    flex-wrap: wrap;
    align-items: center;
    gap: var(--_credit-space-xs);
    color: var(--_credit-color-danger);
  }
  .error-state [part='icon'] {
    width: 1.1em;
    height: 1.1em;
  }
  .error-state .button {
    min-height: 1.75rem;
    padding: 0 var(--_credit-space-s);
    white-space: nowrap;
  }
`;
