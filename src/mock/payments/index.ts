/**
 * The payment processors the reference server is built with, one per method.
 * Card: real Stripe Checkout when the server has Stripe keys, the test-card
 * window otherwise; PayPal: Orders v2 with credentials, a simulated approval
 * otherwise; invoice: an unpaid invoice the operator marks paid.
 */
import type { MockServerOptions } from '../server.js';
import { invoiceProcessor } from './invoice.js';
import { paypalProcessor } from './paypal.js';
import type { PaymentProcessors } from './processor.js';
import { simulatedCardProcessor } from './simulated-card.js';
import { stripeProcessor } from './stripe.js';

export function defaultProcessors(options: Pick<MockServerOptions, 'stripe' | 'paypal'>): PaymentProcessors {
  return {
    card: options.stripe ? stripeProcessor : simulatedCardProcessor,
    invoice: invoiceProcessor,
    paypal: paypalProcessor(options.paypal),
  };
}

export type { PaymentProcessor, PaymentProcessors, ProcessorResult, TopUpSnapshot } from './processor.js';
export { applyResult, createTopUp, isFinal, settleFromOutside } from './settle.js';
export { handleStripeWebhook } from './stripe.js';
export { TEST_CARDS } from './simulated-card.js';
