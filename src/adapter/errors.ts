/**
 * The one error type elements see. Whatever went wrong below the adapter (a
 * problem-details response, a timeout, a network failure, a response that failed
 * validation) arrives as a `CreditsError` with a stable `code`, never as a raw
 * exception.
 */
import type { Problem } from '../core/schemas/common.js';

export type TransportErrorCode = 'network_error' | 'timeout' | 'malformed_response' | 'aborted';

export class CreditsError extends Error {
  override name = 'CreditsError';
  /** Stable machine code: a problem `code` or a transport code. */
  readonly code: string;
  /** HTTP status, or 0 when no response arrived. */
  readonly status: number;
  /** Field errors of a `validation_failed` problem, by input name. */
  readonly fieldErrors: Record<string, string>;
  readonly problem: Problem | undefined;

  constructor(code: string, message: string, options: { status?: number; problem?: Problem; cause?: unknown } = {}) {
    super(message, { cause: options.cause });
    this.code = code;
    this.status = options.status ?? 0;
    this.problem = options.problem;
    this.fieldErrors = Object.fromEntries((options.problem?.errors ?? []).map((e) => [e.field, e.code]));
  }

  static fromProblem(problem: Problem): CreditsError {
    return new CreditsError(problem.code, problem.detail ?? problem.title, { status: problem.status, problem });
  }

  /** Whether trying the same thing again may help (network trouble, timeouts, 5xx). */
  get retryable(): boolean {
    return this.code === 'network_error' || this.code === 'timeout' || this.status >= 500 || this.status === 429;
  }
}

/** Wraps anything thrown into a `CreditsError`. */
export function toCreditsError(error: unknown): CreditsError {
  if (error instanceof CreditsError) return error;
  if (error instanceof DOMException && error.name === 'AbortError')
    return new CreditsError('aborted', 'The request was aborted.', { cause: error });
  return new CreditsError('network_error', error instanceof Error ? error.message : String(error), { cause: error });
}
