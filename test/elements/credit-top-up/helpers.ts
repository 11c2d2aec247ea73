/** Shared fixtures for the <credit-top-up> browser tests: a mock provider, parts, typing. */
import { part as maybePart } from '../../helpers/elements.js';
import { fixture, html, waitUntil } from '@open-wc/testing';
import type { BillingDetailsInput } from '../../../src/core/schemas/billing.js';
import '../../../src/elements/credit-balance/define.js';
import '../../../src/elements/credit-provider/define.js';
import type { CreditProvider } from '../../../src/elements/credit-provider/credit-provider.js';
import '../../../src/elements/credit-top-up/define.js';
import type { CreditTopUp } from '../../../src/elements/credit-top-up/credit-top-up.js';
import type { CreditBalance } from '../../../src/elements/credit-balance/credit-balance.js';
import { NORTHWIND_DE } from '../../helpers/buyers.js';

export interface Mounted {
  provider: CreditProvider;
  el: CreditTopUp;
  balance: CreditBalance;
}

export const BUYERS: Record<'DE' | 'AT' | 'FR' | 'US' | 'GR', BillingDetailsInput> = {
  DE: NORTHWIND_DE,
  AT: {
    company: 'Alpen KG',
    street: 'Ring 2',
    postalCode: '1010',
    city: 'Wien',
    country: 'AT',
    vatNumber: 'ATU12345678',
    invoiceLanguage: 'de',
    invoiceEmail: 'office@alpen.at',
  },
  FR: {
    company: 'Lumière SARL',
    street: '3 rue de la Paix',
    postalCode: '75002',
    city: 'Paris',
    country: 'FR',
    vatNumber: 'FR12345678901',
    invoiceLanguage: 'en',
    invoiceEmail: 'compta@lumiere.fr',
  },
  US: {
    company: 'Acme Inc.',
    street: '1 Main St',
    postalCode: '94105',
    city: 'San Francisco',
    country: 'US',
    vatNumber: '',
    invoiceLanguage: 'en',
    invoiceEmail: 'ap@acme.com',
  },
  GR: {
    company: 'Hellas AE',
    street: 'Odos 4',
    postalCode: '105 57',
    city: 'Athens',
    country: 'GR',
    vatNumber: 'EL123456789',
    invoiceLanguage: 'en',
    invoiceEmail: 'info@hellas.gr',
  },
};

/** A provider running the mock, with a balance badge and the top-up dialog. */
export async function mount(
  options: { preset?: string; lang?: string; buyer?: keyof typeof BUYERS | null; amount?: number } = {},
): Promise<Mounted> {
  const wrapper = await fixture<HTMLDivElement>(
    html`<div lang=${options.lang ?? 'en'}>
      <credit-provider mock preset=${options.preset ?? 'usage-billing'}>
        <credit-balance></credit-balance>
        <credit-top-up .amount=${options.amount ?? null}></credit-top-up>
      </credit-provider>
    </div>`,
  );
  const provider = wrapper.querySelector('credit-provider')!;
  const el = wrapper.querySelector('credit-top-up')!;
  const balance = wrapper.querySelector('credit-balance')!;
  await waitUntil(() => provider.store.status === 'ready', 'account loads', { timeout: 5000 });
  const buyer = options.buyer === undefined ? 'DE' : options.buyer;
  if (buyer)
    await provider.store.mutate(
      (a) => a.saveBillingDetails(BUYERS[buyer], { idempotencyKey: `seed-${Math.random()}` }),
      ['billing', 'account'],
    );
  return { provider, el, balance };
}

/** The part, or a failure naming it (the shared helper returns null instead). */
export function part<T extends HTMLElement = HTMLElement>(el: HTMLElement, name: string): T {
  const found = maybePart<T>(el, name);
  if (!found) throw new Error(`no part ${name}`);
  return found;
}

export const text = (el: HTMLElement, name: string): string => part(el, name).textContent!.replace(/\s+/g, ' ').trim();

/** Opens the dialog and waits for the amount step (or another step's part). */
export async function open(el: CreditTopUp, waitFor = 'amount-input'): Promise<void> {
  el.show();
  await waitUntil(() => maybePart(el, waitFor), `step with ${waitFor}`, { timeout: 5000 });
}

export async function type(el: CreditTopUp, value: string): Promise<void> {
  const input = part<HTMLInputElement>(el, 'amount-input');
  input.value = value;
  input.dispatchEvent(new Event('input', { bubbles: true }));
  await el.updateComplete;
}

export async function confirmed(el: CreditTopUp): Promise<void> {
  await waitUntil(() => part(el, 'breakdown').hasAttribute('data-confirmed'), 'backend quote', { timeout: 5000 });
}

/** Types an amount, waits for the backend quote, ticks the box. */
export async function ready(el: CreditTopUp, value: string): Promise<void> {
  await type(el, value);
  await confirmed(el);
  const box = part<HTMLInputElement>(el, 'confirm-checkbox');
  box.click();
  await el.updateComplete;
}

export function breakdownOf(el: CreditTopUp) {
  return {
    amount: text(el, 'amount'),
    fee: text(el, 'fee'),
    vat: text(el, 'vat'),
    vatRate: text(el, 'vat-rate'),
    total: text(el, 'total'),
    newBalance: text(el, 'new-balance'),
    method: text(el, 'method'),
    reverseCharge: maybePart(el, 'reverse-charge-note') !== null,
  };
}

/** Continue, then wait for the given part of the next step. */
export async function proceed(el: CreditTopUp, waitFor: string): Promise<void> {
  part<HTMLButtonElement>(el, 'continue-button').click();
  await waitUntil(() => maybePart(el, waitFor), `step with ${waitFor}`, { timeout: 5000 });
}

export async function outcome(el: CreditTopUp): Promise<string> {
  await waitUntil(() => el.shadowRoot!.querySelector('[data-outcome]'), 'outcome', { timeout: 5000 });
  return el.shadowRoot!.querySelector('[data-outcome]')!.getAttribute('data-outcome')!;
}

export { maybePart };
