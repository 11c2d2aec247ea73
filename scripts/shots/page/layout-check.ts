/**
 * Layout problems a customer would see, measured in the browser: text that is cut
 * off, words broken in the middle, and boxes wider than the page or than the
 * element's container. Pure DOM, no imports, so browser tests can use it too:
 *
 *   import { layoutProblems } from '../../scripts/shots/page/layout-check.js';
 *   expect(layoutProblems({ root: el, container: wrapper320 })).to.deep.equal([]);
 *
 * It walks the composed tree (open shadow roots included). Only rendered boxes
 * count; a box inside a scroll container is judged against that container, since
 * the customer can scroll to it.
 */

export type LayoutProblemKind =
  /** A number or status (amount, balance, price, total, status…) is wider than its box. */
  | 'clipped-key'
  /** Other text cut off by `overflow: hidden`/`clip` or an ellipsis. */
  | 'clipped-text'
  /** Text is taller than a box that hides the rest (fixed row heights). */
  | 'clipped-vertical'
  /** A numeric input (amount, threshold…) whose value is wider than the input. */
  | 'clipped-input'
  /** A word split across two lines ("Zahlun / gsart"). */
  | 'broken-word'
  /** The page scrolls sideways; `offenders` are the outermost boxes past the right edge. */
  | 'page-overflow'
  /** A box reaches past the right edge of the given container. */
  | 'container-overflow'
  /** An open dialog wider than the viewport, or a box sticking out of an open dialog. */
  | 'dialog-overflow'
  /** A box inside the element scrolls sideways (a table wider than its card). */
  | 'scrolls-sideways';

export interface LayoutProblem {
  kind: LayoutProblemKind;
  /** Where: `credit-dashboard › credit-transactions › td[part="cell-amount"]`. */
  path: string;
  /** The text involved (collapsed, at most 80 characters). */
  text: string;
  /** How many CSS pixels too wide (or tall). */
  by: number;
}

export interface LayoutCheckOptions {
  /** Where to look; defaults to the whole document. */
  root?: Element | Document;
  /** A container every box must fit into horizontally (e.g. a 320 px wrapper). */
  container?: Element | null;
  /** `part` names whose text must never be cut; defaults to amounts, balances, prices and statuses. */
  keyParts?: RegExp;
  /** Report boxes that scroll sideways inside the element (default true). */
  sidewaysScroll?: boolean;
}

export const KEY_PARTS = /(^|-)(amount|balance|status|price|total|fee|vat|credits|new-balance|stat-value|reason)($|-)/;
const TOLERANCE = 1;

/** Every rendered element under `root`, shadow roots included, in document order. */
function composedElements(root: Element | Document): Element[] {
  const out: Element[] = [];
  const visit = (node: Element | Document | ShadowRoot) => {
    for (const child of node.children) {
      out.push(child);
      if (child.shadowRoot) visit(child.shadowRoot);
      visit(child);
    }
  };
  if (root instanceof Element) {
    out.push(root);
    if (root.shadowRoot) visit(root.shadowRoot);
  }
  visit(root);
  return out;
}

function composedParent(el: Element): Element | null {
  if (el.parentElement) return el.parentElement;
  const root = el.getRootNode();
  return root instanceof ShadowRoot ? root.host : null;
}

/** The open `<dialog>` around `el` (across shadow roots), if any: it sits in the top layer. */
function openDialogAround(el: Element): HTMLDialogElement | null {
  for (let node: Element | null = el; node; node = composedParent(node))
    if (node instanceof HTMLDialogElement && node.open) return node;
  return null;
}

function rendered(el: Element): boolean {
  if (!(el instanceof HTMLElement) && !(el instanceof SVGElement)) return false;
  if (el.getClientRects().length === 0) return false;
  const style = getComputedStyle(el);
  return style.visibility !== 'hidden' && !el.closest('[hidden]');
}

function isVisuallyHidden(el: Element): boolean {
  const r = el.getBoundingClientRect();
  const style = getComputedStyle(el);
  return (
    (r.width <= 1 && r.height <= 1) || style.clipPath === 'inset(50%)' || style.clip === 'rect(0px, 0px, 0px, 0px)'
  );
}

function describe(el: Element): string {
  const parts: string[] = [];
  let node: Element | null = el;
  while (node && parts.length < 6) {
    const tag = node.tagName.toLowerCase();
    const part = node.getAttribute('part');
    const id = node.id;
    if (tag.includes('-')) parts.unshift(tag);
    else if (node === el || part) parts.unshift(part ? `${tag}[part="${part}"]` : id ? `${tag}#${id}` : tag);
    if (node.tagName === 'BODY') break;
    node = composedParent(node);
  }
  return parts.join(' › ');
}

function textOf(el: Element): string {
  const text = el instanceof HTMLInputElement ? el.value : (el.textContent ?? '');
  const collapsed = text.replace(/[\s\u00a0\u202f]+/g, ' ').trim();
  return collapsed.length > 80 ? `${collapsed.slice(0, 79)}…` : collapsed;
}

function hasOwnText(el: Element): boolean {
  for (const node of el.childNodes) if (node.nodeType === Node.TEXT_NODE && node.textContent?.trim()) return true;
  // Text in a slot or a single wrapping span still belongs to this box.
  return el.children.length <= 2 && !!el.textContent?.trim() && el.scrollWidth > 0;
}

function hides(value: string): boolean {
  return value === 'hidden' || value === 'clip' || value === 'auto' || value === 'scroll';
}

function isKey(el: Element, keyParts: RegExp): boolean {
  const part = el.getAttribute('part');
  return !!part && part.split(/\s+/).some((p) => keyParts.test(p));
}

/** The nearest ancestor that clips or scrolls horizontally (its box is the limit), else null. */
function clippingAncestor(el: Element, stop: Element | null): Element | null {
  let node = composedParent(el);
  while (node && node !== stop && node.tagName !== 'HTML') {
    if (node instanceof HTMLDialogElement && node.open) return node;
    const style = getComputedStyle(node);
    if (hides(style.overflowX)) return node;
    node = composedParent(node);
  }
  return null;
}

/** Words split over two lines: only where the style allows breaking inside words. */
function brokenWords(el: Element): string[] {
  const style = getComputedStyle(el);
  const breaks =
    style.wordBreak === 'break-all' ||
    style.wordBreak === 'break-word' ||
    style.overflowWrap === 'anywhere' ||
    style.overflowWrap === 'break-word';
  if (!breaks) return [];
  const found: string[] = [];
  for (const node of el.childNodes) {
    if (node.nodeType !== Node.TEXT_NODE) continue;
    const text = node.textContent ?? '';
    // Words of 4–30 characters between spaces and hyphens (a break after a hyphen is
    // fine); longer strings (IBANs, wallet addresses, URLs) may break anywhere.
    for (const match of text.matchAll(/[^\s\u00a0\u202f\-‐]{4,}/g)) {
      if (match[0].length > 30) continue;
      const range = document.createRange();
      range.setStart(node, match.index);
      range.setEnd(node, match.index + match[0].length);
      const tops = new Set([...range.getClientRects()].filter((r) => r.width > 0).map((r) => Math.round(r.top)));
      if (tops.size > 1) found.push(match[0]);
    }
  }
  return found;
}

/**
 * The outermost boxes whose right edge passes `limit`, ignoring ones inside a
 * clipping ancestor that fits and (outside `inDialog` mode) ones in open dialogs.
 */
function outermostPast(elements: Element[], limit: number, stop: Element | null, inDialog = false): Element[] {
  const past = new Set<Element>();
  for (const el of elements) {
    if (!rendered(el) || isVisuallyHidden(el)) continue;
    if (el.getBoundingClientRect().right <= limit + TOLERANCE) continue;
    const clip = clippingAncestor(el, stop);
    if (clip && clip !== stop && clip.getBoundingClientRect().right <= limit + TOLERANCE) continue;
    if (!inDialog && openDialogAround(el)) continue;
    past.add(el);
  }
  return [...past].filter((el) => {
    const parent = composedParent(el);
    return !parent || !past.has(parent);
  });
}

/** Everything a customer would see cut off or sticking out, under `options.root`. */
export function layoutProblems(options: LayoutCheckOptions = {}): LayoutProblem[] {
  const root = options.root ?? document;
  const keyParts = options.keyParts ?? KEY_PARTS;
  const elements = composedElements(root);
  const problems: LayoutProblem[] = [];
  const add = (kind: LayoutProblemKind, el: Element, by: number, text = textOf(el)) =>
    problems.push({ kind, path: describe(el), text, by: Math.round(by) });

  for (const el of elements) {
    if (!rendered(el) || isVisuallyHidden(el)) continue;
    if (!(el instanceof HTMLElement)) continue;
    const style = getComputedStyle(el);
    const key = isKey(el, keyParts);
    const overX = el.scrollWidth - el.clientWidth;
    const overY = el.scrollHeight - el.clientHeight;
    if (el instanceof HTMLInputElement) {
      // Long names and emails scroll inside their input as everywhere; amounts must show whole.
      const numeric = el.inputMode === 'decimal' || el.inputMode === 'numeric' || el.type === 'number';
      if ((numeric || key) && el.value && overX > TOLERANCE) add('clipped-input', el, overX);
      continue;
    }
    if (el instanceof HTMLSelectElement || el instanceof HTMLTextAreaElement) continue;
    const scrolls = style.overflowX === 'auto' || style.overflowX === 'scroll';
    if (scrolls) {
      if ((options.sidewaysScroll ?? true) && overX > TOLERANCE && el.clientWidth > 0)
        add('scrolls-sideways', el, overX, '');
      continue;
    }
    const clipsX = hides(style.overflowX) || style.textOverflow === 'ellipsis';
    if (key && overX > TOLERANCE && el.clientWidth > 0) add('clipped-key', el, overX);
    else if (clipsX && overX > TOLERANCE && el.clientWidth > 0 && hasOwnText(el)) add('clipped-text', el, overX);
    if (hides(style.overflowY) && overY > TOLERANCE && el.clientHeight > 0 && hasOwnText(el) && !scrolls)
      add('clipped-vertical', el, overY);
    for (const word of brokenWords(el)) add('broken-word', el, 0, word);
  }

  const page = document.documentElement;
  if (root === document && page.scrollWidth > page.clientWidth + TOLERANCE) {
    for (const el of outermostPast(elements, page.clientWidth, null))
      add('page-overflow', el, el.getBoundingClientRect().right - page.clientWidth);
  }
  const dialogs = new Set(elements.map(openDialogAround).filter((d): d is HTMLDialogElement => d !== null));
  for (const dialog of dialogs) {
    const box = dialog.getBoundingClientRect();
    if (box.right > page.clientWidth + TOLERANCE || box.left < -TOLERANCE)
      add('dialog-overflow', dialog, Math.max(box.right - page.clientWidth, -box.left), '');
    const inside = composedElements(dialog).filter((el) => el !== dialog);
    for (const el of outermostPast(inside, box.right, dialog, true))
      add('dialog-overflow', el, el.getBoundingClientRect().right - box.right);
  }
  const container = options.container;
  if (container) {
    const limit = container.getBoundingClientRect().right;
    for (const el of outermostPast(composedElements(container), limit, container)) {
      if (el === container) continue;
      add('container-overflow', el, el.getBoundingClientRect().right - limit);
    }
  }
  return problems;
}
