/**
 * What <credit-buy> shows about the purchase itself: the backend's breakdown of
 * the current choice, and after a bank-transfer or crypto request, how to pay
 * (each line with a copy button).
 */
import { html, nothing, type TemplateResult } from 'lit';
import { currencyPrecision, decimalSeparator, toDecimalString } from '../../core/money.js';
import type { Account } from '../../core/schemas/account.js';
import type { CreditRequest } from '../../core/schemas/requests.js';
import { formatBalance, formatPrice, formatRate } from '../../i18n/format.js';
import type { QuoteController } from '../base/quote-controller.js';
import type { BuyMessages } from './credit-buy.messages.js';

/** Instruction lines shown in a monospace block (numbers and addresses a customer copies). */
const CODE_LINES = new Set(['iban', 'bic', 'address', 'reference', 'asset_amount']);
/** Lines worth copying into a banking app or wallet (not the bank's name or the network). */
const COPY_LINES = new Set(['amount', 'account_holder', 'iban', 'bic', 'address', 'reference', 'asset_amount']);

export interface BuySummaryOptions {
  locale(): string;
  messages(): BuyMessages;
  quotes: QuoteController;
  /** Something the summary shows changed (a line was copied). */
  changed(): void;
}

export class BuySummary {
  /** The instruction line copied last (its button says so for a moment). */
  private copied: string | null = null;
  private copiedTimer: ReturnType<typeof setTimeout> | undefined;

  constructor(private readonly options: BuySummaryOptions) {}

  /**
   * The price breakdown of the backend's quote (credits, price, fee, VAT, total,
   * new balance). A bank transfer or crypto payment adds credits only once the
   * payment is confirmed, so it promises no new balance.
   */
  renderBreakdown(account: Account, manual: boolean): TemplateResult {
    const locale = this.options.locale();
    const m = this.options.messages();
    const quote = this.options.quotes.quote;
    const loading = this.options.quotes.loading;
    if (!quote) {
      return html`<div part="breakdown" class="breakdown empty" aria-busy=${loading ? 'true' : 'false'}>
        <p class="muted">${loading ? m.quoteLoading : m.quoteEmpty}</p>
      </div>`;
    }
    const price = (amount: number) => formatPrice(account, amount, locale);
    return html`<dl part="breakdown" class="breakdown" aria-label=${m.breakdownLabel}>
      <div>
        <dt>${account.model === 'money' ? m.creditsMoney : m.credits}</dt>
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
      ${
        manual
          ? nothing
          : html`<div>
              <dt>${m.newBalance}</dt>
              <dd>${formatBalance(account, quote.balanceAfter, locale)}</dd>
            </div>`
      }
      ${quote.vatTreatment === 'reverse_charge' ? html`<p class="note">${m.reverseCharge}</p>` : nothing}
      ${quote.vatTreatment === 'outside_eu' ? html`<p class="note">${m.outsideEu}</p>` : nothing}
    </dl>`;
  }

  private copy(key: string, value: string): void {
    void navigator.clipboard?.writeText(value).then(
      () => {
        this.copied = key;
        clearTimeout(this.copiedTimer);
        this.copiedTimer = setTimeout(() => ((this.copied = null), this.options.changed()), 2500);
        this.options.changed();
      },
      () => {},
    );
  }

  private line(key: string, label: string, value: string, shown = value): TemplateResult {
    const m = this.options.messages();
    const copied = this.copied === key;
    return html`<div class="line ${key}">
      <dt>${label}</dt>
      <dd>
        <span class="value">${CODE_LINES.has(key) ? html`<code>${shown}</code>` : shown}</span>
        ${
          COPY_LINES.has(key)
            ? html`<button
                type="button"
                part="copy-button"
                class="button secondary small"
                aria-label=${m.copyLabel(label)}
                @click=${() => this.copy(key, value)}
              >
                ${copied ? m.copied : m.copy}
              </button>`
            : nothing
        }
      </dd>
    </div>`;
  }

  /** Payment instructions and the reference of a bank-transfer or crypto request. */
  renderInstructions(account: Account, request: CreditRequest): TemplateResult {
    const locale = this.options.locale();
    const m = this.options.messages();
    const label = (key: string) => {
      const text = (m as unknown as Record<string, unknown>)[`line_${key}`];
      return typeof text === 'string' ? text : key;
    };
    const total = formatPrice(account, request.total, locale);
    // The amount without currency sign or grouping is what a banking app takes.
    const plain = toDecimalString(request.total, currencyPrecision(request.currency)).replace(
      '.',
      decimalSeparator(locale),
    );
    return html`<section part="instructions" class="instructions" aria-labelledby="instructions-title">
      <h4 id="instructions-title">${m.instructions}</h4>
      <dl>
        ${this.line('amount', m.line_amount, plain, total)}
        ${request.instructions.lines.map((l) =>
          this.line(
            l.label,
            l.label === 'reference' && request.method === 'crypto' ? m.line_reference_crypto : label(l.label),
            l.value,
          ),
        )}
      </dl>
      <p class="muted">${request.method === 'crypto' ? m.referenceHintCrypto : m.referenceHint}</p>
    </section>`;
  }
}
