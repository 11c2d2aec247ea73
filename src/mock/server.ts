/**
 * The reference mock server: one fetch-style handler (`Request → Response`) that
 * implements the whole REST contract. The same handler runs in the page (`mock`),
 * under msw, and behind the Node HTTP server.
 */
import { DEMO_ADMIN_TOKEN } from '../core/presets.js';
import { ProblemError, problem } from './http.js';
import { RequestContext } from './context.js';
import { Router, type Route } from './router.js';
import { EventBus } from './events-bus.js';
import { MemoryStorage } from './store/memory.js';
import { UnknownAccountError, type PresetName, type Storage } from './store/types.js';
import { InsufficientBalanceError } from '../core/ledger.js';
import { IDEMPOTENCY_TTL_MS } from './context.js';
import { createPresetAccounts } from './presets/index.js';
import { allRoutes } from './routes/index.js';
import { defaultProcessors } from './payments/index.js';
import type { PaymentProcessors } from './payments/processor.js';
import { autoTopUpAfterDebit } from './auto-top-up/engine.js';
import type { AfterDebit } from './hooks.js';

export interface MockClock {
  now(): number;
  /** Moves the clock forward (tests, demo "expire credits"). */
  advance(ms: number): void;
}

export interface MockServerOptions {
  /** Presets to create accounts for; defaults to all four. */
  presets?: PresetName[];
  /** Path prefix the handler strips (`/api/credits`); requests outside it are 404. */
  basePath?: string;
  /** Start time of the server clock; defaults to the real time. */
  now?: number;
  /** Fixed clock (tests): the clock moves only through `advance`. */
  frozenClock?: boolean;
  /** Operator token for the admin API. */
  adminToken?: string;
  /** Stripe secret key and webhook secret: when set, card payments go through Stripe. */
  stripe?: { secretKey: string; webhookSecret: string; apiBase?: string };
  /** PayPal credentials: when set, PayPal payments use Orders v2. */
  paypal?: { clientId: string; clientSecret: string; apiBase?: string };
  /** Extra entries to seed into `scan-credits` (history at scale). */
  seedEntries?: number;
  /** Public origin of this server, for links it hands out (portal, invoice). */
  publicUrl?: string;
  /**
   * Payment processors by method, over the defaults (`defaultProcessors()`: test
   * cards or Stripe, invoice, PayPal). A method mapped to `undefined` is not offered.
   */
  processors?: PaymentProcessors;
  /**
   * Where the data lives. Defaults to a fresh in-memory store seeded with the
   * presets' demo accounts; a given store is used as it is (seed it first: the
   * Node server does so in `openStorage`).
   */
  storage?: Storage;
}

/** What route modules see of the server. */
export interface MockServerCore {
  readonly storage: Storage;
  readonly clock: MockClock;
  readonly events: EventBus;
  readonly options: MockServerOptions;
  /** The routes (the OpenAPI document is generated from their docs). */
  readonly router?: Router;
  /** The processor for each payment method this server takes. */
  readonly processors: PaymentProcessors;
  /** Rules that run inside the account lock after every completed debit (auto top-up). */
  readonly afterDebit: readonly AfterDebit[];
  /** Drops expired idempotency records now and then (at most once a minute of server time). */
  maybePurgeIdempotency(): void;
}

export interface MockServer extends MockServerCore {
  fetch(request: Request): Promise<Response>;
  readonly router: Router;
}

export const DEFAULT_ADMIN_TOKEN = DEMO_ADMIN_TOKEN;

function createClock(start: number | undefined, frozen: boolean): MockClock {
  let offset = start === undefined ? 0 : start - Date.now();
  let frozenAt = start ?? Date.now();
  return frozen
    ? { now: () => frozenAt, advance: (ms) => void (frozenAt += ms) }
    : { now: () => Date.now() + offset, advance: (ms) => void (offset += ms) };
}

const PURGE_EVERY_MS = 60_000;

export function createMockServer(options: MockServerOptions = {}): MockServer {
  const clock = createClock(options.now, options.frozenClock ?? false);
  const storage = options.storage ?? new MemoryStorage(createPresetAccounts(options.presets, clock.now(), options));
  const router = new Router().add(...allRoutes);
  let lastPurge = clock.now();
  const core: MockServerCore = {
    storage,
    clock,
    events: new EventBus(storage, () => clock.now()),
    options,
    router,
    processors: { ...defaultProcessors(options), ...options.processors },
    afterDebit: [autoTopUpAfterDebit],
    maybePurgeIdempotency() {
      const now = clock.now();
      if (now - lastPurge < PURGE_EVERY_MS) return;
      lastPurge = now;
      storage.purgeIdempotency(now - IDEMPOTENCY_TTL_MS).catch((error: unknown) => {
        console.error('[creditkit server] could not purge idempotency records', error);
      });
    },
  };
  // Account ids of tokens: tokens never change, so each is looked up once.
  const tokens = new Map<string, string>();
  async function accountOf(token: string): Promise<string | null> {
    const known = tokens.get(token);
    if (known) return known;
    const id = await storage.accountIdByToken(token);
    if (id && tokens.size < 10_000) tokens.set(token, id);
    return id;
  }
  const basePath = (options.basePath ?? '').replace(/\/$/, '');
  const adminToken = options.adminToken ?? DEFAULT_ADMIN_TOKEN;

  async function handle(request: Request): Promise<Response> {
    const url = new URL(request.url);
    if (request.method === 'OPTIONS') return new Response(null, { status: 204 });
    if (basePath && !url.pathname.startsWith(basePath)) return problem(404, 'not_found');
    const path = url.pathname.slice(basePath.length) || '/';
    const found = router.match(request.method, path);
    if (!found.route) {
      if (found.allowed.length === 0) return problem(404, 'not_found', `No resource at ${path}.`);
      const response = problem(405, 'method_not_allowed', `${request.method} is not allowed here.`);
      response.headers.set('allow', found.allowed.join(', '));
      return response;
    }
    const ctx = new RequestContext(request, path, core);
    ctx.params = found.params;
    ctx.route = found.route;
    try {
      const token = bearer(request);
      if (found.route.admin) {
        if (token !== adminToken) return problem(401, 'unauthorized', 'The admin API needs the operator token.');
      } else if (!found.route.public) {
        const accountId = token ? await accountOf(token) : null;
        if (!accountId) return problem(401, 'unauthorized', 'A valid bearer token is required.');
        ctx.accountId = accountId;
      }
      return await found.route.handler(ctx);
    } catch (error) {
      if (error instanceof ProblemError) return problem(error.status, error.code, error.detail, error.errors);
      if (error instanceof UnknownAccountError) return problem(404, 'not_found', 'No such account.');
      if (error instanceof InsufficientBalanceError)
        return problem(409, 'insufficient_credits', `This needs ${error.requested}; ${error.available} is available.`);
      console.error('[creditkit server] unhandled error', error);
      return problem(500, 'internal_error', 'The server failed to handle this request.');
    }
  }

  return { ...core, router, fetch: handle };
}

function bearer(request: Request): string | null {
  const header = request.headers.get('authorization');
  if (header?.toLowerCase().startsWith('bearer ')) return header.slice(7).trim();
  // Cookie auth (`credentials: include`): the mock reads a `creditkit_token` cookie.
  const cookie = request.headers.get('cookie')?.match(/(?:^|;\s*)creditkit_token=([^;]+)/);
  return cookie ? decodeURIComponent(cookie[1]!) : null;
}

export type { Route };
