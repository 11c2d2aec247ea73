import { css } from 'lit';

export const autoTopUpStyles = css`
  :host {
    display: block;
    --_credit-auto-top-up-bg: var(--credit-auto-top-up-background, var(--_credit-color-surface));
    --_credit-auto-top-up-gap: var(--credit-auto-top-up-gap, var(--_credit-space-m));
  }
  :host([modal]) {
    display: inline-block;
  }
  .title {
    margin: 0 0 var(--_credit-space-s);
    font-size: 1.15em;
  }
  .form {
    display: grid;
    gap: var(--_credit-auto-top-up-gap);
    background: var(--_credit-auto-top-up-bg);
    max-width: 32rem;
  }
  .field {
    display: grid;
    gap: var(--_credit-space-xs);
  }
  .check {
    display: flex;
    gap: var(--_credit-space-s);
    align-items: center;
    font-weight: var(--_credit-font-weight-strong);
  }
  input[type='text'],
  select {
    font: inherit;
    color: inherit;
    background: var(--_credit-color-surface);
    padding: var(--_credit-space-xs) var(--_credit-space-s);
    border: 1px solid var(--_credit-color-border);
    border-radius: var(--_credit-radius-s);
  }
  input[aria-invalid='true'] {
    border-color: var(--_credit-color-danger);
  }
  .hint,
  .muted {
    color: var(--_credit-color-muted);
    font-size: var(--_credit-font-size-small);
    margin: 0;
  }
  .error {
    color: var(--_credit-color-danger);
    font-size: var(--_credit-font-size-small);
    margin: 0;
  }
  .success {
    color: var(--_credit-color-success);
    margin: 0;
  }
  .status {
    display: grid;
    gap: var(--_credit-space-xs);
    margin-top: var(--_credit-space-s);
  }
  .button[part='save-button'] {
    justify-self: start;
  }
  dialog {
    border: 1px solid var(--_credit-color-border);
    border-radius: var(--_credit-radius-m);
    background: var(--_credit-auto-top-up-bg);
    color: var(--_credit-color-text);
    box-shadow: var(--_credit-shadow);
    padding: var(--_credit-space-l);
    width: min(36rem, calc(100vw - 2rem));
  }
  dialog::backdrop {
    background: rgb(0 0 0 / 0.4);
  }
  .dialog-head {
    display: flex;
    justify-content: space-between;
    align-items: center;
    gap: var(--_credit-space-m);
    margin-bottom: var(--_credit-space-m);
  }
  .dialog-head .title {
    margin: 0;
  }
`;
