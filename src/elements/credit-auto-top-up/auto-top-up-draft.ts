/**
 * The form's draft (what the inputs show, as text) and its conversion to and
 * from the wire settings. Amounts are parsed without floats by the core money
 * rules; balance amounts use the balance precision (cents, or whole credits), the
 * monthly limit the currency's.
 */
import { currencyPrecision, parseAmountInput } from '../../core/money.js';
import { formatInput } from '../../i18n/format.js';
import type { Account } from '../../core/schemas/account.js';
import { autoTopUpErrors, type AutoTopUpContext } from '../../core/auto-top-up.js';
import type { AutoTopUpSettings, AutoTopUpState } from '../../core/schemas/auto-top-up.js';
import type { AutoTopUpMessages } from './credit-auto-top-up.messages.js';

export interface Draft {
  enabled: boolean;
  threshold: string;
  expiryDays: string;
  /** `package:<id>`, `amount` or `refill`. */
  purchase: string;
  /** The fixed amount or the target balance. */
  value: string;
  monthlyCap: string;
  paymentMethodId: string;
}

export type DraftErrors = Partial<Record<'threshold' | 'expiryDays' | 'value' | 'monthlyCap', keyof AutoTopUpMessages>>;

const balancePrecision = (account: Account) => (account.model === 'money' ? currencyPrecision(account.currency) : 0);
/** What an input shows for a stored amount: the locale's decimal mark; nothing for none. */
const showIn = (locale: string) => (value: number | null, precision: number) =>
  value === null ? '' : formatInput(value, precision, locale);

/** The draft of saved settings, as the inputs show them in `locale` (an amount of 0 to buy shows empty). */
export function draftFrom(state: AutoTopUpState, account: Account, locale: string): Draft {
  const { settings } = state;
  const p = balancePrecision(account);
  const show = showIn(locale);
  const purchase = settings.purchase;
  return {
    enabled: settings.enabled,
    threshold: show(settings.threshold, p),
    expiryDays: settings.expiryDays === null ? '' : String(settings.expiryDays),
    purchase: purchase.type === 'package' ? `package:${purchase.packageId}` : purchase.type,
    value:
      purchase.type === 'amount'
        ? show(purchase.amount || null, p)
        : purchase.type === 'refill'
          ? show(purchase.targetBalance, p)
          : '',
    monthlyCap: show(settings.monthlyCap, currencyPrecision(account.currency)),
    paymentMethodId: settings.paymentMethodId ?? state.paymentMethods[0]?.id ?? '',
  };
}

/**
 * Parses the draft (numbers as typed, without floats) and checks it with the rule
 * the backend runs (src/core/auto-top-up.ts); returns the settings, or the
 * errors by field.
 */
export function settingsFrom(
  draft: Draft,
  account: Account,
  locale: string,
  context: AutoTopUpContext,
): { settings: AutoTopUpSettings } | { errors: DraftErrors } {
  const errors: DraftErrors = {};
  const p = balancePrecision(account);
  const optional = (text: string, precision: number, field: keyof DraftErrors): number | null => {
    if (text.trim() === '') return null;
    const parsed = parseAmountInput(text, locale, { precision, min: 0 });
    if (parsed.ok) return parsed.value;
    errors[field] = 'invalidNumber';
    return null;
  };
  const threshold = optional(draft.threshold, p, 'threshold');
  const monthlyCap = optional(draft.monthlyCap, currencyPrecision(account.currency), 'monthlyCap');
  let expiryDays: number | null = null;
  if (draft.expiryDays.trim() !== '') {
    expiryDays = /^\d+$/.test(draft.expiryDays.trim()) ? Number(draft.expiryDays) : NaN;
    if (!(expiryDays >= 1 && expiryDays <= 365)) errors.expiryDays = 'invalidDays';
  }
  let purchase: AutoTopUpSettings['purchase'];
  if (draft.purchase.startsWith('package:')) {
    purchase = { type: 'package', packageId: draft.purchase.slice('package:'.length) };
  } else {
    const value = optional(draft.value, p, 'value') ?? 0;
    purchase =
      draft.purchase === 'refill' ? { type: 'refill', targetBalance: value } : { type: 'amount', amount: value };
  }
  if (Object.keys(errors).length) return { errors };
  const settings: AutoTopUpSettings = {
    enabled: draft.enabled,
    threshold,
    expiryDays,
    purchase,
    monthlyCap,
    paymentMethodId: draft.paymentMethodId || null,
  };
  const refused = autoTopUpErrors(settings, context);
  return refused.length ? { errors: draftErrors(refused) } : { settings };
}

/** The rule's (or the backend's) field errors, on the draft's fields. */
export function draftErrors(errors: { field: string; code: string }[]): DraftErrors {
  const result: DraftErrors = {};
  for (const { field, code } of errors) {
    if (field === 'threshold') result.threshold = code === 'required' ? 'needTrigger' : 'invalidNumber';
    else if (field === 'expiryDays') result.expiryDays = 'invalidDays';
    else if (field === 'monthlyCap') result.monthlyCap = 'invalidNumber';
    else if (field === 'purchase.targetBalance') result.value = 'invalidTarget';
    else if (field === 'purchase.amount') result.value = code === 'too_small' ? 'needAmount' : 'invalidNumber';
  }
  return result;
}
