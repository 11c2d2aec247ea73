/**
 * Billing details (SPEC §3 `<credit-billing-details>`): read and replace. PUT runs
 * the same `validateBillingDetails` as the form, so client and server agree.
 * Editing never changes issued invoices: each invoice holds a frozen copy of the
 * details it was issued with (src/mock/invoices/issue.ts); only future invoices
 * use the new details.
 */
import { z } from '../../core/schemas/zod.js';
import { validateBillingDetails } from '../../core/billing-validation.js';
import { billingDetails, billingDetailsInput, billingDetailsResponse } from '../../core/schemas/index.js';
import { json, ProblemError } from '../http.js';
import type { Route } from '../router.js';

/** Any JSON object: field checks are `validateBillingDetails`'s job, so errors name the inputs. */
const looseObject = z.record(z.string(), z.unknown());

export const billingRoutes: Route[] = [
  {
    method: 'GET',
    path: '/billing-details',
    handler: async (ctx) => json({ details: (await ctx.read((tx) => tx.account())).billingDetails }),
    doc: {
      summary: 'The billing details on file (null until given).',
      tags: ['billing'],
      response: billingDetailsResponse,
    },
  },
  {
    method: 'PUT',
    path: '/billing-details',
    handler: async (ctx) => {
      const body = await ctx.body(looseObject);
      const result = validateBillingDetails(body);
      if (!result.ok) {
        throw new ProblemError(
          422,
          'validation_failed',
          'Some billing details are invalid.',
          result.errors.map(({ field, code, message }) => ({ field, code, message })),
        );
      }
      return ctx.idempotent(async (tx) => {
        const details = { ...result.value, updatedAt: ctx.nowIso() };
        await tx.updateAccount({ billingDetails: details, updatedAt: details.updatedAt });
        return json(details);
      });
    },
    doc: {
      summary: 'Replace the billing details. Issued invoices keep the details they were issued with.',
      tags: ['billing'],
      body: billingDetailsInput,
      response: billingDetails,
      problems: ['validation_failed', 'idempotency_conflict', 'idempotency_key_required'],
      idempotent: true,
    },
  },
];
