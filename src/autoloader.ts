/**
 * `dist/creditkit-autoloader.js`: one small `<script type="module">` that
 * registers only the creditkit elements a page uses, so a page with one badge
 * downloads the badge, not the kit.
 *
 * ```html
 * <script type="module" src="https://cdn.example/creditkit/dist/creditkit-autoloader.js"></script>
 * ```
 *
 * - Every `credit-*` tag in the document, and every one added later (a
 *   MutationObserver over the light DOM, as the Shoelace and Web Awesome loaders
 *   do), is registered. Composites such as `<credit-dashboard>` bring the
 *   elements they render in their own shadow DOM with them.
 * - `data-creditkit-preload="credit-top-up credit-buy"` on any element loads
 *   those tags now, for elements the page will create later.
 * - Each tag arrives in one parallel wave after this file: the build writes,
 *   per tag, every file its element needs (its element file and all the chunks
 *   that imports), the texts of each language, and what a provider's first
 *   request needs (`api`: zod and the account's schema; `mock`: the in-page
 *   server), and this file imports all of them at once.
 * - A provider with `api` gets its first request (`GET …/account`) started
 *   right away, in parallel with the files: the HTTP adapter takes the answer
 *   when it asks (src/adapter/http-adapter.ts, `takeEarlyRequest`).
 * - After each discovery, `document` receives `credit-discovery-complete`
 *   (`detail.tags`: registered, `detail.failed`: could not be loaded).
 *
 * Importing this module's exports (`discover`, `preload`) is optional: the
 * script starts by itself.
 */

/** What the build writes into this file (scripts/autoloader-manifest.js). */
interface Manifest {
  /** Every file this loader may import, relative to this file. */
  files: string[];
  /** tag → the files that define it (indexes into `files`). */
  tags: Record<string, number[]>;
  /** language → tag → its texts in that language (English is inline). */
  languages: Record<string, Record<string, number[]>>;
  /** tag → attribute → what the element needs when it carries the attribute. */
  attributes: Record<string, Record<string, number[]>>;
}

export interface CreditDiscoveryCompleteDetail {
  /** Tags this discovery registered (already registered ones are not listed). */
  tags: string[];
  /** Tags that could not be loaded: unknown to this version of the kit, or a failed download. */
  failed: string[];
}

/** Dispatched on `document` after each discovery of the autoloader. Does not bubble. */
export type CreditDiscoveryCompleteEvent = CustomEvent<CreditDiscoveryCompleteDetail>;

declare global {
  interface DocumentEventMap {
    'credit-discovery-complete': CreditDiscoveryCompleteEvent;
  }
}

const PREFIX = 'credit-';
const PRELOAD = 'data-creditkit-preload';

// The build replaces this call with the manifest (a call, so no minifier folds
// the placeholder away); unbuilt, it is a string.
const manifest = JSON.parse('"__CREDITKIT_AUTOLOADER_MANIFEST__"') as Manifest | string;

const requested = new Map<number, Promise<unknown>>();
/** Tags already reported as failed (once each). */
const warned = new Set<string>();

function fetchFiles(indexes: number[]): Promise<unknown> {
  const { files } = manifest as Manifest;
  return Promise.all(
    indexes.map((index) => {
      let pending = requested.get(index);
      if (!pending) {
        pending = import(/* @vite-ignore */ new URL(files[index]!, import.meta.url).href);
        requested.set(index, pending);
        // A failed download may be retried by a later discovery.
        pending.catch(() => requested.delete(index));
      }
      return pending;
    }),
  );
}

/** The language an element will speak: its provider's `locale`, else the nearest `lang`. */
function languageNear(element: Element): string {
  const locale =
    element.closest(`${PREFIX}provider[locale]`)?.getAttribute('locale') ||
    element.closest('[lang]')?.getAttribute('lang') ||
    globalThis.navigator?.language ||
    'en';
  return locale.toLowerCase().split(/[-_]/)[0]!;
}

/** The files `tag` needs where `element` is (the element itself, or the one holding a preload hint). */
function filesFor(built: Manifest, tag: string, element: Element): number[] | undefined {
  const own = built.tags[tag];
  if (!own) return undefined;
  const files = [...own, ...(built.languages[languageNear(element)]?.[tag] ?? [])];
  for (const [attribute, extra] of Object.entries(built.attributes[tag] ?? {}))
    if (element.localName === tag && element.hasAttribute(attribute)) files.push(...extra);
  return files;
}

const EARLY_REQUESTS = Symbol.for('creditkit.early-requests');
const asked = new WeakSet<Element>();

/**
 * Starts a provider's account request now, exactly as its HTTP adapter would
 * make it (same URL, Accept, token and credentials mode), for the adapter to take.
 */
function requestAccountEarly(provider: Element): void {
  const api = provider.getAttribute('api');
  if (!api || provider.hasAttribute('mock') || asked.has(provider)) return;
  asked.add(provider);
  const token = provider.getAttribute('token');
  const credentials = (provider.getAttribute('credentials') || 'same-origin') as RequestCredentials;
  const url = `${api.replace(/\/+$/, '')}/account`;
  const headers: Record<string, string> = { accept: 'application/json, application/problem+json' };
  if (token) headers.authorization = `Bearer ${token}`;
  const response = fetch(url, { headers, credentials });
  response.catch(() => undefined);
  const global = globalThis as Record<symbol, Map<string, Promise<Response>> | undefined>;
  (global[EARLY_REQUESTS] ??= new Map()).set(`${url} ${token ?? ''} ${credentials}`, response);
}

/** Undefined `credit-*` elements at and below `root`, and the tags its preload hints name. */
function wanted(root: ParentNode): [string, Element][] {
  const found: [string, Element][] = [];
  const candidates = root.querySelectorAll(`:not(:defined), [${PRELOAD}]`);
  for (const element of root instanceof Element ? [root, ...candidates] : candidates) {
    if (element.localName.startsWith(PREFIX) && !customElements.get(element.localName))
      found.push([element.localName, element]);
    for (const tag of element.getAttribute(PRELOAD)?.split(/\s+/) ?? [])
      if (tag.startsWith(PREFIX) && !customElements.get(tag)) found.push([tag, element]);
  }
  return found;
}

/** Loads what `wanted` found, each tag in one wave with all it needs, then reports. */
async function register(found: [string, Element][]): Promise<void> {
  if (typeof manifest === 'string') throw new Error('[creditkit] this autoloader was not built (npm run build).');
  const needs = new Map<string, Set<number>>();
  const unknown = new Set<string>();
  for (const [tag, element] of found) {
    if (element.localName === `${PREFIX}provider`) requestAccountEarly(element);
    const files = filesFor(manifest, tag, element);
    if (files) needs.set(tag, new Set([...(needs.get(tag) ?? []), ...files]));
    else unknown.add(tag);
  }
  const tags = [...new Set([...needs.keys(), ...unknown])];
  const settled = await Promise.allSettled(
    tags.map(async (tag) => {
      if (unknown.has(tag)) throw new Error(`<${tag}> is not part of this version of creditkit`);
      await fetchFiles([...needs.get(tag)!]);
      if (!customElements.get(tag)) throw new Error(`its files do not define <${tag}>`);
    }),
  );
  const failed = tags.filter((tag, i) => {
    const result = settled[i]!;
    if (result.status === 'fulfilled') return false;
    if (!warned.has(tag)) console.error(`[creditkit] <${tag}> could not be loaded:`, result.reason);
    warned.add(tag);
    return true;
  });
  document.dispatchEvent(
    new CustomEvent<CreditDiscoveryCompleteDetail>('credit-discovery-complete', {
      detail: { tags: tags.filter((tag) => !failed.includes(tag)), failed },
    }),
  );
}

/**
 * Registers every creditkit element at and below `root` that is not registered
 * yet (and the tags its `data-creditkit-preload` hints name); resolves when they
 * are, after `credit-discovery-complete` was dispatched on `document`.
 */
export function discover(root: ParentNode = document): Promise<void> {
  return register(wanted(root));
}

/** Loads `tags` now (as `data-creditkit-preload` does), in the language of `near`. */
export function preload(tags: string[], near: Element = document.documentElement): Promise<void> {
  return register(tags.map((tag) => [tag, near]));
}

function start(): void {
  if (typeof document === 'undefined' || typeof customElements === 'undefined') return;
  new MutationObserver((mutations) => {
    const found: [string, Element][] = [];
    for (const mutation of mutations) {
      if (mutation.type === 'attributes') found.push(...wanted(mutation.target as Element));
      for (const node of mutation.addedNodes) if (node instanceof Element) found.push(...wanted(node));
    }
    if (found.length) void register(found);
  }).observe(document.documentElement, {
    childList: true,
    subtree: true,
    attributes: true,
    attributeFilter: [PRELOAD],
  });
  void discover(document);
}

start();
