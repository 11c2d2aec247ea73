/** The help section: the questions customers ask, answered from the account's settings. */
import { html, type TemplateResult } from 'lit';
import type { Account } from '../../core/schemas/account.js';
import { isManualMethod } from '../../core/methods.js';
import { formatPrice, formatRate } from '../../i18n/format.js';
import { dashboardMessages, type HelpFacts } from './credit-dashboard.messages.js';

type M = (typeof dashboardMessages)['en'];

function list(items: string[], and: string): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} ${and} ${items.at(-1)}`;
}

export function helpFacts(account: Account, locale: string, m: M): HelpFacts {
  const s = account.settings;
  const lang = locale.toLowerCase().startsWith('de') ? 'de' : 'en';
  const product =
    account.productName?.[lang] ??
    account.productName?.en ??
    (account.model === 'money' ? m.balance.toLowerCase() : 'credits');
  const methods = [
    ...new Set([
      ...(s.topUp ? ['card', ...(s.topUp.invoiceThreshold !== null ? ['invoice'] : [])] : []),
      ...s.purchase.methods,
    ]),
  ];
  return {
    product,
    model: account.model,
    currency: account.currency,
    topUpRange: s.topUp
      ? `${formatPrice(account, s.topUp.min, locale)} – ${formatPrice(account, s.topUp.max, locale)}`
      : null,
    invoiceThreshold: s.topUp?.invoiceThreshold != null ? formatPrice(account, s.topUp.invoiceThreshold, locale) : null,
    packages: s.purchase.enabled,
    methods: list(
      methods.map((x) => m.methodNames(x)),
      m.and,
    ),
    services: list([...s.paymentServices], m.and),
    manual: s.purchase.methods.some(isManualMethod),
    expiryMonths: s.creditExpiryMonths,
    autoTopUp: s.autoTopUpAvailable,
    vatRate: formatRate(s.vatRate, locale),
    sellerCountry: new Intl.DisplayNames([locale], { type: 'region' }).of(s.sellerCountry) ?? s.sellerCountry,
  };
}

/** Question/answer pairs as native disclosure widgets (keyboard and screen-reader friendly). */
export function renderHelp(account: Account, locale: string, m: M): TemplateResult {
  const f = helpFacts(account, locale, m);
  const items: [string, string, string][] = [
    ['what', m.qWhat(f), m.aWhat(f)],
    ['buy', m.qBuy, m.aBuy(f)],
    ['run-out', m.qRunOut, m.aRunOut(f)],
    ['auto-top-up', m.qAuto, m.aAuto(f)],
    ['payment-services', m.qServices, m.aServices(f)],
    ['invoices', m.qInvoices, m.aInvoices(f)],
    ['vat', m.qVat, m.aVat(f)],
  ];
  return html`${items.map(
    ([id, q, a]) =>
      html`<details part="help-item" data-topic=${id}>
        <summary part="help-question">${q}</summary>
        <p part="help-answer">${a}</p>
      </details>`,
  )}`;
}
