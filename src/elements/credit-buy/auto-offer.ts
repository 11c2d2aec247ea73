/**
 * The auto top-up offer in checkout: a checkbox and a threshold that save the
 * settings at once (each change is its own write), so they persist even when the
 * checkout is abandoned.
 */
import { html, nothing, type ReactiveControllerHost, type TemplateResult } from 'lit';
import { toCreditsError } from '../../adapter/errors.js';
import { currencyPrecision, parseAmountInput, toDecimalString } from '../../core/money.js';
import type { Account } from '../../core/schemas/account.js';
import type { AutoTopUpSettings, AutoTopUpState } from '../../core/schemas/auto-top-up.js';
import { errorText } from '../../i18n/common.messages.js';
import type { ResourceController } from '../../state/resource-controller.js';
import type { Resource } from '../../state/resource.js';
import type { CreditStore } from '../../state/store.js';
import { randomKey } from '../../util/keys.js';
import type { BuyMessages } from './credit-buy.messages.js';

export class AutoOffer {
  notice = '';
  saving = false;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly settings: ResourceController<Resource<AutoTopUpState>>,
    private readonly options: {
      store(): CreditStore | undefined;
      account(): Account | undefined;
      locale(): string;
      messages(): BuyMessages;
      /** What the checkout is buying now (auto top-up buys the same). */
      purchase(): AutoTopUpSettings['purchase'] | null;
    },
  ) {}

  /** The saved settings; the offer is optional, so without them (or on an error) it is simply not shown. */
  private get state(): AutoTopUpState | null {
    return this.settings.current?.value ?? null;
  }

  private precision(account: Account): number {
    return account.model === 'money' ? currencyPrecision(account.currency) : 0;
  }

  private async save(
    store: CreditStore,
    account: Account,
    locale: string,
    m: BuyMessages,
    patch: Partial<AutoTopUpSettings>,
    purchase: AutoTopUpSettings['purchase'] | null,
  ): Promise<void> {
    const state = this.state;
    if (!state) return;
    const settings: AutoTopUpSettings = {
      ...state.settings,
      ...(purchase ? { purchase } : {}),
      ...patch,
      paymentMethodId: state.settings.paymentMethodId ?? state.paymentMethods[0]?.id ?? null,
    };
    if (settings.enabled && settings.threshold === null) settings.threshold = account.lowBalanceThreshold;
    this.saving = true;
    this.host.requestUpdate();
    try {
      await store.saveAutoTopUp(settings, randomKey());
      this.notice = settings.enabled ? m.autoSaved : m.autoOff;
    } catch (error) {
      this.notice = errorText(toCreditsError(error).code, locale);
    } finally {
      this.saving = false;
      this.host.requestUpdate();
    }
  }

  render(): TemplateResult | typeof nothing {
    const state = this.state;
    const store = this.options.store();
    const account = this.options.account();
    const locale = this.options.locale();
    const m = this.options.messages();
    const purchase = this.options.purchase();
    if (!store || !account || !state || !account.settings.autoTopUpAvailable || state.paymentMethods.length === 0)
      return nothing;
    const precision = this.precision(account);
    const threshold = state.settings.threshold ?? account.lowBalanceThreshold;
    const onThreshold = (e: Event) => {
      const parsed = parseAmountInput((e.target as HTMLInputElement).value, locale, { precision, min: 0 });
      if (parsed.ok) void this.save(store, account, locale, m, { threshold: parsed.value }, null);
    };
    return html`<div class="auto-offer" part="auto-top-up-offer">
      <label class="check">
        <input
          type="checkbox"
          part="auto-top-up-checkbox"
          .checked=${state.settings.enabled}
          ?disabled=${this.saving}
          @change=${(e: Event) => void this.save(store, account, locale, m, { enabled: (e.target as HTMLInputElement).checked }, purchase)}
        />
        ${m.autoOffer}
      </label>
      <input
        part="auto-top-up-threshold"
        class="threshold"
        type="text"
        inputmode=${precision ? 'decimal' : 'numeric'}
        aria-label=${m.autoThreshold}
        .value=${toDecimalString(threshold, precision)}
        ?disabled=${this.saving}
        @change=${onThreshold}
      />
      <span class="muted" role="status" aria-live="polite">${this.notice}</span>
    </div>`;
  }
}
