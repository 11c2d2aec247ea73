/**
 * The one error type elements see. Whatever went wrong below the adapter (a
 * problem-details response, a timeout, a network failure, a response that failed
 * validation) arrives as a `CreditsError` with a stable `code`, never as a raw
 * exception.
 */
import { PROBLEM_CODES, type ProblemCode } from '../core/problem-codes.js';
import type { Problem } from '../core/schemas/common.js';

/** What went wrong before a problem-details answer arrived (or instead of one). */
export type TransportErrorCode =
  | 'network_error'
  | 'timeout'
  | 'malformed_response'
  | 'aborted'
  /** A non-2xx answer without problem details and without a more telling status. */
  | 'http_error'
  /** No `api`, `mock` or `adapter` is configured on the provider. */
  | 'not_configured'
  /**
   * Something was thrown that is not a `CreditsError` (adapters throw only those):
   * a bug in an adapter or in the kit. Never worth retrying.
   */
  | 'unexpected_error';

/** Every `code` a `CreditsError` can carry. */
export type CreditsErrorCode = ProblemCode | TransportErrorCode;

const KNOWN_PROBLEM_CODES: ReadonlySet<string> = new Set(PROBLEM_CODES);

/**
 * A problem code the kit does not know (a host backend's own) becomes the
 * documented code its status stands for; the raw one stays on `error.problem.code`.
 */
function knownCode(problem: Problem): CreditsErrorCode {
  if (KNOWN_PROBLEM_CODES.has(problem.code)) return problem.code as ProblemCode;
  return codeForStatus(problem.status);
}

/** The documented code an HTTP error status stands for (with or without problem details). */
export function codeForStatus(status: number): CreditsErrorCode {
  if (status === 401) return 'unauthorized';
  if (status === 403) return 'forbidden';
  if (status === 404) return 'not_found';
  if (status === 409) return 'invalid_state';
  if (status === 400 || status === 415 || status === 422) return 'validation_failed';
  if (status >= 500) return 'internal_error';
  return 'http_error';
}

export class CreditsError extends Error {
  override name = 'CreditsError';
  /**
   * Stable machine code: a problem `code` or a transport code. A backend's own
   * code outside this union is mapped by status; `problem.code` keeps it.
   */
  readonly code: CreditsErrorCode;
  /** HTTP status, or 0 when no response arrived. */
  readonly status: number;
  /** Field errors of a `validation_failed` problem, by input name. */
  readonly fieldErrors: Record<string, string>;
  readonly problem: Problem | undefined;

  constructor(
    code: CreditsErrorCode,
    message: string,
    options: { status?: number; problem?: Problem; cause?: unknown } = {},
  ) {
    super(message, { cause: options.cause });
    this.code = code;
    this.status = options.status ?? 0;
    this.problem = options.problem;
    this.fieldErrors = Object.fromEntries((options.problem?.errors ?? []).map((e) => [e.field, e.code]));
  }

  static fromProblem(problem: Problem): CreditsError {
    return new CreditsError(knownCode(problem), problem.detail ?? problem.title, { status: problem.status, problem });
  }

  /** Whether trying the same thing again may help (network trouble, timeouts, 5xx). */
  get retryable(): boolean {
    // 501 Not Implemented will not change by asking again.
    return (
      this.code === 'network_error' ||
      this.code === 'timeout' ||
      (this.status >= 500 && this.status !== 501) ||
      this.status === 429
    );
  }
}

/**
 * Wraps anything thrown into a `CreditsError`. An abort stays an abort; anything
 * else that is not a `CreditsError` broke the adapter contract (adapters throw
 * only `CreditsError`s), so it is a bug: reported to the console with its stack
 * and shown as a non-retryable `unexpected_error`, never as a network problem.
 */
export function toCreditsError(error: unknown): CreditsError {
  if (error instanceof CreditsError) return error;
  // A CreditsError from a second copy of the kit on the page (its own class).
  if (error instanceof Error && error.name === 'CreditsError' && 'code' in error && 'status' in error) {
    const other = error as Error & { code: CreditsErrorCode; status: number; problem?: Problem };
    return new CreditsError(other.code, other.message, {
      status: other.status,
      ...(other.problem ? { problem: other.problem } : {}),
      cause: error,
    });
  }
  if (error instanceof DOMException && error.name === 'AbortError')
    return new CreditsError('aborted', 'The request was aborted.', { cause: error });
  console.error('[creditkit] unexpected error (adapters must throw CreditsError):', error);
  return new CreditsError('unexpected_error', error instanceof Error ? error.message : String(error), {
    cause: error,
  });
}
