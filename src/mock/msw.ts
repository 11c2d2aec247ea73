/**
 * msw 2 handlers that put the reference mock server behind any base URL, for tests
 * and the demo. The only module that imports msw: it must never reach the
 * production bundle (the kit's entry points do not import this file).
 */
import { http, type HttpHandler } from 'msw';
import type { MockServer } from './server.js';

/**
 * Handlers answering every request under `baseUrl` (e.g.
 * `https://backend.example/api/credits`) with `server.fetch`. The URL is rewritten
 * so the path below `baseUrl` lands below the server's own `basePath`.
 */
export function mockHandlers(server: MockServer, baseUrl: string): HttpHandler[] {
  const base = new URL(baseUrl);
  const basePath = base.pathname.replace(/\/$/, '');
  const serverBase = (server.options.basePath ?? '').replace(/\/$/, '');
  return [
    http.all(`${base.origin}${basePath}/*`, async ({ request }) => {
      const url = new URL(request.url);
      url.pathname = serverBase + url.pathname.slice(basePath.length);
      const hasBody = request.method !== 'GET' && request.method !== 'HEAD';
      const forwarded = new Request(url, {
        method: request.method,
        headers: request.headers,
        body: hasBody ? await request.arrayBuffer() : null,
        signal: request.signal,
      });
      return server.fetch(forwarded);
    }),
  ];
}

export { createMockServer } from './server.js';
export type { MockServer, MockServerOptions } from './server.js';
