/**
 * `agency-credits`: money-denominated credits (EUR) an agency's clients prepay,
 * bought in discounted packages by card/PayPal (instant) or bank transfer/crypto
 * (credit requests), and spent on services and invoices. €300.00 on file.
 */
import type { AccountSettings } from '../../core/schemas/index.js';
import type { PayableItem } from '../store/types.js';
import { DAY, HistoryWriter, emptyAccount, type AccountDraft } from './base.js';

export const AGENCY_SETTINGS: AccountSettings = {
  sellerCountry: 'DE',
  vatRate: 1900,
  fees: { card: { rate: 290, fixed: 25 }, paypal: { rate: 349, fixed: 35 } },
  topUp: null,
  purchase: {
    enabled: true,
    methods: ['card', 'paypal', 'bank_transfer', 'crypto'],
    // A custom amount in cents, priced at the base rate (1:1).
    customQuantity: { min: 1000, max: 1_000_000, step: 100 },
  },
  creditExpiryMonths: null,
  autoTopUpAvailable: false,
  billingPortal: true,
  paymentServices: ['Stripe', 'PayPal'],
  supportUrl: 'https://mueller-digital.example/support',
};

const ITEMS: PayableItem[] = [
  { itemType: 'service', itemId: 'svc-logo', name: 'Logo design', price: 12000, eligible: true, paid: false },
  { itemType: 'service', itemId: 'svc-audit', name: 'SEO audit', price: 8000, eligible: false, paid: false },
  { itemType: 'invoice', itemId: 'inv-2001', name: 'Invoice INV-2001', price: 15000, eligible: true, paid: false },
  { itemType: 'invoice', itemId: 'inv-2002', name: 'Invoice INV-2002', price: 90000, eligible: true, paid: false },
];

export function agencyAccount(id: string, token: string, name: string, now: number): AccountDraft {
  const start = now - 100 * DAY;
  const account = emptyAccount({
    id,
    token,
    preset: 'agency-credits',
    name,
    model: 'money',
    currency: 'EUR',
    settings: structuredClone(AGENCY_SETTINGS),
    lowBalanceThreshold: 10000,
    createdAt: start,
  });
  account.productName = { en: 'agency credit', de: 'Agentur-Guthaben' };
  account.packages = [
    { id: 'agency-100', name: { en: '€100 credit', de: '100 € Guthaben' }, credits: 10000, price: 10000 },
    {
      id: 'agency-500',
      name: { en: '€500 credit', de: '500 € Guthaben' },
      credits: 50000,
      price: 47500,
      popular: true,
    },
    { id: 'agency-1000', name: { en: '€1,000 credit', de: '1.000 € Guthaben' }, credits: 100000, price: 90000 },
  ];
  // Keyed by item id alone: service and invoice ids never collide in this preset.
  for (const item of ITEMS) account.items.set(item.itemId, { ...item });
  account.billingDetails = {
    company: 'Müller Digital GmbH',
    street: 'Friedrichstraße 123',
    postalCode: '10117',
    city: 'Berlin',
    country: 'DE',
    vatNumber: 'DE123456789',
    invoiceLanguage: 'de',
    invoiceEmail: 'buchhaltung@mueller-digital.example',
    updatedAt: new Date(start).toISOString(),
  };

  const h = new HistoryWriter(account, start);
  // Categories as POST /payments writes them (`payment.<itemType>`), so usage splits services from invoices.
  const pay = (at: number, amount: number, reference: string, description: string) =>
    h.post(at, {
      direction: 'out',
      kind: 'payment',
      amount,
      status: 'completed',
      reference,
      description,
      method: 'credits',
      category: reference.startsWith('inv-') ? 'payment.invoice' : 'payment.service',
    });

  // Running balance: the €475 package adds 50,000 → 38,000 → 48,000 → 30,000.
  h.purchase(now - 90 * DAY, {
    id: `tu_${id}_1`,
    reference: 'TU-1001',
    amount: 47500,
    credits: 50000,
    method: 'card',
    status: 'completed',
    kind: 'purchase',
    description: '€500 credit package',
    buyerCountry: 'DE',
  });
  pay(now - 70 * DAY, 12000, 'svc-maintenance', 'Website maintenance');
  h.post(now - 40 * DAY, {
    direction: 'in',
    kind: 'purchase',
    amount: 10000,
    status: 'completed',
    reference: 'CR-1001',
    description: '€100 credit (bank transfer)',
    method: 'bank_transfer',
    source: 'paid',
  });
  pay(now - 30 * DAY, 18000, 'inv-1998', 'Invoice INV-1998');
  h.advanceTo(now);
  return account;
}
