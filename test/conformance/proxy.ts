/**
 * A loopback HTTP proxy in front of a reference server, with a middleware that
 * may change what passes: the broken backends (fixtures.ts) are the reference
 * server with one promise broken, reached only through HTTP.
 */
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { Readable } from 'node:stream';

export type Forward = (request: Request) => Promise<Response>;
export type Middleware = (request: Request, forward: Forward) => Promise<Response>;

export interface RunningProxy {
  url: string;
  close(): Promise<void>;
}

const HOP_BY_HOP = new Set(['host', 'connection', 'keep-alive', 'transfer-encoding', 'content-length']);

export async function startProxy(upstream: string, middleware: Middleware): Promise<RunningProxy> {
  const forward: Forward = (request) => {
    const url = new URL(request.url);
    return fetch(`${upstream}${url.pathname}${url.search}`, {
      method: request.method,
      headers: request.headers,
      body: request.body,
      signal: request.signal,
      redirect: 'manual',
      duplex: 'half',
    } as RequestInit);
  };
  const server = createServer((req, res) => {
    const abort = new AbortController();
    res.on('close', () => abort.abort());
    void (async () => {
      const headers = new Headers();
      for (const [name, value] of Object.entries(req.headers))
        if (value !== undefined && !HOP_BY_HOP.has(name)) headers.set(name, String(value));
      const hasBody = req.method !== 'GET' && req.method !== 'HEAD';
      const request = new Request(`http://proxy${req.url}`, {
        method: req.method!,
        headers,
        body: hasBody ? Buffer.concat(await req.toArray()) : null,
        signal: abort.signal,
      });
      const response = await middleware(request, forward);
      const out: Record<string, string> = {};
      response.headers.forEach((value, name) => {
        if (!HOP_BY_HOP.has(name)) out[name] = value;
      });
      res.writeHead(response.status, out);
      if (!response.body) return void res.end();
      res.flushHeaders();
      Readable.fromWeb(response.body as import('node:stream/web').ReadableStream)
        .on('error', () => res.end())
        .pipe(res);
    })().catch(() => {
      if (!res.headersSent) res.writeHead(502);
      res.end();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
