/**
 * HTTP status each stable problem code is answered with. Its own module, so the
 * routes that answer problems do not pull in the OpenAPI generator (zod's JSON
 * Schema converter), which only `GET /openapi.json` needs.
 */
export const PROBLEM_STATUS: Record<string, number> = {
  validation_failed: 422,
  amount_out_of_range: 422,
  // The balance is short right now: a state conflict, not bad input.
  insufficient_credits: 409,
  already_paid: 409,
  credit_payments_disabled: 403,
  not_eligible: 422,
  billing_details_required: 422,
  purchases_disabled: 422,
  method_not_available: 422,
  payment_declined: 402,
  invalid_state: 409,
  idempotency_conflict: 409,
  idempotency_key_required: 400,
  unsupported_media_type: 415,
  payload_too_large: 413,
  method_not_allowed: 405,
  session_expired: 410,
  invalid_signature: 400,
  unauthorized: 401,
  forbidden: 403,
  not_found: 404,
  not_implemented: 501,
  internal_error: 500,
};
