/** Pay-button test fixture: agency-credits mock provider with pay buttons inside. */
import { fixture, waitUntil } from '@open-wc/testing';
import { html, type TemplateResult } from 'lit';
import '../../../src/elements/credit-provider/define.js';
import '../../../src/elements/credit-pay-button/define.js';
import type { HttpAdapter } from '../../../src/adapter/http-adapter.js';
import type { CreditPayButton } from '../../../src/elements/credit-pay-button/credit-pay-button.js';
import type { CreditProvider } from '../../../src/elements/credit-provider/credit-provider.js';
import { part } from '../../helpers/elements.js';

export async function agencyPage(content: TemplateResult, lang = 'en') {
  const root = await fixture<HTMLDivElement>(
    html`<div lang=${lang}><credit-provider mock preset="agency-credits">${content}</credit-provider></div>`,
  );
  const provider = root.querySelector<CreditProvider>('credit-provider')!;
  await waitUntil(() => provider.store.status === 'ready', 'account never loaded', { timeout: 6000 });
  const buttons = [...root.querySelectorAll<CreditPayButton>('credit-pay-button')];
  // Every button has asked the backend once (shown, or hidden for a reason).
  await waitUntil(
    () => buttons.every((b) => !b.hasAttribute('loading') && (b.hidden || part(b, 'price') || part(b, 'status'))),
    'payability never arrived',
    { timeout: 4000 },
  );
  const adapter = provider.store.adapter as HttpAdapter;
  return { root, provider, adapter, admin: adapter.admin!, buttons, balance: () => provider.store.account!.balance };
}

export const settled = (b: CreditPayButton) => !b.hasAttribute('loading');

/** First click, then Confirm in the inline confirmation: one confirmed payment. */
export async function confirmPayment(b: CreditPayButton): Promise<void> {
  part(b, 'button')!.click();
  await waitUntil(() => part(b, 'confirm-button'), 'the confirmation never opened');
  part(b, 'confirm-button')!.click();
}
