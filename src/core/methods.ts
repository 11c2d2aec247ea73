/**
 * Payment method groups. Kept free of zod so elements can import them without
 * pulling the schema runtime into their eager bundle.
 */
import type { PaymentMethod } from './schemas/common.js';

/** Methods that are paid immediately online. */
export const INSTANT_METHODS: readonly PaymentMethod[] = ['card', 'paypal'];
/** Methods that create a credit request the operator must accept. */
export const MANUAL_METHODS: readonly PaymentMethod[] = ['bank_transfer', 'crypto'];
