/**
 * The reference mock server: one fetch-style handler (`Request → Response`) that
 * implements the whole REST contract. The same handler runs in the page (`mock`),
 * under msw, and behind the Node HTTP server.
 */
import { ProblemError, problem } from './http.js';
import { RequestContext } from './context.js';
import { Router, type Route } from './router.js';
import { EventBus } from './events-bus.js';
import { MemoryStorage } from './store/memory.js';
import type { MockStorage, PresetName } from './store/types.js';
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
}

/** What route modules see of the server. */
export interface MockServerCore {
  readonly storage: MockStorage;
  readonly clock: MockClock;
  readonly events: EventBus;
  readonly options: MockServerOptions;
  /** The routes (the OpenAPI document is generated from their docs). */
  readonly router?: Router;
  /** The processor for each payment method this server takes. */
  readonly processors: PaymentProcessors;
  /** Rules that run inside the account lock after every completed debit (auto top-up). */
  readonly afterDebit: readonly AfterDebit[];
}

export interface MockServer extends MockServerCore {
  fetch(request: Request): Promise<Response>;
  readonly router: Router;
}

export const DEFAULT_ADMIN_TOKEN = 'admin-demo-token';

function createClock(start: number | undefined, frozen: boolean): MockClock {
  let offset = start === undefined ? 0 : start - Date.now();
  let frozenAt = start ?? Date.now();
  return frozen
    ? { now: () => frozenAt, advance: (ms) => void (frozenAt += ms) }
    : { now: () => Date.now() + offset, advance: (ms) => void (offset += ms) };
}

export function createMockServer(options: MockServerOptions = {}): MockServer {
  const clock = createClock(options.now, options.frozenClock ?? false);
  const storage = new MemoryStorage(createPresetAccounts(options.presets, clock.now(), options));
  const router = new Router().add(...allRoutes);
  const core: MockServerCore = {
    storage,
    clock,
    events: new EventBus(),
    options,
    router,
    processors: { ...defaultProcessors(options), ...options.processors },
    afterDebit: [autoTopUpAfterDebit],
  };
  const basePath = (options.basePath ?? '').replace(/\/$/, '');
  const adminToken = options.adminToken ?? DEFAULT_ADMIN_TOKEN;

  async function handle(request: Request): Promise<Response> {
    const url = new URL(request.url);
    if (request.method === 'OPTIONS') return new Response(null, { status: 204 });
    if (basePath && !url.pathname.startsWith(basePath)) return problem(404, 'not_found');
    const path = url.pathname.slice(basePath.length) || '/';
    const found = router.match(request.method, path);
    if (!found.route) {
      return found.pathExists
        ? problem(405, 'not_found', `${request.method} is not allowed here.`)
        : problem(404, 'not_found', `No resource at ${path}.`);
    }
    const ctx = new RequestContext(request, path, core);
    ctx.params = found.params;
    const token = bearer(request);
    if (found.route.admin) {
      if (token !== adminToken) return problem(401, 'unauthorized', 'The admin API needs the operator token.');
    } else if (!found.route.public) {
      const account = token ? storage.accountByToken(token) : undefined;
      if (!account) return problem(401, 'unauthorized', 'A valid bearer token is required.');
      ctx.account = account;
    }
    try {
      return await found.route.handler(ctx);
    } catch (error) {
      if (error instanceof ProblemError) return problem(error.status, error.code, error.detail, error.errors);
      console.error('[creditkit mock] unhandled error', error);
      return problem(500, 'internal_error', 'The mock server failed to handle this request.');
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
