/** Shared by the payments and usage node tests: a mock server and a tiny client for it. */
import { createMockServer, type MockServer } from '../../src/mock/server.js';
import type { PresetName } from '../../src/mock/store/types.js';
import { DEMO_ACCOUNTS } from '../../src/mock/presets/index.js';
import { record } from './helpers.js';

export const NOW = Date.parse('2026-11-23T09:00:00.000Z');
const BASE = 'http://mock.test';

export interface Client {
  server: MockServer;
  call(
    method: string,
    path: string,
    body?: unknown,
    key?: string,
    token?: string,
  ): Promise<{ status: number; body: any }>;
  accountId: string;
}

export function setup(preset: PresetName): Client {
  const server = createMockServer({ presets: [preset], now: NOW, frozenClock: true });
  const account = DEMO_ACCOUNTS.find((a) => a.preset === preset)!;
  return {
    server,
    accountId: account.id,
    async call(method, path, body, key, token = account.token) {
      const headers: Record<string, string> = { authorization: `Bearer ${token}` };
      if (body !== undefined) headers['content-type'] = 'application/json';
      if (key) headers['idempotency-key'] = key;
      const res = await server.fetch(
        new Request(BASE + path, { method, headers, ...(body !== undefined ? { body: JSON.stringify(body) } : {}) }),
      );
      const text = await res.text();
      return { status: res.status, body: text ? JSON.parse(text) : null };
    },
  };
}

/** Balance straight from the store, and the ledger's sum of completed entries. */
export function ledgerState(client: Client): { balance: number; sum: number; last: number } {
  const acc = record(client.server, client.accountId);
  let sum = 0;
  for (const e of acc.entries) if (e.status === 'completed') sum += e.direction === 'in' ? e.amount : -e.amount;
  const blocks = acc.blocks.reduce((s, b) => s + b.remaining, 0);
  const completed = acc.entries.filter((e) => e.status === 'completed');
  return { balance: blocks, sum, last: completed.at(-1)?.balanceAfter ?? 0 };
}
