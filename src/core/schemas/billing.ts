import { z } from './zod.js';
import { country, timestamp } from './common.js';

export const billingDetailsInput = z.object({
  company: z.string(),
  street: z.string(),
  postalCode: z.string(),
  city: z.string(),
  country,
  vatNumber: z.string(),
  invoiceLanguage: z.enum(['en', 'de']),
  invoiceEmail: z.string(),
});
export type BillingDetailsInput = z.infer<typeof billingDetailsInput>;

export const billingDetails = z.extend(billingDetailsInput, { updatedAt: timestamp });
export type BillingDetails = z.infer<typeof billingDetails>;

export const billingDetailsResponse = z.object({ details: z.nullable(billingDetails) });
