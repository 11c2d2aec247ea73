/**
 * `GET /quote`: reads the query (a money top-up `amount`, a package `packageId` or
 * a custom `quantity`). The price itself comes from `quoteFor()` in ../quote.ts,
 * the same builder every purchase route uses.
 */
import { quoteRequest, type QuoteRequest } from '../../core/schemas/index.js';
import { validate } from '../context.js';

/** The query parameters, documented with the wire schema. */
export const quoteQuery = quoteRequest;

const INTEGER_PARAMS = new Set(['amount', 'quantity']);

/** Reads the query into a `QuoteRequest`; "12.50" or "abc" for an amount is `validation_failed`. */
export function readQuoteQuery(query: URLSearchParams): QuoteRequest {
  const raw: Record<string, unknown> = {};
  for (const key of ['amount', 'packageId', 'quantity', 'method', 'country']) {
    const value = query.get(key);
    if (value === null || value === '') continue;
    // Amounts are integer minor units; anything else stays a string and fails validation.
    raw[key] = INTEGER_PARAMS.has(key) && /^\d{1,15}$/.test(value) ? Number(value) : value;
  }
  return validate(quoteRequest, raw);
}
