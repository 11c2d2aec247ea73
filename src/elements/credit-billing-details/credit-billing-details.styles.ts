import { css } from 'lit';

export const billingStyles = css`
  :host {
    display: block;
    /* In a host's grid or flex column the form takes the column's width, never its own preferred one. */
    min-width: 0;
    --_credit-billing-details-gap: var(--credit-billing-details-gap, var(--_credit-space-m));
    --_credit-billing-details-input-border: var(
      --credit-billing-details-input-border-color,
      var(--_credit-color-border)
    );
  }
  /* At most two columns (the max-width leaves no room for a third): postal code
     beside city, country beside VAT number, language beside email. */
  [part~='form'] {
    display: grid;
    grid-template-columns: repeat(auto-fit, minmax(min(15rem, 100%), 1fr));
    gap: var(--_credit-billing-details-gap);
    max-width: 46rem;
  }
  .optional {
    color: var(--_credit-color-muted);
    font-weight: normal;
  }
  [part~='field'] {
    display: flex;
    flex-direction: column;
    gap: var(--_credit-space-xs);
  }
  [part~='field'].wide {
    grid-column: 1 / -1;
  }
  label {
    font-weight: var(--_credit-font-weight-strong);
  }
  [part~='input'] {
    /* A percentage width lets the country select (its longest name is wide) shrink with a narrow column. */
    box-sizing: border-box;
    width: 100%;
    min-width: 0;
    font: inherit;
    min-height: 2.5rem;
    padding: 0 var(--_credit-space-s);
    border: 1px solid var(--_credit-billing-details-input-border);
    border-radius: var(--_credit-radius-s);
    background: var(--_credit-color-surface);
    color: var(--_credit-color-text);
  }
  [part~='input'][aria-invalid='true'] {
    border-color: var(--_credit-color-danger);
  }
  .hint {
    color: var(--_credit-color-muted);
    font-size: var(--_credit-font-size-small);
  }
  [part~='error'] {
    color: var(--_credit-color-danger);
    font-size: var(--_credit-font-size-small);
  }
  .actions {
    grid-column: 1 / -1;
    display: flex;
    align-items: center;
    gap: var(--_credit-space-m);
    flex-wrap: wrap;
  }
  [part~='status'] {
    flex: 1 1 12rem;
    min-width: 0;
    overflow-wrap: anywhere;
    color: var(--_credit-color-muted);
  }
  [part~='status']:empty {
    display: none;
  }
  .loading .skeleton.label {
    width: 40%;
    height: 1em;
  }
  .loading .skeleton.input {
    height: 2.5rem;
  }
  .error-state {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: var(--_credit-space-s) var(--_credit-space-m);
    padding: var(--_credit-space-m);
    border: 1px solid var(--_credit-color-danger);
    border-radius: var(--_credit-radius-m);
    color: var(--_credit-color-danger);
  }
  .error-state p {
    flex: 1 1 16rem;
    min-width: 0;
    margin: 0;
    overflow-wrap: anywhere;
  }
  .error-state strong {
    display: block;
    color: var(--_credit-color-text);
  }
  [part~='status'].error {
    color: var(--_credit-color-danger);
  }
`;
