/**
 * A scenario is one state worth looking at: an element fixture or a demo page,
 * what to do on it, and what to capture. The runner renders each one at every
 * size, theme and language of the matrix (scripts/shots/matrix.ts).
 */
import type { Drive } from './drive.js';
import type { Fixture, SetupOp } from './fixture.js';

export type Lang = 'en' | 'de';

/** What the scenario is being rendered as. */
export interface Variant {
  size: SizeName;
  lang: Lang;
}

export type SizeName = '1280' | '390' | '320';

/**
 * What a shot shows: the harness stage (the element and its container), the open
 * dialog under `selector` with some backdrop around it, the viewport, the whole
 * page, or the box of any element (`{ selector }`, shadow roots pierced).
 */
export type Target = 'stage' | 'viewport' | 'full' | { dialog: string } | { selector: string };

export interface Capture {
  /** Appended to the scenario name in the file name (`dashboard.history`). */
  name?: string;
  target: Target;
}

export interface Scenario {
  /** Element tag or `pages`: the contact sheet's groups and the output folder. */
  group: string;
  /** Unique within the group; used in file names. */
  name: string;
  /** One line for the contact sheet: what state this is and how it was reached. */
  title: string;
  /** Mounted on the harness page (element scenarios)… */
  fixture?: Fixture;
  /** …or a demo page path (`/agency.html`). */
  page?: string;
  /** Steps after the page is ready (public surface only). */
  drive?: (d: Drive, v: Variant) => Promise<void>;
  /** Default: the stage for fixtures, the full page for demo pages. */
  captures?: Capture[];
  /** Wait for the kit to be quiet before capturing (default true; off for loading states). */
  settle?: boolean;
  /** Emulated OS colour scheme for every theme (default: dark for the dark theme only). */
  osColorScheme?: 'light' | 'dark';
  /** Themes to render (default all); the layout pass is light only anyway. */
  themes?: readonly string[];
}

/** Backend rules for the standard loading and error states. */
export const HANG_ALL = [{ match: '.*', respond: 'hang' as const }];
/** The account cannot be loaded (and the live stream, which would carry it, is down too). */
export const ACCOUNT_ERROR = [{ match: '^GET /(account|events)', respond: 'error' as const }];

/** Builds the element scenarios of one group. */
export function group(name: string) {
  return (
    scenario: string,
    title: string,
    fixture: Fixture,
    drive?: Scenario['drive'],
    options: Partial<Omit<Scenario, 'group' | 'name' | 'title' | 'fixture' | 'drive'>> = {},
  ): Scenario => ({ group: name, name: scenario, title, fixture, ...(drive ? { drive } : {}), ...options });
}

/**
 * The states every element has: loading (the backend never answers), the account
 * failing to load, and, with `resource`, that one request failing (`GET /packages`).
 */
export function commonStates(
  s: ReturnType<typeof group>,
  base: Fixture,
  resource?: string,
  options: Partial<Scenario> = {},
): Scenario[] {
  return [
    s('loading', 'Backend never answers: loading state', { ...base, rules: HANG_ALL }, undefined, {
      ...options,
      settle: false,
    }),
    s('account-error', 'GET /account fails: error with retry', { ...base, rules: ACCOUNT_ERROR }, undefined, options),
    ...(resource
      ? [
          s(
            'error',
            `GET ${resource} fails: error with retry`,
            {
              ...base,
              rules: [{ match: `^GET ${resource}`, respond: 'error' }],
            },
            undefined,
            options,
          ),
        ]
      : []),
  ];
}

/** Setup shorthand: billing details on file for a buyer in `country`. */
export const billing = (country = 'DE'): SetupOp => ({ op: 'billing', country });
