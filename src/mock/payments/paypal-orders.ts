/**
 * A minimal PayPal Orders v2 client (REST, no SDK): OAuth client credentials,
 * create an order, capture it. Both writes carry a `PayPal-Request-Id`, so a
 * retried create or capture returns the first result instead of a second order
 * or a second charge. `apiBase` and `fetch` are configurable for offline tests.
 */
import { currencyPrecision, toDecimalString } from '../../core/money.js';

export interface PaypalConfig {
  clientId: string;
  clientSecret: string;
  /** Defaults to the sandbox: `https://api-m.sandbox.paypal.com`. */
  apiBase?: string;
  /** Where the browser loads the JS SDK from (tests serve a stub). */
  sdkBaseUrl?: string;
  /** Transport (tests). */
  fetch?: typeof fetch;
}

export interface PaypalOrder {
  id: string;
  status: string;
}

export class PaypalApiError extends Error {
  constructor(
    readonly status: number,
    readonly issue: string | undefined,
  ) {
    super(`PayPal answered ${status}${issue ? ` (${issue})` : ''}`);
  }
}

const SANDBOX = 'https://api-m.sandbox.paypal.com';

export class PaypalOrders {
  private token: { value: string; until: number } | undefined;

  constructor(private readonly config: PaypalConfig) {}

  private get base(): string {
    return (this.config.apiBase ?? SANDBOX).replace(/\/+$/, '');
  }

  private send(path: string, init: RequestInit): Promise<Response> {
    return (this.config.fetch ?? fetch)(this.base + path, init);
  }

  private async accessToken(): Promise<string> {
    if (this.token && this.token.until > Date.now()) return this.token.value;
    const basic = btoa(`${this.config.clientId}:${this.config.clientSecret}`);
    const response = await this.send('/v1/oauth2/token', {
      method: 'POST',
      headers: { authorization: `Basic ${basic}`, 'content-type': 'application/x-www-form-urlencoded' },
      body: 'grant_type=client_credentials',
    });
    if (!response.ok) throw new PaypalApiError(response.status, 'oauth');
    const body = (await response.json()) as { access_token: string; expires_in?: number };
    this.token = { value: body.access_token, until: Date.now() + Math.max(0, (body.expires_in ?? 300) - 60) * 1000 };
    return body.access_token;
  }

  private async call(path: string, requestId: string, body: unknown): Promise<PaypalOrder> {
    const response = await this.send(path, {
      method: 'POST',
      headers: {
        authorization: `Bearer ${await this.accessToken()}`,
        'content-type': 'application/json',
        'paypal-request-id': requestId,
        prefer: 'return=minimal',
      },
      body: JSON.stringify(body),
    });
    const data = (await response.json().catch(() => ({}))) as {
      id?: string;
      status?: string;
      details?: { issue?: string }[];
    };
    if (!response.ok || !data.id) throw new PaypalApiError(response.status, data.details?.[0]?.issue);
    return { id: data.id, status: data.status ?? 'UNKNOWN' };
  }

  /** Creates a CAPTURE order for `total` minor units; `requestId` makes a retry return the same order. */
  createOrder(input: {
    requestId: string;
    referenceId: string;
    customId: string;
    description: string;
    currency: string;
    total: number;
  }): Promise<PaypalOrder> {
    return this.call('/v2/checkout/orders', input.requestId, {
      intent: 'CAPTURE',
      purchase_units: [
        {
          reference_id: input.referenceId,
          custom_id: input.customId,
          description: input.description,
          amount: {
            currency_code: input.currency,
            value: toDecimalString(input.total, currencyPrecision(input.currency)),
          },
        },
      ],
    });
  }

  /** Captures an approved order; an already captured order counts as captured (idempotent). */
  async capture(orderId: string, requestId: string): Promise<PaypalOrder> {
    try {
      return await this.call(`/v2/checkout/orders/${encodeURIComponent(orderId)}/capture`, requestId, {});
    } catch (error) {
      if (error instanceof PaypalApiError && error.issue === 'ORDER_ALREADY_CAPTURED')
        return { id: orderId, status: 'COMPLETED' };
      throw error;
    }
  }
}
