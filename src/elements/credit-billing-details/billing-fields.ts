/** Renders the billing form's fields: label, native input/select, hint and inline error. */
import { html, nothing, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { COUNTRY_CODES, type BillingField } from '../../core/billing-validation.js';
import { isEuCountry, vatNumberExample } from '../../core/vat.js';
import type { BillingMessages } from './credit-billing-details.messages.js';

export type BillingValues = Record<BillingField, string>;

export const EMPTY_VALUES: BillingValues = {
  company: '',
  street: '',
  postalCode: '',
  city: '',
  country: '',
  vatNumber: '',
  invoiceLanguage: 'en',
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

export interface FieldContext {
  values: BillingValues;
  errors: Partial<Record<BillingField, string>>;
  m: BillingMessages;
  locale: string;
  disabled: boolean;
  onInput: (field: BillingField, value: string) => void;
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

function errorFor(ctx: FieldContext, field: BillingField): string | undefined {
  const code = ctx.errors[field];
  if (!code) return undefined;
  const text = (ctx.m as Record<string, unknown>)[code];
  return typeof text === 'string' ? text : ctx.m.invalid;
}

function wrap(
  ctx: FieldContext,
  field: BillingField,
  control: TemplateResult,
  hint?: string,
  wide = false,
): TemplateResult {
  const error = errorFor(ctx, field);
  return html`<div part="field field-${field}" class=${wide ? 'wide' : ''}>
    <label for=${field}>${ctx.m[field]}</label>
    ${control} ${hint ? html`<span class="hint" id="${field}-hint">${hint}</span>` : nothing}
    <span part="error" id="${field}-error" ?hidden=${!error}>${error ?? ''}</span>
  </div>`;
}

function describedBy(ctx: FieldContext, field: BillingField, hint: boolean): string | undefined {
  const ids = [hint ? `${field}-hint` : '', ctx.errors[field] ? `${field}-error` : ''].filter(Boolean).join(' ');
  return ids || undefined;
}

function textField(
  ctx: FieldContext,
  field: BillingField,
  type = 'text',
  hint?: string,
  required = true,
  wide = false,
): TemplateResult {
  const control = html`<input
    part="input input-${field}"
    id=${field}
    name=${field}
    type=${type}
    autocomplete=${AUTOCOMPLETE[field]}
    .value=${ctx.values[field]}
    ?required=${required}
    ?disabled=${ctx.disabled}
    aria-invalid=${ctx.errors[field] ? 'true' : 'false'}
    aria-describedby=${ifDefined(describedBy(ctx, field, Boolean(hint)))}
    @input=${(e: Event) => ctx.onInput(field, (e.target as HTMLInputElement).value)}
  />`;
  return wrap(ctx, field, control, hint, wide);
}

function selectField(ctx: FieldContext, field: BillingField, options: TemplateResult[]): TemplateResult {
  const control = html`<select
    part="input input-${field}"
    id=${field}
    name=${field}
    autocomplete=${AUTOCOMPLETE[field]}
    required
    ?disabled=${ctx.disabled}
    aria-invalid=${ctx.errors[field] ? 'true' : 'false'}
    aria-describedby=${ifDefined(describedBy(ctx, field, false))}
    @change=${(e: Event) => ctx.onInput(field, (e.target as HTMLSelectElement).value)}
  >
    ${options}
  </select>`;
  return wrap(ctx, field, control);
}

/** Every field of the form, in reading order. */
export function renderFields(ctx: FieldContext): TemplateResult {
  const { values, m } = ctx;
  const country = values.country;
  const eu = country !== '' && isEuCountry(country);
  const vatHint =
    country === '' ? undefined : eu ? `${m.vatRequired} ${m.vatExample(vatNumberExample(country))}` : m.vatOptional;
  const countries = [
    html`<option value="" ?selected=${country === ''}>${m.chooseCountry}</option>`,
    ...countryOptions(ctx.locale).map(
      (c) => html`<option value=${c.code} ?selected=${c.code === country}>${c.name}</option>`,
    ),
  ];
  const languages = (['en', 'de'] as const).map(
    (l) =>
      html`<option value=${l} ?selected=${values.invoiceLanguage === l}>
        ${l === 'en' ? m.languageEn : m.languageDe}
      </option>`,
  );
  return html`${textField(ctx, 'company', 'text', undefined, true, true)}
  ${textField(ctx, 'street', 'text', undefined, true, true)} ${textField(ctx, 'postalCode')} ${textField(ctx, 'city')}
  ${selectField(ctx, 'country', countries)} ${textField(ctx, 'vatNumber', 'text', vatHint, eu)}
  ${selectField(ctx, 'invoiceLanguage', languages)} ${textField(ctx, 'invoiceEmail', 'email')}`;
}
