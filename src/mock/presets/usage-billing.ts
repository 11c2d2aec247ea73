/**
 * `usage-billing` (SPEC §4 default): a German seller's money balance in EUR,
 * €250.00 on file, no billing details yet (the first top-up asks for them), and
 * four months of top-ups and monthly usage, with one declined and one pending
 * card top-up.
 */
import type { AccountSettings } from '../../core/schemas/index.js';
import { DAY, HOUR, HistoryWriter, emptyAccount, type AccountDraft } from './base.js';

export const USAGE_BILLING_SETTINGS: AccountSettings = {
  sellerCountry: 'DE',
  vatRate: 1900,
  fees: { card: { rate: 290, fixed: 25 } },
  topUp: { presets: [5000, 10000, 25000, 50000, 100000], min: 1000, max: 5_000_000, invoiceThreshold: 100000 },
  // This preset tops up money; there are no credit packages to buy.
  purchase: { enabled: false, disabledReason: 'purchases_disabled', methods: [], customQuantity: null },
  creditExpiryMonths: null,
  autoTopUpAvailable: true,
  billingPortal: true,
  paymentServices: ['Stripe'],
  supportUrl: 'https://northwind.example/support',
};

// One formatter: `toLocaleString` with options builds a new one per call (~5 ms
// each in a cold page), which made the in-page mock's start-up slow.
const monthFormat = new Intl.DateTimeFormat('en', { month: 'long', year: 'numeric', timeZone: 'UTC' });
const month = (at: number): string => monthFormat.format(at);

export function usageBillingAccount(id: string, token: string, name: string, now: number): AccountDraft {
  const start = now - 120 * DAY;
  const account = emptyAccount({
    id,
    token,
    preset: 'usage-billing',
    name,
    model: 'money',
    currency: 'EUR',
    settings: structuredClone(USAGE_BILLING_SETTINGS),
    lowBalanceThreshold: 5000,
    createdAt: start,
  });
  const h = new HistoryWriter(account, start);
  const usage = (at: number, amount: number, n: number) =>
    h.post(at, {
      direction: 'out',
      kind: 'usage',
      amount,
      status: 'completed',
      reference: `USG-${n}`,
      description: `API usage, ${month(at - 15 * DAY)}`,
    });
  const topUp = (at: number, n: number, amount: number, status: 'completed' | 'pending' | 'failed') =>
    h.purchase(at, {
      id: `tu_${id}_${n}`,
      reference: `TU-${1000 + n}`,
      amount,
      credits: amount,
      method: 'card',
      status,
      kind: 'top_up',
      description: 'Balance top-up',
      buyerCountry: null,
    });

  // Running balance: 50,000 → 37,650 → 22,830 → 47,830 → 32,590 → 25,000.
  topUp(now - 118 * DAY, 1, 50000, 'completed');
  usage(now - 95 * DAY, 12350, 1);
  usage(now - 65 * DAY, 14820, 2);
  topUp(now - 60 * DAY, 2, 25000, 'completed');
  usage(now - 35 * DAY, 15240, 3);
  topUp(now - 20 * DAY, 3, 10000, 'failed');
  usage(now - 5 * DAY, 7590, 4);
  // 3-D Secure card (4000 0025 0000 3155) still waiting: completable from the history.
  topUp(now - 2 * DAY - 3 * HOUR, 4, 10000, 'pending');
  h.advanceTo(now);
  return account;
}
