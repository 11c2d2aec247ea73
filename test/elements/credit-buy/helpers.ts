/** Shared set-up of the <credit-buy> tests: a provider over the in-page mock, with an adapter the test can reach. */
import { fixture, html, waitUntil } from '@open-wc/testing';
import '../../../src/elements/credit-provider/define.js';
import '../../../src/elements/credit-buy/define.js';
import '../../../src/elements/credit-requests/define.js';
import '../../../src/elements/credit-balance/define.js';
import { createMockAdapter, type MockPreset } from '../../../src/adapter/mock-adapter.js';
import type { HttpAdapter } from '../../../src/adapter/http-adapter.js';
import type { CreditsAdapter } from '../../../src/adapter/types.js';
import type { Account } from '../../../src/core/schemas/account.js';
import type { CreditBuy } from '../../../src/elements/credit-buy/credit-buy.js';
import type { CreditProvider } from '../../../src/elements/credit-provider/credit-provider.js';
import { part, parts } from '../../helpers/elements.js';

export interface Setup {
  root: HTMLElement;
  buy: CreditBuy;
  provider: CreditProvider;
  adapter: HttpAdapter;
}

export const BILLING = {
  company: 'Sitewatch GmbH',
  street: 'Hauptstraße 1',
  postalCode: '10115',
  city: 'Berlin',
  country: 'DE',
  vatNumber: 'DE123456789',
  invoiceLanguage: 'en' as const,
  invoiceEmail: 'billing@sitewatch.example',
};

/** Mounts `<credit-buy>` (plus requests and balance) over a fresh mock; `wrap` may replace adapter methods. */
export async function mount(
  preset: MockPreset = 'agency-credits',
  options: {
    server?: Record<string, unknown>;
    wrap?: (adapter: HttpAdapter) => CreditsAdapter;
    lang?: string;
    billing?: boolean;
  } = {},
): Promise<Setup> {
  const adapter = createMockAdapter({ preset, ...(options.server ? { server: options.server } : {}) });
  if (options.billing) await adapter.saveBillingDetails(BILLING, { idempotencyKey: crypto.randomUUID() });
  const root = await fixture<HTMLElement>(
    html`<div lang=${options.lang ?? 'en'}>
      <credit-provider .adapter=${options.wrap ? options.wrap(adapter) : adapter}>
        <credit-balance></credit-balance>
        <credit-buy></credit-buy>
        <credit-requests></credit-requests>
      </credit-provider>
    </div>`,
  );
  const buy = root.querySelector('credit-buy')!;
  await waitUntil(
    () => !buy.hasAttribute('loading') && (part(buy, 'buy-button') || part(buy, 'status')),
    'credit-buy never rendered',
    { timeout: 5000 },
  );
  return { root, buy, provider: root.querySelector('credit-provider')!, adapter };
}

/**
 * Shows the account through `change` everywhere the adapter delivers it: reads
 * and the live stream (which opens with a snapshot of the account).
 */
export function changeAccount(adapter: HttpAdapter, change: (account: Account) => Account): HttpAdapter {
  const get = adapter.getAccount.bind(adapter);
  const subscribe = adapter.subscribe.bind(adapter);
  adapter.getAccount = async (options) => change(await get(options));
  adapter.subscribe = (listener) =>
    subscribe((event) => listener(event.type === 'account' ? { ...event, account: change(event.account) } : event));
  return adapter;
}

/** Picks the package whose radio is the `index`-th, or the custom amount. */
export async function choosePackage(buy: CreditBuy, index: number): Promise<void> {
  parts(buy, 'package')[index]!.querySelector('input')!.click();
  await buy.updateComplete;
}

export async function chooseMethod(buy: CreditBuy, method: string): Promise<void> {
  const radio = parts(buy, 'method')
    .map((p) => p.querySelector('input')!)
    .find((i) => i.value === method)!;
  radio.click();
  await buy.updateComplete;
}

/** Waits for the backend quote (the buy button enables). */
export async function quoted(buy: CreditBuy): Promise<HTMLButtonElement> {
  await waitUntil(() => !part<HTMLButtonElement>(buy, 'buy-button')!.disabled, 'never quoted', { timeout: 4000 });
  return part<HTMLButtonElement>(buy, 'buy-button')!;
}

export function balanceOf(root: HTMLElement): string {
  return (root.querySelector('credit-balance')!.shadowRoot!.querySelector('[part~="amount"]')?.textContent ?? '')
    .replace(/\s+/g, ' ')
    .trim();
}
