import { css } from 'lit';

export const buyStyles = css`
  :host {
    display: block;
    container-type: inline-size;
    --_credit-buy-bg: var(--credit-buy-background, var(--_credit-color-surface));
    --_credit-buy-selected: var(--credit-buy-selected-border-color, var(--_credit-color-primary));
    --_credit-buy-saving: var(--credit-buy-saving-color, var(--_credit-color-success));
    /* Cards take the card radius: a pill-shaped button radius would make them stadiums. */
    --_credit-buy-card-radius: var(--credit-buy-card-radius, var(--_credit-radius-m));
  }
  [part~='base'] {
    display: grid;
    /* One column never wider than the element, whatever an embedded form asks for. */
    grid-template-columns: minmax(0, 1fr);
    gap: var(--_credit-space-l);
    background: var(--_credit-buy-bg);
    min-width: 0;
  }
  /* Wide: the choice on the left, the price and the action beside it (as on Stripe's checkout). */
  @container (min-width: 46rem) {
    form.buy {
      grid-template-columns: minmax(0, 1fr) minmax(16rem, 22rem);
      align-items: start;
      column-gap: calc(var(--_credit-space-l) * 1.5);
    }
    form.buy .title,
    form.buy .billing {
      grid-column: 1 / -1;
    }
  }
  .title {
    margin: 0;
    font-size: 1.25em;
  }
  .subtitle {
    margin: 0;
    font-size: 1.05em;
  }
  .subtitle:focus {
    outline: none;
  }
  fieldset {
    border: 0;
    margin: 0;
    padding: 0;
    min-width: 0;
    display: grid;
    gap: var(--_credit-space-s);
  }
  fieldset.plain {
    gap: var(--_credit-space-l);
  }
  legend {
    font-weight: var(--_credit-font-weight-strong);
    padding: 0;
    margin-bottom: var(--_credit-space-s);
  }
  .cards {
    display: grid;
    gap: var(--_credit-space-s);
    grid-template-columns: repeat(auto-fill, minmax(min(100%, 14rem), 1fr));
  }
  .methods .cards {
    grid-template-columns: repeat(auto-fit, minmax(min(100%, 10rem), 1fr));
  }
  .package,
  .method {
    display: flex;
    gap: var(--_credit-space-s);
    align-items: flex-start;
    min-width: 0;
    padding: var(--_credit-space-m);
    border: 1px solid var(--_credit-color-border);
    border-radius: var(--_credit-buy-card-radius);
    background: var(--_credit-buy-bg);
    cursor: pointer;
    transition: border-color var(--_credit-transition);
  }
  .method {
    align-items: center;
    padding: var(--_credit-space-s) var(--_credit-space-m);
    min-height: 2.75rem;
    box-sizing: border-box;
  }
  .package:hover,
  .method:hover {
    border-color: var(--_credit-color-muted);
  }
  .package:has(input[type='radio']:checked),
  .method:has(input:checked) {
    border-color: var(--_credit-buy-selected);
    box-shadow: 0 0 0 1px var(--_credit-buy-selected);
  }
  input[type='radio'],
  input[type='checkbox'] {
    margin: 0.2em 0 0;
    flex: none;
    width: 1.05em;
    height: 1.05em;
    accent-color: var(--_credit-buy-selected);
  }
  .method input[type='radio'] {
    margin: 0;
  }
  .package-body {
    display: grid;
    gap: var(--_credit-space-xs);
    flex: 1;
    min-width: 0;
  }
  .package-head {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    justify-content: space-between;
    gap: var(--_credit-space-xs) var(--_credit-space-s);
  }
  [part~='package-credits'],
  .package-head > span:first-child {
    font-weight: var(--_credit-font-weight-strong);
  }
  .price {
    font-size: 1.15em;
    font-variant-numeric: tabular-nums;
  }
  [part~='package-discount'] {
    font-size: var(--_credit-font-size-small);
  }
  [part~='package-discount'].saving {
    color: var(--_credit-buy-saving);
    font-weight: var(--_credit-font-weight-strong);
  }
  .badge {
    font-size: 0.75em;
    font-weight: var(--_credit-font-weight-strong);
    line-height: 1.6;
    padding: 0 var(--_credit-space-s);
    border-radius: var(--_credit-radius-pill);
    background: var(--_credit-buy-selected);
    color: var(--_credit-color-on-primary);
    white-space: nowrap;
  }
  .custom-field,
  .with-unit {
    display: flex;
    align-items: center;
    gap: var(--_credit-space-xs);
    min-width: 0;
  }
  .custom-field input {
    flex: 1;
    width: 100%;
  }
  .unit {
    color: var(--_credit-color-muted);
    white-space: nowrap;
  }
  .methods .hint {
    margin: var(--_credit-space-xs) 0 0;
  }
  input[type='text'],
  input:not([type]) {
    font: inherit;
    padding: var(--_credit-space-xs) var(--_credit-space-s);
    min-height: 2.25rem;
    box-sizing: border-box;
    border: 1px solid var(--_credit-color-border);
    border-radius: var(--_credit-radius-s);
    background: var(--_credit-color-surface);
    color: inherit;
    min-width: 0;
  }
  input[aria-invalid='true'] {
    border-color: var(--_credit-color-danger);
    box-shadow: 0 0 0 1px var(--_credit-color-danger);
  }
  .checkout {
    display: grid;
    grid-template-columns: minmax(0, 1fr);
    gap: var(--_credit-space-m);
    min-width: 0;
    align-content: start;
  }
  .breakdown {
    margin: 0;
    display: grid;
    gap: var(--_credit-space-xs);
    padding: var(--_credit-space-m);
    border-radius: var(--_credit-radius-m);
    background: var(--_credit-color-surface-raised);
    min-height: 3rem;
  }
  .breakdown.empty {
    align-content: center;
  }
  .breakdown div,
  .receipt div {
    display: flex;
    justify-content: space-between;
    align-items: baseline;
    gap: var(--_credit-space-m);
  }
  dt {
    min-width: 0;
  }
  dd {
    margin: 0;
    font-variant-numeric: tabular-nums;
    text-align: end;
  }
  .total {
    font-weight: var(--_credit-font-weight-strong);
    border-top: 1px solid var(--_credit-color-border);
    padding-top: var(--_credit-space-xs);
    margin-top: var(--_credit-space-xs);
  }
  .note,
  .muted {
    color: var(--_credit-color-muted);
    font-size: var(--_credit-font-size-small);
    margin: 0;
  }
  [part~='buy-button'] {
    width: 100%;
  }
  .auto-offer {
    display: grid;
    gap: var(--_credit-space-s);
  }
  .auto-line {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_credit-space-s);
    align-items: center;
  }
  .check {
    display: flex;
    gap: var(--_credit-space-s);
    align-items: flex-start;
    cursor: pointer;
  }
  .auto-offer .threshold {
    width: 6em;
  }
  .auto-threshold {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: var(--_credit-space-s);
    padding-inline-start: calc(1.05em + var(--_credit-space-s));
  }
  .auto-summary {
    margin: 0;
    font-size: var(--_credit-font-size-small);
  }
  .auto-offer .muted:empty {
    display: none;
  }
  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_credit-space-s);
  }
  .actions:empty {
    display: none;
  }
  .step,
  .billing,
  .outcome,
  .instructions {
    display: grid;
    grid-template-columns: minmax(0, 1fr);
    gap: var(--_credit-space-m);
    min-width: 0;
    padding: var(--_credit-space-m);
    border: 1px solid var(--_credit-color-border);
    border-radius: var(--_credit-radius-m);
  }
  .field {
    display: grid;
    gap: var(--_credit-space-xs);
  }
  .field label {
    font-weight: var(--_credit-font-weight-strong);
  }
  .test-cards p,
  .test-cards ul {
    margin: 0;
  }
  .test-cards ul {
    padding-inline-start: 1.25em;
  }
  .billing .back {
    justify-self: start;
  }
  .outcome {
    max-width: 48rem;
  }
  .outcome .status {
    display: grid;
    gap: var(--_credit-space-s);
  }
  .outcome .status p {
    margin: 0;
  }
  .outcome.completed {
    border-color: var(--_credit-color-success);
  }
  .outcome.failed {
    border-color: var(--_credit-color-danger);
  }
  .receipt {
    margin: 0;
    display: grid;
    gap: var(--_credit-space-xs);
    max-width: 24rem;
  }
  .instructions {
    max-width: 48rem;
  }
  .instructions h4 {
    margin: 0;
    font-size: 1em;
  }
  .instructions dl {
    margin: 0;
    display: grid;
    grid-template-columns: max-content minmax(0, 1fr);
    gap: var(--_credit-space-s) var(--_credit-space-m);
    align-items: center;
  }
  .instructions .line {
    display: contents;
  }
  .instructions dd {
    display: flex;
    align-items: center;
    justify-content: space-between;
    gap: var(--_credit-space-s);
    text-align: start;
    white-space: normal;
    min-width: 0;
  }
  .instructions .value {
    font-weight: var(--_credit-font-weight-strong);
    min-width: 0;
  }
  .instructions code {
    font-family: ui-monospace, SFMono-Regular, Menlo, Consolas, monospace;
    font-size: 0.95em;
    /* An address or IBAN breaks anywhere only when it cannot fit: never half a line of it. */
    overflow-wrap: anywhere;
  }
  .button.small {
    min-height: 2rem;
    padding: 0 var(--_credit-space-s);
    font-size: var(--_credit-font-size-small);
  }
  /* Phones: each instruction line is its label over its value, the copy button beside the value. */
  @container (max-width: 30rem) {
    .instructions dl {
      grid-template-columns: minmax(0, 1fr);
      row-gap: 0;
    }
    .instructions dt {
      margin-top: var(--_credit-space-s);
      color: var(--_credit-color-muted);
      font-size: var(--_credit-font-size-small);
    }
  }
  .loading {
    display: flex;
    align-items: center;
    gap: var(--_credit-space-s);
    color: var(--_credit-color-muted);
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
  .status.notice {
    padding: var(--_credit-space-m);
    border-radius: var(--_credit-radius-m);
    background: var(--_credit-color-surface-raised);
  }
  .error-state {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: var(--_credit-space-s) var(--_credit-space-m);
    color: var(--_credit-color-danger);
  }
  .error,
  .status.error {
    color: var(--_credit-color-danger);
    font-size: var(--_credit-font-size-small);
  }
`;
