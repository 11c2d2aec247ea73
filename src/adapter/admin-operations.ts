/** Operator operations of the reference server's admin API, over the HTTP adapter. */
import type { z } from '../core/schemas/zod.js';
import { randomKey } from '../util/keys.js';
import type { HttpAdapter, Schemas } from './http-adapter.js';
import type { AdminOperations } from './types.js';

export function createAdminOperations(adapter: HttpAdapter, adminToken: string): AdminOperations {
  let accountId: Promise<string> | undefined;
  const id = () => (accountId ??= adapter.getAccount().then((a) => a.id));
  const post = async <S extends z.ZodMiniType>(
    path: string,
    body: unknown,
    pick: (s: Schemas) => S,
  ): Promise<z.infer<S>> =>
    adapter.write(
      'POST',
      `/admin/accounts/${encodeURIComponent(await id())}${path}`,
      body,
      pick,
      { idempotencyKey: randomKey() },
      adminToken,
    );
  return {
    decideCreditRequest: async (requestId, decision) =>
      post(`/credit-requests/${encodeURIComponent(requestId)}/decision`, decision, (s) => s.creditRequest),
    setCreditPayments: async (enabled) => post('/credit-payments', { enabled }, (s) => s.account),
    grantCredits: async (input) => post('/grants', input, (s) => s.account),
    refundCredits: async (input) => post('/refunds', input, (s) => s.account),
    recordUsage: async (input, idempotencyKey) => {
      return adapter.write(
        'POST',
        `/admin/accounts/${encodeURIComponent(await id())}/usage`,
        input,
        (s) => s.anyResponse,
        { idempotencyKey },
        adminToken,
      );
    },
    markInvoicePaid: async (topUpId) => post(`/top-ups/${encodeURIComponent(topUpId)}/mark-paid`, {}, (s) => s.topUp),
    renewPlan: async () => post('/plan/renew', {}, (s) => s.account),
    expireCredits: async (input = {}) => post('/expire', input, (s) => s.account),
    advanceClock: async (ms) => {
      await post('/clock', { advanceMs: ms }, (s) => s.anyResponse);
    },
  };
}
