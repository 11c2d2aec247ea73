/**
 * The HTTP adapter for the REST contract (SPEC §6): fetch with JSON, bearer or
 * cookie auth, timeouts, retries with backoff for safe requests only, an
 * idempotency key on every write, zod validation of every response, and RFC 9457
 * problem details mapped to `CreditsError`s.
 *
 * Only the account schema is loaded eagerly (the badge needs nothing else); the
 * other schemas load with the first call that needs them, which keeps the
 * badge + provider + adapter bundle small.
 */
import type * as z from 'zod/mini';
import { account as accountSchema } from '../core/schemas/account.js';
import { problem as problemSchema } from '../core/schemas/common.js';
import type { ServerEvent } from '../core/schemas/events.js';
import { CreditsError, toCreditsError } from './errors.js';
import { subscribeToEvents } from './event-stream.js';
import type { AdminOperations, CreditsAdapter, ReadOptions, WriteOptions } from './types.js';

type Schemas = typeof import('../core/schemas/index.js');
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
  /** Fallback polling interval when the backend has no event stream; default 30 s. */
  pollIntervalMs?: number;
  /** Operator token; enables `adapter.admin` (reference server only). */
  adminToken?: string;
  /** Transport (tests, the in-page mock). */
  fetch?: FetchLike;
}

let schemasPromise: Promise<Schemas> | undefined;
const loadSchemas = (): Promise<Schemas> => (schemasPromise ??= import('../core/schemas/index.js'));

export class HttpAdapter implements CreditsAdapter {
  readonly admin: AdminOperations | undefined;
  private readonly base: string;
  private readonly transport: FetchLike;

  constructor(private readonly options: HttpAdapterOptions) {
    this.base = options.baseUrl.replace(/\/+$/, '');
    this.transport = options.fetch ?? ((request) => fetch(request));
    this.admin = options.adminToken ? createAdminOperations(this, options.adminToken) : undefined;
  }

  getAccount(options?: ReadOptions) {
    return this.get('/account', accountSchema, options);
  }

  async listPackages(options?: ReadOptions) {
    return this.get('/packages', (await loadSchemas()).packageList, options);
  }

  async getQuote(request: import('../core/schemas/index.js').QuoteRequest, options?: ReadOptions) {
    return this.get(`/quote${query(request)}`, (await loadSchemas()).quote, options);
  }

  async getBillingDetails(options?: ReadOptions) {
    return (await this.get('/billing-details', (await loadSchemas()).billingDetailsResponse, options)).details;
  }

  async saveBillingDetails(details: import('../core/schemas/index.js').BillingDetailsInput, options: WriteOptions) {
    return this.write('PUT', '/billing-details', details, (await loadSchemas()).billingDetails, options);
  }

  async startTopUp(request: import('../core/schemas/index.js').StartTopUpRequest, options: WriteOptions) {
    return this.write('POST', '/top-ups', request, (await loadSchemas()).topUp, options);
  }

  async getTopUp(id: string, options?: ReadOptions) {
    return this.get(`/top-ups/${encodeURIComponent(id)}`, (await loadSchemas()).topUp, options);
  }

  async completeTopUp(id: string, request: import('../core/schemas/index.js').CompleteTopUpRequest, options: WriteOptions) {
    return this.write('POST', `/top-ups/${encodeURIComponent(id)}/complete`, request, (await loadSchemas()).topUp, options);
  }

  async listCreditRequests(options?: ReadOptions) {
    return (await this.get('/credit-requests', (await loadSchemas()).creditRequestList, options)).items;
  }

  async createCreditRequest(request: import('../core/schemas/index.js').CreateCreditRequest, options: WriteOptions) {
    return this.write('POST', '/credit-requests', request, (await loadSchemas()).creditRequest, options);
  }

  async getPayability(item: import('../core/schemas/index.js').ItemRef, options?: ReadOptions) {
    return this.get(`/payability${query(item)}`, (await loadSchemas()).payability, options);
  }

  async payWithCredits(item: import('../core/schemas/index.js').ItemRef, options: WriteOptions) {
    return this.write('POST', '/payments', item, (await loadSchemas()).payment, options);
  }

  async listTransactions(request: import('../core/schemas/index.js').TransactionQuery, options?: ReadOptions) {
    return this.get(`/transactions${query(request)}`, (await loadSchemas()).transactionPage, options);
  }

  async getInvoicePdf(invoiceId: string, options?: ReadOptions): Promise<Blob> {
    const response = await this.send('GET', `/invoices/${encodeURIComponent(invoiceId)}.pdf`, undefined, options);
    const blob = await response.blob();
    const head = new Uint8Array(await blob.slice(0, 5).arrayBuffer());
    if (String.fromCharCode(...head) !== '%PDF-') throw new CreditsError('malformed_response', 'The invoice is not a PDF.', { status: response.status });
    return blob;
  }

  async getAutoTopUp(options?: ReadOptions) {
    return this.get('/auto-top-up', (await loadSchemas()).autoTopUpState, options);
  }

  async saveAutoTopUp(settings: import('../core/schemas/index.js').AutoTopUpSettings, options: WriteOptions) {
    return this.write('PUT', '/auto-top-up', settings, (await loadSchemas()).autoTopUpState, options);
  }

  async getBillingPortalUrl(options?: ReadOptions): Promise<string> {
    const { z } = await loadZod();
    return (await this.get('/billing-portal', z.object({ url: z.string() }), options)).url;
  }

  subscribe(listener: (event: ServerEvent) => void): () => void {
    return subscribeToEvents({
      open: (signal) => this.send('GET', '/events', undefined, { signal }, { accept: 'text/event-stream', timeout: false }),
      parse: async (data) => (await loadSchemas()).serverEvent.parse(data),
      poll: async () => ({ type: 'account', account: await this.getAccount() }),
      pollIntervalMs: this.options.pollIntervalMs ?? 30_000,
      listener,
    });
  }

  /** GET with retries, parsed with `schema`. */
  async get<S extends z.ZodMiniType>(path: string, schema: S, options?: ReadOptions): Promise<z.infer<S>> {
    return parse(schema, await this.send('GET', path, undefined, options));
  }

  /** A write with its idempotency key; never retried automatically (the caller retries with the same key). */
  async write<S extends z.ZodMiniType>(method: 'POST' | 'PUT', path: string, body: unknown, schema: S, options: WriteOptions, token?: string): Promise<z.infer<S>> {
    if (!options?.idempotencyKey) throw new CreditsError('idempotency_key_required', 'Writes need an idempotency key.');
    const response = await this.send(method, path, body, options, { idempotencyKey: options.idempotencyKey, token });
    return parse(schema, response);
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

  private async attempt(method: string, path: string, body: unknown, signal: AbortSignal | undefined, extra: { idempotencyKey?: string; accept?: string; timeout?: boolean; token?: string | undefined }): Promise<Response> {
    const headers = new Headers({ accept: extra.accept ?? 'application/json, application/problem+json' });
    const token = extra.token ?? (typeof this.options.token === 'function' ? this.options.token() : this.options.token);
    if (token) headers.set('authorization', `Bearer ${token}`);
    if (extra.idempotencyKey) headers.set('idempotency-key', extra.idempotencyKey);
    if (body !== undefined) headers.set('content-type', 'application/json');
    const controller = new AbortController();
    const timeoutMs = this.options.timeoutMs ?? 15_000;
    let timedOut = false;
    const timer = extra.timeout === false ? undefined : setTimeout(() => ((timedOut = true), controller.abort()), timeoutMs);
    const onAbort = () => controller.abort();
    signal?.addEventListener('abort', onAbort, { once: true });
    try {
      const request = new Request(this.base + path, {
        method,
        headers,
        credentials: this.options.credentials ?? 'same-origin',
        signal: controller.signal,
        ...(body !== undefined ? { body: JSON.stringify(body) } : {}),
      });
      return await this.transport(request);
    } catch (error) {
      if (timedOut) throw new CreditsError('timeout', `The server did not answer within ${Math.round(timeoutMs / 1000)} s.`);
      if (signal?.aborted) throw new CreditsError('aborted', 'The request was aborted.');
      throw new CreditsError('network_error', 'The server could not be reached.', { cause: error });
    } finally {
      if (timer) clearTimeout(timer);
      signal?.removeEventListener('abort', onAbort);
    }
  }
}

let zodPromise: Promise<{ z: typeof import('zod/mini') }> | undefined;
const loadZod = () => (zodPromise ??= import('zod/mini').then((z) => ({ z })));

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
    throw new CreditsError('malformed_response', 'The server sent a response that is not JSON.', { status: response.status, cause: error });
  }
  const result = schema.safeParse(data);
  if (!result.success) {
    const where = result.error.issues.map((i) => i.path.join('.') || '(root)').slice(0, 3).join(', ');
    throw new CreditsError('malformed_response', `The server sent an unexpected response (${where}).`, { status: response.status, cause: result.error });
  }
  return result.data as z.infer<S>;
}

async function problemFrom(response: Response): Promise<CreditsError> {
  try {
    const result = problemSchema.safeParse(await response.json());
    if (result.success) return CreditsError.fromProblem(result.data);
  } catch {
    // Not JSON: fall through to a status-only error.
  }
  const code = response.status === 401 ? 'unauthorized' : response.status === 404 ? 'not_found' : response.status >= 500 ? 'internal_error' : 'http_error';
  return new CreditsError(code, `The server answered ${response.status}.`, { status: response.status });
}

function delay(ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal?.aborted) return reject(new CreditsError('aborted', 'The request was aborted.'));
    const timer = setTimeout(resolve, ms);
    signal?.addEventListener('abort', () => (clearTimeout(timer), reject(new CreditsError('aborted', 'The request was aborted.'))), { once: true });
  });
}

function createAdminOperations(adapter: HttpAdapter, adminToken: string): AdminOperations {
  let accountId: Promise<string> | undefined;
  const id = () => (accountId ??= adapter.getAccount().then((a) => a.id));
  const post = async <S extends z.ZodMiniType>(path: string, body: unknown, schema: S): Promise<z.infer<S>> =>
    adapter.write('POST', `/admin/accounts/${encodeURIComponent(await id())}${path}`, body, schema, { idempotencyKey: randomKey() }, adminToken);
  return {
    decideCreditRequest: async (requestId, decision) => post(`/credit-requests/${encodeURIComponent(requestId)}/decision`, decision, (await loadSchemas()).creditRequest),
    setCreditPayments: (enabled) => post('/credit-payments', { enabled }, accountSchema),
    grantCredits: (input) => post('/grants', input, accountSchema),
    refundCredits: (input) => post('/refunds', input, accountSchema),
    recordUsage: async (input, idempotencyKey) => {
      const { z } = await loadZod();
      return adapter.write('POST', `/admin/accounts/${encodeURIComponent(await id())}/usage`, input, z.unknown(), { idempotencyKey }, adminToken);
    },
    markInvoicePaid: async (topUpId) => post(`/top-ups/${encodeURIComponent(topUpId)}/mark-paid`, {}, (await loadSchemas()).topUp),
    renewPlan: () => post('/plan/renew', {}, accountSchema),
    expireCredits: (input = {}) => post('/expire', input, accountSchema),
    advanceClock: async (ms) => {
      const { z } = await loadZod();
      await post('/clock', { advanceMs: ms }, z.unknown());
    },
  };
}

/** A random idempotency key (crypto-strength where available). */
export function randomKey(): string {
  return globalThis.crypto?.randomUUID?.() ?? `k-${Date.now().toString(36)}-${Math.random().toString(36).slice(2)}`;
}
