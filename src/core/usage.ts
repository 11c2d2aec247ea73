/**
 * Usage pricing rules of the credit-unit presets, pure and DOM-free: what one
 * scan or one AI job costs in credits. The mock server charges with them; a host
 * page may use them for previews ("this 4K render costs 6 credits").
 */
import type { Minor } from './money.js';

export const HOUR_MS = 3_600_000;

/** scan-credits: 1 credit per started hour of scanning. */
export const SCAN_CREDITS_PER_HOUR = 1;
/** scan-credits: no scan costs more than this, however long it runs. */
export const SCAN_MAX_CREDITS = 5;

/**
 * Credits for one scan: one per started hour, at least one (a scan that ran has
 * started its first hour), at most {@link SCAN_MAX_CREDITS}.
 */
export function scanCharge(durationMs: number): Minor {
  if (!Number.isFinite(durationMs) || durationMs < 0) throw new RangeError('durationMs must be a non-negative number');
  const startedHours = Math.max(1, Math.ceil(durationMs / HOUR_MS));
  return Math.min(SCAN_MAX_CREDITS, startedHours * SCAN_CREDITS_PER_HOUR);
}

/** ai-credits: base price per job by model tier, in credits. */
export const AI_MODEL_TIERS = {
  image: 2,
  upscale: 4,
  video: 10,
} as const satisfies Record<string, Minor>;
export type AiModelTier = keyof typeof AI_MODEL_TIERS;

/** ai-credits: price multiplier by output resolution. */
export const AI_RESOLUTION_MULTIPLIERS = {
  standard: 1,
  '2K': 2,
  '4K': 3,
} as const satisfies Record<string, number>;
export type AiResolution = keyof typeof AI_RESOLUTION_MULTIPLIERS;

export function isAiModelTier(value: string): value is AiModelTier {
  return Object.hasOwn(AI_MODEL_TIERS, value);
}

export function isAiResolution(value: string): value is AiResolution {
  return Object.hasOwn(AI_RESOLUTION_MULTIPLIERS, value);
}

/** Credits for `count` AI jobs of one tier at one resolution: base × multiplier × count. */
export function aiCharge(tier: AiModelTier, resolution: AiResolution, count = 1): Minor {
  if (!Number.isInteger(count) || count < 1) throw new RangeError('count must be a positive integer');
  return AI_MODEL_TIERS[tier] * AI_RESOLUTION_MULTIPLIERS[resolution] * count;
}
