import { css } from 'lit';

export const dashboardStyles = css`
  :host {
    display: block;
    container-type: inline-size;
    --_credit-dashboard-gap: var(--credit-dashboard-gap, var(--_credit-space-l));
    --_credit-dashboard-card-bg: var(--credit-dashboard-card-background, var(--_credit-color-surface));
    --_credit-dashboard-card-border: var(--credit-dashboard-card-border-color, var(--_credit-color-border));
  }
  [part~='base'] {
    display: grid;
    gap: var(--_credit-dashboard-gap);
    min-width: 0;
  }
  h2,
  h3 {
    margin: 0 0 var(--_credit-space-s);
    font-size: 1.15em;
  }
  /* Section links as light text, not a wall of bordered buttons: on a phone they wrap into compact rows. */
  [part~='nav'] {
    display: flex;
    flex-wrap: wrap;
    gap: 0 var(--_credit-space-xs);
    border-bottom: 1px solid var(--_credit-dashboard-card-border);
  }
  [part~='nav-link'] {
    flex: none;
    min-height: 2.25rem;
    padding: 0 var(--_credit-space-s);
    border: 0;
    border-bottom: 2px solid transparent;
    background: none;
    color: var(--_credit-color-muted);
    font: inherit;
    white-space: nowrap;
    cursor: pointer;
  }
  [part~='nav-link']:hover {
    color: var(--_credit-color-text);
  }
  [part~='nav-link-current'] {
    border-bottom-color: var(--_credit-color-primary);
    color: var(--_credit-color-text);
    font-weight: var(--_credit-font-weight-strong);
  }
  /* "Usage in detail": a link in look (it moves within the page), a button in kind. */
  [part~='usage-link'] {
    margin-top: var(--_credit-space-xs);
    padding: 0.25rem 0;
    border: 0;
    background: none;
    color: var(--_credit-color-primary);
    font: inherit;
    text-decoration: underline;
    text-underline-offset: 0.2em;
    cursor: pointer;
  }
  [part~='usage-link']:hover {
    text-decoration-thickness: 2px;
  }
  [part~='usage-link']:focus-visible {
    outline: 2px solid var(--_credit-color-focus);
    outline-offset: 2px;
  }
  [part~='section'] {
    min-width: 0;
    padding: var(--_credit-space-m);
    border: 1px solid var(--_credit-dashboard-card-border);
    border-radius: var(--_credit-radius-m);
    background: var(--_credit-dashboard-card-bg);
    scroll-margin-top: var(--_credit-space-m);
  }
  [part~='stats'] {
    display: grid;
    grid-template-columns: repeat(auto-fit, minmax(min(100%, 13rem), 1fr));
    gap: var(--_credit-space-m);
    margin: 0 0 var(--_credit-space-m);
  }
  [part~='stat'] {
    display: grid;
    align-content: start;
    gap: var(--_credit-space-xs);
    padding: var(--_credit-space-s) var(--_credit-space-m);
    border-radius: var(--_credit-radius-s);
    background: var(--_credit-color-surface-raised);
  }
  [part~='stat-label'] {
    color: var(--_credit-color-muted);
    font-size: var(--_credit-font-size-small);
  }
  [part~='stat'] {
    min-width: 0;
    overflow-wrap: anywhere;
  }
  [part~='stat-value'] {
    margin: 0;
    font-size: 1.25em;
    font-weight: var(--_credit-font-weight-strong);
    font-variant-numeric: tabular-nums;
  }
  ul[part~='stat-value'] {
    padding: 0;
    list-style: none;
    font-size: 1em;
  }
  /* The expiring tile beside it lists every expiry. */
  [part~='stat-balance'] credit-balance::part(expiring) {
    display: none;
  }
  [part~='notice'] {
    margin: 0;
  }
  [part~='notice'] strong {
    display: block;
  }
  .loading .skeleton.caption {
    width: 50%;
  }
  .loading .skeleton.figure {
    width: 70%;
    height: 1.75em;
  }
  .skeleton.title {
    width: 8rem;
    height: 1.25em;
    margin-bottom: var(--_credit-space-m);
  }
  [part~='stat-hint'] {
    color: var(--_credit-color-muted);
    font-size: var(--_credit-font-size-small);
  }
  [part~='actions'] {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: var(--_credit-space-s);
  }
  [part~='help-item'] {
    border-top: 1px solid var(--_credit-dashboard-card-border);
    padding: var(--_credit-space-s) 0;
  }
  [part~='help-question'] {
    cursor: pointer;
    font-weight: var(--_credit-font-weight-strong);
  }
  [part~='help-answer'] {
    margin: var(--_credit-space-s) 0 0;
    color: var(--_credit-color-text);
    line-height: 1.5;
  }
  [part~='help-contact'] {
    margin-top: var(--_credit-space-m);
    padding: var(--_credit-space-m);
    border-radius: var(--_credit-radius-s);
    background: var(--_credit-color-surface-raised);
  }
  [part~='help-contact-title'] {
    margin: 0 0 var(--_credit-space-xs);
    font-size: 1em;
  }
  [part~='help-contact'] p {
    margin: 0 0 var(--_credit-space-s);
    color: var(--_credit-color-muted);
  }
  a.button {
    text-decoration: none;
  }
  [part~='status']:empty {
    display: none;
  }
  [part~='status'] {
    color: var(--_credit-color-muted);
  }
  @container (max-width: 30rem) {
    [part~='section'] {
      padding: var(--_credit-space-s);
    }
    [part~='actions'] > * {
      flex: 1 1 100%;
    }
    credit-top-up::part(trigger) {
      width: 100%;
    }
  }
`;
