/** Test helpers: talk to the mock server the way a client does, through `fetch`. */
import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import {
  createMockServer,
  DEFAULT_ADMIN_TOKEN,
  type MockServer,
  type MockServerOptions,
} from '../../src/mock/server.js';
import { MemoryStorage } from '../../src/mock/store/memory.js';
import type { AccountState, AccountTx } from '../../src/mock/store/types.js';
import { DEMO_ACCOUNTS } from '../../src/mock/presets/index.js';

/** The in-memory store of a test server (every `server()` has one). */
export function memoryOf(mock: MockServer): MemoryStorage {
  assert(mock.storage instanceof MemoryStorage, 'this test needs the memory store');
  return mock.storage;
}

/**
 * A live, read-only look at an account of a memory server (by id or token): the
 * account row's fields plus `entries`, `blocks`, `invoices`, `topUps`, `holds`,
 * `payments`, each read afresh on access.
 */
export function record(mock: MockServer, idOrToken: string) {
  const id = DEMO_ACCOUNTS.find((a) => a.token === idOrToken)?.id ?? idOrToken;
  const store = memoryOf(mock);
  const view = () => store.inspect(id);
  return new Proxy({} as AccountState & Omit<ReturnType<typeof view>, 'state'>, {
    get: (_target, key: string) => {
      const now = view();
      return key in now && key !== 'state' ? now[key as keyof typeof now] : now.state[key as keyof AccountState];
    },
  });
}

/** Changes an account directly through the store (a test arranging state the API cannot reach). */
export function arrange<T>(mock: MockServer, accountId: string, fn: (tx: AccountTx) => Promise<T>): Promise<T> {
  return mock.storage.transaction(accountId, fn);
}

export const BASE = 'https://api.test/api/credits';
/** A fixed instant so demo data and dates are the same on every run. */
export const NOW = Date.parse('2026-03-15T10:00:00.000Z');

export function server(options: MockServerOptions = {}): MockServer {
  return createMockServer({ basePath: '/api/credits', now: NOW, frozenClock: true, ...options });
}

export interface CallOptions {
  token?: string | null;
  method?: string;
  body?: unknown;
  key?: string;
  signal?: AbortSignal;
}

export async function call(
  mock: MockServer,
  path: string,
  options: CallOptions = {},
): Promise<{ status: number; type: string; body: any; response: Response }> {
  const headers: Record<string, string> = {};
  if (options.token !== null) headers.authorization = `Bearer ${options.token ?? 'demo-usage-billing'}`;
  if (options.body !== undefined) headers['content-type'] = 'application/json';
  if (options.key) headers['idempotency-key'] = options.key;
  const response = await mock.fetch(
    new Request(`${BASE}${path}`, {
      method: options.method ?? (options.body !== undefined ? 'POST' : 'GET'),
      headers,
      ...(options.body !== undefined ? { body: JSON.stringify(options.body) } : {}),
      ...(options.signal ? { signal: options.signal } : {}),
    }),
  );
  const type = response.headers.get('content-type') ?? '';
  const body = type.includes('json') ? await response.clone().json() : null;
  return { status: response.status, type, body, response };
}

export const admin = (mock: MockServer, path: string, options: Omit<CallOptions, 'token'> = {}) =>
  call(mock, path, { ...options, token: DEFAULT_ADMIN_TOKEN });

export interface JsonCallOptions {
  /** Idempotency key of a write; a fresh one per call unless given. */
  key?: string;
  token?: string;
}

/**
 * `call(method, path, body?, options?)` against the server `mock()` returns at call
 * time (`http://mock`, no base path): JSON in and out, the usage-billing token, an
 * idempotency key on every write.
 */
export function jsonClient(mock: () => MockServer) {
  return async function call(method: string, path: string, body?: unknown, options: JsonCallOptions = {}) {
    const headers: Record<string, string> = {
      authorization: `Bearer ${options.token ?? 'demo-usage-billing'}`,
      'content-type': 'application/json',
    };
    if (method !== 'GET') headers['idempotency-key'] = options.key ?? randomUUID();
    const response = await mock().fetch(
      new Request(`http://mock${path}`, {
        method,
        headers,
        ...(body === undefined ? {} : { body: JSON.stringify(body) }),
      }),
    );
    return { status: response.status, body: (await response.json()) as any };
  };
}
