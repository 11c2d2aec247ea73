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
import { publishAccount, publishEntry } from '../publish.js';
import type { MockServerCore } from '../server.js';
import type { AccountRecord } from '../store/types.js';
import type { ProcessorResult } from './processor.js';

/** What the mock keeps about a top-up beyond its wire shape. */
export interface TopUpMeta {
  kind: 'top_up' | 'purchase';
  /** The ledger entry (pending, failed or completed) of this top-up. */
  entryId?: string;
  invoiceId?: string;
  stripeSessionId?: string;
  /** Where a hosted payment page sends the customer back to. */
  returnUrl?: string;
}

const FINAL: ReadonlySet<TopUp['status']> = new Set(['completed', 'failed', 'canceled']);

function metaStore(account: AccountRecord): Record<string, TopUpMeta> {
  return ((account.extra['top-ups'] as Record<string, TopUpMeta> | undefined) ??= {});
}

export function topUpMeta(account: AccountRecord, topUpId: string): TopUpMeta {
  return (metaStore(account)[topUpId] ??= { kind: 'top_up' });
}

export function isFinal(topUp: TopUp): boolean {
  return FINAL.has(topUp.status);
}

/**
 * Records a new top-up waiting for payment (no ledger entry yet) with its kind:
 * `top_up` for a money amount, `purchase` for packages and quantities.
 */
export function createTopUp(
  account: AccountRecord,
  input: {
    id: string;
    quote: Quote;
    method: PaymentMethod;
    kind: TopUpMeta['kind'];
    now: number;
    returnUrl?: string | undefined;
  },
): TopUp {
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
  const meta = topUpMeta(account, topUp.id);
  meta.kind = input.kind;
  if (input.returnUrl) meta.returnUrl = input.returnUrl;
  account.topUps.set(topUp.id, topUp);
  return topUp;
}

/** Moves `topUp` to the processor's result, posting ledger entries and publishing events. Returns the stored top-up. */
export function applyResult(
  server: MockServerCore,
  account: AccountRecord,
  topUp: TopUp,
  result: ProcessorResult,
  now: number,
): TopUp {
  if (isFinal(topUp)) return topUp;
  const meta = topUpMeta(account, topUp.id);
  if (result.invoiceId) meta.invoiceId = result.invoiceId;
  const description = meta.kind === 'purchase' ? 'Credit purchase' : 'Balance top-up';
  const base = {
    direction: 'in' as const,
    kind: meta.kind,
    amount: topUp.quote.credits,
    reference: topUp.id.toUpperCase().replace(/_/g, '-'),
    description,
    method: topUp.method,
    topUpId: topUp.id,
    source: 'paid' as const,
  };
  // Seeded and older top-ups have no meta: their entry is found through the top-up.
  const entryId = meta.entryId ?? topUp.transactionId;
  const pendingEntry = account.entries.find(
    (e) => e.status === 'pending' && (e.id === entryId || e.topUpId === topUp.id),
  );
  let billingNumber = result.billingNumber ?? topUp.billingNumber;
  let entry: Transaction | undefined;
  switch (result.status) {
    case 'completed': {
      if (meta.invoiceId) {
        const invoice = account.invoices.get(meta.invoiceId);
        // The paid flag is the only thing that changes; the frozen buyer copy stays.
        if (invoice && !invoice.paid) account.invoices.set(invoice.id, Object.freeze({ ...invoice, paid: true }));
      } else {
        const invoice = issueInvoice(server.storage, account, { description, quote: topUp.quote, now, paid: true });
        meta.invoiceId = invoice.id;
        billingNumber = invoice.billingNumber;
      }
      const patch = { billingNumber, invoiceId: meta.invoiceId ?? null };
      entry = pendingEntry
        ? settlePending(account, pendingEntry.id, 'completed', now, patch)
        : postEntry(account, { ...base, ...patch, status: 'completed' }, now);
      break;
    }
    case 'pending':
      if (!pendingEntry)
        entry = postEntry(
          account,
          { ...base, status: 'pending', billingNumber, invoiceId: meta.invoiceId ?? null },
          now,
        );
      break;
    case 'failed':
    case 'canceled':
      if (pendingEntry) entry = settlePending(account, pendingEntry.id, 'failed', now);
      else if (result.status === 'failed') entry = postEntry(account, { ...base, status: 'failed' }, now);
      break;
    case 'requires_payment':
      break;
  }
  if (entry) meta.entryId = entry.id;
  const updated: TopUp = {
    ...topUp,
    status: result.status,
    next:
      result.status === 'completed' || result.status === 'failed' || result.status === 'canceled' ? null : result.next,
    failureCode: result.failureCode ?? null,
    failureMessage: result.failureMessage ?? null,
    billingNumber: billingNumber ?? null,
    transactionId: meta.entryId ?? null,
    updatedAt: new Date(now).toISOString(),
  };
  account.topUps.set(updated.id, updated);
  // Live listeners (SSE, other tabs): the top-up, its ledger entry, the account.
  server.events.publish(account.id, { type: 'top_up', topUp: updated });
  if (entry) publishEntry(server, account, entry);
  if (entry?.status === 'completed') publishAccount(server, account);
  return updated;
}
