/**
 * Auto top-up settings (GET/PUT /auto-top-up). Saving checks the settings against
 * the account (package exists, saved payment method, at least one trigger) and
 * restarts the engine (unpauses it after failures).
 */
import { autoTopUpSettings, autoTopUpState, type AutoTopUpSettings } from '../../core/schemas/index.js';
import { resetEngine } from '../auto-top-up/engine.js';
import type { RequestContext } from '../context.js';
import { ProblemError, json } from '../http.js';
import type { Route } from '../router.js';
import type { AccountState } from '../store/types.js';

type FieldError = { field: string; code: string; message: string };

function check(account: AccountState, settings: AutoTopUpSettings): FieldError[] {
  const errors: FieldError[] = [];
  const { purchase } = settings;
  if (purchase.type === 'package' && !account.packages.some((p) => p.id === purchase.packageId)) {
    errors.push({ field: 'purchase.packageId', code: 'not_found', message: 'No such package.' });
  }
  if (settings.enabled) {
    if (settings.threshold === null && settings.expiryDays === null) {
      errors.push({
        field: 'threshold',
        code: 'required',
        message: 'Choose a balance threshold or days before expiry.',
      });
    }
    if (purchase.type === 'amount' && purchase.amount <= 0)
      errors.push({ field: 'purchase.amount', code: 'too_small', message: 'Choose what to buy.' });
    if (purchase.type === 'refill' && settings.threshold !== null && purchase.targetBalance <= settings.threshold) {
      errors.push({
        field: 'purchase.targetBalance',
        code: 'too_small',
        message: 'The target must be above the threshold.',
      });
    }
    if (!account.autoTopUp.paymentMethods.some((m) => m.id === settings.paymentMethodId)) {
      errors.push({ field: 'paymentMethodId', code: 'required', message: 'Choose a saved payment method.' });
    }
  }
  return errors;
}

async function save(ctx: RequestContext): Promise<Response> {
  const settings = await ctx.body(autoTopUpSettings);
  return ctx.idempotent(async (tx) => {
    const account = await tx.account();
    if (!account.settings.autoTopUpAvailable)
      throw new ProblemError(422, 'method_not_available', 'Auto top-up is not offered for this account.');
    const errors = check(account, settings);
    if (errors.length) throw new ProblemError(422, 'validation_failed', 'Some settings are invalid.', errors);
    await tx.updateAccount({ ...resetEngine(account, settings), updatedAt: ctx.nowIso() });
    return json((await tx.account()).autoTopUp);
  });
}

export const autoTopUpRoutes: Route[] = [
  {
    method: 'GET',
    path: '/auto-top-up',
    handler: async (ctx) => json((await ctx.read((tx) => tx.account())).autoTopUp),
    doc: {
      summary: 'Auto top-up settings, saved payment methods, pause state and last failure',
      tags: ['auto top-up'],
      response: autoTopUpState,
    },
  },
  {
    method: 'PUT',
    path: '/auto-top-up',
    handler: save,
    doc: {
      summary: 'Save auto top-up settings (unpauses after failures)',
      tags: ['auto top-up'],
      body: autoTopUpSettings,
      response: autoTopUpState,
      idempotent: true,
      problems: ['validation_failed', 'method_not_available', 'idempotency_conflict'],
    },
  },
];
