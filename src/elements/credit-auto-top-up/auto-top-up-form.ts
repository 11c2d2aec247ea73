/** The settings form of <credit-auto-top-up>: native inputs with labels, hints and inline errors. */
import { html, nothing, type TemplateResult } from 'lit';
import type { Account } from '../../core/schemas/account.js';
import type { AutoTopUpState } from '../../core/schemas/auto-top-up.js';
import type { PackageList } from '../../core/schemas/pricing.js';
import { formatBalance, formatPrice } from '../../i18n/format.js';
import type { Draft, DraftErrors } from './auto-top-up-draft.js';
import type { AutoTopUpMessages } from './credit-auto-top-up.messages.js';

export interface FormView {
  account: Account;
  state: AutoTopUpState;
  packages: PackageList | null;
  draft: Draft;
  errors: DraftErrors;
  busy: boolean;
  locale: string;
  m: AutoTopUpMessages;
  change(patch: Partial<Draft>): void;
  submit(event: Event): void;
}

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

export function formTemplate(v: FormView): TemplateResult {
  const { account, state, draft, errors, m, locale } = v;
  const err = (key: keyof DraftErrors) => (errors[key] ? (m[errors[key]!] as string) : undefined);
  const text = (
    id: string,
    key: 'threshold' | 'expiryDays' | 'value' | 'monthlyCap',
    part: string,
    hint: boolean,
    inputmode = 'decimal',
  ) =>
    html`<input
      id=${id}
      part=${part}
      type="text"
      inputmode=${inputmode}
      .value=${draft[key]}
      aria-invalid=${errors[key] ? 'true' : 'false'}
      aria-describedby=${describedBy(id, hint, errors[key])}
      @input=${(e: Event) => v.change({ [key]: (e.target as HTMLInputElement).value })}
    />`;
  const packages = v.packages?.packages ?? [];
  const language = locale.slice(0, 2);
  return html`<form part="form" class="form" novalidate @submit=${v.submit} aria-busy=${v.busy ? 'true' : 'false'}>
    <label class="check">
      <input
        type="checkbox"
        part="enabled"
        .checked=${draft.enabled}
        @change=${(e: Event) => v.change({ enabled: (e.target as HTMLInputElement).checked })}
      />
      ${m.enabled}
    </label>
    ${field('threshold', m.threshold, text('threshold', 'threshold', 'threshold', true, account.model === 'money' ? 'decimal' : 'numeric'), m.thresholdHint, err('threshold'))}
    ${field('expiry-days', m.expiryDays, text('expiry-days', 'expiryDays', 'expiry-days', true, 'numeric'), m.expiryDaysHint, err('expiryDays'))}
    ${field(
      'amount',
      m.amount,
      html`<select
        id="amount"
        part="amount"
        @change=${(e: Event) => v.change({ purchase: (e.target as HTMLSelectElement).value })}
      >
        ${packages.map(
          (p) =>
            html`<option value="package:${p.id}" ?selected=${draft.purchase === `package:${p.id}`}>
              ${p.name?.[language] ?? p.name?.en ?? formatBalance(account, p.credits, locale)} –
              ${formatPrice(account, p.price, locale)}
            </option>`,
        )}
        ${account.model === 'money' || account.settings.purchase.customQuantity ? html`<option value="amount" ?selected=${draft.purchase === 'amount'}>${m.fixedAmount}</option>` : nothing}
        <option value="refill" ?selected=${draft.purchase === 'refill'}>${m.refill}</option>
      </select>`,
      null,
      undefined,
    )}
    ${
      draft.purchase === 'amount' || draft.purchase === 'refill'
        ? field(
            'amount-value',
            draft.purchase === 'refill' ? m.target : m.amountValue,
            text('amount-value', 'value', 'amount-value', false),
            null,
            err('value'),
          )
        : nothing
    }
    ${field('monthly-cap', m.monthlyCap, text('monthly-cap', 'monthlyCap', 'monthly-cap', false), null, err('monthlyCap'))}
    ${
      state.paymentMethods.length
        ? field(
            'payment-method',
            m.paymentMethod,
            html`<select
              id="payment-method"
              part="payment-method"
              @change=${(e: Event) => v.change({ paymentMethodId: (e.target as HTMLSelectElement).value })}
            >
              ${state.paymentMethods.map((pm) => html`<option value=${pm.id} ?selected=${draft.paymentMethodId === pm.id}>${pm.label}</option>`)}
            </select>`,
            null,
            undefined,
          )
        : html`<p class="hint">${m.noPaymentMethod}</p>`
    }
    <button part="save-button" class="button" type="submit" ?disabled=${v.busy} aria-busy=${v.busy ? 'true' : 'false'}>
      ${v.busy ? html`<span class="spinner" aria-hidden="true"></span>` : nothing}${m.save}
    </button>
  </form>`;
}
