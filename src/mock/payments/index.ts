/**
 * Registers every payment processor with the registry in processor.ts. The
 * top-ups route imports this module once.
 * PayPal registers its own 'paypal' processor in ./paypal.js.
 */
import { registerProcessor } from './processor.js';
import { simulatedCardProcessor } from './simulated-card.js';
import { stripeProcessor } from './stripe.js';
import './invoice.js';
import './paypal.js';
import './paypal.js';

// Card: real Stripe Checkout when the server has Stripe keys, the test-card window otherwise.
registerProcessor('card', (ctx) => (ctx.server.options.stripe ? stripeProcessor : simulatedCardProcessor));

export { applyResult, createTopUp, isFinal, topUpMeta } from './settle.js';
export { handleStripeWebhook } from './stripe.js';
export { TEST_CARDS } from './simulated-card.js';
