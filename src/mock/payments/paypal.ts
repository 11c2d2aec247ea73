/**
 * The PayPal payment processor. With `paypal` credentials in the server options
 * it creates and captures real Orders v2 orders (the top-up id is the
 * `PayPal-Request-Id`, so retries never create a second order or charge twice);
 * without them it simulates: an order id the test-mode "Approve with PayPal
 * (simulated)" button approves.
 */
import { ProblemError } from '../http.js';
import { PaypalApiError, PaypalOrders, type PaypalConfig } from './paypal-orders.js';
import type { PaymentProcessor, ProcessorResult } from './processor.js';

/** The client id the browser sees when PayPal is simulated: no SDK is loaded for it. */
export const SIMULATED_PAYPAL_CLIENT_ID = 'sb-simulated';

const failed = (message: string): ProcessorResult => ({
  status: 'failed',
  next: null,
  failureCode: 'payment_declined',
  failureMessage: message,
});

/** The PayPal processor for a server with these credentials (simulated without). */
export function paypalProcessor(config: PaypalConfig | undefined): PaymentProcessor {
  const orders = config ? new PaypalOrders(config) : undefined;
  return {
    async start(_ctx, { account, topUp }) {
      let orderId: string;
      if (orders) {
        try {
          const order = await orders.createOrder({
            requestId: topUp.id,
            referenceId: topUp.id,
            customId: account.id,
            description: `${topUp.quote.credits} credits`,
            currency: topUp.quote.currency,
            total: topUp.quote.total,
          });
          orderId = order.id;
        } catch (error) {
          return failed(error instanceof PaypalApiError ? error.message : 'PayPal could not be reached.');
        }
      } else {
        orderId = `SIM-${topUp.id.toUpperCase().replace(/[^A-Z0-9]/g, '')}`;
      }
      return {
        status: 'requires_payment',
        meta: { paypalOrderId: orderId },
        next: {
          type: 'paypal',
          orderId,
          clientId: config?.clientId ?? SIMULATED_PAYPAL_CLIENT_ID,
          currency: topUp.quote.currency,
          ...(config?.sdkBaseUrl ? { sdkBaseUrl: config.sdkBaseUrl } : {}),
        },
      };
    },

    async complete(_ctx, { topUp, meta }, request) {
      const orderId = meta.paypalOrderId;
      if (!orderId || request.paypalOrderId !== orderId) {
        throw new ProblemError(422, 'validation_failed', 'This PayPal order does not belong to this top-up.', [
          { field: 'paypalOrderId', code: 'mismatch', message: 'Unknown PayPal order.' },
        ]);
      }
      if (!orders) return { status: 'completed', next: null };
      try {
        const capture = await orders.capture(orderId, `${topUp.id}-capture`);
        return capture.status === 'COMPLETED'
          ? { status: 'completed', next: null }
          : failed(`PayPal capture ${capture.status}`);
      } catch (error) {
        return failed(error instanceof PaypalApiError ? error.message : 'PayPal could not be reached.');
      }
    },
  };
}
