/** Test helpers: talk to the mock server the way a client does, through `fetch`. */
import { randomUUID } from 'node:crypto';
import {
  createMockServer,
  DEFAULT_ADMIN_TOKEN,
  type MockServer,
  type MockServerOptions,
} from '../../src/mock/server.js';

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
