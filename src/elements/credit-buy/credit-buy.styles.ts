import { css } from 'lit';

export const buyStyles = css`
  :host {
    display: block;
    --_credit-buy-bg: var(--credit-buy-background, var(--_credit-color-surface));
    --_credit-buy-selected: var(--credit-buy-selected-border-color, var(--_credit-color-primary));
    --_credit-buy-saving: var(--credit-buy-saving-color, var(--_credit-color-success));
  }
  [part~='base'] {
    display: grid;
    gap: var(--_credit-space-m);
    background: var(--_credit-buy-bg);
  }
  .title {
    margin: 0;
    font-size: 1.25em;
  }
  fieldset {
    border: 0;
    margin: 0;
    padding: 0;
    display: grid;
    gap: var(--_credit-space-s);
  }
  fieldset.plain {
    gap: var(--_credit-space-m);
  }
  legend {
    font-weight: var(--_credit-font-weight-strong);
    margin-bottom: var(--_credit-space-s);
  }
  .packages {
    grid-template-columns: repeat(auto-fill, minmax(11rem, 1fr));
  }
  .package,
  .method {
    display: flex;
    gap: var(--_credit-space-s);
    align-items: flex-start;
    flex-wrap: wrap;
    padding: var(--_credit-space-s) var(--_credit-space-m);
    border: 1px solid var(--_credit-color-border);
    border-radius: var(--_credit-radius-s);
    cursor: pointer;
  }
  .package:has(input[type='radio']:checked),
  .method:has(input:checked) {
    border-color: var(--_credit-buy-selected);
    box-shadow: 0 0 0 1px var(--_credit-buy-selected);
  }
  .package-main {
    display: grid;
    gap: 2px;
    flex: 1;
  }
  [part~='package-credits'] {
    font-weight: var(--_credit-font-weight-strong);
  }
  [part~='package-discount'].saving {
    color: var(--_credit-buy-saving);
    font-weight: var(--_credit-font-weight-strong);
  }
  .badge {
    font-size: var(--_credit-font-size-small);
    padding: 0 var(--_credit-space-xs);
    border-radius: var(--_credit-radius-pill);
    border: 1px solid currentColor;
  }
  .methods {
    grid-template-columns: repeat(auto-fill, minmax(10rem, 1fr));
  }
  .methods .hint {
    grid-column: 1 / -1;
    margin: 0;
  }
  input[type='text'],
  input:not([type]) {
    font: inherit;
    padding: var(--_credit-space-xs) var(--_credit-space-s);
    border: 1px solid var(--_credit-color-border);
    border-radius: var(--_credit-radius-s);
    background: var(--_credit-color-surface);
    color: inherit;
    min-width: 0;
  }
  input[aria-invalid='true'] {
    border-color: var(--_credit-color-danger);
  }
  .breakdown {
    margin: 0;
    display: grid;
    gap: var(--_credit-space-xs);
    min-height: 1.5em;
  }
  .breakdown div,
  .instructions div {
    display: flex;
    justify-content: space-between;
    gap: var(--_credit-space-m);
  }
  dd {
    margin: 0;
    font-variant-numeric: tabular-nums;
    text-align: end;
    overflow-wrap: anywhere;
  }
  .total {
    font-weight: var(--_credit-font-weight-strong);
    border-top: 1px solid var(--_credit-color-border);
    padding-top: var(--_credit-space-xs);
  }
  .note,
  .muted {
    color: var(--_credit-color-muted);
    font-size: var(--_credit-font-size-small);
    margin: 0;
  }
  .auto-offer {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_credit-space-s);
    align-items: center;
  }
  .auto-offer .threshold {
    width: 7em;
  }
  .step {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_credit-space-s);
    align-items: center;
  }
  .instructions {
    border: 1px solid var(--_credit-color-border);
    border-radius: var(--_credit-radius-s);
    padding: var(--_credit-space-m);
  }
  .instructions h3 {
    margin: 0 0 var(--_credit-space-s);
    font-size: 1em;
  }
  .instructions dl {
    margin: 0 0 var(--_credit-space-s);
    display: grid;
    gap: var(--_credit-space-xs);
  }
  .reference code {
    font-weight: var(--_credit-font-weight-strong);
  }
  .status:empty {
    display: none;
  }
  .status {
    margin: 0;
  }
  .status.success {
    color: var(--_credit-color-success);
  }
  .error,
  .status.error {
    color: var(--_credit-color-danger);
  }
`;
