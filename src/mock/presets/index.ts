/**
 * The demo accounts (SPEC §4): one per preset, each with its own bearer token,
 * plus a second `usage-billing` account that proves accounts are isolated.
 * Deterministic for a given `now`: the demo and every tester see the same data.
 */
import { demoToken } from '../../core/presets.js';
import type { MockServerOptions } from '../server.js';
import { PRESETS, type PresetName, type SeedAccount } from '../store/types.js';
import { toSeed, type AccountDraft } from './base.js';
import { agencyAccount } from './agency-credits.js';
import { aiAccount } from './ai-credits.js';
import { scanAccount } from './scan-credits.js';
import { usageBillingAccount } from './usage-billing.js';

export interface DemoAccount {
  preset: PresetName;
  id: string;
  token: string;
  name: string;
}

export const DEMO_ACCOUNTS: readonly DemoAccount[] = [
  { preset: 'usage-billing', id: 'acc_usage_billing', token: demoToken('usage-billing'), name: 'Northwind Analytics' },
  { preset: 'usage-billing', id: 'acc_usage_billing_2', token: 'demo-usage-billing-2', name: 'Contoso Labs' },
  {
    preset: 'agency-credits',
    id: 'acc_agency_credits',
    token: demoToken('agency-credits'),
    name: 'Müller Digital GmbH',
  },
  { preset: 'ai-credits', id: 'acc_ai_credits', token: demoToken('ai-credits'), name: 'Pixel Forge Studio' },
  { preset: 'scan-credits', id: 'acc_scan_credits', token: demoToken('scan-credits'), name: 'Sitewatch Monitoring' },
];

/** The demo account of a preset (the first one, for presets with two). */
export function demoAccount(preset: PresetName): DemoAccount {
  return DEMO_ACCOUNTS.find((a) => a.preset === preset)!;
}

/** Creates the demo accounts of the requested presets (all four by default). */
export function createPresetAccounts(
  presets: PresetName[] | undefined,
  now: number,
  options: Pick<MockServerOptions, 'seedEntries'>,
): SeedAccount[] {
  const wanted = new Set(presets ?? PRESETS);
  return DEMO_ACCOUNTS.filter((a) => wanted.has(a.preset)).map((a) => toSeed(draftFor(a, now, options)));
}

function draftFor(a: DemoAccount, now: number, options: Pick<MockServerOptions, 'seedEntries'>): AccountDraft {
  switch (a.preset) {
    case 'usage-billing':
      return usageBillingAccount(a.id, a.token, a.name, now);
    case 'agency-credits':
      return agencyAccount(a.id, a.token, a.name, now);
    case 'ai-credits':
      return aiAccount(a.id, a.token, a.name, now);
    case 'scan-credits':
      return scanAccount(a.id, a.token, a.name, now, options.seedEntries ?? 0);
  }
}
