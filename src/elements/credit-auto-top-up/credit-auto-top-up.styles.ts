import { css } from 'lit';

export const autoTopUpStyles = css`
  :host {
    display: block;
    container-type: inline-size;
    --_credit-auto-top-up-bg: var(--credit-auto-top-up-background, var(--_credit-color-surface));
    --_credit-auto-top-up-gap: var(--credit-auto-top-up-gap, var(--_credit-space-m));
  }
  :host([modal]) {
    display: inline-block;
    container-type: normal;
  }
  .inline {
    display: grid;
    gap: var(--_credit-space-m);
    background: var(--_credit-auto-top-up-bg);
  }
  .title {
    margin: 0;
    font-size: 1.15em;
  }
  .summary {
    margin: 0;
    padding: var(--_credit-space-s) var(--_credit-space-m);
    border-inline-start: 3px solid var(--_credit-color-success);
    background: var(--_credit-color-surface-raised);
    border-radius: var(--_credit-radius-s);
  }
  .form {
    display: grid;
    gap: var(--_credit-auto-top-up-gap);
    max-width: 52rem;
  }
  .form > .check,
  .form > .button {
    justify-self: start;
  }
  /* Fields side by side where there is room, each a readable width. */
  .fields {
    display: grid;
    gap: var(--_credit-auto-top-up-gap) var(--_credit-space-l);
    /* No max-width here: with one, auto-fill would count its columns from it. */
    grid-template-columns: repeat(auto-fill, minmax(min(100%, 16rem), 1fr));
  }
  .field {
    display: grid;
    gap: var(--_credit-space-xs);
    align-content: start;
    min-width: 0;
  }
  .field label {
    font-weight: var(--_credit-font-weight-strong);
  }
  .with-unit {
    display: flex;
    align-items: center;
    gap: var(--_credit-space-s);
    min-width: 0;
  }
  .with-unit input {
    flex: 1;
    min-width: 0;
    max-width: 12rem;
  }
  .unit {
    color: var(--_credit-color-muted);
    white-space: nowrap;
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
    min-height: 2.25rem;
    box-sizing: border-box;
    border: 1px solid var(--_credit-color-border);
    border-radius: var(--_credit-radius-s);
  }
  select {
    width: 100%;
    min-width: 0;
  }
  input[aria-invalid='true'] {
    border-color: var(--_credit-color-danger);
    box-shadow: 0 0 0 1px var(--_credit-color-danger);
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
  }
  .status:empty {
    display: none;
  }
  .error-state {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: var(--_credit-space-s) var(--_credit-space-m);
    color: var(--_credit-color-danger);
  }
  .loading {
    display: flex;
    align-items: center;
    gap: var(--_credit-space-s);
    margin: 0;
    color: var(--_credit-color-muted);
  }
  dialog {
    box-sizing: border-box;
    border: 1px solid var(--_credit-color-border);
    border-radius: var(--_credit-radius-m);
    background: var(--_credit-auto-top-up-bg);
    color: var(--_credit-color-text);
    box-shadow: var(--_credit-shadow);
    padding: var(--_credit-space-l);
    width: min(40rem, calc(100vw - 2rem));
    max-width: calc(100vw - 2rem);
  }
  dialog::backdrop {
    background: rgb(0 0 0 / 0.4);
  }
  dialog .fields {
    grid-template-columns: repeat(auto-fill, minmax(min(100%, 15rem), 1fr));
  }
  .dialog-head {
    display: flex;
    justify-content: space-between;
    align-items: flex-start;
    gap: var(--_credit-space-m);
    margin-bottom: var(--_credit-space-m);
  }
  .dialog-head .title {
    margin: 0;
    padding-top: var(--_credit-space-xs);
  }
  .icon-button {
    flex: none;
    min-width: 2.5rem;
    min-height: 2.5rem;
    margin: calc(var(--_credit-space-s) * -1) calc(var(--_credit-space-s) * -1) 0 0;
    border: 0;
    border-radius: var(--_credit-radius-s);
    background: transparent;
    color: inherit;
    font: inherit;
    font-size: 1.5em;
    line-height: 1;
    cursor: pointer;
  }
`;
