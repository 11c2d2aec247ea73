/** The amount step: presets, free amount, live breakdown, method, confirmation, Continue. */
import { html, nothing, type TemplateResult } from 'lit';
import { formatMoney, type AmountInputError } from '../../core/money.js';
import type { PaymentMethod } from '../../core/schemas/common.js';
import type { Quote } from '../../core/schemas/pricing.js';
import { formatRate } from '../../i18n/format.js';
import type { TopUpMessages } from './credit-top-up.messages.js';

export interface AmountStepContext {
  m: TopUpMessages;
  locale: string;
  currency: string;
  presets: number[];
  min: number;
  max: number;
  invoiceThreshold: number | null;
  amountText: string;
  /** Selected preset (the current amount when it equals a preset). */
  amount: number | null;
  /** Inline error text for the amount input, or null. */
  amountError: string | null;
  quote: Quote | null;
  confirmed: boolean;
  checked: boolean;
  busy: boolean;
  canContinue: boolean;
  status: string | null;
  onPreset: (amount: number) => void;
  onAmountInput: (text: string) => void;
  onAmountBlur: () => void;
  onCheck: (checked: boolean) => void;
  onContinue: () => void;
}

/** The inline error for a bad amount, with the account's limits in its currency. */
export function amountErrorText(
  m: TopUpMessages,
  error: AmountInputError,
  precision: number,
  limits: { min: number; max: number },
  currency: string,
  locale: string,
): string {
  if (error === 'too_many_decimals') return m.too_many_decimals(precision);
  if (error === 'below_minimum') return m.below_minimum(formatMoney(limits.min, currency, locale));
  if (error === 'above_maximum') return m.above_maximum(formatMoney(limits.max, currency, locale));
  return m[error];
}

function methodName(m: TopUpMessages, method: PaymentMethod): string {
  return method === 'invoice' ? m.methodInvoice : method === 'paypal' ? m.methodPaypal : m.methodCard;
}

function renderBreakdown(ctx: AmountStepContext, quote: Quote | null): TemplateResult {
  const { m } = ctx;
  const money = (v: number | undefined) => (v === undefined ? '—' : formatMoney(v, ctx.currency, ctx.locale));
  return html`<section
    part="breakdown"
    aria-labelledby="breakdown-title"
    aria-live="polite"
    aria-busy=${quote && !ctx.confirmed ? 'true' : 'false'}
    ?data-confirmed=${ctx.confirmed}
  >
    <h3 id="breakdown-title" class="section-title">${m.breakdown}</h3>
    <dl>
      <div>
        <dt>${m.lineAmount}</dt>
        <dd part="amount">${money(quote?.amount)}</dd>
      </div>
      <div>
        <dt>${m.lineFee}</dt>
        <dd part="fee">${money(quote?.fee)}</dd>
      </div>
      <div>
        <dt>${m.lineVat} (<span part="vat-rate">${quote ? formatRate(quote.vatRate, ctx.locale) : '—'}</span>)</dt>
        <dd part="vat">${money(quote?.vat)}</dd>
      </div>
      <div class="total">
        <dt>${m.lineTotal}</dt>
        <dd part="total">${money(quote?.total)}</dd>
      </div>
      <div>
        <dt>${m.lineNewBalance}</dt>
        <dd part="new-balance">${money(quote?.balanceAfter)}</dd>
      </div>
    </dl>
    ${quote?.vatTreatment === 'reverse_charge' ? html`<p part="reverse-charge-note">${m.reverseCharge}</p>` : nothing}
    ${quote?.vatTreatment === 'outside_eu' ? html`<p part="vat-note">${m.outsideEu}</p>` : nothing}
    ${quote && !ctx.confirmed ? html`<p class="hint">${m.updating}</p>` : nothing}
  </section>`;
}

export function renderAmountStep(ctx: AmountStepContext): TemplateResult {
  const { m, quote } = ctx;
  const money = (v: number) => formatMoney(v, ctx.currency, ctx.locale);
  const describedBy = ctx.amountError ? 'amount-hint amount-error' : 'amount-hint';
  return html`<div class="presets" role="group" aria-label=${m.presets}>
      ${ctx.presets.map(
        (p) =>
          html`<button
            type="button"
            part="preset"
            class="button secondary"
            aria-pressed=${ctx.amount === p ? 'true' : 'false'}
            ?disabled=${ctx.busy}
            @click=${() => ctx.onPreset(p)}
          >
            ${money(p)}
          </button>`,
      )}
    </div>
    <div class="field">
      <label for="amount">${m.amountLabel(ctx.currency)}</label>
      <input
        id="amount"
        part="amount-input"
        name="amount"
        inputmode="decimal"
        autocomplete="off"
        .value=${ctx.amountText}
        ?disabled=${ctx.busy}
        aria-invalid=${ctx.amountError ? 'true' : 'false'}
        aria-describedby=${describedBy}
        @input=${(e: Event) => ctx.onAmountInput((e.target as HTMLInputElement).value)}
        @blur=${ctx.onAmountBlur}
        @keydown=${(e: KeyboardEvent) => e.key === 'Enter' && ctx.canContinue && ctx.onContinue()}
      />
      <span class="hint" id="amount-hint">${m.amountHint(money(ctx.min), money(ctx.max))}</span>
      <span part="amount-error" id="amount-error" ?hidden=${!ctx.amountError}>${ctx.amountError ?? ''}</span>
    </div>
    ${renderBreakdown(ctx, quote)}
    <p part="method">
      ${m.methodLabel}: <strong>${quote ? methodName(m, quote.method) : '—'}</strong>
      ${quote?.method === 'invoice' && ctx.invoiceThreshold !== null ? html`<span class="hint">${m.methodInvoiceNote(money(ctx.invoiceThreshold))}</span>` : nothing}
    </p>
    <div class="confirm">
      <input
        type="checkbox"
        id="confirm"
        part="confirm-checkbox"
        .checked=${ctx.checked}
        ?disabled=${ctx.busy}
        @change=${(e: Event) => ctx.onCheck((e.target as HTMLInputElement).checked)}
      />
      <label for="confirm">${m.confirm(quote ? money(quote.total) : '—')}</label>
    </div>
    <div class="actions">
      <button
        type="button"
        part="continue-button"
        class="button"
        ?disabled=${!ctx.canContinue}
        aria-busy=${ctx.busy ? 'true' : 'false'}
        @click=${ctx.onContinue}
      >
        ${ctx.busy ? html`<span class="spinner" aria-hidden="true"></span>${m.working}` : m.continue}
      </button>
    </div>
    <p part="status" role="status" aria-live="polite" class=${ctx.status ? 'error' : ''}>${ctx.status ?? ''}</p>`;
}
