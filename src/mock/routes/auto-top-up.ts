/**
 * Auto top-up settings (GET/PUT /auto-top-up). Saving checks the settings against
 * the account with the rule the form runs too (src/core/auto-top-up.ts) and
 * restarts the engine (unpauses it after failures).
 */
import { autoTopUpErrors } from '../../core/auto-top-up.js';
import { autoTopUpSettings, autoTopUpState } from '../../core/schemas/index.js';
import { resetEngine } from '../auto-top-up/engine.js';
import type { RequestContext } from '../context.js';
import { ProblemError, json } from '../http.js';
import type { Route } from '../router.js';

async function save(ctx: RequestContext): Promise<Response> {
  const settings = await ctx.body(autoTopUpSettings);
  return ctx.idempotent(async (tx) => {
    const account = await tx.account();
    if (!account.settings.autoTopUpAvailable)
      throw new ProblemError(422, 'method_not_available', 'Auto top-up is not offered for this account.');
    const errors = autoTopUpErrors(settings, {
      packageIds: account.packages.map((p) => p.id),
      paymentMethodIds: account.autoTopUp.paymentMethods.map((m) => m.id),
    });
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
