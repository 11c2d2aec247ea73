/**
 * The simulated card processor (no STRIPE_SECRET_KEY): a test-mode "secure payment
 * window" that honours Stripe's test cards, so demos and tests see every outcome.
 *   4242 4242 4242 4242  succeeds
 *   4000 0000 0000 0002  declined (generic decline)
 *   4000 0000 0000 9995  declined (insufficient funds)
 *   4000 0025 0000 3155  needs authentication: stays pending until completed
 * Any other number is refused as incorrect (nothing happens, the customer retypes).
 */
import { ProblemError } from '../http.js';
import type { PaymentProcessor, ProcessorResult } from './processor.js';

export const TEST_CARDS = {
  success: '4242424242424242',
  declined: '4000000000000002',
  insufficientFunds: '4000000000009995',
  authentication: '4000002500003155',
} as const;

const TEST_CARD = { type: 'test_card' } as const;

/** The outcome of paying with `cardNumber` (spaces and dashes ignored). */
export function chargeTestCard(cardNumber: string): ProcessorResult {
  const digits = cardNumber.replace(/[\s-]/g, '');
  switch (digits) {
    case TEST_CARDS.success:
      return { status: 'completed', next: null };
    case TEST_CARDS.declined:
      return {
        status: 'failed',
        next: null,
        failureCode: 'payment_declined',
        failureMessage: 'Your card was declined.',
      };
    case TEST_CARDS.insufficientFunds:
      return {
        status: 'failed',
        next: null,
        failureCode: 'insufficient_funds',
        failureMessage: 'Your card has insufficient funds.',
      };
    case TEST_CARDS.authentication:
      return { status: 'pending', next: TEST_CARD };
    default:
      throw new ProblemError(422, 'validation_failed', 'Your card number is incorrect. Use a Stripe test card.', [
        {
          field: 'cardNumber',
          code: 'incorrect_number',
          message: 'Use a Stripe test card such as 4242 4242 4242 4242.',
        },
      ]);
  }
}

export const simulatedCardProcessor: PaymentProcessor = {
  start: () => ({ status: 'requires_payment', next: TEST_CARD }),
  complete: (_ctx, { topUp }, request) => {
    // A pending (3-D Secure) payment completes once the customer authenticates.
    if (topUp.status === 'pending') return { status: 'completed', next: null };
    if (!request.cardNumber) {
      throw new ProblemError(422, 'validation_failed', 'A card number is required.', [
        { field: 'cardNumber', code: 'required', message: 'Enter a card number.' },
      ]);
    }
    return chargeTestCard(request.cardNumber);
  },
};
