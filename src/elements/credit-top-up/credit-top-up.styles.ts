import { css } from 'lit';

export const topUpStyles = css`
  :host {
    display: inline-block;
    --_credit-top-up-width: var(--credit-top-up-width, 32rem);
    --_credit-top-up-bg: var(--credit-top-up-background, var(--_credit-color-surface));
    --_credit-top-up-radius: var(--credit-top-up-radius, var(--_credit-radius-m));
  }
  [part~='dialog'] {
    width: min(var(--_credit-top-up-width), calc(100vw - 2rem));
    max-height: calc(100dvh - 2rem);
    padding: 0;
    border: 1px solid var(--_credit-color-border);
    border-radius: var(--_credit-top-up-radius);
    background: var(--_credit-top-up-bg);
    color: var(--_credit-color-text);
    box-shadow: var(--_credit-shadow);
    font: inherit;
  }
  [part~='dialog']::backdrop {
    background: rgb(0 0 0 / 0.4);
  }
  header {
    display: flex;
    align-items: center;
    justify-content: space-between;
    gap: var(--_credit-space-m);
    padding: var(--_credit-space-m) var(--_credit-space-l);
    border-bottom: 1px solid var(--_credit-color-border);
  }
  h2 {
    margin: 0;
    font-size: 1.25em;
  }
  .section-title {
    margin: 0 0 var(--_credit-space-s);
    font-size: 1em;
  }
  .icon-button {
    min-width: 2.5rem;
    min-height: 2.5rem;
    border: 0;
    border-radius: var(--_credit-radius-s);
    background: transparent;
    color: inherit;
    font-size: 1.5em;
    cursor: pointer;
  }
  .body {
    display: flex;
    flex-direction: column;
    gap: var(--_credit-space-m);
    padding: var(--_credit-space-l);
  }
  /* Even rows of presets: never one amount alone on a second row. */
  .presets {
    display: grid;
    grid-template-columns: repeat(auto-fit, minmax(5rem, 1fr));
    gap: var(--_credit-space-s);
  }
  [part~='preset'] {
    padding-inline: var(--_credit-space-s);
    white-space: nowrap;
  }
  .error-state {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: var(--_credit-space-s);
    margin: 0;
    color: var(--_credit-color-danger);
  }
  [part~='preset'][aria-pressed='true'] {
    background: var(--_credit-color-primary);
    color: var(--_credit-color-on-primary);
  }
  .field {
    display: flex;
    flex-direction: column;
    gap: var(--_credit-space-xs);
  }
  label {
    font-weight: var(--_credit-font-weight-strong);
  }
  input:not([type='checkbox']) {
    font: inherit;
    min-height: 2.5rem;
    padding: 0 var(--_credit-space-s);
    border: 1px solid var(--_credit-color-border);
    border-radius: var(--_credit-radius-s);
    background: var(--_credit-color-surface);
    color: var(--_credit-color-text);
  }
  input[aria-invalid='true'] {
    border-color: var(--_credit-color-danger);
  }
  .hint {
    margin: 0;
    color: var(--_credit-color-muted);
    font-size: var(--_credit-font-size-small);
  }
  [part~='amount-error'],
  .error-text,
  [part~='status'].error {
    color: var(--_credit-color-danger);
  }
  /* Panels take the card radius, capped: a pill-shaped button theme must not make them stadiums. */
  [part~='breakdown'],
  .summary,
  [part~='receipt'] {
    padding: var(--_credit-space-m);
    border-radius: min(var(--_credit-radius-m), 0.75rem);
    background: var(--_credit-color-surface-raised);
  }
  dl {
    display: grid;
    gap: var(--_credit-space-xs);
    margin: 0;
  }
  dl > div {
    display: flex;
    justify-content: space-between;
    gap: var(--_credit-space-m);
  }
  dt,
  dd {
    margin: 0;
  }
  dd {
    font-variant-numeric: tabular-nums;
  }
  dl > .total {
    padding-top: var(--_credit-space-xs);
    border-top: 1px solid var(--_credit-color-border);
    font-weight: var(--_credit-font-weight-strong);
  }
  [part~='reverse-charge-note'],
  [part~='vat-note'],
  [part~='method'] {
    margin: var(--_credit-space-s) 0 0;
    font-size: var(--_credit-font-size-small);
  }
  [part~='method'] .hint {
    display: block;
  }
  .confirm {
    display: flex;
    align-items: flex-start;
    gap: var(--_credit-space-s);
  }
  .confirm input {
    width: 1.25rem;
    height: 1.25rem;
    margin: 0.1rem 0 0;
  }
  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_credit-space-s);
  }
  [part~='status'] {
    margin: 0;
  }
  [part~='status']:empty {
    display: none;
  }
  /* The payment window and the outcomes: one column with room between its blocks. */
  .secure,
  .outcome {
    display: flex;
    flex-direction: column;
    gap: var(--_credit-space-m);
  }
  .secure .section-title {
    margin: 0;
  }
  .summary {
    display: flex;
    flex-direction: column;
    gap: var(--_credit-space-xs);
  }
  .summary .hint {
    margin: 0;
  }
  /* A long value (a billing number) moves under its label, right-aligned, never broken. */
  dl.receipt > div {
    flex-wrap: wrap;
    row-gap: 0;
  }
  dl.receipt dd {
    margin-inline-start: auto;
  }
  dl.receipt > .reference dd {
    white-space: nowrap;
  }
  /* Phones: the step's actions stack evenly at full width. */
  @media (max-width: 30rem) {
    .actions > .button {
      flex: 1 1 100%;
    }
  }
  .test-cards ul {
    margin: var(--_credit-space-xs) 0 0;
    padding-inline-start: 1.25em;
  }
  .card-number {
    font-variant-numeric: tabular-nums;
    white-space: nowrap;
  }
  .outcome-title {
    display: flex;
    align-items: center;
    gap: var(--_credit-space-s);
    margin: 0;
    font-size: 1.125em;
  }
  .outcome-icon {
    display: inline-grid;
    place-items: center;
    flex: none;
    width: 1.75rem;
    height: 1.75rem;
    border-radius: 50%;
    background: var(--_credit-color-muted);
    color: var(--_credit-color-surface);
    font-size: 0.9em;
  }
  .outcome.completed .outcome-icon,
  .outcome.invoice .outcome-icon {
    background: var(--_credit-color-success);
  }
  .outcome.pending .outcome-icon,
  .outcome.processing .outcome-icon {
    background: var(--_credit-color-warning);
  }
  .outcome.failed .outcome-icon,
  .outcome.canceled .outcome-icon {
    background: var(--_credit-color-danger);
  }
  .outcome .actions,
  .secure .actions {
    margin-top: var(--_credit-space-xs);
  }
`;
