/** The billing form's fields: label, native input/select, hint and inline error. */
import { html, nothing, type ReactiveControllerHost, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { BILLING_FIELDS, COUNTRY_CODES, type BillingField } from '../../core/billing-validation.js';
import type { BillingDetails } from '../../core/schemas/billing.js';
import { isEuCountry, vatNumberExample } from '../../core/vat.js';
import { languageOf } from '../../i18n/catalog.js';
import type { BillingMessages } from './credit-billing-details.messages.js';

export type BillingValues = Record<BillingField, string>;

export const EMPTY_VALUES: BillingValues = {
  company: '',
  street: '',
  postalCode: '',
  city: '',
  country: '',
  vatNumber: '',
  // Chosen from the page's language when the form first shows (see show()).
  invoiceLanguage: '',
  invoiceEmail: '',
};

const countryNames = new Map<string, { code: string; name: string }[]>();

/** ISO codes with their names in `locale`, sorted by name (Intl.DisplayNames, cached per locale). */
export function countryOptions(locale: string): { code: string; name: string }[] {
  let list = countryNames.get(locale);
  if (!list) {
    const names = new Intl.DisplayNames([locale, 'en'], { type: 'region' });
    const collator = new Intl.Collator(locale);
    list = COUNTRY_CODES.map((code) => ({ code, name: names.of(code) ?? code })).sort((a, b) =>
      collator.compare(a.name, b.name),
    );
    countryNames.set(locale, list);
  }
  return list;
}

const AUTOCOMPLETE: Record<BillingField, string> = {
  company: 'organization',
  street: 'street-address',
  postalCode: 'postal-code',
  city: 'address-level2',
  country: 'country',
  vatNumber: 'off',
  invoiceLanguage: 'off',
  invoiceEmail: 'email',
};

/**
 * The fields of the billing form and what the customer typed into them. Stored
 * details show unless the customer is typing; errors clear field by field.
 */
export class BillingFields {
  values: BillingValues = { ...EMPTY_VALUES };
  errors: Partial<Record<BillingField, string>> = {};
  /** The customer typed since the form last showed the stored details. */
  private dirty = false;
  /** The stored details the form shows (or last showed before the customer typed). */
  private shown: BillingDetails | null | undefined;
  private disabled = false;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly options: {
      locale(): string;
      messages(): BillingMessages;
      /** The customer changed a field (a new save attempt). */
      changed(field: BillingField): void;
    },
  ) {}

  private get m(): BillingMessages {
    return this.options.messages();
  }

  /** Shows the stored details (loaded, or saved anywhere on the page) unless the customer is typing. */
  show(details: BillingDetails | null): void {
    if (details === this.shown || this.dirty) return;
    this.shown = details;
    if (details) this.values = Object.fromEntries(BILLING_FIELDS.map((f) => [f, details[f] ?? ''])) as BillingValues;
    else if (!this.values.invoiceLanguage)
      this.values = { ...this.values, invoiceLanguage: languageOf(this.options.locale()) === 'de' ? 'de' : 'en' };
  }

  /** Saved: the next stored details show (e.g. a normalised VAT number). */
  saved(): void {
    this.dirty = false;
    this.errors = {};
  }

  showErrors(errors: Partial<Record<BillingField, string>>): void {
    this.errors = errors;
    this.host.requestUpdate();
  }

  private input(field: BillingField, value: string): void {
    this.values = { ...this.values, [field]: value };
    this.dirty = true;
    if (this.errors[field] || (field === 'country' && this.errors.vatNumber)) {
      const rest = { ...this.errors };
      delete rest[field];
      if (field === 'country') delete rest.vatNumber;
      this.errors = rest;
    }
    this.options.changed(field);
    this.host.requestUpdate();
  }

  private errorFor(field: BillingField): string | undefined {
    const code = this.errors[field];
    if (!code) return undefined;
    const text = (this.m as Record<string, unknown>)[code];
    return typeof text === 'string' ? text : this.m.invalid;
  }

  private wrap(
    field: BillingField,
    control: TemplateResult,
    hint?: string,
    wide = false,
    optional = false,
  ): TemplateResult {
    const error = this.errorFor(field);
    return html`<div part="field field-${field}" class=${wide ? 'wide' : ''}>
      <label for=${field}
        >${this.m[field]}${optional ? html` <span class="optional">(${this.m.optional})</span>` : nothing}</label
      >
      ${control} ${hint ? html`<span class="hint" id="${field}-hint">${hint}</span>` : nothing}
      <span part="error" id="${field}-error" ?hidden=${!error}>${error ?? ''}</span>
    </div>`;
  }

  private describedBy(field: BillingField, hint: boolean): string | undefined {
    const ids = [hint ? `${field}-hint` : '', this.errors[field] ? `${field}-error` : ''].filter(Boolean).join(' ');
    return ids || undefined;
  }

  private textField(field: BillingField, type = 'text', hint?: string, required = true, wide = false): TemplateResult {
    const control = html`<input
      part="input input-${field}"
      id=${field}
      name=${field}
      type=${type}
      autocomplete=${AUTOCOMPLETE[field]}
      .value=${this.values[field]}
      ?required=${required}
      ?disabled=${this.disabled}
      aria-invalid=${this.errors[field] ? 'true' : 'false'}
      aria-describedby=${ifDefined(this.describedBy(field, Boolean(hint)))}
      @input=${(e: Event) => this.input(field, (e.target as HTMLInputElement).value)}
    />`;
    // Only the VAT number can be optional (outside the EU); every other field is required.
    return this.wrap(field, control, hint, wide, !required && this.values.country !== '');
  }

  private selectField(field: BillingField, options: TemplateResult[]): TemplateResult {
    const control = html`<select
      part="input input-${field}"
      id=${field}
      name=${field}
      autocomplete=${AUTOCOMPLETE[field]}
      required
      ?disabled=${this.disabled}
      aria-invalid=${this.errors[field] ? 'true' : 'false'}
      aria-describedby=${ifDefined(this.describedBy(field, false))}
      @change=${(e: Event) => this.input(field, (e.target as HTMLSelectElement).value)}
    >
      ${options}
    </select>`;
    return this.wrap(field, control);
  }

  /** Every field of the form, in reading order. */
  render(disabled: boolean): TemplateResult {
    this.disabled = disabled;
    const { values, m } = this;
    const country = values.country;
    const eu = country !== '' && isEuCountry(country);
    const vatHint =
      country === '' ? undefined : eu ? `${m.vatRequired} ${m.vatExample(vatNumberExample(country))}` : m.vatOptional;
    const countries = [
      html`<option value="" ?selected=${country === ''}>${m.chooseCountry}</option>`,
      ...countryOptions(this.options.locale()).map(
        (c) => html`<option value=${c.code} ?selected=${c.code === country}>${c.name}</option>`,
      ),
    ];
    const languages = (['en', 'de'] as const).map(
      (l) =>
        html`<option value=${l} ?selected=${values.invoiceLanguage === l}>
          ${l === 'en' ? m.languageEn : m.languageDe}
        </option>`,
    );
    return html`${this.textField('company', 'text', undefined, true, true)}
    ${this.textField('street', 'text', undefined, true, true)} ${this.textField('postalCode')} ${this.textField('city')}
    ${this.selectField('country', countries)} ${this.textField('vatNumber', 'text', vatHint, eu)}
    ${this.selectField('invoiceLanguage', languages)} ${this.textField('invoiceEmail', 'email')}`;
  }
}
