/**
 * pricing: quotes add up, agree with the fee and VAT settings the account
 * publishes (the widgets preview prices from them with the kit's core rules), keep
 * the account's limits, and — on an account with the `usage-billing` preset's
 * settings — give exactly the examples of SPEC §4.
 */
import { breakdown } from '../../core/pricing.js';
import { accountSettings, type AccountSettings } from '../../core/schemas/account.js';
import { paymentMethod, type PaymentMethod } from '../../core/schemas/common.js';
import { z } from '../../core/schemas/zod.js';
import { expectBody, expectRefused, fail, skip, type Check, type Group } from '../check.js';
import type { Suite } from '../suite.js';

const int = z.int();
const quoteInfo = z.object({
  currency: z.string(),
  amount: int,
  credits: int,
  method: paymentMethod,
  fee: int,
  vatRate: int,
  vat: int,
  vatTreatment: z.string(),
  buyerCountry: z.nullable(z.string()),
  total: int,
  balanceAfter: int,
  methods: z.array(z.string()),
});
type QuoteInfo = z.infer<typeof quoteInfo>;
const packagesInfo = z.object({ packages: z.array(z.object({ id: z.string() })) });

async function quote(suite: Suite, query: string): Promise<QuoteInfo> {
  return expectBody(await suite.a.get(`/quote?${query}`), 200, quoteInfo, 'the quote');
}

/** Up to five purchases account A offers, as quote queries: its top-up presets, else its packages. */
async function sampleQueries(suite: Suite): Promise<string[]> {
  const topUp = suite.account.settings.topUp;
  if (topUp) {
    const amounts = topUp.presets.length ? topUp.presets : [topUp.min];
    return amounts.slice(0, 5).map((amount) => `amount=${amount}`);
  }
  if (!suite.account.settings.purchase.enabled) skip('account A can neither top up nor buy packages');
  const list = expectBody(await suite.a.get('/packages'), 200, packagesInfo, 'the package list');
  if (!list.packages.length) skip('account A has no packages');
  return list.packages.slice(0, 5).map((p) => `packageId=${encodeURIComponent(p.id)}`);
}

async function settingsOf(suite: Suite): Promise<AccountSettings> {
  const account = (await suite.a.get('/account')).json as { settings?: unknown } | undefined;
  const parsed = accountSettings.safeParse(account?.settings);
  if (!parsed.success) skip('the account’s settings do not match their schema (see schemas.account)');
  return parsed.data;
}

/** True when the account publishes the `usage-billing` preset's money rules (SPEC §4). */
function isUsageBilling(settings: AccountSettings, currency: string): boolean {
  const card = settings.fees.card;
  const topUp = settings.topUp;
  return (
    currency === 'EUR' &&
    settings.sellerCountry === 'DE' &&
    settings.vatRate === 1900 &&
    card?.rate === 290 &&
    card.fixed === 25 &&
    topUp?.min === 1000 &&
    topUp.max === 5_000_000 &&
    topUp.invoiceThreshold === 100_000
  );
}

/** SPEC §4's examples: [buyer country, amount] → expected quote fields. */
const SPEC_EXAMPLES: [string, number, Partial<QuoteInfo>][] = [
  ['DE', 10_000, { method: 'card', fee: 315, vatRate: 1900, vat: 1960, vatTreatment: 'domestic', total: 12_275 }],
  ['FR', 10_000, { method: 'card', fee: 315, vatRate: 0, vat: 0, vatTreatment: 'reverse_charge', total: 10_315 }],
  ['DE', 100_000, { method: 'invoice', fee: 0, vatRate: 1900, vat: 19_000, vatTreatment: 'domestic', total: 119_000 }],
  ['US', 10_000, { method: 'card', fee: 315, vatRate: 0, vat: 0, vatTreatment: 'outside_eu', total: 10_315 }],
];

function differences(got: QuoteInfo, want: Partial<QuoteInfo>): string[] {
  return Object.entries(want)
    .filter(([key, value]) => got[key as keyof QuoteInfo] !== value)
    .map(([key, value]) => `${key} ${JSON.stringify(got[key as keyof QuoteInfo])} (expected ${JSON.stringify(value)})`);
}

const checks: Check[] = [
  {
    name: 'totals-add-up',
    title: 'Every quote: total = amount + fee + VAT, balanceAfter = balance + credits, in the account currency',
    async run(suite) {
      const queries = await sampleQueries(suite);
      const balance = await suite.balance();
      for (const query of queries) {
        const q = await quote(suite, query);
        const problems = [
          q.total !== q.amount + q.fee + q.vat && `total ${q.total} ≠ ${q.amount} + ${q.fee} + ${q.vat}`,
          q.balanceAfter !== balance + q.credits && `balanceAfter ${q.balanceAfter} ≠ ${balance} + ${q.credits}`,
          q.currency !== suite.account.currency && `currency ${q.currency}, the account’s is ${suite.account.currency}`,
          !q.methods.includes(q.method) && `method ${q.method} is not among methods ${q.methods.join(', ')}`,
        ].filter(Boolean);
        if (problems.length) fail(`quote for ${query}: ${problems.join('; ')}`);
      }
    },
  },
  {
    name: 'matches-settings',
    title: 'Quotes agree with the fee and VAT settings the account publishes (what the widgets preview)',
    async run(suite) {
      const settings = await settingsOf(suite);
      for (const query of await sampleQueries(suite)) {
        for (const country of [settings.sellerCountry, 'FR', 'US']) {
          const q = await quote(suite, `${query}&country=${country}`);
          const expected = breakdown(settings, q.amount, q.method as PaymentMethod, q.buyerCountry);
          const diff = differences(q, expected);
          if (diff.length) fail(`quote for ${query}&country=${country}: ${diff.join('; ')}`);
        }
      }
    },
  },
  {
    name: 'limits',
    title:
      'Top-up amounts just outside the account’s minimum and maximum → 422; the bounds and the invoice threshold hold',
    async run(suite) {
      const settings = await settingsOf(suite);
      const topUp = settings.topUp;
      if (!topUp) skip('account A has no top-up settings');
      for (const amount of [topUp.min - 1, topUp.max + 1].filter((a) => a >= 0))
        expectRefused(await suite.a.get(`/quote?amount=${amount}`), 422, ['amount_out_of_range']);
      for (const amount of [topUp.min, topUp.max]) await quote(suite, `amount=${amount}`);
      const threshold = topUp.invoiceThreshold;
      if (threshold !== null && threshold > topUp.min && threshold <= topUp.max) {
        const below = await quote(suite, `amount=${threshold - 1}`);
        const at = await quote(suite, `amount=${threshold}`);
        if (below.method === 'invoice') fail(`${threshold - 1} is below the invoice threshold but quotes invoice`);
        if (at.method !== 'invoice') fail(`${threshold} is the invoice threshold but quotes ${at.method}`);
      }
    },
  },
  {
    name: 'spec-examples',
    title: 'On the usage-billing preset: the SPEC §4 examples (DE/FR/US €100, DE €1,000) to the cent',
    async run(suite) {
      const settings = await settingsOf(suite);
      if (suite.account.model !== 'money' || !isUsageBilling(settings, suite.account.currency))
        skip(
          'account A does not publish the usage-billing preset’s rules (EUR, DE, 19 %, card 2.9 % + €0.25, €10–€50,000)',
        );
      for (const [country, amount, want] of SPEC_EXAMPLES) {
        const diff = differences(await quote(suite, `amount=${amount}&country=${country}`), want);
        if (diff.length) fail(`${country} €${amount / 100}: ${diff.join('; ')}`);
      }
    },
  },
];

export const pricingGroup: Group = { name: 'pricing', checks };
