/** What a route handler gets: the request, its account, and the server's services. */
import { z } from '../core/schemas/zod.js';
import { decideIdempotency, fingerprint } from '../core/ledger.js';
import { ProblemError } from './http.js';
import type { MockServerCore } from './server.js';
import type { AccountRecord } from './store/types.js';

export class RequestContext {
  readonly url: URL;
  /** Path below the API base, e.g. `/top-ups/tu_1`. */
  readonly path: string;
  params: Record<string, string> = {};
  private account_: AccountRecord | undefined;
  private bodyText: Promise<string> | undefined;

  constructor(
    readonly request: Request,
    path: string,
    readonly server: MockServerCore,
  ) {
    this.url = new URL(request.url);
    this.path = path;
  }

  get query(): URLSearchParams {
    return this.url.searchParams;
  }

  /** The caller's account (set for every non-public, non-admin route). */
  get account(): AccountRecord {
    if (!this.account_) throw new ProblemError(401, 'unauthorized', 'A valid bearer token is required.');
    return this.account_;
  }

  set account(value: AccountRecord) {
    this.account_ = value;
  }

  get hasAccount(): boolean {
    return this.account_ !== undefined;
  }

  /** The server clock in epoch ms (tests and the demo can move it). */
  now(): number {
    return this.server.clock.now();
  }

  nowIso(): string {
    return new Date(this.now()).toISOString();
  }

  text(): Promise<string> {
    this.bodyText ??= this.request.text();
    return this.bodyText;
  }

  /** Parses and validates the JSON body; bad input is a `validation_failed` problem naming the fields. */
  async body<S extends z.ZodMiniType>(schema: S): Promise<z.infer<S>> {
    const raw = await this.text();
    let data: unknown;
    try {
      data = raw === '' ? {} : JSON.parse(raw);
    } catch {
      throw new ProblemError(400, 'validation_failed', 'The request body is not valid JSON.');
    }
    return validate(schema, data);
  }

  /**
   * Runs a write once per idempotency key. A repeat with the same key and the same
   * request returns the stored response; the same key with a different request is
   * refused with `idempotency_conflict`. Runs inside the account lock.
   */
  async idempotent(run: (account: AccountRecord) => Promise<Response> | Response): Promise<Response> {
    const key = this.request.headers.get('idempotency-key');
    if (!key) throw new ProblemError(400, 'idempotency_key_required', 'Writes need an Idempotency-Key header.');
    const account = this.account;
    const print = fingerprint({ method: this.request.method, path: this.path, body: await this.text() });
    return this.server.storage.withAccount(account.id, async (acc) => {
      const recordKey = `${key}`;
      const existing = acc.idempotency.get(recordKey);
      const decision = decideIdempotency(existing && { fingerprint: existing.fingerprint, result: existing }, print);
      if (decision.kind === 'conflict')
        throw new ProblemError(409, 'idempotency_conflict', 'This Idempotency-Key was used for a different request.');
      if (decision.kind === 'replay') {
        const r = decision.result;
        return new Response(r.body, {
          status: r.status,
          headers: { 'content-type': r.contentType, 'idempotent-replayed': 'true' },
        });
      }
      // A thrown problem (validation, state) is not stored: the client may fix it and retry with the same key.
      const response = await run(acc);
      const body = await response.clone().text();
      if (response.status < 500) {
        acc.idempotency.set(recordKey, {
          fingerprint: print,
          status: response.status,
          body,
          contentType: response.headers.get('content-type') ?? 'application/json',
        });
      }
      return response;
    });
  }
}

/** Validates data against a schema, throwing a `validation_failed` problem with one error per field. */
export function validate<S extends z.ZodMiniType>(schema: S, data: unknown): z.infer<S> {
  const result = schema.safeParse(data);
  if (result.success) return result.data as z.infer<S>;
  const errors = result.error.issues.map((issue) => ({
    field: issue.path.join('.') || 'body',
    code: issue.code ?? 'invalid',
    message: issue.message,
  }));
  throw new ProblemError(422, 'validation_failed', 'Some fields are invalid.', errors);
}
