/**
 * The auto top-up offer in checkout. Ticking it shows what would happen (the
 * threshold, the charge incl. fee and VAT, the card, the monthly limit) and saves
 * only on "Turn on automatic top-up": a recurring charge is never set up by a
 * tick alone. Saved at once, so it holds even when the checkout is abandoned.
 * Unticking switches it off at once; once on, a changed threshold saves itself.
 */
import { html, nothing, type ReactiveControllerHost, type TemplateResult } from 'lit';
import { toCreditsError } from '../../adapter/errors.js';
import { autoTopUpCharge } from '../../core/auto-top-up-charge.js';
import { currencyPrecision, parseAmountInput } from '../../core/money.js';
import type { Account } from '../../core/schemas/account.js';
import type { AutoTopUpSettings, AutoTopUpState } from '../../core/schemas/auto-top-up.js';
import type { PackageList, Quote } from '../../core/schemas/pricing.js';
import { errorText } from '../../i18n/common.messages.js';
import { balanceUnit, formatBalance, formatInput, formatPrice } from '../../i18n/format.js';
import type { ResourceController } from '../../state/resource-controller.js';
import type { Resource } from '../../state/resource.js';
import type { CreditStore } from '../../state/store.js';
import { randomKey } from '../../util/keys.js';
import type { BuyMessages } from './credit-buy.messages.js';

export interface AutoOfferOptions {
  store(): CreditStore | undefined;
  account(): Account | undefined;
  packages(): PackageList | null;
  locale(): string;
  messages(): BuyMessages;
  /** What the checkout is buying now (auto top-up buys the same). */
  purchase(): AutoTopUpSettings['purchase'] | null;
  /** The checkout's quote (for the buyer's country, which decides the VAT). */
  quote(): Quote | null;
}

export class AutoOffer {
  private notice = '';
  private saving = false;
  /** Ticked, not saved yet: the offer shows what it would charge. */
  private confirming = false;
  /** The threshold as typed (null: the saved one, or the low-balance threshold). */
  private thresholdText: string | null = null;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly settings: ResourceController<Resource<AutoTopUpState>>,
    private readonly options: AutoOfferOptions,
  ) {}

  /** The saved settings; the offer is optional, so without them (or on an error) it is simply not shown. */
  private get state(): AutoTopUpState | null {
    return this.settings.current?.value ?? null;
  }

  private precision(account: Account): number {
    return account.model === 'money' ? currencyPrecision(account.currency) : 0;
  }

  /** The threshold as typed, or null when it is not a valid amount. */
  private threshold(account: Account, state: AutoTopUpState): number | null {
    const fallback = state.settings.threshold ?? account.lowBalanceThreshold;
    if (this.thresholdText === null) return fallback;
    const parsed = parseAmountInput(this.thresholdText, this.options.locale(), {
      precision: this.precision(account),
      min: 0,
    });
    return parsed.ok ? parsed.value : null;
  }

  private update(change: () => void): void {
    change();
    this.host.requestUpdate();
  }

  private async save(patch: Partial<AutoTopUpSettings>, withPurchase: boolean): Promise<void> {
    const store = this.options.store();
    const state = this.state;
    const m = this.options.messages();
    const purchase = this.options.purchase();
    if (!store || !state) return;
    const settings: AutoTopUpSettings = {
      ...state.settings,
      ...(withPurchase && purchase ? { purchase } : {}),
      ...patch,
      paymentMethodId: state.settings.paymentMethodId ?? state.paymentMethods[0]?.id ?? null,
    };
    this.update(() => (this.saving = true));
    try {
      await store.saveAutoTopUp(settings, randomKey());
      this.confirming = false;
      this.thresholdText = null;
      this.notice = settings.enabled ? m.autoSaved : m.autoOff;
    } catch (error) {
      this.notice = errorText(toCreditsError(error).code, this.options.locale());
    } finally {
      this.update(() => (this.saving = false));
    }
  }

  /** "Below 50 scan credits, we charge €55.41 (incl. fee and VAT) to Visa •••• 4242. At most …" */
  private summary(
    account: Account,
    state: AutoTopUpState,
    threshold: number | null,
    purchase: AutoTopUpSettings['purchase'],
  ): string {
    const m = this.options.messages();
    const locale = this.options.locale();
    const packages = this.options.packages()?.packages ?? [];
    const charge = autoTopUpCharge(account, packages, purchase, this.options.quote()?.buyerCountry ?? null);
    const card = state.paymentMethods.find((pm) => pm.id === state.settings.paymentMethodId) ?? state.paymentMethods[0];
    if (!charge || !card || threshold === null) return '';
    const cap = state.settings.monthlyCap;
    return `${m.autoSummary(formatBalance(account, threshold, locale), formatPrice(account, charge.total, locale), card.label)} ${
      cap === null ? m.autoNoCap : m.autoCap(formatPrice(account, cap, locale))
    }`;
  }

  render(): TemplateResult | typeof nothing {
    const state = this.state;
    const account = this.options.account();
    const locale = this.options.locale();
    const m = this.options.messages();
    const purchase = this.options.purchase();
    if (!account || !state || !account.settings.autoTopUpAvailable || state.paymentMethods.length === 0) return nothing;
    const enabled = state.settings.enabled;
    const threshold = this.threshold(account, state);
    const open = enabled || this.confirming;
    const what = enabled ? state.settings.purchase : purchase;
    const summary = open && what ? this.summary(account, state, threshold, what) : '';
    const onTick = (e: Event) => {
      const checked = (e.target as HTMLInputElement).checked;
      if (checked) this.update(() => ((this.confirming = true), (this.notice = '')));
      else if (enabled) void this.save({ enabled: false }, false);
      else this.update(() => ((this.confirming = false), (this.thresholdText = null)));
    };
    const onThreshold = (e: Event) => {
      this.update(() => (this.thresholdText = (e.target as HTMLInputElement).value));
      const value = this.threshold(account, state);
      if (enabled && e.type === 'change' && value !== null) void this.save({ threshold: value }, false);
    };
    return html`<div class="auto-offer" part="auto-top-up-offer">
      <label class="check">
        <input
          type="checkbox"
          part="auto-top-up-checkbox"
          .checked=${open}
          ?disabled=${this.saving}
          @change=${onTick}
        />
        <span>${m.autoOffer}</span>
      </label>
      ${
        open
          ? html`<div class="auto-threshold">
              <label for="auto-threshold">${m.autoThreshold}</label>
              <span class="with-unit">
                <input
                  id="auto-threshold"
                  part="auto-top-up-threshold"
                  class="threshold"
                  type="text"
                  inputmode=${this.precision(account) ? 'decimal' : 'numeric'}
                  aria-invalid=${threshold === null ? 'true' : 'false'}
                  .value=${this.thresholdText ?? formatInput(threshold ?? 0, this.precision(account), locale)}
                  ?disabled=${this.saving}
                  @input=${onThreshold}
                  @change=${onThreshold}
                />
                <span class="unit">${balanceUnit(account, locale)}</span>
              </span>
            </div>`
          : nothing
      }
      ${summary ? html`<p class="auto-summary" part="auto-top-up-summary">${summary}</p>` : nothing}
      ${
        this.confirming && !enabled
          ? html`<div class="actions">
              <button
                type="button"
                part="auto-top-up-confirm"
                class="button secondary"
                ?disabled=${this.saving || threshold === null || !summary}
                @click=${() => threshold !== null && void this.save({ enabled: true, threshold }, true)}
              >
                ${m.autoConfirm}
              </button>
              <button
                type="button"
                class="button secondary"
                ?disabled=${this.saving}
                @click=${() => this.update(() => ((this.confirming = false), (this.thresholdText = null)))}
              >
                ${m.autoCancel}
              </button>
            </div>`
          : nothing
      }
      <p class="muted" role="status" aria-live="polite">${this.notice}</p>
    </div>`;
  }
}
