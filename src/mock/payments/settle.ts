/**
 * Applies a processor's result to a top-up and the ledger. Every processor (the
 * simulated card, Stripe webhooks, invoices, PayPal) goes through here, so the
 * money rules hold everywhere: a top-up waiting for payment has no ledger entry;
 * pending adds a pending In entry (no money); failed adds a failed entry (no
 * money); completed credits `quote.credits` once and issues the invoice.
 * Completed, failed and canceled are final: later results are ignored, which makes
 * repeated and out-of-order deliveries harmless.
 */
import type { PaymentMethod, Quote, TopUp, Transaction } from '../../core/schemas/index.js';
import { issueInvoice } from '../invoices/issue.js';
import { postEntry, settlePending } from '../ledger-ops.js';
import { runAfterDebit } from '../hooks.js';
import type { MockServerCore } from '../server.js';
import type { AccountTx, StoredTopUp, TopUpMeta } from '../store/types.js';
import type { ProcessorResult } from './processor.js';

const FINAL: ReadonlySet<TopUp['status']> = new Set(['completed', 'failed', 'canceled']);

export function isFinal(topUp: TopUp): boolean {
  return FINAL.has(topUp.status);
}

/**
 * Records a new top-up waiting for payment (no ledger entry yet) with its kind:
 * `top_up` for a money amount, `purchase` for packages and quantities.
 */
export async function createTopUp(
  tx: AccountTx,
  input: {
    id: string;
    quote: Quote;
    method: PaymentMethod;
    kind: TopUpMeta['kind'];
    now: number;
    returnUrl?: string | undefined;
    /** The customer-facing reference; absent: derived from the id. */
    reference?: string;
  },
): Promise<StoredTopUp> {
  const at = new Date(input.now).toISOString();
  const topUp: TopUp = {
    id: input.id,
    status: 'requires_payment',
    method: input.method,
    quote: input.quote,
    next: null,
    failureCode: null,
    failureMessage: null,
    billingNumber: null,
    transactionId: null,
    createdAt: at,
    updatedAt: at,
  };
  const meta: TopUpMeta = {
    kind: input.kind,
    ...(input.returnUrl ? { returnUrl: input.returnUrl } : {}),
    ...(input.reference ? { reference: input.reference } : {}),
  };
  await tx.putTopUp(topUp, meta);
  return { topUp, meta };
}

/** Moves a top-up to the processor's result, posting ledger entries. Returns the stored top-up. */
export async function applyResult(
  tx: AccountTx,
  stored: StoredTopUp,
  result: ProcessorResult,
  now: number,
): Promise<TopUp> {
  const { topUp } = stored;
  if (isFinal(topUp)) return topUp;
  const meta: TopUpMeta = { ...stored.meta, ...result.meta };
  if (result.invoiceId) meta.invoiceId = result.invoiceId;
  const description = meta.kind === 'purchase' ? 'Credit purchase' : 'Balance top-up';
  const base = {
    direction: 'in' as const,
    kind: meta.kind,
    amount: topUp.quote.credits,
    reference: meta.reference ?? topUp.id.toUpperCase().replace(/_/g, '-'),
    description,
    method: topUp.method,
    topUpId: topUp.id,
    source: 'paid' as const,
  };
  let next = result.next;
  let billingNumber = result.billingNumber ?? topUp.billingNumber;
  if (result.issueUnpaidInvoice && !meta.invoiceId) {
    const invoice = await issueInvoice(tx, {
      description: 'Balance top-up (invoice)',
      quote: topUp.quote,
      now,
      paid: false,
    });
    meta.invoiceId = invoice.id;
    billingNumber = invoice.billingNumber;
    if (next?.type === 'invoice') next = { ...next, billingNumber };
  }
  // Seeded top-ups know their entry through `transactionId`.
  const entryId = meta.entryId ?? topUp.transactionId;
  const found = entryId ? await tx.entry(entryId) : null;
  const pendingEntry = found?.status === 'pending' ? found : null;
  let entry: Transaction | undefined;
  switch (result.status) {
    case 'completed': {
      const invoice = meta.invoiceId ? await tx.invoice(meta.invoiceId) : null;
      if (invoice) {
        // The paid flag is the only thing that changes; the frozen buyer copy stays.
        if (!invoice.paid) await tx.putInvoice({ ...invoice, paid: true });
      } else {
        const issued = await issueInvoice(tx, { description, quote: topUp.quote, now, paid: true });
        meta.invoiceId = issued.id;
        billingNumber = issued.billingNumber;
      }
      const patch = { billingNumber, invoiceId: meta.invoiceId ?? null };
      entry = pendingEntry
        ? await settlePending(tx, pendingEntry.id, 'completed', now, patch)
        : await postEntry(tx, { ...base, ...patch, status: 'completed' }, now);
      break;
    }
    case 'pending':
      if (!pendingEntry)
        entry = await postEntry(
          tx,
          { ...base, status: 'pending', billingNumber, invoiceId: meta.invoiceId ?? null },
          now,
        );
      break;
    case 'failed':
    case 'canceled':
      if (pendingEntry) entry = await settlePending(tx, pendingEntry.id, 'failed', now);
      else if (result.status === 'failed') entry = await postEntry(tx, { ...base, status: 'failed' }, now);
      break;
    case 'requires_payment':
      break;
  }
  if (entry) meta.entryId = entry.id;
  const updated: TopUp = {
    ...topUp,
    status: result.status,
    next: result.status === 'completed' || result.status === 'failed' || result.status === 'canceled' ? null : next,
    failureCode: result.failureCode ?? null,
    failureMessage: result.failureMessage ?? null,
    billingNumber: billingNumber ?? null,
    transactionId: meta.entryId ?? null,
    updatedAt: new Date(now).toISOString(),
  };
  await tx.putTopUp(updated, meta);
  return updated;
}

/**
 * A payment settled from outside the server (the card form, a Stripe webhook):
 * applies the result and, when it completes the top-up, runs the server's rules in
 * the same transaction, so the auto top-up engine sees its pending purchase
 * complete and an expiry purchase extends the older credits at once, as
 * `GET /credit-blocks` promised. (The engine settles its own purchases with
 * `applyResult` and extends them itself.)
 */
export async function settleFromOutside(
  server: MockServerCore,
  tx: AccountTx,
  stored: StoredTopUp,
  result: ProcessorResult,
  now: number,
): Promise<TopUp> {
  const after = await applyResult(tx, stored, result, now);
  if (after.status === 'completed' && stored.topUp.status !== 'completed') await runAfterDebit(server, tx);
  return after;
}
