/**
 * The reference server as a real HTTP server on loopback (package export
 * `creditkit/server`; `npx creditkit-server` and `npm run mock-server` run it
 * from the command line): node:http requests become fetch `Request`s for the
 * same handler the page and msw use, and responses stream back (server-sent
 * events included). CORS is open to local origins only (localhost, 127.0.0.1, [::1]).
 *
 * Data lives where `store` says: in memory unless a data directory (PGlite) or
 * a PostgreSQL URL is given (the CLI defaults to a data directory).
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { problem } from './http.js';
import { createPresetAccounts } from './presets/index.js';
import { createMockServer, type MockServer, type MockServerOptions } from './server.js';
import { openStorage, type StorageConfig } from './store/open.js';

export { DEFAULT_ADMIN_TOKEN } from './server.js';
export { DEMO_ACCOUNTS, type DemoAccount } from './presets/index.js';

export interface NodeServerOptions extends MockServerOptions {
  /** 0 picks a free port. */
  port?: number;
  /** Loopback by default: the mock has demo tokens and must not face a network. */
  host?: string;
  /** Where the data lives (ignored when `storage` is given): memory unless a data directory or database URL is set. */
  store?: StorageConfig;
}

export interface RunningNodeServer {
  /** Base URL, e.g. `http://127.0.0.1:8787` (plus the base path). */
  url: string;
  port: number;
  mock: MockServer;
  http: Server;
  /** True when this start loaded the demo accounts into an empty store. */
  seeded: boolean;
  /** Stops listening and closes the store. */
  close(): Promise<void>;
}

/** Bodies beyond this are refused before they are read to the end. */
export const MAX_BODY_BYTES = 1024 * 1024;

class BodyTooLarge extends Error {}

const LOCAL_ORIGIN = /^https?:\/\/(localhost|127\.0\.0\.1|\[::1\])(:\d{1,5})?$/i;

export function isLocalOrigin(origin: string): boolean {
  return LOCAL_ORIGIN.test(origin);
}

function corsHeaders(origin: string): Record<string, string> {
  return {
    'access-control-allow-origin': origin,
    'access-control-allow-credentials': 'true',
    'access-control-expose-headers': 'Idempotent-Replayed, Content-Disposition',
    vary: 'Origin',
  };
}

const PREFLIGHT = {
  'access-control-allow-methods': 'GET, POST, PUT, DELETE, OPTIONS',
  'access-control-allow-headers': 'Authorization, Content-Type, Idempotency-Key',
  'access-control-max-age': '600',
};

async function readBody(req: IncomingMessage): Promise<Buffer> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    size += (chunk as Buffer).length;
    if (size > MAX_BODY_BYTES) throw new BodyTooLarge();
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks);
}

async function send(res: ServerResponse, response: Response, extra: Record<string, string>): Promise<void> {
  const headers: Record<string, string | string[]> = { ...extra };
  response.headers.forEach((value, key) => {
    if (key !== 'set-cookie') headers[key] = value;
  });
  const cookies = response.headers.getSetCookie();
  if (cookies.length) headers['set-cookie'] = cookies;
  if (!response.body) {
    res.writeHead(response.status, headers);
    res.end();
    return;
  }
  if (!response.headers.get('content-type')?.startsWith('text/event-stream')) {
    // A whole body in one write: headers and body leave in one packet.
    const bytes = Buffer.from(await response.arrayBuffer());
    headers['content-length'] = String(bytes.length);
    res.writeHead(response.status, headers);
    res.end(bytes);
    return;
  }
  res.writeHead(response.status, headers);
  // Streams (SSE) must reach the client chunk by chunk, not when they end.
  res.flushHeaders();
  const reader = response.body.getReader();
  res.on('close', () => void reader.cancel().catch(() => undefined));
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      res.write(value);
    }
  } catch {
    // the client went away mid-stream
  }
  res.end();
}

/**
 * Starts the reference server over HTTP, for hosts that embed it (a dev server,
 * a test setup, a demo backend) instead of running `npx creditkit-server`.
 *
 * ```ts
 * import { startNodeServer, DEMO_ACCOUNTS } from 'creditkit/server';
 *
 * const server = await startNodeServer({ port: 0, presets: ['usage-billing'] });
 * console.log(server.url, DEMO_ACCOUNTS[0].token); // http://127.0.0.1:41234 demo-usage-billing
 * // <credit-provider api="${server.url}" token="demo-usage-billing">
 * await server.close();
 * ```
 *
 * Accounts and their bearer tokens: `DEMO_ACCOUNTS`; the admin API takes
 * `adminToken` (default `DEFAULT_ADMIN_TOKEN`). With `stripe` or `paypal`
 * credentials, payments go to those providers' test modes; without them the
 * simulated processors honour Stripe's test cards.
 *
 * @param options `port` (default 8787, 0 = a free one), `host` (default
 *   127.0.0.1: the demo tokens must not face a network), `presets`, `basePath`
 *   (e.g. `/api/credits`), `store` (default memory; `{ dataDir }` for the
 *   embedded database, `{ databaseUrl }` for PostgreSQL, which needs `pg`), and
 *   the rest of `MockServerOptions`.
 * @returns The base URL (with the base path), the port, the handler (`mock`),
 *   the node:http server, whether it seeded the demo accounts, and `close()`
 *   (which closes the store too).
 */
export async function startNodeServer(options: NodeServerOptions = {}): Promise<RunningNodeServer> {
  const { port = 8787, host = '127.0.0.1', store = { memory: true }, ...mockOptions } = options;
  const now = mockOptions.now ?? Date.now();
  let seeded = false;
  if (!mockOptions.storage) {
    const opened = await openStorage(store, () => createPresetAccounts(mockOptions.presets, now, mockOptions));
    mockOptions.storage = opened.storage;
    seeded = opened.seeded;
  }
  const storage = mockOptions.storage;
  const mock = createMockServer({ ...mockOptions, now });
  const server = createFetchServer((request) => mock.fetch(request));
  try {
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject);
      server.listen(port, host, () => resolve());
    });
  } catch (error) {
    await storage.close();
    throw error;
  }
  const address = server.address() as AddressInfo;
  const base = originOf(address);
  return {
    url: `${base}${(mockOptions.basePath ?? '').replace(/\/$/, '')}`,
    port: address.port,
    mock,
    http: server,
    seeded,
    async close() {
      await new Promise<void>((resolve, reject) => {
        // Open event streams would keep close() waiting forever.
        server.closeAllConnections();
        server.close((error) => (error ? reject(error) : resolve()));
      });
      await storage.close();
    },
  };
}

/**
 * A node:http server that turns each request into a fetch `Request` for
 * `handler` and streams its `Response` back, with CORS for local origins. The
 * reference server runs on it; the bench measures it bare (its ceiling).
 */
export function createFetchServer(handler: (request: Request) => Promise<Response>): Server {
  let base = '';
  const server = createServer((req, res) => {
    void (async () => {
      const origin = req.headers.origin;
      if (origin !== undefined && !isLocalOrigin(origin)) {
        // Browsers on other sites get nothing: not the preflight, not the request.
        return send(res, problem(403, 'forbidden', 'Only local origins may call the mock server.'), {});
      }
      const cors = origin ? corsHeaders(origin) : {};
      if (req.method === 'OPTIONS') {
        res.writeHead(204, { ...cors, ...PREFLIGHT });
        res.end();
        return;
      }
      const abort = new AbortController();
      res.on('close', () => abort.abort());
      const headers = new Headers();
      for (const [key, value] of Object.entries(req.headers)) {
        if (value === undefined) continue;
        headers.set(key, Array.isArray(value) ? value.join(', ') : value);
      }
      const hasBody = req.method !== 'GET' && req.method !== 'HEAD';
      let body: Uint8Array<ArrayBuffer> | null = null;
      try {
        if (hasBody) body = new Uint8Array(await readBody(req)) as Uint8Array<ArrayBuffer>;
      } catch (error) {
        if (!(error instanceof BodyTooLarge)) throw error;
        res.setHeader('connection', 'close');
        return send(res, problem(413, 'payload_too_large', `Bodies are limited to ${MAX_BODY_BYTES} bytes.`), cors);
      }
      // The server's own address, never the Host header (links it hands out must not be steerable).
      base ||= originOf(server.address() as AddressInfo);
      const request = new Request(new URL(req.url ?? '/', base), {
        method: req.method ?? 'GET',
        headers,
        body,
        signal: abort.signal,
      });
      await send(res, await handler(request), cors);
    })().catch((error: unknown) => {
      console.error('[creditkit mock-server]', error);
      if (!res.headersSent) void send(res, problem(500, 'internal_error'), {});
      else res.end();
    });
  });
  return server;
}

function originOf(address: AddressInfo): string {
  return `http://${address.family === 'IPv6' ? `[${address.address}]` : address.address}:${address.port}`;
}
