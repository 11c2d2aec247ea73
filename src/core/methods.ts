/**
 * Payment method groups, listed once. Kept free of zod so elements can import
 * them without pulling the schema runtime into their eager bundle.
 */
import type { PaymentMethod } from './schemas/common.js';

/** Methods that are paid immediately online. */
export const INSTANT_METHODS = ['card', 'paypal'] as const satisfies readonly PaymentMethod[];
/** Methods that create a credit request the operator must accept (bank transfer, cryptocurrency). */
export const MANUAL_METHODS = ['bank_transfer', 'crypto'] as const satisfies readonly PaymentMethod[];
export type ManualMethod = (typeof MANUAL_METHODS)[number];

export function isManualMethod(method: PaymentMethod | null | undefined): method is ManualMethod {
  return (MANUAL_METHODS as readonly (PaymentMethod | null | undefined)[]).includes(method);
}
