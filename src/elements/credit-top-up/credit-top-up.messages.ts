import { defineCatalog } from '../../i18n/catalog.js';

/** English, the source language. Other languages: credit-top-up.messages.<language>.ts, typed against this. */
const en = {
  trigger: 'Top up',
  title: 'Top up balance',
  billingIntro: 'Before your first top-up we need your billing details for the invoice.',
  presets: 'Suggested amounts',
  amountLabel: (currency: string) => `Amount (${currency})`,
  amountHint: (min: string, max: string) => `From ${min} to ${max}.`,
  empty: 'Enter an amount.',
  not_a_number: 'Enter the amount as a number, for example 100 or 99.50.',
  negative: 'The amount cannot be negative.',
  too_many_decimals: (digits: number) =>
    digits === 0 ? 'Use whole amounts only.' : `Use at most ${digits} decimal places.`,
  below_minimum: (min: string) => `The minimum top-up is ${min}.`,
  above_maximum: (max: string) => `The maximum top-up is ${max}.`,
  breakdown: 'Price breakdown',
  lineAmount: 'Top-up amount',
  lineFee: 'Processing fee',
  lineVat: 'VAT',
  lineTotal: 'Total charge',
  lineNewBalance: 'Expected new balance',
  updating: 'Updating the price…',
  reverseCharge: 'Reverse charge: VAT is not charged; the VAT liability passes to the recipient.',
  outsideEu: 'Not subject to German VAT (customer outside the EU).',
  methodLabel: 'Payment method',
  methodCard: 'Card',
  methodInvoice: 'Invoice (bank transfer)',
  methodPaypal: 'PayPal',
  methodInvoiceNote: (threshold: string) =>
    `From ${threshold} you pay by invoice. Your balance is topped up when the payment arrives.`,
  confirm: (total: string) => `I agree to pay ${total}.`,
  continue: 'Continue',
  working: 'Please wait…',
  testWindow: 'Secure payment window (test mode)',
  testIntro: 'No real card is charged. Use a Stripe test card:',
  testCards:
    '4242 4242 4242 4242 succeeds · 4000 0000 0000 0002 is declined · 4000 0000 0000 9995 has insufficient funds · 4000 0025 0000 3155 needs authentication (stays pending).',
  cardNumber: 'Card number',
  pay: (total: string) => `Pay ${total}`,
  incorrect_number: 'This card number is not a test card. Try 4242 4242 4242 4242.',
  redirecting: 'Taking you to the secure payment page…',
  completedTitle: 'Top-up complete',
  completed: (amount: string, balance: string) => `${amount} was added. Your balance is now ${balance}.`,
  pendingTitle: 'Payment pending',
  pending:
    'Your bank has not confirmed the payment yet. Nothing is added until it is confirmed. You can complete it later from your transaction history.',
  completeNow: 'Complete payment now',
  invoiceTitle: 'Invoice requested',
  invoice: (number: string, total: string, due: string) =>
    `We issued invoice ${number} for ${total}. Please pay it by bank transfer by ${due}, quoting the invoice number. Your balance is topped up as soon as the payment arrives; you will find the invoice in your history.`,
  failedTitle: 'Payment failed',
  failedNothing: 'Nothing was charged.',
  payment_declined: 'Your card was declined.',
  insufficient_funds: 'Your card has insufficient funds.',
  expired: 'The payment window expired.',
  processingTitle: 'Payment in progress',
  processing: 'We are waiting for the payment confirmation. Your balance updates as soon as it arrives.',
  tryAgain: 'Try another card',
  changeAmount: 'Change amount',
  done: 'Done',
  creditsModel: 'This account buys credits in packages. Use “Buy credits” to choose a package.',
  notAvailable: 'Top-ups are not available for this account.',
};

export type TopUpMessages = typeof en;

export const topUpMessages = defineCatalog(en, { de: () => import('./credit-top-up.messages.de.js') });
