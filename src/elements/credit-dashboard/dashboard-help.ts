/** The help section: the questions customers ask, answered from the account's settings. */
import { html, nothing, type TemplateResult } from 'lit';
import type { Account } from '../../core/schemas/account.js';
import { isManualMethod } from '../../core/methods.js';
import { languageOf } from '../../i18n/catalog.js';
import { formatBalance, formatDate, formatPrice, formatRate } from '../../i18n/format.js';
import { dashboardMessages, type HelpFacts } from './credit-dashboard.messages.js';

type M = (typeof dashboardMessages)['en'];

function list(items: string[], and: string): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} ${and} ${items.at(-1)}`;
}

export function helpFacts(account: Account, locale: string, m: M): HelpFacts {
  const s = account.settings;
  const lang = languageOf(locale);
  // A money account's questions speak of "your balance"; a credits account names its credits.
  const product = account.productName?.[lang] ?? account.productName?.en ?? m.creditsNoun;
  const multipliers = account.usage?.multipliers?.length
    ? list(
        account.usage.multipliers.map((x) => `${x.label} ×${x.factor}`),
        m.and,
      )
    : null;
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
    usage: account.usage ? (account.usage.summary[lang] ?? account.usage.summary.en ?? null) : null,
    multipliers,
    failedNotCharged: account.usage?.failedNotCharged ?? false,
    planCredits: account.plan ? formatBalance(account, account.plan.credits, locale) : null,
    planRenews: account.plan ? formatDate(account.plan.renewsAt, locale, 'long') : null,
  };
}

/**
 * Question/answer pairs as native disclosure widgets (keyboard and screen-reader
 * friendly): seed 000's eight questions, then the troubleshooting questions of
 * seeds 001 and 003 that apply to this account, then "Still need help?" when the
 * account has a support address.
 */
export function renderHelp(account: Account, locale: string, m: M, headingLevel: 2 | 3 = 2): TemplateResult {
  const f = helpFacts(account, locale, m);
  const items: [string, string, string][] = [
    ['what', m.qWhat(f), m.aWhat(f)],
    ['use', m.qUse(f), m.aUse(f)],
    ['buy', m.qBuy(f), m.aBuy(f)],
    ['run-out', m.qRunOut(f), m.aRunOut(f)],
    ['auto-top-up', m.qAuto, m.aAuto(f)],
    ['payment-services', m.qServices, m.aServices(f)],
    ['invoices', m.qInvoices, m.aInvoices(f)],
    ['vat', m.qVat, m.aVat(f)],
    ['added', m.qAdded, m.aAdded(f)],
    ['in-out', m.qInOut, m.aInOut],
    ...(f.manual ? [['rejected', m.qRejected, m.aRejected] as [string, string, string]] : []),
    ['pay-missing', m.qPayMissing, m.aPayMissing],
    ...(f.failedNotCharged ? [['failed', m.qFailed, m.aFailed] as [string, string, string]] : []),
    ...(f.planRenews ? [['plan', m.qPlan, m.aPlan(f)] as [string, string, string]] : []),
  ];
  const support = account.settings.supportUrl;
  return html`${items.map(
    ([id, q, a]) =>
      html`<details part="help-item" data-topic=${id}>
        <summary part="help-question">${q}</summary>
        <p part="help-answer">${a}</p>
      </details>`,
  )}
  ${
    support
      ? html`<div part="help-contact">
          ${
            headingLevel === 3
              ? html`<h4 part="help-contact-title">${m.stillNeedHelp}</h4>`
              : html`<h3 part="help-contact-title">${m.stillNeedHelp}</h3>`
          }
          <p>${m.stillNeedHelpText}</p>
          <a part="help-contact-link" class="button secondary" href=${support}>${m.contactSupport}</a>
        </div>`
      : nothing
  }`;
}
