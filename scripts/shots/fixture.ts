/**
 * What the element harness page mounts, as plain JSON (it travels in the URL):
 * a reference server preset, how the backend misbehaves, what happened on the
 * account before the page opened, and the markup inside `<credit-provider>`.
 * Shared by the runner (Node) and the harness page (browser).
 */

/** Answer for requests whose `METHOD /path` matches `match` (a RegExp source). */
export interface BackendRule {
  match: string;
  /** `hang`: never answers (loading states); `network`: fetch fails; `error`: 500 problem; or a JSON body with 200. */
  respond: 'hang' | 'network' | 'error' | { json: unknown };
}

/**
 * One thing done on the account before (or, through `window.__shots.run`, while)
 * the element shows it, through the adapter's public methods and its admin API.
 */
export type SetupOp =
  | { op: 'billing'; country: string; vatNumber?: string }
  | { op: 'refund'; amount: number }
  /** Refunds whatever is above `balance` (reads the account first). */
  | { op: 'refundTo'; balance: number }
  | { op: 'grant'; amount: number; note?: string }
  | { op: 'payments'; enabled: boolean }
  | { op: 'request'; method: 'bank_transfer' | 'crypto'; packageId?: string; quantity?: number }
  | { op: 'decide'; accept: boolean; note?: string }
  | { op: 'pay'; itemType: 'service' | 'invoice'; itemId: string }
  | { op: 'autoTopUp'; settings: Record<string, unknown> }
  | { op: 'usage'; input: Record<string, unknown> }
  | { op: 'expire' };

export type Preset = 'usage-billing' | 'agency-credits' | 'ai-credits' | 'scan-credits';

export interface Fixture {
  preset: Preset;
  /** Markup placed inside the provider, e.g. `<credit-top-up open></credit-top-up>`. */
  html: string;
  rules?: BackendRule[];
  setup?: SetupOp[];
  /** Extra history entries (scan-credits only: the reference server's `seedEntries`). */
  seedEntries?: number;
  /** Width of the stage in CSS px (a 320 px container for the layout pass); default: the page minus padding. */
  width?: number;
}

/** The harness URL for a fixture. */
export function fixtureQuery(fixture: Fixture, theme: string, lang: string): string {
  const params = new URLSearchParams({ f: JSON.stringify(fixture), theme, lang });
  return `?${params}`;
}
