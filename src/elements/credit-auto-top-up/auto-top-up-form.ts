/**
 * The settings form of <credit-auto-top-up>: native inputs with labels, units,
 * hints and inline errors, and a summary of what the saved settings will do. It
 * owns the draft (what the inputs show), its errors and the save; the saved
 * settings show in it unless the customer is editing. Every charge it names is
 * the real one (net price, card fee and VAT, from the core pricing rules).
 */
import { html, nothing, type ReactiveControllerHost, type TemplateResult } from 'lit';
import { toCreditsError } from '../../adapter/errors.js';
import { autoTopUpCharge } from '../../core/auto-top-up-charge.js';
import type { Account } from '../../core/schemas/account.js';
import type { AutoTopUpSettings, AutoTopUpState } from '../../core/schemas/auto-top-up.js';
import type { PackageList } from '../../core/schemas/pricing.js';
import { balanceUnit, currencySign, formatBalance, formatDate, formatPrice } from '../../i18n/format.js';
import type { CreditStore } from '../../state/store.js';
import { randomKey } from '../../util/keys.js';
import { draftErrors, draftFrom, settingsFrom, type Draft, type DraftErrors } from './auto-top-up-draft.js';
import type { AutoTopUpMessages } from './credit-auto-top-up.messages.js';

function field(
  id: string,
  label: string,
  control: TemplateResult,
  hint: string | null,
  error: string | undefined,
): TemplateResult {
  return html`<div class="field">
    <label for=${id}>${label}</label>
    ${control} ${hint ? html`<span id="${id}-hint" class="hint">${hint}</span>` : nothing}
    ${error ? html`<span id="${id}-error" class="error" part="error">${error}</span>` : nothing}
  </div>`;
}

const describedBy = (id: string, hint: boolean, error: unknown) =>
  [hint ? `${id}-hint` : '', error ? `${id}-error` : ''].filter(Boolean).join(' ') || nothing;

export interface AutoTopUpFormOptions {
  store(): CreditStore | undefined;
  account(): Account | undefined;
  /** The saved settings (shared: a save anywhere on the page shows here). */
  state(): AutoTopUpState | null;
  packages(): PackageList | null;
  /** The buyer's country on file (decides the VAT of the charge), or null. */
  buyerCountry(): string | null;
  locale(): string;
  messages(): AutoTopUpMessages;
  errorText(code: string | undefined): string;
  /** The settings were saved. */
  saved(state: AutoTopUpState): void;
}

export class AutoTopUpForm {
  private draft: Draft | null = null;
  private errors: DraftErrors = {};
  private busy = false;
  private message: { tone: 'success' | 'error'; text: string } | null = null;
  /** The customer changed the form since it last showed the saved settings. */
  private dirty = false;
  /** The saved settings the draft was made from. */
  private shown: AutoTopUpState | undefined;
  /** One idempotency key per save attempt; a change to the form starts a new attempt. */
  private saveKey: string | undefined;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly options: AutoTopUpFormOptions,
  ) {}

  /** Before each render: saved settings (loaded, or saved anywhere on the page) show unless the customer is editing. */
  sync(): void {
    const state = this.options.state();
    const account = this.options.account();
    if (!state || !account || state === this.shown || this.dirty) return;
    this.shown = state;
    this.draft = draftFrom(state, account, this.options.locale());
  }

  private change(patch: Partial<Draft>): void {
    if (!this.draft) return;
    this.draft = { ...this.draft, ...patch };
    this.dirty = true;
    // A changed form is a new request: a new idempotency key on the next save.
    this.saveKey = undefined;
    this.errors = {};
    this.host.requestUpdate();
  }

  private async save(event: Event): Promise<void> {
    event.preventDefault();
    const store = this.options.store();
    const account = this.options.account();
    if (!store || !account || !this.draft || this.busy) return;
    const m = this.options.messages();
    const chosen = this.draft.purchase.startsWith('package:') ? [this.draft.purchase.slice('package:'.length)] : [];
    const parsed = settingsFrom(this.draft, account, this.options.locale(), {
      // Until the packages arrive, the chosen one is taken on trust (the backend checks it).
      packageIds: this.options.packages()?.packages.map((p) => p.id) ?? chosen,
      paymentMethodIds: this.options.state()?.paymentMethods.map((pm) => pm.id) ?? [],
    });
    if ('errors' in parsed) {
      this.errors = parsed.errors;
      this.message = { tone: 'error', text: this.options.errorText('validation_failed') };
      this.host.requestUpdate();
      return;
    }
    this.busy = true;
    this.host.requestUpdate();
    const key = (this.saveKey ??= randomKey());
    try {
      const saved = await store.saveAutoTopUp(parsed.settings, key);
      this.dirty = false;
      this.saveKey = undefined;
      this.message = { tone: 'success', text: m.saved };
      this.options.saved(saved);
    } catch (error) {
      const failure = toCreditsError(error);
      this.errors = draftErrors(Object.entries(failure.fieldErrors).map(([field, code]) => ({ field, code })));
      this.message = { tone: 'error', text: this.options.errorText(failure.code) };
    } finally {
      this.busy = false;
      this.host.requestUpdate();
    }
  }

  /** The summary, the form and its status, once the saved settings are there (null until then). */
  render(): TemplateResult | null {
    const account = this.options.account();
    const state = this.options.state();
    if (!account || !state || !this.draft) return null;
    return html`${this.renderSummary(account, state)} ${this.renderForm(account, state, this.draft)}
    ${this.renderStatus(state)}`;
  }

  private charge(account: Account, purchase: AutoTopUpSettings['purchase']) {
    return autoTopUpCharge(account, this.options.packages()?.packages ?? [], purchase, this.options.buyerCountry());
  }

  /** What the saved settings do, in one sentence (N37): shown while auto top-up is on. */
  private renderSummary(account: Account, state: AutoTopUpState): TemplateResult | typeof nothing {
    const { settings } = state;
    if (!settings.enabled) return nothing;
    const m = this.options.messages();
    const locale = this.options.locale();
    const balance = (v: number) => formatBalance(account, v, locale);
    const when = [
      settings.threshold === null
        ? ''
        : settings.threshold === 0
          ? m.whenEmpty
          : m.whenBelow(balance(settings.threshold)),
      settings.expiryDays === null ? '' : m.whenExpiring(settings.expiryDays),
    ].filter(Boolean);
    const card = state.paymentMethods.find((pm) => pm.id === settings.paymentMethodId)?.label ?? m.noCard;
    const charge = this.charge(account, settings.purchase);
    const what =
      settings.purchase.type === 'refill'
        ? m.summaryRefill(balance(settings.purchase.targetBalance), card)
        : charge
          ? m.summaryBuy(balance(charge.credits), formatPrice(account, charge.total, locale), card)
          : '';
    const cap =
      settings.monthlyCap === null ? m.summaryNoCap : m.summaryCap(formatPrice(account, settings.monthlyCap, locale));
    return html`<p part="summary" class="summary">
      <strong>${m.summaryOn}</strong> ${m.summary(when.join(m.or), what)} ${cap}
    </p>`;
  }

  private renderStatus(state: AutoTopUpState): TemplateResult {
    const m = this.options.messages();
    const last = state.lastFailure;
    const reason = (code: string) => {
      const known = (m as unknown as Record<string, unknown>)[code];
      return typeof known === 'string' ? known : this.options.errorText(code);
    };
    return html`<div part="status" class="status" role="status" aria-live="polite">
      ${state.paused ? html`<p class="error">${m.paused}</p>` : nothing}
      ${last ? html`<p class="muted">${m.lastFailure(reason(last.message), formatDate(last.at, this.options.locale(), 'medium', true))}</p>` : nothing}
      ${this.message ? html`<p class=${this.message.tone}>${this.message.text}</p>` : nothing}
    </div>`;
  }

  /** What one top-up of the draft's choice charges, as a hint under "What to buy". */
  private chargeHint(account: Account, draft: Draft): string | null {
    const m = this.options.messages();
    if (draft.purchase === 'refill') return m.refillHint;
    let purchase: AutoTopUpSettings['purchase'] | null = null;
    if (draft.purchase.startsWith('package:'))
      purchase = { type: 'package', packageId: draft.purchase.slice('package:'.length) };
    else {
      const parsed = settingsFrom({ ...draft, enabled: false }, account, this.options.locale(), {
        packageIds: [],
        paymentMethodIds: [],
      });
      if ('settings' in parsed) purchase = parsed.settings.purchase;
    }
    const charge = purchase ? this.charge(account, purchase) : null;
    return charge ? m.chargeHint(formatPrice(account, charge.total, this.options.locale())) : null;
  }

  /** The form; `account` and `state` are the ones it was drafted for. */
  private renderForm(account: Account, state: AutoTopUpState, draft: Draft): TemplateResult {
    const { errors } = this;
    const m = this.options.messages();
    const locale = this.options.locale();
    const err = (key: keyof DraftErrors) => (errors[key] ? (m[errors[key]!] as string) : undefined);
    const text = (
      id: string,
      key: 'threshold' | 'expiryDays' | 'value' | 'monthlyCap',
      part: string,
      hint: boolean,
      unit: string,
      inputmode = 'decimal',
    ) =>
      html`<span class="with-unit">
        <input
          id=${id}
          part=${part}
          type="text"
          inputmode=${inputmode}
          autocomplete="off"
          .value=${draft[key]}
          aria-invalid=${errors[key] ? 'true' : 'false'}
          aria-describedby=${describedBy(id, hint, errors[key])}
          @input=${(e: Event) => this.change({ [key]: (e.target as HTMLInputElement).value })}
        />
        <span class="unit">${unit}</span>
      </span>`;
    const packages = this.options.packages()?.packages ?? [];
    const language = locale.slice(0, 2);
    const unit = balanceUnit(account, locale);
    const balanceMode = account.model === 'money' ? 'decimal' : 'numeric';
    // Money balances never expire: no expiry trigger to offer.
    const expires = account.settings.creditExpiryMonths !== null;
    const chargeHint = this.chargeHint(account, draft);
    return html`<form
      part="form"
      class="form"
      novalidate
      @submit=${(event: Event) => void this.save(event)}
      aria-busy=${this.busy ? 'true' : 'false'}
    >
      <label class="check">
        <input
          type="checkbox"
          part="enabled"
          .checked=${draft.enabled}
          @change=${(e: Event) => this.change({ enabled: (e.target as HTMLInputElement).checked })}
        />
        ${m.enabled}
      </label>
      <div class="fields">
        ${field('threshold', m.threshold, text('threshold', 'threshold', 'threshold', true, unit, balanceMode), m.thresholdHint, err('threshold'))}
        ${expires ? field('expiry-days', m.expiryDays, text('expiry-days', 'expiryDays', 'expiry-days', true, m.days, 'numeric'), m.expiryDaysHint, err('expiryDays')) : nothing}
        ${field(
          'amount',
          m.amount,
          html`<select
            id="amount"
            part="amount"
            aria-describedby=${chargeHint ? 'amount-hint' : nothing}
            @change=${(e: Event) => this.change({ purchase: (e.target as HTMLSelectElement).value })}
          >
            ${packages.map((p) => {
              const charge = this.charge(account, { type: 'package', packageId: p.id });
              return html`<option value="package:${p.id}" ?selected=${draft.purchase === `package:${p.id}`}>
                ${p.name?.[language] ?? p.name?.en ?? formatBalance(account, p.credits, locale)} –
                ${formatPrice(account, charge?.total ?? p.price, locale)}
              </option>`;
            })}
            ${account.model === 'money' || account.settings.purchase.customQuantity ? html`<option value="amount" ?selected=${draft.purchase === 'amount'}>${m.fixedAmount}</option>` : nothing}
            <option value="refill" ?selected=${draft.purchase === 'refill'}>${m.refill}</option>
          </select>`,
          chargeHint,
          undefined,
        )}
        ${
          draft.purchase === 'amount' || draft.purchase === 'refill'
            ? field(
                'amount-value',
                draft.purchase === 'refill' ? m.target : m.amountValue,
                text('amount-value', 'value', 'amount-value', false, unit, balanceMode),
                null,
                err('value'),
              )
            : nothing
        }
        ${field('monthly-cap', m.monthlyCap, text('monthly-cap', 'monthlyCap', 'monthly-cap', true, currencySign(account.currency, locale)), m.monthlyCapHint, err('monthlyCap'))}
        ${
          state.paymentMethods.length
            ? field(
                'payment-method',
                m.paymentMethod,
                html`<select
                  id="payment-method"
                  part="payment-method"
                  @change=${(e: Event) => this.change({ paymentMethodId: (e.target as HTMLSelectElement).value })}
                >
                  ${state.paymentMethods.map((pm) => html`<option value=${pm.id} ?selected=${draft.paymentMethodId === pm.id}>${pm.label}</option>`)}
                </select>`,
                null,
                undefined,
              )
            : html`<p class="hint">${m.noPaymentMethod}</p>`
        }
      </div>
      <button
        part="save-button"
        class="button"
        type="submit"
        ?disabled=${this.busy}
        aria-busy=${this.busy ? 'true' : 'false'}
      >
        ${this.busy ? html`<span class="spinner" aria-hidden="true"></span>` : nothing}${m.save}
      </button>
    </form>`;
  }
}
