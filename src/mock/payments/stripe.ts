/**
 * Real Stripe for card top-ups (server option `stripe`, from STRIPE_SECRET_KEY):
 * starting a top-up creates a Checkout Session and hands the customer over to it
 * (`redirect` next action); they come back to `returnUrl?credit_top_up=<id>`. The
 * ledger is credited ONLY from signature-verified webhooks, each event id applied
 * once; completed/failed are final, so repeated and out-of-order deliveries are
 * harmless (src/mock/payments/settle.ts).
 *
 * The SDK loads on demand through a non-literal specifier, so the in-page mock's
 * bundle never carries it. `apiBase` points the SDK elsewhere (a local fake in tests).
 */
import type StripeType from 'stripe';
import { ProblemError } from '../http.js';
import type { MockServerCore, MockServerOptions } from '../server.js';
import { UnknownAccountError } from '../store/types.js';
import type { PaymentProcessor, ProcessorResult } from './processor.js';
import { settleFromOutside } from './settle.js';

type StripeConfig = NonNullable<MockServerOptions['stripe']>;
type StripeClient = InstanceType<typeof StripeType>;
type StripeEvent = ReturnType<StripeClient['webhooks']['constructEvent']>;

const clients = new Map<string, Promise<StripeClient>>();
const STRIPE_MODULE = 'stripe';

/** The SDK client for a configuration (cached). */
export function stripeClient(config: StripeConfig): Promise<StripeClient> {
  const key = `${config.secretKey}|${config.apiBase ?? ''}`;
  let client = clients.get(key);
  if (!client) {
    client = import(/* @vite-ignore */ STRIPE_MODULE).then((module: { default: typeof StripeType }) => {
      const options: ConstructorParameters<typeof StripeType>[1] = { maxNetworkRetries: 0, telemetry: false };
      if (config.apiBase) {
        const url = new URL(config.apiBase);
        Object.assign(options, {
          host: url.hostname,
          port: Number(url.port) || (url.protocol === 'https:' ? 443 : 80),
          protocol: url.protocol.replace(':', ''),
        });
      }
      return new module.default(config.secretKey, options);
    });
    clients.set(key, client);
  }
  return client;
}

function withParam(url: string, topUpId: string): string {
  const target = new URL(url);
  target.searchParams.set('credit_top_up', topUpId);
  return target.toString();
}

export const stripeProcessor: PaymentProcessor = {
  async start(ctx, { account, topUp, meta }) {
    const config = ctx.server.options.stripe!;
    const stripe = await stripeClient(config);
    const returnUrl = withParam(meta.returnUrl ?? ctx.server.options.publicUrl ?? 'http://127.0.0.1/', topUp.id);
    let session;
    try {
      session = await stripe.checkout.sessions.create(
        {
          mode: 'payment',
          client_reference_id: topUp.id,
          success_url: returnUrl,
          cancel_url: returnUrl,
          customer_email: account.billingDetails?.invoiceEmail,
          line_items: [
            {
              quantity: 1,
              price_data: {
                currency: topUp.quote.currency.toLowerCase(),
                unit_amount: topUp.quote.total,
                product_data: { name: meta.kind === 'purchase' ? 'Credit purchase' : 'Balance top-up' },
              },
            },
          ],
          metadata: { accountId: account.id, topUpId: topUp.id },
          payment_intent_data: { metadata: { accountId: account.id, topUpId: topUp.id } },
        },
        { idempotencyKey: `creditkit-${account.id}-${topUp.id}` },
      );
    } catch (error) {
      throw new ProblemError(502, 'internal_error', `Stripe refused the checkout session: ${(error as Error).message}`);
    }
    if (!session.url) throw new ProblemError(502, 'internal_error', 'Stripe returned no checkout URL.');
    return {
      status: 'requires_payment',
      next: { type: 'redirect', url: session.url },
      meta: { stripeSessionId: session.id },
    };
  },
  // Only webhooks move money; "complete" reports where the payment stands.
  complete: (_ctx, { topUp }) => ({
    status: topUp.status,
    next: topUp.next,
    failureCode: topUp.failureCode,
    failureMessage: topUp.failureMessage,
  }),
};

/** What a Checkout Session event means for its top-up, or null for events we ignore. */
export function resultOfEvent(event: StripeEvent): ProcessorResult | null {
  const session = event.data.object as { payment_status?: string };
  switch (event.type) {
    case 'checkout.session.completed':
      return session.payment_status === 'unpaid'
        ? { status: 'pending', next: null }
        : { status: 'completed', next: null };
    case 'checkout.session.async_payment_succeeded':
      return { status: 'completed', next: null };
    case 'checkout.session.async_payment_failed':
      return { status: 'failed', next: null, failureCode: 'payment_declined', failureMessage: 'The payment failed.' };
    case 'checkout.session.expired':
      return { status: 'canceled', next: null, failureCode: 'expired', failureMessage: 'The payment window expired.' };
    default:
      return null;
  }
}

/**
 * Handles `POST /webhooks/stripe`: verifies the signature (and its age against the
 * server clock), then applies the event once. Throws a 400 problem for a bad signature.
 */
export async function handleStripeWebhook(
  server: MockServerCore,
  payload: string,
  signature: string | null,
): Promise<{ applied: boolean }> {
  const config = server.options.stripe;
  if (!config) throw new ProblemError(404, 'not_found', 'Stripe is not configured.');
  const stripe = await stripeClient(config);
  let event: StripeEvent;
  try {
    event = stripe.webhooks.constructEvent(
      payload,
      signature ?? '',
      config.webhookSecret,
      undefined,
      undefined,
      server.clock.now(),
    );
  } catch {
    throw new ProblemError(400, 'invalid_signature', 'The webhook signature is invalid or too old.');
  }
  const result = resultOfEvent(event);
  const session = event.data.object as { id?: string; metadata?: Record<string, string> | null };
  const accountId = session.metadata?.accountId;
  const topUpId = session.metadata?.topUpId;
  if (!result || !accountId || !topUpId) return { applied: false };
  try {
    return await server.storage.transaction(accountId, async (tx) => {
      const stored = await tx.topUp(topUpId);
      // The session's metadata is signed: an event may arrive before the session id is stored.
      const known = stored?.meta.stripeSessionId;
      if (!stored || (known !== undefined && known !== session.id)) return { applied: false };
      // Each event id applies once (a unique key in SQL): duplicates are harmless.
      if (!(await tx.claimProviderEvent('stripe', event.id))) return { applied: false };
      const after = await settleFromOutside(
        server,
        tx,
        stored,
        { ...result, meta: { stripeSessionId: session.id! } },
        server.clock.now(),
      );
      return { applied: after.status !== stored.topUp.status };
    });
  } catch (error) {
    if (error instanceof UnknownAccountError) return { applied: false };
    throw error;
  }
}
