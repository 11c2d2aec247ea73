/** Response helpers for the mock server: JSON and RFC 9457 problem details. */
import type { Problem, ProblemCode } from '../core/schemas/common.js';

export function json(body: unknown, status = 200, headers: HeadersInit = {}): Response {
  return new Response(JSON.stringify(body), {
    status,
    headers: { 'content-type': 'application/json; charset=utf-8', ...headers },
  });
}

const TITLES: Record<string, string> = {
  insufficient_credits: 'Insufficient credits',
  credit_payments_disabled: 'Credit payments are disabled',
  not_eligible: 'Not eligible for payment with credits',
  billing_details_required: 'Billing details required',
  amount_out_of_range: 'Amount out of range',
  idempotency_conflict: 'Idempotency key reused with a different request',
  idempotency_key_required: 'Idempotency-Key header required',
  validation_failed: 'Validation failed',
  not_found: 'Not found',
  unauthorized: 'Unauthorized',
  forbidden: 'Forbidden',
  payment_declined: 'Payment declined',
  purchases_disabled: 'Purchases are disabled',
  method_not_available: 'Payment method not available',
  invalid_state: 'Invalid state for this operation',
  already_paid: 'Already paid',
  not_implemented: 'Not implemented',
  unsupported_media_type: 'Unsupported media type',
  payload_too_large: 'Payload too large',
  method_not_allowed: 'Method not allowed',
  session_expired: 'Session expired',
  invalid_signature: 'Invalid signature',
  internal_error: 'Internal error',
};

export class ProblemError extends Error {
  constructor(
    readonly status: number,
    readonly code: ProblemCode | (string & {}),
    readonly detail?: string,
    readonly errors?: Problem['errors'],
  ) {
    super(detail ?? code);
  }
}

export function problem(
  status: number,
  code: ProblemCode | (string & {}),
  detail?: string,
  errors?: Problem['errors'],
): Response {
  const body: Problem = {
    type: `https://creditkit.dev/problems/${code.replace(/_/g, '-')}`,
    title: TITLES[code] ?? code,
    status,
    code,
    ...(detail ? { detail } : {}),
    ...(errors ? { errors } : {}),
  };
  return new Response(JSON.stringify(body), {
    status,
    headers: { 'content-type': 'application/problem+json; charset=utf-8' },
  });
}
