/**
 * Which usage an account's preset accepts and what it costs, on top of the pure
 * rules in src/core/usage.ts. scan-credits prices scans, ai-credits prices AI jobs,
 * the money presets take a plain amount the host computed.
 */
import { aiCharge, scanCharge } from '../../core/usage.js';
import { ProblemError } from '../http.js';
import type { AccountState } from '../store/types.js';
import type { UsageSpec } from './schemas.js';

export interface PricedUsage {
  amount: number;
  description: string;
  reference: string;
  /** What usage summaries group it under: `scan`, `ai.<tier>.<resolution>`, `usage`. */
  category: string;
}

const ACCEPTS: Record<AccountState['preset'], UsageSpec['type']> = {
  'scan-credits': 'scan',
  'ai-credits': 'ai',
  'usage-billing': 'amount',
  'agency-credits': 'amount',
};

/** Prices one usage for an account; usage of the wrong kind is a `validation_failed` on `type`. */
export function priceUsage(account: AccountState, spec: UsageSpec, fallbackReference: string): PricedUsage {
  const accepted = ACCEPTS[account.preset];
  if (spec.type !== accepted) {
    throw new ProblemError(422, 'validation_failed', `This account records usage of type "${accepted}".`, [
      { field: 'type', code: 'invalid_value', message: `Expected "${accepted}".` },
    ]);
  }
  const reference = spec.reference ?? fallbackReference;
  switch (spec.type) {
    case 'scan': {
      const amount = scanCharge(spec.durationMinutes * 60_000);
      return {
        amount,
        reference,
        description: spec.description ?? `Scan, ${spec.durationMinutes} min`,
        category: 'scan',
      };
    }
    case 'ai': {
      const count = spec.count ?? 1;
      const amount = aiCharge(spec.tier, spec.resolution, count);
      const label = `${count > 1 ? `${count} × ` : ''}${spec.tier}, ${spec.resolution}`;
      return {
        amount,
        reference,
        description: spec.description ?? `AI job: ${label}`,
        category: `ai.${spec.tier}.${spec.resolution}`,
      };
    }
    case 'amount':
      return { amount: spec.amount, reference, description: spec.description ?? 'Usage', category: 'usage' };
  }
}
