/**
 * `scan-credits`: credit units for a website scanner. Packages of 100/500/1,000/
 * 5,000 credits; a scan costs 1 credit per started hour, at most 5; bought credits
 * expire after 12 months. A year-old 1,000 pack is nearly used up and its rest
 * expires within 30 days, as does a small bonus grant; two 100-packs bought 200
 * and 60 days ago are untouched (credit blocks with three expiry dates).
 */
import type { AccountSettings } from '../../core/schemas/index.js';
import {
  DAY,
  HOUR,
  HistoryWriter,
  emptyAccount,
  prng,
  runTimeline,
  seedFor,
  spread,
  usageAmounts,
  type AccountDraft,
  type TimelineEvent,
} from './base.js';
import { seedScanHistory } from './seed-history.js';

export const SCAN_SETTINGS: AccountSettings = {
  sellerCountry: 'DE',
  vatRate: 1900,
  fees: { card: { rate: 290, fixed: 25 }, paypal: { rate: 349, fixed: 35 } },
  topUp: null,
  purchase: { enabled: true, methods: ['card', 'paypal'], customQuantity: { min: 50, max: 100_000, step: 1 } },
  creditExpiryMonths: 12,
  autoTopUpAvailable: true,
  billingPortal: true,
  paymentServices: ['Stripe', 'PayPal'],
  supportUrl: 'https://sitewatch.example/support',
};

/** Balance the demo shows: "a few hundred credits". */
export const SCAN_TARGET_BALANCE = 340;

const SITES = ['example.com', 'shop.example.org', 'blog.example.net', 'docs.example.com', 'status.example.io'];

export function scanAccount(id: string, token: string, name: string, now: number, seedEntries = 0): AccountDraft {
  const start = now - 350 * DAY;
  const account = emptyAccount({
    id,
    token,
    preset: 'scan-credits',
    name,
    model: 'credits',
    currency: 'EUR',
    settings: structuredClone(SCAN_SETTINGS),
    lowBalanceThreshold: 50,
    createdAt: start,
  });
  account.unitLabels = {
    en: { one: 'scan credit', other: 'scan credits' },
    de: { one: 'Scan-Credit', other: 'Scan-Credits' },
  };
  account.productName = { en: 'scan credits', de: 'Scan-Credits' };
  account.usage = {
    summary: {
      en: 'A scan costs 1 scan credit for every started hour it runs, at most 5 scan credits per scan.',
      de: 'Ein Scan kostet 1 Scan-Credit für jede angefangene Stunde Laufzeit, höchstens 5 Scan-Credits pro Scan.',
    },
    failedNotCharged: false,
  };
  account.packages = [
    { id: 'scan-100', credits: 100, price: 1000 },
    { id: 'scan-500', credits: 500, price: 4500 },
    { id: 'scan-1000', credits: 1000, price: 8000, popular: true },
    { id: 'scan-5000', credits: 5000, price: 35000 },
  ];
  account.autoTopUp = {
    settings: {
      enabled: false,
      threshold: 50,
      expiryDays: 14,
      purchase: { type: 'package', packageId: 'scan-500' },
      monthlyCap: null,
      paymentMethodId: 'pm_card_visa',
    },
    paymentMethods: [{ id: 'pm_card_visa', label: 'Visa •••• 4242', brand: 'visa', last4: '4242' }],
    paused: false,
    lastFailure: null,
  };

  // History at scale goes first (older), so the demo's recent history stays on top.
  if (seedEntries > 0) seedScanHistory(account, seedEntries, start - 400 * DAY, start - DAY);

  const h = new HistoryWriter(account, start);
  const random = prng(seedFor('scan-credits', now));
  const buy =
    (pkg: string, credits: number, price: number, method: 'card' | 'paypal', n: number): TimelineEvent['run'] =>
    (w, at) =>
      w.purchase(at, {
        id: `tu_${id}_${n}`,
        reference: `TU-${1000 + n}`,
        amount: price,
        credits,
        method,
        status: 'completed',
        kind: 'purchase',
        description: `${credits.toLocaleString('en')} scan credits (${pkg})`,
        buyerCountry: 'DE',
      });

  // What seeding left over is used up first, so the demo balance stays the same.
  // Usage stays below what the year-old pack holds, so it only ever draws on that
  // pack (it expires first): the balance ends as its rest, the bonus and two
  // untouched 100-packs, three purchases with three expiry dates.
  const ins = h.balance + 1000 + 100 + 100 + 50;
  const amounts = usageAmounts(random, ins - SCAN_TARGET_BALANCE, 1, 5);
  const times = spread(random, amounts.length, now - 340 * DAY, now - 6 * HOUR);
  const events: TimelineEvent[] = [
    // Bought 345 days ago: expires in about 20 days.
    { at: now - 345 * DAY, run: buy('scan-1000', 1000, 8000, 'card', 1) },
    { at: now - 200 * DAY, run: buy('scan-100', 100, 1000, 'card', 3) },
    { at: now - 60 * DAY, run: buy('scan-100', 100, 1000, 'paypal', 2) },
    {
      at: now - 20 * DAY,
      run: (w, at) =>
        w.post(at, {
          direction: 'in',
          kind: 'grant',
          amount: 50,
          status: 'completed',
          reference: 'GRANT-1',
          description: 'Welcome-back bonus',
          source: 'granted',
          // After the year-old pack (so usage never draws on it), still within 30 days.
          expiresAt: new Date(now + 25 * DAY).toISOString(),
        }),
    },
    ...amounts.map((amount, i) => ({
      at: times[i]!,
      run: (w: HistoryWriter, at: number) =>
        w.post(at, {
          direction: 'out',
          kind: 'usage',
          amount,
          status: 'completed',
          reference: `scan_${String(1000 + i)}`,
          description: `Scan of ${SITES[i % SITES.length]} (${amount} h)`,
          category: 'scan',
        }),
    })),
  ];
  runTimeline(h, events);
  h.advanceTo(now);
  return account;
}
