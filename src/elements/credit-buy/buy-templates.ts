/** Sub-templates of <credit-buy>: package choice, payment methods, price breakdown, payment instructions. */
import { html, nothing, type TemplateResult } from 'lit';
import type { Account } from '../../core/schemas/account.js';
import { isManualMethod } from '../../core/methods.js';
import type { PaymentMethod } from '../../core/schemas/common.js';
import type { PackageList, Quote } from '../../core/schemas/pricing.js';
import type { CreditRequest } from '../../core/schemas/requests.js';
import { formatBalance, formatPrice, formatRate } from '../../i18n/format.js';
import type { BuyMessages } from './credit-buy.messages.js';

export interface ViewContext {
  account: Account;
  locale: string;
  m: BuyMessages;
}

export type Choice = { kind: 'package'; id: string } | { kind: 'custom' };

export function packagesTemplate(
  v: ViewContext,
  list: PackageList,
  choice: Choice | null,
  custom: { text: string; invalid: boolean; hint: string } | null,
  on: { choose(choice: Choice): void; input(text: string): void },
): TemplateResult {
  const { account, locale, m } = v;
  const language = locale.slice(0, 2);
  return html`<fieldset class="packages">
    <legend>${m.packagesLegend}</legend>
    ${list.packages.map((p) => {
      const checked = choice?.kind === 'package' && choice.id === p.id;
      const name = p.name?.[language] ?? p.name?.en;
      return html`<label part="package${checked ? ' package-selected' : ''}" class="package">
        <input
          type="radio"
          name="package"
          .checked=${checked}
          @change=${() => on.choose({ kind: 'package', id: p.id })}
        />
        <span class="package-main">
          <span part="package-credits">${name ?? formatBalance(account, p.credits, locale)}</span>
          <span part="package-price">${formatPrice(account, p.price, locale)}</span>
        </span>
        <span part="package-discount" class=${p.saving > 0 ? 'saving' : 'muted'}
          >${p.saving > 0 ? m.saving(formatRate(p.saving, locale)) : m.noSaving}</span
        >
        ${p.popular ? html`<span class="badge">${m.popular}</span>` : nothing}
      </label>`;
    })}
    ${
      custom
        ? html`<label part="package${choice?.kind === 'custom' ? ' package-selected' : ''}" class="package custom">
            <input
              type="radio"
              name="package"
              .checked=${choice?.kind === 'custom'}
              @change=${() => on.choose({ kind: 'custom' })}
            />
            <span class="package-main">
              <span>${m.custom}</span>
              <input
                part="custom-amount"
                type="text"
                inputmode=${account.model === 'money' ? 'decimal' : 'numeric'}
                aria-label=${m.custom}
                aria-describedby="custom-hint"
                aria-invalid=${custom.invalid ? 'true' : 'false'}
                .value=${custom.text}
                @focus=${() => on.choose({ kind: 'custom' })}
                @input=${(e: Event) => on.input((e.target as HTMLInputElement).value)}
              />
            </span>
            <span id="custom-hint" class=${custom.invalid ? 'error' : 'muted'}
              >${custom.invalid ? m.customError : custom.hint}</span
            >
          </label>`
        : nothing
    }
  </fieldset>`;
}

export function methodsTemplate(
  v: ViewContext,
  methods: PaymentMethod[],
  selected: PaymentMethod | null,
  choose: (method: PaymentMethod) => void,
): TemplateResult {
  const { m } = v;
  const manual = isManualMethod(selected);
  return html`<fieldset class="methods">
    <legend>${m.methodLegend}</legend>
    ${methods.map(
      (method) =>
        html`<label part="method${method === selected ? ' method-selected' : ''}" class="method">
          <input
            type="radio"
            name="method"
            .value=${method}
            .checked=${method === selected}
            @change=${() => choose(method)}
          />
          ${m[`method_${method}`]}
        </label>`,
    )}
    ${manual ? html`<p class="muted hint">${m.manualHint}</p>` : nothing}
  </fieldset>`;
}

export function breakdownTemplate(v: ViewContext, quote: Quote | null, loading: boolean): TemplateResult {
  const { account, locale, m } = v;
  if (!quote) {
    return html`<div part="breakdown" class="breakdown" aria-busy=${loading ? 'true' : 'false'}>
      ${loading ? m.quoteLoading : nothing}
    </div>`;
  }
  const price = (amount: number) => formatPrice(account, amount, locale);
  return html`<dl part="breakdown" class="breakdown" aria-label=${m.breakdownLabel}>
    <div>
      <dt>${m.credits}</dt>
      <dd>${formatBalance(account, quote.credits, locale)}</dd>
    </div>
    <div>
      <dt>${m.price}</dt>
      <dd>${price(quote.amount)}</dd>
    </div>
    <div>
      <dt>${m.fee}</dt>
      <dd>${price(quote.fee)}</dd>
    </div>
    <div>
      <dt>${m.vat(formatRate(quote.vatRate, locale))}</dt>
      <dd>${price(quote.vat)}</dd>
    </div>
    <div class="total">
      <dt>${m.total}</dt>
      <dd>${price(quote.total)}</dd>
    </div>
    <div>
      <dt>${m.newBalance}</dt>
      <dd>${formatBalance(account, quote.balanceAfter, locale)}</dd>
    </div>
    ${quote.vatTreatment === 'reverse_charge' ? html`<p class="note">${m.reverseCharge}</p>` : nothing}
    ${quote.vatTreatment === 'outside_eu' ? html`<p class="note">${m.outsideEu}</p>` : nothing}
  </dl>`;
}

export function instructionsTemplate(v: ViewContext, request: CreditRequest): TemplateResult {
  const { account, locale, m } = v;
  const label = (key: string) => {
    const text = (m as unknown as Record<string, unknown>)[`line_${key}`];
    return typeof text === 'string' ? text : key;
  };
  return html`<section part="instructions" class="instructions" aria-labelledby="instructions-title">
    <h3 id="instructions-title">${m.instructions}</h3>
    <dl>
      <div>
        <dt>${m.line_amount}</dt>
        <dd>${formatPrice(account, request.total, locale)}</dd>
      </div>
      ${request.instructions.lines.map(
        (line) =>
          html`<div class=${line.label === 'reference' ? 'reference' : ''}>
            <dt>${label(line.label)}</dt>
            <dd><code>${line.value}</code></dd>
          </div>`,
      )}
    </dl>
    <p class="muted">${m.referenceHint}</p>
  </section>`;
}
