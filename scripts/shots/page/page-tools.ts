/**
 * What the shot runner needs inside any page (the harness or a demo page), on
 * `window.__shots`: wait until the kit is quiet, switch the theme in place, and
 * measure layout problems. Installed by the harness and injected into demo pages
 * (scripts/shots/render.ts), so the demo itself needs no hook.
 */
import { layoutProblems, type LayoutProblem } from './layout-check.js';

/** Busy markers of the kit: hosts reflecting `loading`, regions with `aria-busy`. */
function busyThings(root: Document | ShadowRoot = document, found: string[] = []): string[] {
  for (const el of root.querySelectorAll('*')) {
    if (el.shadowRoot) busyThings(el.shadowRoot, found);
    const busy =
      (el.tagName.startsWith('CREDIT-') && el.hasAttribute('loading') && !el.hasAttribute('hidden')) ||
      el.getAttribute('aria-busy') === 'true';
    if (busy && el.getClientRects().length > 0) found.push(el.tagName.toLowerCase());
  }
  return found;
}

const frame = () => new Promise<void>((resolve) => requestAnimationFrame(() => resolve()));

/**
 * Resolves once nothing is busy for two frames in a row (or after `timeoutMs`);
 * returns what was still busy at the timeout, empty when settled.
 */
async function settle(timeoutMs = 5000): Promise<string[]> {
  const end = performance.now() + timeoutMs;
  await document.fonts?.ready;
  let quiet = 0;
  let busy: string[] = [];
  while (performance.now() < end) {
    await frame();
    busy = busyThings();
    quiet = busy.length === 0 ? quiet + 1 : 0;
    if (quiet >= 3) return [];
  }
  return [...new Set(busy)];
}

function setTheme(theme: string): void {
  document.documentElement.dataset.theme = theme;
}

export interface PageTools {
  settle(timeoutMs?: number): Promise<string[]>;
  setTheme(theme: string): void;
  layout(containerSelector?: string): LayoutProblem[];
}

const tools: PageTools = {
  settle,
  setTheme,
  layout: (containerSelector) => {
    const container = containerSelector ? document.querySelector(containerSelector) : null;
    return layoutProblems({ container });
  },
};

declare global {
  interface Window {
    __shots: PageTools & Record<string, unknown>;
  }
}

/** Puts the tools on `window.__shots` (called explicitly: side-effect-only imports are dropped by bundlers here). */
export function installPageTools(): void {
  window.__shots = Object.assign(window.__shots ?? {}, tools);
}
