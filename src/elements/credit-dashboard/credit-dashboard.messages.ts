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
  /** How usage is priced, in the host's words, or null. */
  usage: string | null;
  /** "2K ×2 and 4K ×3", or null. */
  multipliers: string | null;
  failedNotCharged: boolean;
  /** The plan's credits ("500 credits") and renewal date, or null without a plan. */
  planCredits: string | null;
  planRenews: string | null;
}

/** English, the source language. Other languages: credit-dashboard.messages.<language>.ts, typed against this. */
const en = {
  title: 'Credits',
  sections: 'Sections',
  overview: 'Overview',
  buy: 'Buy credits',
  /** The buy section and button of a money account (English keeps "credits", as the seeds do). */
  buyMoney: 'Buy credits',
  usage: 'Usage',
  usageDetails: 'Usage in detail',
  history: 'History',
  requests: 'Credit requests',
  autoTopUp: 'Automatic top-up',
  billing: 'Billing details',
  help: 'Help',
  balance: 'Balance',
  paymentsOff: 'Credit payments are switched off for this account.',
  paymentsOffHint: (balance: string) =>
    `You cannot buy credits or pay with them at the moment. Your balance of ${balance} and your history stay as they are.`,
  plan: 'Plan',
  planValue: (credits: string) => `${credits} a month`,
  planRenews: (date: string) => `Renews on ${date}`,
  held: (amount: string) => `${amount} reserved by running jobs`,
  monthlyAverage: 'Monthly average spend',
  monthlyAverageHint: 'Last three months',
  expiring: 'Expiring soon',
  expiringNone: 'Nothing expires in the next 30 days.',
  expiringItem: (amount: string, date: string) => `${amount} on ${date}`,
  expiringNext: (amount: string, date: string) => `Next: ${amount} on ${date}.`,
  // Where the next credits to expire came from, by the kind of entry that brought them.
  expiringFrom_purchase: (date: string) => `First to go: what is left of your purchase of ${date}.`,
  expiringFrom_top_up: (date: string) => `First to go: what is left of your top-up of ${date}.`,
  expiringFrom_grant: (date: string) => `First to go: what is left of your bonus of ${date}.`,
  expiringFrom_plan: (date: string) => `First to go: your plan credits of ${date}.`,
  expiringExtends: (date: string) => `Your next automatic top-up extends them to ${date}.`,
  buyCredits: 'Buy credits',
  buyCreditsMoney: 'Buy credits',
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
  creditsNoun: 'credits',
  and: 'and',
  qWhat: (f: HelpFacts) => (f.model === 'money' ? 'What is my balance?' : `What are ${f.product}?`),
  aWhat: (f: HelpFacts) =>
    f.model === 'money'
      ? `Your balance is money in ${f.currency} that you pay in advance. Every payment from it is taken off at once, and your history lists each change with the balance after it.`
      : `${f.product[0]!.toUpperCase()}${f.product.slice(1)} are units you buy in advance and add to your balance. Whatever you use is taken off your balance at once, and your history lists each change with the balance after it.`,
  qUse: (f: HelpFacts) => (f.model === 'money' ? 'What can I pay with my balance?' : `What are ${f.product} used for?`),
  aUse: (f: HelpFacts) =>
    f.usage
      ? `${f.usage}${f.multipliers ? ` Higher resolutions cost more: ${f.multipliers} the standard price.` : ''}`
      : 'You can pay for services and open invoices with your balance wherever the page offers to pay with it.',
  qBuy: (f: HelpFacts) => (f.model === 'money' ? 'How do I top up my balance?' : `How do I buy more ${f.product}?`),
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
  qRunOut: (f: HelpFacts) =>
    f.model === 'money' ? 'What happens when my balance runs out?' : `What happens when I run out of ${f.product}?`,
  aRunOut: (f: HelpFacts) =>
    `Your balance never goes below zero: anything that costs more than you have left waits until you top up, and nothing is charged for it. ${f.autoTopUp ? 'Turn on automatic top-up so that never happens.' : ''} ${f.expiryMonths ? `Purchased credits are valid for ${f.expiryMonths} months; the overview shows what expires soon, and the credits that expire first are used first.` : 'Your balance does not expire.'}`
      .replace(/\s+/g, ' ')
      .trim(),
  qAuto: 'Can my balance be topped up automatically?',
  aAuto: (f: HelpFacts): string =>
    f.autoTopUp
      ? 'Yes. When your balance falls below a threshold you choose (or a number of days before credits expire), we buy the amount or package you chose with your saved payment method and send you the invoice. You can change or switch it off at any time under Automatic top-up.'
      : 'Automatic top-up is not available for this account. Buy more whenever you need it.',
  qServices: 'Which service is used to take my payments?',
  aServices: (f: HelpFacts) =>
    `Payments are processed by ${f.services || 'our payment provider'}. We never see or store your full card details.`,
  qInvoices: 'Do I get an invoice for my payments?',
  aInvoices: (f: HelpFacts) =>
    `Yes. Every purchase gets an invoice with its own billing number, made out to your billing details; download it from the history. ${f.invoiceThreshold ? `Top-ups from ${f.invoiceThreshold} are paid by bank transfer against an invoice; the credit arrives when the payment does.` : ''}`.trim(),
  qVat: 'Can I deduct the VAT on my invoices?',
  aVat: (f: HelpFacts) =>
    `Invoices show VAT separately (${f.vatRate} for customers in ${f.sellerCountry}), so businesses can deduct it as input tax. Businesses in another EU country with a valid VAT number are invoiced without VAT under the reverse-charge procedure; customers outside the EU are invoiced without VAT.`,
  qAdded: 'When is my balance updated after I pay?',
  aAdded: (f: HelpFacts) =>
    `Card and PayPal payments are added as soon as the payment succeeds. ${f.manual ? 'Bank transfers and crypto payments need our approval first: they show as a credit request until we have received the money.' : ''}`.trim(),
  qInOut: 'What do In and Out mean in my history?',
  aInOut:
    'In adds to your balance (purchases, top-ups, approved requests, refunds). Out takes from it (services, invoices, usage). Pending and failed entries change nothing until they complete.',
  qRejected: 'What happens if my credit request is rejected?',
  aRejected:
    'Nothing is added to your balance. The request shows the reason; if you have already sent the money, contact us and we will sort it out.',
  qPayMissing: 'Why can’t I pay with my balance?',
  aPayMissing:
    'The option to pay with your balance is missing or unavailable when payments with the balance are switched off for your account, when your balance is lower than the price, or when the service or invoice cannot be paid that way.',
  qFailed: 'Am I charged for failed jobs?',
  aFailed:
    'No. A failed job appears in your history as not charged, and any credits held for it go back to your balance.',
  qPlan: 'When do my plan credits renew?',
  aPlan: (f: HelpFacts) =>
    `On ${f.planRenews} your plan adds ${f.planCredits}. Plan credits you have not used by then lapse; credits you bought stay valid${f.expiryMonths ? ` for ${f.expiryMonths} months` : ''}.`,
  stillNeedHelp: 'Still need help?',
  stillNeedHelpText: 'Can’t find what you’re looking for? Our support team is here to help.',
  contactSupport: 'Contact support',
};

export type DashboardMessages = typeof en;

export const dashboardMessages = defineCatalog(en, { de: () => import('./credit-dashboard.messages.de.js') });
