/** Look of the demo's operator panel (demo chrome, not the kit). */
import { css } from 'lit';

export const operatorPanelStyles = css`
  :host {
    display: block;
    font:
      14px/1.4 system-ui,
      sans-serif;
    color: #1f2328;
  }
  details {
    background: #fff;
    border: 1px solid #c9d1d9;
    border-radius: 10px;
    box-shadow: 0 8px 30px rgb(0 0 0 / 0.15);
  }
  summary {
    cursor: pointer;
    padding: 10px 14px;
    font-weight: 600;
  }
  .body {
    padding: 0 14px 14px;
    display: grid;
    gap: 12px;
    max-height: 70vh;
    overflow: auto;
  }
  fieldset {
    border: 1px solid #d0d7de;
    border-radius: 8px;
    display: grid;
    gap: 6px;
    padding: 8px 10px;
  }
  legend {
    font-weight: 600;
    padding: 0 4px;
  }
  .row {
    display: flex;
    flex-wrap: wrap;
    gap: 6px;
    align-items: center;
  }
  input,
  select {
    font: inherit;
    padding: 4px 6px;
    min-width: 0;
  }
  input[type='text'],
  input[type='number'] {
    width: 7rem;
  }
  button {
    font: inherit;
    padding: 4px 10px;
    border-radius: 6px;
    border: 1px solid #8c959f;
    background: #f6f8fa;
    color: #1f2328;
    cursor: pointer;
  }
  button:disabled {
    opacity: 0.5;
    cursor: wait;
  }
  ul {
    margin: 0;
    padding: 0;
    list-style: none;
    display: grid;
    gap: 6px;
  }
  li {
    display: grid;
    gap: 4px;
    border-top: 1px solid #eaeef2;
    padding-top: 6px;
  }
  .log {
    min-height: 1.4em;
    color: #0a5a2a;
  }
  .log.error {
    color: #b3261e;
  }
  :focus-visible {
    outline: 2px solid #0b5cad;
    outline-offset: 2px;
  }
`;
