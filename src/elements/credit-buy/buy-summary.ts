/**
 * What <credit-buy> shows about the purchase itself: the backend's breakdown of
 * the current choice, and after a bank-transfer or crypto request, how to pay.
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { Account } from '../../core/schemas/account.js';
import type { CreditRequest } from '../../core/schemas/requests.js';
import { formatBalance, formatPrice, formatRate } from '../../i18n/format.js';
import type { QuoteController } from '../base/quote-controller.js';
import type { BuyMessages } from './credit-buy.messages.js';

export class BuySummary {
  constructor(private readonly options: { locale(): string; messages(): BuyMessages; quotes: QuoteController }) {}

  /** The price breakdown of the backend's quote (credits, price, fee, VAT, total, new balance). */
  renderBreakdown(account: Account): TemplateResult {
    const locale = this.options.locale();
    const m = this.options.messages();
    const quote = this.options.quotes.quote;
    const loading = this.options.quotes.loading;
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

  /** Payment instructions and the reference of a bank-transfer or crypto request. */
  renderInstructions(account: Account, request: CreditRequest): TemplateResult {
    const locale = this.options.locale();
    const m = this.options.messages();
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
}
