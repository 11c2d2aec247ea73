/**
 * What the customer is buying in <credit-buy>: a package or a custom quantity,
 * and the payment method. It owns the choice and renders the package and method
 * fields; every change starts a new purchase attempt (see `changed`).
 */
import { html, nothing, type ReactiveControllerHost, type TemplateResult } from 'lit';
import { INSTANT_METHODS, MANUAL_METHODS, isManualMethod } from '../../core/methods.js';
import { currencyPrecision, parseAmountInput } from '../../core/money.js';
import type { Account } from '../../core/schemas/account.js';
import type { PaymentMethod } from '../../core/schemas/common.js';
import type { PackageList } from '../../core/schemas/pricing.js';
import { balanceUnit, formatBalance, formatInput, formatPrice, formatRate } from '../../i18n/format.js';
import type { BuyMessages } from './credit-buy.messages.js';

/** What this form can take: instant methods, manual ones (credit requests) and invoices. */
const SUPPORTED: readonly PaymentMethod[] = [...INSTANT_METHODS, ...MANUAL_METHODS, 'invoice'];

export type Choice = { kind: 'package'; id: string } | { kind: 'custom' };
export type BuyItem = { packageId: string } | { quantity: number };

export interface BuyChoiceOptions {
  account(): Account | undefined;
  packages(): PackageList | null;
  locale(): string;
  messages(): BuyMessages;
  /** The customer changed what to buy or how to pay. */
  changed(): void;
}

export class BuyChoice {
  private choice: Choice | null = null;
  private customText = '';
  /** An amount to preselect once the account and packages are known (see `prefill`). */
  private pending: number | null = null;
  method: PaymentMethod | null = null;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly options: BuyChoiceOptions,
  ) {}

  /** The methods the account enables that this form can take. */
  get methods(): PaymentMethod[] {
    return (this.options.account()?.settings.purchase.methods ?? []).filter((m) => SUPPORTED.includes(m));
  }

  /**
   * Preselects what covers `amount` (balance units): the custom quantity rounded
   * up to the step and into the allowed range, or else the smallest package that
   * covers it (the largest when none does).
   */
  prefill(amount: number): void {
    this.pending = amount;
    this.host.requestUpdate();
  }

  /** Back to the start: the default package, nothing typed (the method stays). */
  reset(): void {
    this.choice = null;
    this.customText = '';
  }

  private applyPending(account: Account, list: PackageList): void {
    const amount = this.pending;
    if (amount === null) return;
    this.pending = null;
    const custom = account.settings.purchase.customQuantity;
    if (custom) {
      const step = Math.max(custom.step, 1);
      const quantity = Math.min(Math.ceil(Math.max(amount, custom.min) / step) * step, custom.max);
      this.choice = { kind: 'custom' };
      this.customText = formatInput(quantity, this.precision(account), this.options.locale());
      return;
    }
    const sorted = [...list.packages].sort((a, b) => a.credits - b.credits);
    const cover = sorted.find((p) => p.credits >= amount) ?? sorted.at(-1);
    if (cover) this.choice = { kind: 'package', id: cover.id };
  }

  private precision(account: Account): number {
    return account.model === 'money' ? currencyPrecision(account.currency) : 0;
  }

  /** Before each render: a prefilled amount, else the popular (or first) package and the first method until the customer chooses. */
  sync(): void {
    const list = this.options.packages();
    const account = this.options.account();
    if (account && list) this.applyPending(account, list);
    if (!this.choice && list?.packages.length)
      this.choice = { kind: 'package', id: (list.packages.find((p) => p.popular) ?? list.packages[0]!).id };
    if (!this.method || !this.methods.includes(this.method)) this.method = this.methods[0] ?? null;
  }

  private get customQuantity(): number | null {
    const account = this.options.account();
    const custom = account?.settings.purchase.customQuantity;
    if (!account || !custom) return null;
    const parsed = parseAmountInput(this.customText, this.options.locale(), {
      precision: this.precision(account),
      min: custom.min,
      max: custom.max,
    });
    return parsed.ok && (custom.step <= 1 || parsed.value % custom.step === 0) ? parsed.value : null;
  }

  /** What is being bought: a package or a valid custom quantity. */
  get item(): BuyItem | null {
    if (this.choice?.kind === 'package') return { packageId: this.choice.id };
    const quantity = this.choice?.kind === 'custom' ? this.customQuantity : null;
    return quantity === null ? null : { quantity };
  }

  private change(update: () => void): void {
    update();
    this.options.changed();
    this.host.requestUpdate();
  }

  /** The package choices (and the custom quantity, where the account allows one). */
  renderPackages(account: Account, list: PackageList): TemplateResult {
    const m = this.options.messages();
    const locale = this.options.locale();
    const language = locale.slice(0, 2);
    const custom = account.settings.purchase.customQuantity;
    const choice = this.choice;
    const invalid = this.customText !== '' && this.customQuantity === null;
    const choose = (next: Choice) => this.change(() => (this.choice = next));
    const customLabel = account.model === 'credits' ? m.customCredits : m.custom;
    return html`<fieldset class="packages">
      <legend>${m.packagesLegend}</legend>
      <div class="cards">
        ${list.packages.map((p) => {
          const checked = choice?.kind === 'package' && choice.id === p.id;
          const name = p.name?.[language] ?? p.name?.en;
          return html`<label part="package${checked ? ' package-selected' : ''}" class="package">
            <input
              type="radio"
              name="package"
              .checked=${checked}
              @change=${() => choose({ kind: 'package', id: p.id })}
            />
            <span class="package-body">
              <span class="package-head">
                <span part="package-credits">${name ?? formatBalance(account, p.credits, locale)}</span>
                ${p.popular ? html`<span part="popular" class="badge">${m.popular}</span>` : nothing}
              </span>
              <span part="package-price" class="price">${formatPrice(account, p.price, locale)}</span>
              <span part="package-discount" class=${p.saving > 0 ? 'saving' : 'muted'}
                >${p.saving > 0 ? m.saving(formatRate(p.saving, locale)) : m.noSaving}</span
              >
            </span>
          </label>`;
        })}
        ${
          custom
            ? html`<label part="package${choice?.kind === 'custom' ? ' package-selected' : ''}" class="package custom">
                <input
                  type="radio"
                  name="package"
                  .checked=${choice?.kind === 'custom'}
                  @change=${() => choose({ kind: 'custom' })}
                />
                <span class="package-body">
                  <span class="package-head"><span>${customLabel}</span></span>
                  <span class="custom-field">
                    <input
                      part="custom-amount"
                      type="text"
                      inputmode=${account.model === 'money' ? 'decimal' : 'numeric'}
                      autocomplete="off"
                      aria-label=${customLabel}
                      aria-describedby=${invalid ? 'custom-hint custom-error' : 'custom-hint'}
                      aria-invalid=${invalid ? 'true' : 'false'}
                      .value=${this.customText}
                      @focus=${() => choice?.kind !== 'custom' && choose({ kind: 'custom' })}
                      @input=${(e: Event) =>
                        this.change(() => {
                          this.choice = { kind: 'custom' };
                          this.customText = (e.target as HTMLInputElement).value;
                        })}
                    />
                    <span class="unit" aria-hidden="true">${balanceUnit(account, locale)}</span>
                  </span>
                  <span id="custom-hint" class="muted"
                    >${m.customHint(formatBalance(account, custom.min, locale), formatBalance(account, custom.max, locale))}</span
                  >
                  ${invalid ? html`<span id="custom-error" class="error">${account.model === 'credits' ? m.customErrorCredits : m.customError}</span>` : nothing}
                </span>
              </label>`
            : nothing
        }
      </div>
    </fieldset>`;
  }

  /** The payment method choices. */
  renderMethods(): TemplateResult {
    const m = this.options.messages();
    const selected = this.method;
    return html`<fieldset class="methods">
      <legend>${m.methodLegend}</legend>
      <div class="cards">
        ${this.methods.map(
          (method) =>
            html`<label part="method${method === selected ? ' method-selected' : ''}" class="method">
              <input
                type="radio"
                name="method"
                .value=${method}
                .checked=${method === selected}
                @change=${() => this.change(() => (this.method = method))}
              />
              <span>${m[`method_${method}`]}</span>
            </label>`,
        )}
      </div>
      ${isManualMethod(selected) ? html`<p class="muted hint">${m.manualHint}</p>` : nothing}
    </fieldset>`;
  }
}
