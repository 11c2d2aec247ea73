/**
 * What a host's own backend would do in these demo pages: record usage and run
 * jobs against the credits API (hold → capture on success, release on failure).
 * In production these calls come from the host's server with its account token;
 * here they go through the page's in-page mock server, via the provider's adapter.
 */
import type { HttpAdapter } from '../src/adapter/http-adapter.js';
import { randomKey } from '../src/util/keys.js';
import type { CreditProvider } from '../src/elements/credit-provider/credit-provider.js';
import { hold, usageResult, type HoldView, type UsageResult } from '../src/mock/usage/schemas.js';

export type UsageInput =
  | { type: 'scan'; durationMinutes: number }
  | { type: 'ai'; tier: 'image' | 'upscale' | 'video'; resolution: 'standard' | '2K' | '4K'; count?: number }
  | { type: 'amount'; amount: number };
/** What the host says about a job: its reference, a description and who ran it (usage summaries group by member). */
type Described = UsageInput & { reference?: string; description?: string; member?: string };

export function provider(): CreditProvider {
  const el = document.querySelector('credit-provider');
  if (!el) throw new Error('The demo page has no <credit-provider>.');
  return el;
}

function adapter(): HttpAdapter {
  return provider().store.adapter as HttpAdapter;
}

/** POST /usage: a finished job, charged once per key; failed jobs are recorded, not charged. */
export function recordUsage(input: Described & { outcome?: 'succeeded' | 'failed' }): Promise<UsageResult> {
  return adapter().write('POST', '/usage', input, () => usageResult, { idempotencyKey: randomKey() });
}

/** Runs a job the safe way: reserve credits, do the work, capture on success or release on failure. */
export async function runJob(input: Described, work: () => Promise<boolean>): Promise<{ hold: HoldView; ok: boolean }> {
  const a = adapter();
  const held = await a.write('POST', '/usage/holds', input, () => hold, { idempotencyKey: randomKey() });
  let ok = false;
  try {
    ok = await work();
  } finally {
    const action = ok ? 'capture' : 'release';
    const settled = await a.write('POST', `/usage/holds/${held.id}/${action}`, {}, () => hold, {
      idempotencyKey: `${held.id}-${action}`,
    });
    Object.assign(held, settled);
  }
  return { hold: held, ok };
}

export const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));
