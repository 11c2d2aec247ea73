/**
 * Billing details (SPEC §3 `<credit-billing-details>`): read and replace. PUT runs
 * the same `validateBillingDetails` as the form, so client and server agree.
 * Editing never changes issued invoices: each invoice holds a frozen copy of the
 * details it was issued with (src/mock/invoices/issue.ts); only future invoices
 * use the new details.
 */
import { z } from '../../core/schemas/zod.js';
import { validateBillingDetails } from '../../core/billing-validation.js';
import { billingDetails, billingDetailsResponse } from '../../core/schemas/index.js';
import { json, ProblemError } from '../http.js';
import type { Route } from '../router.js';

const text = (max: number) => z.string().check(z.maxLength(max));

/**
 * The request body: every field a string (a number or anything else is refused,
 * never coerced), within its maximum. The VAT number may be left out outside the
 * EU. The rules that depend on the country are `validateBillingDetails`'s, the
 * same function the form runs, so errors name the inputs.
 */
export const billingDetailsRequest = z.object({
  company: text(200),
  street: text(200),
  postalCode: text(20),
  city: text(200),
  country: text(2),
  vatNumber: z.optional(text(30)),
  invoiceLanguage: z.enum(['en', 'de']),
  invoiceEmail: text(200),
});

/**
 * What PUT checks before the shared validator: every given field is a string (a
 * number is refused, never coerced) of sane size. Missing fields and the
 * documented maxima are left to `validateBillingDetails`, so its stable codes
 * (`required`, `too_long`, …) reach the form.
 */
const typedFields = z.object(
  Object.fromEntries(Object.keys(billingDetailsRequest.shape).map((key) => [key, z.optional(text(1000))])),
);

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
      const body = await ctx.body(typedFields);
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
      body: billingDetailsRequest,
      response: billingDetails,
      problems: ['validation_failed', 'idempotency_conflict', 'idempotency_key_required'],
      idempotent: true,
    },
  },
];
