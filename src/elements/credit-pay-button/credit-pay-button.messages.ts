import { defineCatalog } from '../../i18n/catalog.js';

/** English, the source language. Other languages: credit-pay-button.messages.<language>.ts, typed against this. */
const en = {
  buy: 'Buy with credit',
  pay: 'Pay with credit',
  paying: 'Paying…',
  checking: 'Checking your balance…',
  confirmService: (name: string, price: string, after: string) =>
    `Buy ${name} for ${price} from your credit. Balance after: ${after}.`,
  confirmInvoice: (name: string, price: string, after: string) =>
    `Pay ${name} (${price}) from your credit. Balance after: ${after}.`,
  confirm: 'Confirm',
  cancel: 'Cancel',
  paidService: (name: string, price: string) => `${name} bought for ${price}. Your balance has been updated.`,
  paidInvoice: (name: string, price: string) => `${name} paid with ${price} of credit.`,
  paidBadge: 'Paid',
  purchasedBadge: 'Purchased',
  buyAgain: 'Buy again',
  failed: (reason: string) => `Payment failed: ${reason}`,
  already_paid: 'This has already been paid.',
  credit_payments_disabled: 'Paying with credit is switched off for this account.',
  not_eligible: 'This cannot be paid with credit.',
  insufficient: (shortfall: string) => `Your balance is ${shortfall} short.`,
  topUpDifference: (shortfall: string) => `Top up the difference (${shortfall})`,
  unknownReason: 'Paying with credit is not possible right now.',
};

export type PayButtonMessages = typeof en;

export const payButtonMessages = defineCatalog(en, { de: () => import('./credit-pay-button.messages.de.js') });
