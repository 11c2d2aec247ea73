/**
 * How a check is written: a name, one line saying what it proves, what it needs
 * (operator token, account B, a service…), and a `run` that throws `fail()` with
 * the exchange that showed the problem, or `skip()` with the reason it cannot run.
 * The assertion helpers below word every failure the same way.
 */
import { problem as problemSchema } from '../core/schemas/common.js';
import type { z } from '../core/schemas/zod.js';
import type { Exchange } from './http.js';
import type { Suite } from './suite.js';
import type { GroupName } from './types.js';

export type Requirement = 'operator' | 'accountB' | 'service' | 'invoice';

export interface Check {
  /** Short kebab-case name, unique in its group. */
  name: string;
  /** What the check proves, in one line. */
  title: string;
  needs?: readonly Requirement[];
  run(suite: Suite): Promise<void>;
}

export interface Group {
  name: GroupName;
  checks: readonly Check[];
}

export class CheckFailure extends Error {
  constructor(
    readonly reason: string,
    readonly exchange?: Exchange,
  ) {
    super(reason);
  }
}

export class CheckSkip extends Error {}

export function fail(reason: string, exchange?: Exchange): never {
  throw new CheckFailure(reason, exchange);
}

export function skip(reason: string): never {
  throw new CheckSkip(reason);
}

/** `409 insufficient_credits`, `201`, or `no response (timed out…)`. */
export function outcome(exchange: Exchange): string {
  if (exchange.status === 0) return `no response (${exchange.error ?? 'error'})`;
  const code = codeOf(exchange);
  return code ? `${exchange.status} ${code}` : String(exchange.status);
}

/** The `code` of a JSON error body, if any. */
export function codeOf(exchange: Exchange): string | undefined {
  const json = exchange.json as { code?: unknown } | undefined;
  return json && typeof json === 'object' && typeof json.code === 'string' ? json.code : undefined;
}

function list(values: readonly (number | string)[]): string {
  return values.length === 1 ? String(values[0]) : `one of ${values.join(', ')}`;
}

export function expectStatus(exchange: Exchange, expected: number | readonly number[]): void {
  const statuses = typeof expected === 'number' ? [expected] : expected;
  if (!statuses.includes(exchange.status)) fail(`expected ${list(statuses)}, got ${outcome(exchange)}`, exchange);
}

/** The body parsed with `schema` (lenient shapes for what a check needs; the wire schemas in the schemas group). */
export function expectBody<S extends z.ZodMiniType>(
  exchange: Exchange,
  status: number | readonly number[],
  schema: S,
  what = 'the body',
): z.infer<S> {
  expectStatus(exchange, status);
  if (!/^application\/json\b/i.test(exchange.contentType))
    fail(`expected Content-Type application/json, got "${exchange.contentType || 'none'}"`, exchange);
  if (exchange.json === undefined) fail('the body is not valid JSON', exchange);
  const parsed = schema.safeParse(exchange.json);
  if (!parsed.success) fail(`${what} does not match its schema: ${describeIssues(parsed.error.issues)}`, exchange);
  return parsed.data as z.infer<S>;
}

/** `balance: expected int, received number; …` (the first few issues). */
export function describeIssues(issues: readonly z.core.$ZodIssue[]): string {
  const shown = issues.slice(0, 4).map((issue) => {
    const path = issue.path.length ? issue.path.join('.') : '(root)';
    return `${path}: ${issue.message}`;
  });
  return shown.join('; ') + (issues.length > shown.length ? ` (+${issues.length - shown.length} more)` : '');
}

/**
 * A refusal: one of the statuses and, when given, one of the codes. Lenient about
 * the body's shape (the problems group owns that), strict about status and code.
 */
export function expectRefused(
  exchange: Exchange,
  statuses: number | readonly number[],
  codes?: readonly string[],
): void {
  const allowed = typeof statuses === 'number' ? [statuses] : statuses;
  const code = codeOf(exchange);
  const want = `${list(allowed)}${codes ? ` ${list(codes)}` : ''}`;
  if (!allowed.includes(exchange.status) || (codes && (code === undefined || !codes.includes(code))))
    fail(`expected ${want}, got ${outcome(exchange)}${exchange.status >= 500 ? ' (a server error)' : ''}`, exchange);
}

/** RFC 9457 problem details: the status, the media type, the shape, `status` in the body, and the code. */
export function expectProblem(exchange: Exchange, status: number, codes?: readonly string[]): void {
  expectRefused(exchange, status, codes);
  if (!/^application\/problem\+json\b/i.test(exchange.contentType))
    fail(`expected Content-Type application/problem+json, got "${exchange.contentType || 'none'}"`, exchange);
  const parsed = problemSchema.safeParse(exchange.json);
  if (!parsed.success) fail(`not RFC 9457 problem details: ${describeIssues(parsed.error.issues)}`, exchange);
  if (parsed.data.status !== exchange.status)
    fail(`the body says status ${parsed.data.status}, the response is ${exchange.status}`, exchange);
}
