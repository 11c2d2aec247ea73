/**
 * Issues the invoice of a completed (or invoice-paid) purchase: a gap-free
 * sequential billing number and a frozen copy of the buyer's billing details, so
 * later edits never change an issued invoice.
 */
import type { Quote } from '../../core/schemas/index.js';
import type { AccountTx, InvoiceRecord } from '../store/types.js';

export interface InvoiceInput {
  description: string;
  quote: Quote;
  now: number;
  /** Invoice-method top-ups are issued unpaid and marked paid when the money arrives. */
  paid: boolean;
}

/** Billing numbers look like `CK-2026-000042`: per-seller sequence, never reused. */
export async function issueInvoice(tx: AccountTx, input: InvoiceInput): Promise<InvoiceRecord> {
  const number = await tx.nextNumber('invoice');
  const account = await tx.account();
  const issuedAt = new Date(input.now).toISOString();
  const billingNumber = `CK-${issuedAt.slice(0, 4)}-${String(number).padStart(6, '0')}`;
  const buyer = account.billingDetails ? structuredClone(account.billingDetails) : null;
  const invoice: InvoiceRecord = {
    id: `inv_${number}`,
    billingNumber,
    issuedAt,
    buyer,
    currency: input.quote.currency,
    description: input.description,
    credits: input.quote.credits,
    amount: input.quote.amount,
    fee: input.quote.fee,
    vatRate: input.quote.vatRate,
    vat: input.quote.vat,
    total: input.quote.total,
    vatTreatment: input.quote.vatTreatment,
    language: buyer?.invoiceLanguage ?? 'en',
    paid: input.paid,
  };
  await tx.putInvoice(invoice);
  return invoice;
}
