/**
 * The account, its packages, quotes and the billing portal link. Quotes are built
 * only from the core pricing rules, so the widget's preview and the server's
 * authoritative number can never differ.
 */
import { z } from '../../core/schemas/zod.js';
import { baseRate, packageSaving } from '../../core/pricing.js';
import {
  account as accountSchema,
  packageList,
  quote as quoteSchema,
  type PackageList,
} from '../../core/schemas/index.js';
import { runAfterDebit } from '../hooks.js';
import { accountView, expireDue, hasDueExpiry } from '../ledger-ops.js';
import { json } from '../http.js';
import type { Route } from '../router.js';
import { quoteFor } from '../quote.js';
import { quoteQuery, readQuoteQuery } from './quote.js';
import { portalPage, portalUrl } from './portal.js';

export const billingPortalResponse = z.object({ url: z.string() });

export const accountRoutes: Route[] = [
  {
    method: 'GET',
    path: '/account',
    doc: {
      summary: 'The account: balance, model, unit labels, settings, expiring credits',
      tags: ['account'],
      response: accountSchema,
      problems: ['unauthorized'],
    },
    async handler(ctx) {
      // Reading the account is when lapsed credits visibly leave: as expiry entries.
      // A plain read when nothing lapsed (almost always): no lock, no write.
      const view = await ctx.read(async (tx) =>
        (await hasDueExpiry(tx, ctx.now())) ? null : accountView(tx, ctx.now()),
      );
      if (view) return json(view);
      return json(
        await ctx.transaction(async (tx) => {
          const expired = await expireDue(tx, ctx.now());
          // Expiry is a debit: auto top-up (threshold or expiry-days) must see it.
          if (expired.length > 0) await runAfterDebit(ctx.server, tx);
          return accountView(tx, ctx.now());
        }),
      );
    },
  },
  {
    method: 'GET',
    path: '/packages',
    doc: {
      summary: 'Credit packages with their saving against the base rate',
      tags: ['account'],
      response: packageList,
      problems: ['unauthorized'],
    },
    async handler(ctx) {
      const acc = await ctx.read((tx) => tx.account());
      const rate = baseRate(acc.packages);
      const body: PackageList = {
        currency: acc.currency,
        baseRate: rate,
        packages: acc.packages.map((p) => ({ ...p, saving: packageSaving(p, rate) })),
      };
      return json(body);
    },
  },
  {
    method: 'GET',
    path: '/quote',
    doc: {
      summary: 'Authoritative price of a top-up amount, a package or a custom quantity: fee, VAT, total',
      tags: ['account'],
      query: quoteQuery,
      response: quoteSchema,
      problems: [
        'unauthorized',
        'validation_failed',
        'amount_out_of_range',
        'method_not_available',
        'purchases_disabled',
      ],
    },
    async handler(ctx) {
      const input = readQuoteQuery(ctx.query);
      return json(await ctx.read((tx) => quoteFor(tx, input, ctx.now(), { query: true })));
    },
  },
  {
    method: 'GET',
    path: '/billing-portal',
    doc: {
      summary: 'URL of the customer billing portal',
      tags: ['account'],
      response: billingPortalResponse,
      problems: ['unauthorized', 'not_found'],
    },
    async handler(ctx) {
      return json({ url: await portalUrl(ctx) });
    },
  },
  {
    method: 'GET',
    path: '/portal',
    public: true,
    doc: {
      summary:
        'The billing portal page (HTML) a /billing-portal link opens. An expired or unknown session is 410: a page for browsers (Accept: text/html), problem details for everyone else.',
      tags: ['account'],
      contentType: 'text/html',
      problems: ['session_expired'],
    },
    handler: portalPage,
  },
];
