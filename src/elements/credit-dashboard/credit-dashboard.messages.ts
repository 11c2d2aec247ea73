import { defineCatalog } from '../../i18n/catalog.js';

/** Facts from the account's settings that the help answers are filled with. */
export interface HelpFacts {
  product: string;
  model: 'money' | 'credits';
  currency: string;
  /** "€10.00 to €50,000.00", or null without top-ups. */
  topUpRange: string | null;
  /** Top-ups from this amount are paid by invoice, or null. */
  invoiceThreshold: string | null;
  packages: boolean;
  /** "card, PayPal and bank transfer". */
  methods: string;
  /** "Stripe and PayPal". */
  services: string;
  manual: boolean;
  expiryMonths: number | null;
  autoTopUp: boolean;
  vatRate: string;
  sellerCountry: string;
}

/** English, the source language. Other languages: credit-dashboard.messages.<language>.ts, typed against this. */
const en = {
  title: 'Credits',
  sections: 'Sections',
  overview: 'Overview',
  buy: 'Buy credits',
  history: 'History',
  requests: 'Credit requests',
  autoTopUp: 'Automatic top-up',
  billing: 'Billing details',
  help: 'Help',
  balance: 'Balance',
  paymentsOff: 'Credit payments are switched off for this account.',
  paymentsOffHint: (balance: string) =>
    `You cannot buy credits or pay with them at the moment. Your balance of ${balance} and your history stay as they are.`,
  held: (amount: string) => `${amount} reserved by running jobs`,
  monthlyAverage: 'Monthly average spend',
  monthlyAverageHint: 'Last three months',
  expiring: 'Expiring soon',
  expiringNone: 'Nothing expires in the next 30 days.',
  expiringItem: (amount: string, date: string) => `${amount} on ${date}`,
  buyCredits: 'Buy credits',
  portal: 'Customer portal',
  portalHint: 'Payment methods, receipts and invoices',
  portalOpening: 'Opening the customer portal…',
  methodNames: (m: string) =>
    ({
      card: 'card',
      paypal: 'PayPal',
      invoice: 'invoice',
      bank_transfer: 'bank transfer',
      crypto: 'cryptocurrency',
      credits: 'credits',
    })[m] ?? m,
  and: 'and',
  qWhat: (f: HelpFacts) =>
    f.model === 'money'
      ? `What is my ${f.product} and what does it pay for?`
      : `What are ${f.product} and what do they pay for?`,
  aWhat: (f: HelpFacts) =>
    f.model === 'money'
      ? `Your ${f.product} is a prepaid balance in ${f.currency}. It pays for services and invoices at their listed price, and for usage as you go. Every change appears in your history with the balance after it.`
      : `${f.product[0]!.toUpperCase()}${f.product.slice(1)} are prepaid units. Each time you use the service, the credits it costs are taken from your balance; the history lists every charge.`,
  qBuy: 'How do I buy more?',
  aBuy: (f: HelpFacts) =>
    [
      f.topUpRange ? `Choose Top up and enter any amount from ${f.topUpRange}.` : '',
      f.packages ? 'Choose Buy credits and pick a package: bigger packages cost less per credit.' : '',
      f.methods ? `You can pay by ${f.methods}.` : '',
      f.manual
        ? 'Bank transfers and crypto payments are credited once we have received the payment; you can follow them under Credit requests.'
        : '',
    ]
      .filter(Boolean)
      .join(' '),
  qRunOut: 'What happens when I run out?',
  aRunOut: (f: HelpFacts) =>
    `Your balance never goes below zero: anything that costs more than you have left waits until you top up, and nothing is charged for it. ${f.autoTopUp ? 'Turn on automatic top-up so that never happens.' : ''} ${f.expiryMonths ? `Purchased credits are valid for ${f.expiryMonths} months; the overview shows what expires soon, and the oldest-expiring credits are used first.` : 'Your balance does not expire.'}`
      .replace(/\s+/g, ' ')
      .trim(),
  qAuto: 'What is automatic top-up?',
  aAuto: (f: HelpFacts): string =>
    f.autoTopUp
      ? 'When your balance falls below a threshold you choose (or a number of days before credits expire), we buy the amount or package you chose with your saved payment method and send you the invoice. You can change or switch it off at any time.'
      : 'Automatic top-up is not available for this account. Buy more whenever you need it.',
  qServices: 'Which payment services do you use?',
  aServices: (f: HelpFacts) =>
    `Payments are processed by ${f.services || 'our payment provider'}. We never see or store your full card details.`,
  qInvoices: 'Do I get an invoice?',
  aInvoices: (f: HelpFacts) =>
    `Yes. Every purchase gets an invoice with its own billing number, made out to your billing details; download it from the history. ${f.invoiceThreshold ? `Top-ups from ${f.invoiceThreshold} are paid by bank transfer against an invoice; the credit arrives when the payment does.` : ''}`.trim(),
  qVat: 'Can I deduct the VAT?',
  aVat: (f: HelpFacts) =>
    `Invoices show VAT separately (${f.vatRate} for customers in ${f.sellerCountry}), so businesses can deduct it as input tax. Businesses in another EU country with a valid VAT number are invoiced without VAT under the reverse-charge procedure; customers outside the EU are not charged ${f.sellerCountry} VAT.`,
};

export type DashboardMessages = typeof en;

export const dashboardMessages = defineCatalog(en, { de: () => import('./credit-dashboard.messages.de.js') });
