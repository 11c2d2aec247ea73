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
    align-items: center;
    gap: var(--_credit-space-xs);
    padding: var(--_credit-balance-padding);
    border: 1px solid var(--_credit-balance-border);
    border-radius: var(--_credit-balance-radius);
    background: var(--_credit-balance-bg);
    color: var(--_credit-balance-fg);
    font: inherit;
    line-height: 1.5;
    text-decoration: none;
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
  .skeleton {
    display: inline-block;
    width: 5em;
    height: 1em;
    border-radius: var(--_credit-radius-s);
    background: var(--_credit-color-border);
    animation: credit-pulse 1.2s ease-in-out infinite alternate;
  }
  @keyframes credit-pulse {
    to {
      opacity: 0.4;
    }
  }
  .error-state {
    display: inline-flex;
    align-items: center;
    gap: var(--_credit-space-s);
    color: var(--_credit-color-danger);
  }
  .error-state .button {
    min-height: 2rem;
  }
`;
