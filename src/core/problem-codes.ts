/**
 * The stable problem codes of the backend contract (SPEC §6), without zod: the
 * adapter's error type reads them on the eager path, where the wire schemas
 * (loaded with the first response) must not be.
 */
/** Stable problem codes a backend returns; hosts may add their own. */
export const PROBLEM_CODES = [
  'insufficient_credits',
  'credit_payments_disabled',
  'not_eligible',
  'billing_details_required',
  'amount_out_of_range',
  'idempotency_conflict',
  'idempotency_key_required',
  'validation_failed',
  'not_found',
  'unauthorized',
  'forbidden',
  'payment_declined',
  'purchases_disabled',
  'method_not_available',
  'invalid_state',
  'already_paid',
  'not_implemented',
  'internal_error',
] as const;
export type ProblemCode = (typeof PROBLEM_CODES)[number];
