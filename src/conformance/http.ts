/**
 * The suite's HTTP client: one request at a time as a client of the kit would send
 * it, bounded by a timeout, and recorded as an `Exchange` (request and response as
 * text), so every failure can show exactly what was sent and what came back.
 */

/** A request body: JSON (serialised here) or raw text with its own content type. */
export type Body = { json: unknown } | { raw: string; contentType?: string | null };

export interface SendOptions {
  body?: Body;
  /** Idempotency-Key header; omitted when undefined. */
  key?: string;
  /** Override the client's token for this request (null sends none). */
  token?: string | null;
  headers?: Record<string, string>;
  /** Abort early (SSE readers); the request timeout applies too unless `stream`. */
  signal?: AbortSignal;
  /** Keep the body unread (event streams): `text` stays empty. */
  stream?: boolean;
}

export interface Exchange {
  method: string;
  /** Path below the API base, with the query. */
  path: string;
  requestHeaders: Record<string, string>;
  requestBody?: string;
  /** HTTP status, or 0 when no response came (network error, timeout). */
  status: number;
  headers: Headers;
  contentType: string;
  text: string;
  /** The parsed body when it is JSON, else undefined. */
  json: unknown;
  /** The network error or timeout, when status is 0. */
  error?: string;
  /** The live response of a `stream` request. */
  response?: Response;
}

export interface Transport {
  base: string;
  fetch: typeof fetch;
  timeoutMs: number;
  /** Every exchange, as it completes (schema sweep, write log). */
  observe(exchange: Exchange): void;
}

const SHOWN = 300;

function clip(text: string, max = SHOWN): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length > max ? `${flat.slice(0, max)}… (${flat.length.toLocaleString('en')} chars)` : flat;
}

/** `POST /top-ups {"amount":1000} [Idempotency-Key: k, Content-Type: text/plain]` */
export function describeRequest(exchange: Exchange): string {
  const notes: string[] = [];
  const key = exchange.requestHeaders['idempotency-key'];
  if (key !== undefined) notes.push(`Idempotency-Key: ${clip(key, 40)}`);
  const auth = exchange.requestHeaders.authorization;
  notes.push(
    auth === undefined ? 'no token' : /^bearer /i.test(auth) ? 'bearer token' : `Authorization: ${clip(auth, 20)}`,
  );
  const type = exchange.requestHeaders['content-type'];
  if (exchange.requestBody !== undefined && type !== 'application/json')
    notes.push(type === undefined ? 'no Content-Type' : `Content-Type: ${type}`);
  const body = exchange.requestBody === undefined ? '' : ` ${clip(exchange.requestBody, 160)}`;
  return `${exchange.method} ${clip(exchange.path, 160)}${body} [${notes.join(', ')}]`;
}

/** `422 application/problem+json {"code":…}` or the network error. */
export function describeResponse(exchange: Exchange): string {
  if (exchange.status === 0) return `no response: ${exchange.error ?? 'unknown error'}`;
  const type = exchange.contentType ? ` ${exchange.contentType.split(';')[0]}` : '';
  return `${exchange.status}${type}${exchange.text ? ` ${clip(exchange.text)}` : ''}`;
}

/** A client with one token (or none), over a shared transport. */
export class Client {
  constructor(
    readonly transport: Transport,
    readonly token: string | null,
  ) {}

  /** The same transport with another token. */
  as(token: string | null): Client {
    return new Client(this.transport, token);
  }

  get(path: string, options: Omit<SendOptions, 'body'> = {}): Promise<Exchange> {
    return this.send('GET', path, options);
  }

  post(path: string, json: unknown, key: string | undefined, options: SendOptions = {}): Promise<Exchange> {
    return this.send('POST', path, { body: { json }, ...(key === undefined ? {} : { key }), ...options });
  }

  put(path: string, json: unknown, key: string | undefined, options: SendOptions = {}): Promise<Exchange> {
    return this.send('PUT', path, { body: { json }, ...(key === undefined ? {} : { key }), ...options });
  }

  async send(method: string, path: string, options: SendOptions = {}): Promise<Exchange> {
    const headers: Record<string, string> = { accept: 'application/json', ...options.headers };
    const token = options.token === undefined ? this.token : options.token;
    if (token !== null) headers.authorization = `Bearer ${token}`;
    if (options.key !== undefined) headers['idempotency-key'] = options.key;
    let requestBody: string | undefined;
    if (options.body) {
      if ('json' in options.body) {
        requestBody = JSON.stringify(options.body.json);
        headers['content-type'] = 'application/json';
      } else {
        requestBody = options.body.raw;
        if (options.body.contentType) headers['content-type'] = options.body.contentType;
      }
    }
    const exchange: Exchange = {
      method,
      path,
      requestHeaders: headers,
      ...(requestBody === undefined ? {} : { requestBody }),
      status: 0,
      headers: new Headers(),
      contentType: '',
      text: '',
      json: undefined,
    };
    // A stream may stay open as long as its reader wants, but its headers must come in time.
    const headersDue = new AbortController();
    const timer = setTimeout(
      () => headersDue.abort(new DOMException('timed out', 'TimeoutError')),
      this.transport.timeoutMs,
    );
    const signals = [
      options.signal,
      options.stream ? headersDue.signal : AbortSignal.timeout(this.transport.timeoutMs),
    ];
    try {
      const response = await this.transport.fetch(this.transport.base + path, {
        method,
        headers,
        // Raw bodies without a content type must go out without one: a Blob with
        // no type makes fetch add none (a string would get text/plain).
        ...(requestBody === undefined
          ? {}
          : { body: headers['content-type'] === undefined ? new Blob([requestBody]) : requestBody }),
        signal: AbortSignal.any(signals.filter((signal): signal is AbortSignal => signal !== undefined)),
        redirect: 'manual',
      });
      clearTimeout(timer);
      exchange.status = response.status;
      exchange.headers = response.headers;
      exchange.contentType = response.headers.get('content-type') ?? '';
      if (options.stream) exchange.response = response;
      else {
        exchange.text = await response.text();
        if (/[/+]json\b/i.test(exchange.contentType)) {
          try {
            exchange.json = JSON.parse(exchange.text);
          } catch {
            // Left undefined: checks report a body that claims JSON and is not.
          }
        }
      }
    } catch (error) {
      clearTimeout(timer);
      const err = error as Error;
      exchange.error =
        err.name === 'TimeoutError' ? `timed out after ${this.transport.timeoutMs} ms` : err.message || String(err);
    }
    this.transport.observe(exchange);
    return exchange;
  }
}
