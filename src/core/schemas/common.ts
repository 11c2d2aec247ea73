/**
 * Wire primitives shared by every schema. Built on `zod/mini` so the browser only
 * pays for the checks it uses; the same schemas validate in the mock server and
 * generate the OpenAPI document.
 */
import { z } from './zod.js';

/** An integer amount in minor units (cents, or whole credits). */
export const minor = z.int();
/** A non-negative integer amount in minor units. */
export const amount = z.int().check(z.gte(0));
/** ISO 8601 timestamp with `Z`, e.g. `2026-11-23T09:00:00.000Z`. */
export const timestamp = z.iso.datetime();
/** ISO 8601 calendar date, e.g. `2026-11-23`. */
export const date = z.iso.date();
export const id = z.string().check(z.minLength(1), z.maxLength(200));
/** ISO 4217 code, upper case. */
export const currency = z.string().check(z.regex(/^[A-Z]{3}$/));
/** ISO 3166-1 alpha-2 country code, upper case. */
export const country = z.string().check(z.regex(/^[A-Z]{2}$/));
/** A short text per language (`{ en: 'credits', de: 'Credits' }`); `en` is the fallback. */
export const localizedText = z.record(z.string(), z.string());

export const paymentMethod = z.enum(['card', 'paypal', 'invoice', 'bank_transfer', 'crypto', 'credits']);
export type PaymentMethod = z.infer<typeof paymentMethod>;

export { INSTANT_METHODS, MANUAL_METHODS } from '../methods.js';

/** RFC 9457 problem details with a stable machine-readable `code`. */
export const problem = z.object({
  type: z.optional(z.string()),
  title: z.string(),
  status: z.int(),
  detail: z.optional(z.string()),
  code: z.string(),
  instance: z.optional(z.string()),
  /** Field-level errors for `validation_failed` (`field` is the input's `name`). */
  errors: z.optional(z.array(z.object({ field: z.string(), code: z.string(), message: z.string() }))),
});
export type Problem = z.infer<typeof problem>;

export { PROBLEM_CODES, type ProblemCode } from '../problem-codes.js';

/** `GET /billing-portal`: where the customer manages payment methods and invoices. */
export const billingPortal = z.object({ url: z.string() });

/** A response whose shape the client does not depend on (admin usage, clock). */
export const anyResponse = z.unknown();
