/**
 * The amount step of `<credit-top-up>`: presets, the free amount, the live
 * breakdown (preview at once, then the backend's quote), the method, the
 * confirmation box and Continue. It owns what the customer typed and ticked;
 * the element tells it where it lives (store, account, language) once, and asks
 * it to render.
 */
import { html, nothing, type ReactiveControllerHost, type TemplateResult } from 'lit';
import {
  currencyPrecision,
  formatCount,
  formatMoney,
  parseAmountInput,
  toDecimalString,
  type AmountInputError,
} from '../../core/money.js';
import type { Account } from '../../core/schemas/account.js';
import type { PaymentMethod } from '../../core/schemas/common.js';
import type { Quote } from '../../core/schemas/pricing.js';
import { formatRate } from '../../i18n/format.js';
import type { CreditStore } from '../../state/store.js';
import { QuoteController } from '../base/quote-controller.js';
import type { TopUpMessages } from './credit-top-up.messages.js';
import { previewQuote } from './preview-quote.js';

export interface AmountStepOptions {
  store(): CreditStore | undefined;
  account(): Account | undefined;
  locale(): string;
  messages(): TopUpMessages;
  /** The buyer's country on file (the VAT rule depends on it). */
  billingCountry(): string | null;
  /** Whether the step is on screen: quotes are asked only then. */
  active(): boolean;
  /** A payment is on its way: the step is locked. */
  busy(): boolean;
  /** The flow's last message (a failed start), shown under Continue. */
  status(): string | null;
  errorText(code: string | undefined): string;
  /** The amount changed: a started attempt is over. */
  changed(): void;
  /** Continue with the backend's quote. */
  proceed(quote: Quote): void;
}

export class AmountStep {
  private text = '';
  private touched = false;
  private checked = false;
  private readonly quotes: QuoteController;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly options: AmountStepOptions,
  ) {
    this.quotes = new QuoteController(host, {
      store: options.store,
      request: () => this.request,
      dependsOn: options.billingCountry,
      preview: (request) => {
        const account = options.account();
        return account ? previewQuote(account, options.billingCountry(), request.amount ?? 0) : null;
      },
    });
  }

  /** Prefills an amount in minor units (a shortfall, a retried top-up). */
  setAmount(minor: number): void {
    // In the page's notation with thousands separators, like the presets: "1,000.00", "1.000,00".
    this.text = formatCount(minor, this.options.locale(), this.precision);
    this.touched = true;
    this.options.changed();
    this.host.requestUpdate();
  }

  /** Whether the customer has entered anything yet. */
  get empty(): boolean {
    return this.text === '';
  }

  /** Unticks the confirmation (back from a failed payment: confirm again). */
  uncheck(): void {
    this.checked = false;
    this.host.requestUpdate();
  }

  /** Forgets the entry (a finished top-up). */
  clear(): void {
    this.text = '';
    this.touched = false;
    this.checked = false;
  }

  /** Closing the dialog blurs the input too: only a blur while open means the customer left the field. */
  private onBlur(): void {
    if (!this.options.active()) return;
    this.touched = true;
    this.host.requestUpdate();
  }

  private onInput(text: string): void {
    this.text = text;
    this.touched = true;
    this.options.changed();
    this.host.requestUpdate();
  }

  private get precision(): number {
    const account = this.options.account();
    return account ? currencyPrecision(account.currency) : 2;
  }

  private parsed() {
    const topUp = this.options.account()?.settings.topUp;
    return parseAmountInput(this.text, this.options.locale(), {
      precision: this.precision,
      ...(topUp ? { min: topUp.min, max: topUp.max } : {}),
    });
  }

  /** What to quote: a valid amount while the step is on screen. */
  private get request(): { amount: number } | null {
    if (!this.options.active() || !this.options.account()?.settings.topUp) return null;
    const parsed = this.parsed();
    return parsed.ok ? { amount: parsed.value } : null;
  }

  /** The backend's quote for the amount shown (what Continue pays). */
  private get confirmed(): Quote | null {
    const quote = this.quotes.quote;
    return quote && quote.amount === this.request?.amount ? quote : null;
  }

  private continue(): void {
    const quote = this.confirmed;
    if (quote && this.checked && !this.options.busy()) this.options.proceed(quote);
  }

  render(): TemplateResult | typeof nothing {
    const account = this.options.account();
    const settings = account?.settings.topUp;
    if (!account || !settings) return nothing;
    const m = this.options.messages();
    const locale = this.options.locale();
    const money = (v: number) => formatMoney(v, account.currency, locale);
    const parsed = this.parsed();
    const amount = parsed.ok ? parsed.value : null;
    const error =
      !parsed.ok && this.touched
        ? amountErrorText(m, parsed.error, this.precision, settings, account.currency, locale)
        : null;
    const quote = this.quotes.shown;
    const confirmed = this.confirmed !== null;
    const busy = this.options.busy();
    const canContinue = confirmed && this.checked && !busy;
    const invoice = quote?.method === 'invoice';
    const status = this.options.status() ?? (this.quotes.error ? this.options.errorText(this.quotes.error.code) : null);
    return html`<div class="presets" role="group" aria-label=${m.presets}>
        ${settings.presets.map(
          (p) =>
            html`<button
              type="button"
              part="preset"
              class="button secondary"
              aria-pressed=${amount === p ? 'true' : 'false'}
              ?disabled=${busy}
              @click=${() => this.setAmount(p)}
            >
              ${presetLabel(p, account.currency, locale, this.precision)}
            </button>`,
        )}
      </div>
      <div class="field">
        <label for="amount">${m.amountLabel(account.currency)}</label>
        <input
          id="amount"
          part="amount-input"
          name="amount"
          inputmode="decimal"
          autocomplete="off"
          .value=${this.text}
          ?disabled=${busy}
          aria-invalid=${error ? 'true' : 'false'}
          aria-describedby=${error ? 'amount-hint amount-error' : 'amount-hint'}
          @input=${(e: Event) => this.onInput((e.target as HTMLInputElement).value)}
          @blur=${() => this.onBlur()}
          @keydown=${(e: KeyboardEvent) => e.key === 'Enter' && canContinue && this.continue()}
        />
        <span class="hint" id="amount-hint">${m.amountHint(money(settings.min), money(settings.max))}</span>
        <span part="amount-error" id="amount-error" ?hidden=${!error}>${error ?? ''}</span>
      </div>
      ${this.renderBreakdown(quote, confirmed, account.currency)}
      ${
        quote
          ? html`<p part="method">
              ${m.methodLabel}: <strong>${methodName(m, quote.method)}</strong>
              ${quote.method === 'invoice' && settings.invoiceThreshold !== null ? html`<span class="hint">${m.methodInvoiceNote(money(settings.invoiceThreshold))}</span>` : nothing}
            </p>`
          : nothing
      }
      <div class="confirm">
        <input
          type="checkbox"
          id="confirm"
          part="confirm-checkbox"
          .checked=${this.checked}
          ?disabled=${busy}
          @change=${(e: Event) => {
            this.checked = (e.target as HTMLInputElement).checked;
            this.host.requestUpdate();
          }}
        />
        <label for="confirm"
          >${
            !quote ? m.confirmEmpty : invoice ? m.confirmInvoice(money(quote.total)) : m.confirm(money(quote.total))
          }</label
        >
      </div>
      <div class="actions">
        <button
          type="button"
          part="continue-button"
          class="button"
          ?disabled=${!canContinue}
          aria-busy=${busy ? 'true' : 'false'}
          @click=${() => this.continue()}
        >
          ${busy ? html`<span class="spinner" aria-hidden="true"></span>${m.working}` : invoice ? m.continueInvoice : m.continue}
        </button>
      </div>
      <p part="status" role="status" aria-live="polite" class=${status ? 'error' : ''}>${status ?? ''}</p>`;
  }

  private renderBreakdown(quote: Quote | null, confirmed: boolean, currency: string): TemplateResult {
    const m = this.options.messages();
    const locale = this.options.locale();
    const money = (v: number | undefined) => (v === undefined ? '—' : formatMoney(v, currency, locale));
    return html`<section
      part="breakdown"
      aria-labelledby="breakdown-title"
      aria-live="polite"
      aria-busy=${quote && !confirmed ? 'true' : 'false'}
      ?data-confirmed=${confirmed}
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
          <dt>
            ${m.lineVat}${quote ? html` (<span part="vat-rate">${formatRate(quote.vatRate, locale)}</span>)` : nothing}
          </dt>
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
      ${quote && !confirmed ? html`<p class="hint">${m.updating}</p>` : nothing}
    </section>`;
  }
}

const presetFormats = new Map<string, Intl.NumberFormat>();

/** A preset as people say it: "€50", "€1,000"; cents only where it has them ("€12.50"). */
function presetLabel(minor: number, currency: string, locale: string, precision: number): string {
  if (minor % 10 ** precision !== 0) return formatMoney(minor, currency, locale);
  const key = `${locale}|${currency}`;
  let nf = presetFormats.get(key);
  if (!nf) {
    nf = new Intl.NumberFormat(locale, {
      style: 'currency',
      currency,
      minimumFractionDigits: 0,
      maximumFractionDigits: 0,
    });
    presetFormats.set(key, nf);
  }
  return nf.format(toDecimalString(minor / 10 ** precision, 0) as unknown as number);
}

/** The inline error for a bad amount, with the account's limits in its currency. */
function amountErrorText(
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
