import { defineCatalog } from '../../i18n/catalog.js';

/** English, the source language. Other languages: credit-auto-top-up.messages.<language>.ts, typed against this. */
const en = {
  title: 'Automatic top-up',
  open: 'Auto top-up settings',
  enabled: 'Top up automatically',
  threshold: 'When the balance falls below',
  thresholdHint: 'Leave empty for no balance trigger; 0 means when it runs out.',
  expiryDays: 'Days before credits expire',
  expiryDaysHint: 'Leave empty for no expiry trigger. That purchase extends your remaining credits by 12 months.',
  amount: 'What to buy',
  fixedAmount: 'A fixed amount',
  refill: 'Refill to a target balance',
  amountValue: 'Amount',
  target: 'Target balance',
  monthlyCap: 'Monthly limit (optional)',
  paymentMethod: 'Payment method',
  noPaymentMethod: 'No saved payment method yet. It is saved with your next card payment.',
  save: 'Save',
  saved: 'Auto top-up settings saved.',
  paused: 'Auto top-up is paused after repeated failures. Save to resume.',
  lastFailure: (reason: string, date: string) => `Last attempt on ${date}: ${reason}`,
  monthly_cap_reached: 'the monthly limit was reached',
  no_payment_method: 'no saved payment method',
  notAvailable: 'Automatic top-up is not available for this account.',
  invalidNumber: 'Enter a valid number.',
  invalidDays: 'Enter a number of days from 1 to 365.',
  needTrigger: 'Choose a balance threshold or days before expiry.',
  invalidTarget: 'The target must be above the threshold.',
  failed: 'Automatic top-up failed.',
  days: 'days',
  monthlyCapHint: 'Counts the price of automatic top-ups before fees and VAT. Leave empty for no limit.',
  needAmount: 'Enter the amount to buy.',
  chargeHint: (total: string) => `Each top-up charges ${total} incl. processing fee and VAT.`,
  refillHint: 'Each top-up charges the difference to the target, plus processing fee and VAT.',
  summaryOn: 'On.',
  summary: (when: string, what: string) => `${when.charAt(0).toUpperCase()}${when.slice(1)}, ${what}.`,
  whenBelow: (threshold: string) => `when your balance falls below ${threshold}`,
  whenEmpty: 'when your balance runs out',
  whenExpiring: (days: number) => `${days} days before credits expire`,
  or: ' or ',
  summaryBuy: (credits: string, total: string, card: string) =>
    `we add ${credits} and charge ${total} (incl. fee and VAT) to ${card}`,
  summaryRefill: (target: string, card: string) =>
    `we top up to ${target} and charge the difference plus fee and VAT to ${card}`,
  summaryCap: (cap: string) => `Monthly limit: ${cap}.`,
  summaryNoCap: 'No monthly limit.',
  noCard: 'your saved card',
};

export type AutoTopUpMessages = typeof en;

export const autoTopUpMessages = defineCatalog(en, { de: () => import('./credit-auto-top-up.messages.de.js') });
