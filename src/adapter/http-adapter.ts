/**
 * The HTTP adapter for the REST contract (SPEC §6): fetch with JSON, bearer or
 * cookie auth, timeouts, retries with backoff for safe requests only, an
 * idempotency key on every write, zod validation of every response, and RFC 9457
 * problem details mapped to `CreditsError`s.
 *
 * The schemas (and zod with them) load as chunks of their own, in parallel with
 * the requests: the account's (core/schemas/first-request.ts) as soon as an adapter
 * exists, the others with the first request that needs them. A page with only a
 * badge stays small, and nothing unvalidated ever reaches an element.
 */
import type { z } from '../core/schemas/zod.js';
import { loadOnce } from '../util/load-once.js';
import { CreditsError, codeForStatus, toCreditsError } from './errors.js';
import { subscribeToEvents } from './event-stream.js';
import type { AdminOperations, CreditsAdapter, LiveEvent, ReadOptions, WriteOptions } from './types.js';

export type Schemas = typeof import('../core/schemas/index.js');
type FirstSchemas = typeof import('../core/schemas/first-request.js');
type FetchLike = (input: Request) => Promise<Response>;

export interface HttpAdapterOptions {
  /** Base URL of the REST backend, e.g. `https://host/api/credits`. */
  baseUrl: string;
  /** Bearer token (or a function returning the current one). */
  token?: string | (() => string | null | undefined) | null;
  /** `include` sends cookies cross-origin instead of (or besides) a token. */
  credentials?: RequestCredentials;
  /** Per-attempt timeout; default 15 s. */
  timeoutMs?: number;
  /** Extra attempts for safe (GET) requests after a network error, timeout or 5xx; default 2. */
  retries?: number;
  /** First backoff delay, doubled per attempt; default 300 ms. */
  backoffMs?: number;
  /** How often everything shown is fetched again when the backend has no event stream; default 30 s. */
  pollIntervalMs?: number;
  /** Operator token; enables `adapter.admin` (reference server only). */
  adminToken?: string;
  /** Transport (tests, the in-page mock). */
  fetch?: FetchLike;
}

const JSON_ACCEPT = 'application/json, application/problem+json';

/**
 * Requests the autoloader started before any adapter existed: it sees
 * `<credit-provider api token>` in the page and asks for `/account` in parallel
 * with the element files, a round trip before the provider could. Keyed by URL,
 * token and credentials mode (what makes two GETs the same); each is used once,
 * by the first matching read. The key and the request's shape are the contract
 * with src/autoloader.ts, which cannot import this module.
 */
const EARLY_REQUESTS = Symbol.for('creditkit.early-requests');

export function takeEarlyRequest(
  url: string,
  token: string | null | undefined,
  credentials: RequestCredentials,
): Promise<Response> | undefined {
  const registry = (globalThis as Record<symbol, Map<string, Promise<Response>> | undefined>)[EARLY_REQUESTS];
  const key = `${url} ${token ?? ''} ${credentials}`;
  const early = registry?.get(key);
  registry?.delete(key);
  return early;
}

/** A schemas chunk; a failed download is a network error and is tried again on the next request. */
const loadChunk = <T>(load: () => Promise<T>): (() => Promise<T>) =>
  loadOnce(() =>
    load().catch((error: unknown) => {
      throw new CreditsError('network_error', 'Part of the credits kit could not be loaded.', { cause: error });
    }),
  );
export const loadSchemas: () => Promise<Schemas> = loadChunk(() => import('../core/schemas/index.js'));
const loadFirstSchemas: () => Promise<FirstSchemas> = loadChunk(() => import('../core/schemas/first-request.js'));

export class HttpAdapter implements CreditsAdapter {
  readonly admin: AdminOperations | undefined;
  private readonly base: string;
  private readonly transport: FetchLike;

  constructor(private readonly options: HttpAdapterOptions) {
    this.base = options.baseUrl.replace(/\/+$/, '');
    this.transport = options.fetch ?? ((request) => fetch(request));
    this.admin = options.adminToken ? lazyAdmin(this, options.adminToken) : undefined;
    // The first request is for the account: its schema starts loading now.
    void loadFirstSchemas();
  }

  async getAccount(options?: ReadOptions) {
    return this.get('/account', (s) => s.account, options, loadFirstSchemas);
  }

  async listPackages(options?: ReadOptions) {
    return this.get('/packages', (s) => s.packageList, options);
  }

  async getQuote(request: import('../core/schemas/index.js').QuoteRequest, options?: ReadOptions) {
    return this.get(`/quote${query(request)}`, (s) => s.quote, options);
  }

  async getBillingDetails(options?: ReadOptions) {
    return (await this.get('/billing-details', (s) => s.billingDetailsResponse, options)).details;
  }

  async saveBillingDetails(details: import('../core/schemas/index.js').BillingDetailsInput, options: WriteOptions) {
    return this.write('PUT', '/billing-details', details, (s) => s.billingDetails, options);
  }

  async startTopUp(request: import('../core/schemas/index.js').StartTopUpRequest, options: WriteOptions) {
    return this.write('POST', '/top-ups', request, (s) => s.topUp, options);
  }

  async getTopUp(id: string, options?: ReadOptions) {
    return this.get(`/top-ups/${encodeURIComponent(id)}`, (s) => s.topUp, options);
  }

  async completeTopUp(
    id: string,
    request: import('../core/schemas/index.js').CompleteTopUpRequest,
    options: WriteOptions,
  ) {
    return this.write('POST', `/top-ups/${encodeURIComponent(id)}/complete`, request, (s) => s.topUp, options);
  }

  async listCreditRequests(options?: ReadOptions) {
    return (await this.get('/credit-requests', (s) => s.creditRequestList, options)).items;
  }

  async createCreditRequest(request: import('../core/schemas/index.js').CreateCreditRequest, options: WriteOptions) {
    return this.write('POST', '/credit-requests', request, (s) => s.creditRequest, options);
  }

  async getPayability(item: import('../core/schemas/index.js').ItemRef, options?: ReadOptions) {
    return this.get(`/payability${query(item)}`, (s) => s.payability, options);
  }

  async payWithCredits(item: import('../core/schemas/index.js').ItemRef, options: WriteOptions) {
    return this.write('POST', '/payments', item, (s) => s.payment, options);
  }

  async listTransactions(request: import('../core/schemas/index.js').TransactionQuery, options?: ReadOptions) {
    return this.get(`/transactions${query(request)}`, (s) => s.transactionPage, options);
  }

  async getUsageSummary(request: import('../core/schemas/index.js').UsageSummaryQuery, options?: ReadOptions) {
    return optional('usage summaries', () =>
      this.get(`/usage/summary${query(request)}`, (s) => s.usageSummary, options),
    );
  }

  async listCreditBlocks(options?: ReadOptions) {
    return optional(
      'credit blocks',
      async () => (await this.get('/credit-blocks', (s) => s.creditBlockList, options)).items,
    );
  }

  async getInvoicePdf(invoiceId: string, options?: ReadOptions): Promise<Blob> {
    const response = await this.send('GET', `/invoices/${encodeURIComponent(invoiceId)}.pdf`, undefined, options);
    const blob = await response.blob();
    const head = new Uint8Array(await blob.slice(0, 5).arrayBuffer());
    if (String.fromCharCode(...head) !== '%PDF-')
      throw new CreditsError('malformed_response', 'The invoice is not a PDF.', { status: response.status });
    return blob;
  }

  async getAutoTopUp(options?: ReadOptions) {
    return this.get('/auto-top-up', (s) => s.autoTopUpState, options);
  }

  async saveAutoTopUp(settings: import('../core/schemas/index.js').AutoTopUpSettings, options: WriteOptions) {
    return this.write('PUT', '/auto-top-up', settings, (s) => s.autoTopUpState, options);
  }

  async getBillingPortalUrl(options?: ReadOptions): Promise<string> {
    return (await this.get('/billing-portal', (s) => s.billingPortal, options)).url;
  }

  subscribe(listener: (event: LiveEvent) => void): () => void {
    return subscribeToEvents({
      open: (signal) =>
        this.send('GET', '/events', undefined, { signal }, { accept: 'text/event-stream', timeout: false }),
      parse: async (data) => (await loadSchemas()).serverEvent.parse(data),
      pollIntervalMs: this.options.pollIntervalMs ?? 30_000,
      listener,
    });
  }

  /** GET with retries, validated with the schema `pick` chooses (schemas load in parallel). */
  async get<S extends z.ZodMiniType, L = Schemas>(
    path: string,
    pick: (schemas: L) => S,
    options?: ReadOptions,
    load: () => Promise<L> = loadSchemas as () => Promise<L>,
  ): Promise<z.infer<S>> {
    const [schemas, response] = await Promise.all([load(), this.send('GET', path, undefined, options)]);
    return parse(pick(schemas), response);
  }

  /** A write with its idempotency key; never retried automatically (the caller retries with the same key). */
  async write<S extends z.ZodMiniType>(
    method: 'POST' | 'PUT',
    path: string,
    body: unknown,
    pick: (schemas: Schemas) => S,
    options: WriteOptions,
    token?: string,
  ): Promise<z.infer<S>> {
    if (!options?.idempotencyKey) throw new CreditsError('idempotency_key_required', 'Writes need an idempotency key.');
    const [schemas, response] = await Promise.all([
      loadSchemas(),
      this.send(method, path, body, options, { idempotencyKey: options.idempotencyKey, token }),
    ]);
    return parse(pick(schemas), response);
  }

  /** Sends a request; resolves with an OK response or throws a `CreditsError`. */
  async send(
    method: string,
    path: string,
    body: unknown,
    options: ReadOptions | undefined,
    extra: { idempotencyKey?: string; accept?: string; timeout?: boolean; token?: string | undefined } = {},
  ): Promise<Response> {
    const safe = method === 'GET';
    const attempts = safe ? 1 + (this.options.retries ?? 2) : 1;
    let lastError: CreditsError | undefined;
    for (let attempt = 0; attempt < attempts; attempt++) {
      if (attempt > 0) await delay((this.options.backoffMs ?? 300) * 2 ** (attempt - 1), options?.signal);
      try {
        const response = await this.attempt(method, path, body, options?.signal, extra);
        if (response.ok) return response;
        lastError = await problemFrom(response);
      } catch (error) {
        lastError = toCreditsError(error);
      }
      if (lastError.code === 'aborted' || !lastError.retryable) break;
    }
    throw lastError!;
  }

  private async attempt(
    method: string,
    path: string,
    body: unknown,
    signal: AbortSignal | undefined,
    extra: { idempotencyKey?: string; accept?: string; timeout?: boolean; token?: string | undefined },
  ): Promise<Response> {
    const headers = new Headers({ accept: extra.accept ?? JSON_ACCEPT });
    const token = extra.token ?? (typeof this.options.token === 'function' ? this.options.token() : this.options.token);
    const early =
      method === 'GET' && !extra.accept && !this.options.fetch
        ? takeEarlyRequest(this.base + path, token, this.options.credentials ?? 'same-origin')
        : undefined;
    if (token) headers.set('authorization', `Bearer ${token}`);
    if (extra.idempotencyKey) headers.set('idempotency-key', extra.idempotencyKey);
    if (body !== undefined) headers.set('content-type', 'application/json');
    const controller = new AbortController();
    const timeoutMs = this.options.timeoutMs ?? 15_000;
    let timedOut = false;
    const timer =
      extra.timeout === false ? undefined : setTimeout(() => ((timedOut = true), controller.abort()), timeoutMs);
    const onAbort = () => controller.abort();
    signal?.addEventListener('abort', onAbort, { once: true });
    try {
      // The autoloader's early request, under this attempt's timeout; a failed one is made again.
      const answer = early && (await Promise.race([early.catch(() => undefined), aborted(controller.signal)]));
      if (answer) return answer;
      const request = new Request(this.base + path, {
        method,
        headers,
        credentials: this.options.credentials ?? 'same-origin',
        signal: controller.signal,
        ...(body !== undefined ? { body: JSON.stringify(body) } : {}),
      });
      return await this.transport(request);
    } catch (error) {
      if (timedOut)
        throw new CreditsError('timeout', `The server did not answer within ${Math.round(timeoutMs / 1000)} s.`);
      if (signal?.aborted) throw new CreditsError('aborted', 'The request was aborted.');
      throw new CreditsError('network_error', 'The server could not be reached.', { cause: error });
    } finally {
      if (timer) clearTimeout(timer);
      signal?.removeEventListener('abort', onAbort);
    }
  }
}

/** Admin operations load their module on first use (only the demo and tests use them). */
function lazyAdmin(adapter: HttpAdapter, adminToken: string): AdminOperations {
  const load = loadOnce(() =>
    import('./admin-operations.js').then((m) => m.createAdminOperations(adapter, adminToken)),
  );
  const names: (keyof AdminOperations)[] = [
    'decideCreditRequest',
    'setCreditPayments',
    'grantCredits',
    'refundCredits',
    'recordUsage',
    'markInvoicePaid',
    'renewPlan',
    'expireCredits',
    'advanceClock',
  ];
  const call =
    (name: keyof AdminOperations) =>
    async (...args: unknown[]) =>
      ((await load())[name] as (...a: unknown[]) => unknown)(...args);
  return Object.fromEntries(names.map((name) => [name, call(name)])) as unknown as AdminOperations;
}

/**
 * An optional read of the contract (usage summaries, credit blocks): a backend
 * that answers 404 or 501 does not offer it, which elements show as "not offered"
 * (or leave out) rather than as a failure to retry.
 */
async function optional<T>(what: string, read: () => Promise<T>): Promise<T> {
  try {
    return await read();
  } catch (error) {
    if (error instanceof CreditsError && (error.status === 404 || error.status === 501))
      throw new CreditsError('not_implemented', `This backend does not provide ${what}.`, {
        status: error.status,
        ...(error.problem ? { problem: error.problem } : {}),
        cause: error,
      });
    throw error;
  }
}

function query(params: object): string {
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) {
    if (value !== undefined && value !== null && value !== '') search.set(key, String(value));
  }
  const text = search.toString();
  return text ? `?${text}` : '';
}

async function parse<S extends z.ZodMiniType>(schema: S, response: Response): Promise<z.infer<S>> {
  let data: unknown;
  try {
    data = await response.json();
  } catch (error) {
    throw new CreditsError('malformed_response', 'The server sent a response that is not JSON.', {
      status: response.status,
      cause: error,
    });
  }
  const result = schema.safeParse(data);
  if (!result.success) {
    const where = result.error.issues
      .map((i) => i.path.join('.') || '(root)')
      .slice(0, 3)
      .join(', ');
    throw new CreditsError('malformed_response', `The server sent an unexpected response (${where}).`, {
      status: response.status,
      cause: result.error,
    });
  }
  return result.data as z.infer<S>;
}

async function problemFrom(response: Response): Promise<CreditsError> {
  try {
    const result = (await loadFirstSchemas()).problem.safeParse(await response.json());
    if (result.success) return CreditsError.fromProblem(result.data);
  } catch {
    // Not JSON: fall through to a status-only error.
  }
  return new CreditsError(codeForStatus(response.status), `The server answered ${response.status}.`, {
    status: response.status,
  });
}

/** Rejects when `signal` aborts. */
function aborted(signal: AbortSignal): Promise<never> {
  return new Promise((_, reject) => signal.addEventListener('abort', () => reject(signal.reason), { once: true }));
}

function delay(ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal?.aborted) return reject(new CreditsError('aborted', 'The request was aborted.'));
    const timer = setTimeout(resolve, ms);
    signal?.addEventListener(
      'abort',
      () => (clearTimeout(timer), reject(new CreditsError('aborted', 'The request was aborted.'))),
      { once: true },
    );
  });
}
