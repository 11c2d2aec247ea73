/**
 * PayPal has no routes of its own: orders are created and captured through the
 * top-ups routes (`POST /top-ups` with `method: 'paypal'`, then
 * `POST /top-ups/:id/complete` with `paypalOrderId`). Importing the processor
 * here registers it with the payment-processor registry whenever the routes load.
 */
import '../payments/paypal.js';
import type { Route } from '../router.js';

export const paypalRoutes: Route[] = [];
