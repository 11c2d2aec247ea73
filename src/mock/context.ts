/** What a route handler gets: the request, its account, and the server's services. */
import { z } from '../core/schemas/zod.js';
import { fingerprint } from '../core/ledger.js';
import { ProblemError } from './http.js';
import type { Route } from './router.js';
import type { MockServerCore } from './server.js';
import type { AccountTx, IdempotencyEntry } from './store/types.js';

/**
 * How long an idempotency record answers retries (Stripe's rule: at least 24 h).
 * After that the key is free again; records are purged in the background.
 */
export const IDEMPOTENCY_TTL_MS = 24 * 60 * 60 * 1000;
export const IDEMPOTENCY_KEY_MAX = 255;

const JSON_TYPE = /^application\/(?:[\w.+-]+\+)?json\s*(?:;|$)/i;

/** The two steps of a write whose provider call must run outside the database transaction. */
export interface IntentSteps<O> {
  /** In the first transaction: check and record the intent; returns its id, or a final response. */
  begin(tx: AccountTx): Promise<string | Response>;
  /** Outside any transaction: call the payment provider for the intent. */
  call(intent: string): Promise<O>;
  /** In the second transaction: apply the outcome; the response is stored for retries. */
  finish(tx: AccountTx, intent: string, outcome: O): Promise<Response>;
}

export class RequestContext {
  readonly url: URL;
  /** Path below the API base, e.g. `/top-ups/tu_1`. */
  readonly path: string;
  params: Record<string, string> = {};
  /** The matched route (idempotency records are scoped to its operation). */
  route: Route | undefined;
  private accountId_: string | undefined;
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

  /** The caller's account (set for every non-public route; admin routes set the one in the path). */
  get accountId(): string {
    if (!this.accountId_) throw new ProblemError(401, 'unauthorized', 'A valid bearer token is required.');
    return this.accountId_;
  }

  set accountId(value: string) {
    this.accountId_ = value;
  }

  get hasAccount(): boolean {
    return this.accountId_ !== undefined;
  }

  /** The server clock in epoch ms (tests and the demo can move it). */
  now(): number {
    return this.server.clock.now();
  }

  nowIso(): string {
    return new Date(this.now()).toISOString();
  }

  /** Runs `fn` with the account locked: all of it commits, or none of it. */
  transaction<T>(fn: (tx: AccountTx) => Promise<T>): Promise<T> {
    return this.server.storage.transaction(this.accountId, fn);
  }

  /** Runs `fn` on a consistent snapshot of the account. */
  read<T>(fn: (tx: AccountTx) => Promise<T>): Promise<T> {
    return this.server.storage.read(this.accountId, fn);
  }

  text(): Promise<string> {
    this.bodyText ??= this.request.text();
    return this.bodyText;
  }

  /**
   * Parses and validates the JSON body. A body under any other content type is
   * refused (415) before it is read as JSON; malformed JSON and schema failures
   * are `validation_failed` (422) naming the fields. No body at all reads as `{}`.
   */
  async body<S extends z.ZodMiniType>(schema: S): Promise<z.infer<S>> {
    const raw = await this.text();
    if (raw !== '' && !JSON_TYPE.test(this.request.headers.get('content-type') ?? '')) {
      throw new ProblemError(415, 'unsupported_media_type', 'Send the body as JSON (Content-Type: application/json).');
    }
    let data: unknown;
    try {
      data = raw === '' ? {} : JSON.parse(raw);
    } catch {
      throw new ProblemError(422, 'validation_failed', 'The request body is not valid JSON.', [
        { field: 'body', code: 'invalid_json', message: 'Not valid JSON.' },
      ]);
    }
    return validate(schema, data);
  }

  /** The Idempotency-Key header: required for `idempotent` writes, 1–255 visible characters. */
  idempotencyKey(): string | null {
    const key = this.request.headers.get('idempotency-key');
    if (key === null) return null;
    if (key.length < 1 || key.length > IDEMPOTENCY_KEY_MAX || !/^[\x21-\x7e][\x20-\x7e]*$/.test(key)) {
      throw new ProblemError(422, 'validation_failed', 'The Idempotency-Key is not valid.', [
        {
          field: 'Idempotency-Key',
          code: 'invalid',
          message: `Use 1–${IDEMPOTENCY_KEY_MAX} visible ASCII characters (a UUID is ideal).`,
        },
      ]);
    }
    return key;
  }

  private requireKey(): string {
    const key = this.idempotencyKey();
    if (key === null) throw new ProblemError(400, 'idempotency_key_required', 'Writes need an Idempotency-Key header.');
    return key;
  }

  /** Idempotency records are scoped to the account and the operation (`POST /usage/holds/:id/capture`). */
  private get operation(): string {
    return `${this.request.method} ${this.route?.path ?? this.path}`;
  }

  private async fingerprint(): Promise<string> {
    return fingerprint({ method: this.request.method, path: this.path, body: await this.text() });
  }

  /** The live record for a key, refusing a different request under the same key. */
  private async lookup(tx: AccountTx, key: string, print: string): Promise<IdempotencyEntry | null> {
    const record = await tx.idempotency(this.operation, key);
    if (!record || this.now() - record.createdAt >= IDEMPOTENCY_TTL_MS) return null;
    if (record.fingerprint !== print)
      throw new ProblemError(409, 'idempotency_conflict', 'This Idempotency-Key was used for a different request.');
    return record;
  }

  private async store(
    tx: AccountTx,
    key: string,
    print: string,
    response: Response,
    intent: string | null,
  ): Promise<void> {
    // A 5xx is not a result: the client may retry it with the same key.
    if (response.status >= 500) return;
    await tx.putIdempotency(this.operation, key, {
      fingerprint: print,
      state: 'done',
      intent,
      status: response.status,
      body: await response.clone().text(),
      contentType: response.headers.get('content-type') ?? 'application/json',
      createdAt: this.now(),
    });
    this.server.maybePurgeIdempotency();
  }

  /**
   * Runs a write once per idempotency key, in one transaction with its record: a
   * repeat with the same key and request returns the stored response; the same
   * key with a different request is refused with `idempotency_conflict`. A thrown
   * problem stores nothing (the client may fix the request and retry the key).
   */
  async idempotent(run: (tx: AccountTx) => Promise<Response>): Promise<Response> {
    const key = this.requireKey();
    const print = await this.fingerprint();
    return this.transaction(async (tx) => {
      const record = await this.lookup(tx, key, print);
      if (record?.state === 'done') return replay(record);
      const response = await run(tx);
      await this.store(tx, key, print, response, record?.intent ?? null);
      return response;
    });
  }

  /** Like `idempotent`, but the key is optional (admin writes): without one the write just runs. */
  maybeIdempotent(run: (tx: AccountTx) => Promise<Response>): Promise<Response> {
    return this.idempotencyKey() === null ? this.transaction(run) : this.idempotent(run);
  }

  /**
   * A write with a provider call in the middle: record the intent (one
   * transaction), call the provider outside any transaction, settle (a second
   * transaction). The intent is stored under the idempotency key, so a retry after
   * a failure or a crash resumes the same intent (providers get the same
   * idempotency key again) instead of starting a second payment.
   */
  async withIntent<O>(steps: IntentSteps<O>): Promise<Response> {
    const key = this.requireKey();
    const print = await this.fingerprint();
    const first = await this.transaction(async (tx): Promise<string | Response> => {
      const record = await this.lookup(tx, key, print);
      if (record?.state === 'done') return replay(record);
      if (record?.intent) return record.intent;
      const begun = await steps.begin(tx);
      if (begun instanceof Response) {
        await this.store(tx, key, print, begun, null);
        return begun;
      }
      await tx.putIdempotency(this.operation, key, {
        fingerprint: print,
        state: 'started',
        intent: begun,
        status: 0,
        body: '',
        contentType: '',
        createdAt: this.now(),
      });
      return begun;
    });
    if (first instanceof Response) return first;
    const outcome = await steps.call(first);
    return this.transaction(async (tx) => {
      const record = await this.lookup(tx, key, print);
      // A concurrent retry settled it first: answer what it answered.
      if (record?.state === 'done') return replay(record);
      const response = await steps.finish(tx, first, outcome);
      await this.store(tx, key, print, response, first);
      return response;
    });
  }
}

function replay(record: IdempotencyEntry): Response {
  return new Response(record.body, {
    status: record.status,
    headers: { 'content-type': record.contentType, 'idempotent-replayed': 'true' },
  });
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
