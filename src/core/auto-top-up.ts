/**
 * Auto top-up settings rules: the ONE function `<credit-auto-top-up>` and the
 * reference server's `PUT /auto-top-up` both run, so the form refuses exactly
 * what the backend would. Disabled settings are stored as they are (only a
 * package that does not exist is refused); enabled ones need a trigger, something
 * to buy, a refill target above the threshold and a saved payment method.
 * Error `field`s are wire paths (`purchase.targetBalance`); `code`s are stable.
 */
import type { AutoTopUpSettings } from './schemas/auto-top-up.js';

export type AutoTopUpErrorCode = 'not_found' | 'required' | 'too_small';

export interface AutoTopUpFieldError {
  field: 'threshold' | 'purchase.packageId' | 'purchase.amount' | 'purchase.targetBalance' | 'paymentMethodId';
  code: AutoTopUpErrorCode;
  message: string;
}

/** What the settings are checked against: the account's packages and saved payment methods. */
export interface AutoTopUpContext {
  packageIds: readonly string[];
  paymentMethodIds: readonly string[];
}

export function autoTopUpErrors(settings: AutoTopUpSettings, context: AutoTopUpContext): AutoTopUpFieldError[] {
  const errors: AutoTopUpFieldError[] = [];
  const { purchase } = settings;
  if (purchase.type === 'package' && !context.packageIds.includes(purchase.packageId))
    errors.push({ field: 'purchase.packageId', code: 'not_found', message: 'No such package.' });
  if (!settings.enabled) return errors;
  if (settings.threshold === null && settings.expiryDays === null)
    errors.push({ field: 'threshold', code: 'required', message: 'Choose a balance threshold or days before expiry.' });
  if (purchase.type === 'amount' && purchase.amount <= 0)
    errors.push({ field: 'purchase.amount', code: 'too_small', message: 'Choose what to buy.' });
  if (purchase.type === 'refill' && settings.threshold !== null && purchase.targetBalance <= settings.threshold)
    errors.push({
      field: 'purchase.targetBalance',
      code: 'too_small',
      message: 'The target must be above the threshold.',
    });
  if (!context.paymentMethodIds.includes(settings.paymentMethodId ?? ''))
    errors.push({ field: 'paymentMethodId', code: 'required', message: 'Choose a saved payment method.' });
  return errors;
}
