/**
 * Global design tokens with a neutral default theme. Every element includes these
 * styles; designers override the public `--credit-*` properties on any ancestor
 * (they inherit), elements read the private `--_credit-*` copies.
 *
 * Light or dark follows the page's `color-scheme` (SPEC §1): the elements inherit
 * it, and `light-dark()` picks the colour. A page that says nothing, or says
 * `light`, stays light on a dark OS; `dark` is dark; `light dark` (or a
 * `<meta name="color-scheme" content="light dark">`) follows the OS through
 * `prefers-color-scheme`. `--credit-color-scheme` sets the kit's scheme apart
 * from the page's.
 *
 * The public tokens, documented here once; the manifest plugin in
 * custom-elements-manifest.config.mjs lists them on every element:
 *
 * @cssprop [--credit-color-scheme=inherit] - `light`, `dark` or `light dark`; unset, the kit follows the page's `color-scheme`.
 * @cssprop [--credit-color-text=light-dark(#1f2328, #e6e8eb)] - Text colour.
 * @cssprop [--credit-color-muted=light-dark(#59636e, #a3acb7)] - Secondary text (captions, hints).
 * @cssprop [--credit-color-surface=light-dark(#ffffff, #16191d)] - Background of cards, dialogs and tables.
 * @cssprop [--credit-color-surface-raised=light-dark(#f6f8fa, #22262b)] - Background of badges, stats and hovered rows.
 * @cssprop [--credit-color-border=light-dark(#d1d9e0, #3d444d)] - Borders and separators.
 * @cssprop [--credit-color-primary=light-dark(#0b5cad, #6cb0f5)] - Primary actions and links.
 * @cssprop [--credit-color-on-primary=light-dark(#ffffff, #0b1a2b)] - Text on primary actions.
 * @cssprop [--credit-color-success=light-dark(#1a7f37, #57c26f)] - Success states and In amounts.
 * @cssprop [--credit-color-warning=light-dark(#8a5a00, #e3b341)] - Warnings (low balance, expiring credits).
 * @cssprop [--credit-color-danger=light-dark(#c21d2b, #ff7b72)] - Errors and failed states.
 * @cssprop [--credit-color-focus=light-dark(#0b5cad, #6cb0f5)] - Focus ring.
 * @cssprop [--credit-font-family=inherit] - Font (inherits the page's by default).
 * @cssprop [--credit-font-size=1rem] - Base font size.
 * @cssprop [--credit-font-size-small=0.875em] - Small print.
 * @cssprop [--credit-font-weight-strong=600] - Weight of amounts and headings.
 * @cssprop [--credit-space-xs=0.25rem] - Smallest spacing.
 * @cssprop [--credit-space-s=0.5rem] - Small spacing.
 * @cssprop [--credit-space-m=1rem] - Medium spacing.
 * @cssprop [--credit-space-l=1.5rem] - Large spacing.
 * @cssprop [--credit-radius-s=0.375rem] - Radius of buttons and inputs.
 * @cssprop [--credit-radius-m=0.75rem] - Radius of cards and dialogs.
 * @cssprop [--credit-radius-pill=999px] - Radius of pills and badges.
 * @cssprop [--credit-shadow=0 8px 30px rgb(0 0 0 / 0.18)] - Shadow of dialogs.
 * @cssprop [--credit-transition=150ms ease] - Duration and easing of hover and focus transitions.
 */
import { css } from 'lit';

export const tokens = css`
  :host {
    /* Unset, the var() is invalid at computed-value time and the inherited
       property inherits: the page's color-scheme decides. */
    color-scheme: var(--credit-color-scheme);
    --_credit-color-text: var(--credit-color-text, light-dark(#1f2328, #e6e8eb));
    --_credit-color-muted: var(--credit-color-muted, light-dark(#59636e, #a3acb7));
    --_credit-color-surface: var(--credit-color-surface, light-dark(#ffffff, #16191d));
    --_credit-color-surface-raised: var(--credit-color-surface-raised, light-dark(#f6f8fa, #22262b));
    --_credit-color-border: var(--credit-color-border, light-dark(#d1d9e0, #3d444d));
    --_credit-color-primary: var(--credit-color-primary, light-dark(#0b5cad, #6cb0f5));
    --_credit-color-on-primary: var(--credit-color-on-primary, light-dark(#ffffff, #0b1a2b));
    --_credit-color-success: var(--credit-color-success, light-dark(#1a7f37, #57c26f));
    --_credit-color-warning: var(--credit-color-warning, light-dark(#8a5a00, #e3b341));
    --_credit-color-danger: var(--credit-color-danger, light-dark(#c21d2b, #ff7b72));
    --_credit-color-focus: var(--credit-color-focus, light-dark(#0b5cad, #6cb0f5));
    --_credit-font-family: var(--credit-font-family, inherit);
    --_credit-font-size: var(--credit-font-size, 1rem);
    --_credit-font-size-small: var(--credit-font-size-small, 0.875em);
    --_credit-font-weight-strong: var(--credit-font-weight-strong, 600);
    --_credit-space-xs: var(--credit-space-xs, 0.25rem);
    --_credit-space-s: var(--credit-space-s, 0.5rem);
    --_credit-space-m: var(--credit-space-m, 1rem);
    --_credit-space-l: var(--credit-space-l, 1.5rem);
    --_credit-radius-s: var(--credit-radius-s, 0.375rem);
    --_credit-radius-m: var(--credit-radius-m, 0.75rem);
    --_credit-radius-pill: var(--credit-radius-pill, 999px);
    --_credit-shadow: var(--credit-shadow, 0 8px 30px rgb(0 0 0 / 0.18));
    --_credit-transition: var(--credit-transition, 150ms ease);
    font-family: var(--_credit-font-family);
    color: var(--_credit-color-text);
  }

  :host([hidden]) {
    display: none !important;
  }

  :focus-visible {
    outline: 2px solid var(--_credit-color-focus);
    outline-offset: 2px;
  }

  .visually-hidden {
    position: absolute !important;
    width: 1px;
    height: 1px;
    padding: 0;
    margin: -1px;
    overflow: hidden;
    clip: rect(0 0 0 0);
    white-space: nowrap;
    border: 0;
  }

  @media (prefers-reduced-motion: reduce) {
    * {
      transition: none !important;
      animation: none !important;
    }
  }
`;

/**
 * Loading placeholders: grey blocks in the shape of what is coming, so the layout
 * does not jump when the data arrives. Put `aria-busy` on the container and a
 * visually hidden "Loading…" beside them.
 */
export const skeletonStyles = css`
  .skeleton {
    display: block;
    height: 1em;
    border-radius: var(--_credit-radius-s);
    background: var(--_credit-color-border);
    animation: credit-pulse 1.2s ease-in-out infinite alternate;
  }
  /* A list still loading: rows of two bars (what, and how much). */
  .skeleton-row {
    display: flex;
    justify-content: space-between;
    gap: var(--_credit-space-m);
    padding: var(--_credit-space-m) var(--_credit-space-s);
    border-bottom: 1px solid var(--_credit-color-border);
  }
  .skeleton-row:last-child {
    border-bottom: 0;
  }
  .skeleton-row span {
    height: 0.75rem;
    width: 40%;
    border-radius: var(--_credit-radius-s);
    background: var(--_credit-color-border);
    animation: credit-pulse 1.2s ease-in-out infinite alternate;
  }
  .skeleton-row span + span {
    width: 15%;
  }
  @keyframes credit-pulse {
    to {
      opacity: 0.4;
    }
  }
`;

/** Shared look of buttons, so every element's actions match. */
export const buttonStyles = css`
  .button {
    display: inline-flex;
    align-items: center;
    justify-content: center;
    gap: var(--_credit-space-xs);
    min-height: 2.5rem;
    padding: 0 var(--_credit-space-m);
    border: 1px solid transparent;
    border-radius: var(--_credit-radius-s);
    font: inherit;
    font-weight: var(--_credit-font-weight-strong);
    cursor: pointer;
    background: var(--_credit-color-primary);
    color: var(--_credit-color-on-primary);
    transition: filter var(--_credit-transition);
  }
  .button:hover:not(:disabled) {
    filter: brightness(1.08);
  }
  .button.secondary {
    background: transparent;
    color: var(--_credit-color-primary);
    border-color: var(--_credit-color-border);
  }
  /* Disabled: no colour of an action at all (a dimmed blue still reads as a
     button in dark mode). A busy button keeps its look while its spinner turns. */
  .button:disabled:not([aria-busy='true']),
  .button[aria-disabled='true'] {
    cursor: not-allowed;
    background: var(--_credit-color-surface-raised);
    color: var(--_credit-color-muted);
    border-color: var(--_credit-color-border);
    border-style: dashed;
    filter: none;
  }
  .button:disabled[aria-busy='true'] {
    cursor: progress;
  }
  .spinner {
    width: 1em;
    height: 1em;
    border: 2px solid currentColor;
    border-right-color: transparent;
    border-radius: 50%;
    animation: credit-spin 0.8s linear infinite;
  }
  @keyframes credit-spin {
    to {
      transform: rotate(360deg);
    }
  }
`;
