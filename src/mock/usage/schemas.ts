/** Wire schemas of the usage API (POST /usage, holds); published in the OpenAPI document. */
import { z } from '../../core/schemas/zod.js';
import { amount, id, timestamp } from '../../core/schemas/common.js';
import { transaction } from '../../core/schemas/transactions.js';
import { AI_MODEL_TIERS, AI_RESOLUTION_MULTIPLIERS, type AiModelTier, type AiResolution } from '../../core/usage.js';

const common = {
  /** The host's id of the job or scan (shown as the entry's reference). */
  reference: z.optional(z.string().check(z.minLength(1), z.maxLength(200))),
  description: z.optional(z.string().check(z.maxLength(300))),
  /** The team member who ran the job (name or id); usage summaries group by it. */
  member: z.optional(z.string().check(z.minLength(1), z.maxLength(100))),
};

const tiers = Object.keys(AI_MODEL_TIERS) as [AiModelTier, ...AiModelTier[]];
const resolutions = Object.keys(AI_RESOLUTION_MULTIPLIERS) as [AiResolution, ...AiResolution[]];

/** What was used: a scan (scan-credits), an AI job (ai-credits), or a plain amount (money presets). */
export const usageSpec = z.discriminatedUnion('type', [
  z.object({ type: z.literal('scan'), durationMinutes: z.int().check(z.gte(0), z.lte(7 * 24 * 60)), ...common }),
  z.object({
    type: z.literal('ai'),
    tier: z.enum(tiers),
    resolution: z.enum(resolutions),
    count: z.optional(z.int().check(z.gte(1), z.lte(1000))),
    ...common,
  }),
  z.object({ type: z.literal('amount'), amount: z.int().check(z.gte(1)), ...common }),
]);
export type UsageSpec = z.infer<typeof usageSpec>;

/** POST /usage: a finished job; `failed` jobs are recorded but never charged. */
export const usageRecord = z.intersection(
  usageSpec,
  z.object({ outcome: z.optional(z.enum(['succeeded', 'failed'])) }),
);
export type UsageRecord = z.infer<typeof usageRecord>;

export const usageResult = z.object({
  /** Credits charged (0 for a failed job). */
  charged: amount,
  transaction,
});
export type UsageResult = z.infer<typeof usageResult>;

export const hold = z.object({
  id,
  amount,
  status: z.enum(['held', 'captured', 'released']),
  createdAt: timestamp,
  description: z.string(),
  transactionId: z.nullable(id),
});
export type HoldView = z.infer<typeof hold>;

/** Capture may take less than was held (the job turned out cheaper), never more. */
export const captureRequest = z.object({ amount: z.optional(z.int().check(z.gte(1))) });
