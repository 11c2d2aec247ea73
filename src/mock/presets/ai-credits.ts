/**
 * `ai-credits`: credit units for an AI image/video service. A monthly plan grants
 * 500 credits on the billing date that lapse at the next one; extra packages never
 * run out before 12 months. Jobs cost a base price × 1 / 2 (2K) / 3 (4K); failed
 * jobs are recorded but never charged.
 */
import { addMonths } from '../../core/ledger.js';
import type { AccountSettings } from '../../core/schemas/index.js';
import {
  DAY,
  HOUR,
  HistoryWriter,
  between,
  emptyAccount,
  prng,
  runTimeline,
  seedFor,
  spread,
  type AccountDraft,
  type TimelineEvent,
} from './base.js';

export const AI_SETTINGS: AccountSettings = {
  sellerCountry: 'DE',
  vatRate: 1900,
  fees: { card: { rate: 290, fixed: 25 }, paypal: { rate: 349, fixed: 35 } },
  topUp: null,
  purchase: { enabled: true, methods: ['card', 'paypal'], customQuantity: null },
  creditExpiryMonths: 12,
  autoTopUpAvailable: true,
  billingPortal: true,
  paymentServices: ['Stripe', 'PayPal'],
  supportUrl: 'https://pixelforge.example/support',
};

export const AI_PLAN_CREDITS = 500;
/** Balance the demo shows: "a few hundred credits". */
export const AI_TARGET_BALANCE = 420;

const JOBS = [
  { name: 'Image', tier: 'image', base: 2 },
  { name: 'Image upscale', tier: 'upscale', base: 4 },
  { name: 'Video clip', tier: 'video', base: 10 },
];
const MULTIPLIERS = [
  { label: 'standard', factor: 1 },
  { label: '2K', factor: 2 },
  { label: '4K', factor: 3 },
];
/**
 * The team generating on the account (seed 003: "check if other team members are
 * generating"): each renders images at their own resolution, 1K, 2K or 4K; video
 * clips come from everyone at any resolution.
 */
export const AI_TEAM = [
  { member: 'Mia Kowalski', resolution: 0 },
  { member: 'Jonas Berger', resolution: 1 },
  { member: 'Priya Nair', resolution: 2 },
] as const;

export function aiAccount(id: string, token: string, name: string, now: number): AccountDraft {
  const nextBilling = new Date(now + 12 * DAY).toISOString();
  const billingDates = [4, 3, 2, 1].map((k) => Date.parse(addMonths(nextBilling, -k)));
  const start = billingDates[0]! - DAY;
  const account = emptyAccount({
    id,
    token,
    preset: 'ai-credits',
    name,
    model: 'credits',
    currency: 'EUR',
    settings: structuredClone(AI_SETTINGS),
    lowBalanceThreshold: 100,
    createdAt: start,
  });
  account.unitLabels = { en: { one: 'credit', other: 'credits' }, de: { one: 'Credit', other: 'Credits' } };
  account.productName = { en: 'AI credits', de: 'KI-Credits' };
  account.usage = {
    summary: {
      en: 'An image costs 2 credits, an upscale 4 and a video clip 10, at standard resolution.',
      de: 'Ein Bild kostet 2 Credits, eine Hochskalierung 4 und ein Videoclip 10, jeweils in Standardauflösung.',
    },
    multipliers: MULTIPLIERS.filter((m) => m.factor > 1),
    failedNotCharged: true,
  };
  account.planCredits = AI_PLAN_CREDITS;
  account.nextBillingDate = nextBilling;
  account.packages = [
    { id: 'ai-250', credits: 250, price: 500 },
    { id: 'ai-1000', credits: 1000, price: 1800, popular: true },
    { id: 'ai-5000', credits: 5000, price: 8000 },
  ];
  account.autoTopUp = {
    settings: {
      enabled: false,
      threshold: 100,
      expiryDays: null,
      purchase: { type: 'package', packageId: 'ai-1000' },
      monthlyCap: 5000,
      paymentMethodId: 'pm_card_mc',
    },
    paymentMethods: [{ id: 'pm_card_mc', label: 'Mastercard •••• 4444', brand: 'mastercard', last4: '4444' }],
    paused: false,
    lastFailure: null,
  };

  const h = new HistoryWriter(account, start);
  const random = prng(seedFor('ai-credits', now));
  const events: TimelineEvent[] = billingDates.map((at, i) => ({
    at,
    run: (w, t) =>
      w.post(t, {
        direction: 'in',
        kind: 'plan',
        amount: AI_PLAN_CREDITS,
        status: 'completed',
        reference: `PLAN-${i + 1}`,
        description: 'Monthly plan credits',
        source: 'plan',
        // Plan credits lapse when the next month's arrive.
        expiresAt: addMonths(new Date(at).toISOString(), 1),
      }),
  }));
  events.push({
    at: now - 45 * DAY,
    run: (w, t) =>
      w.purchase(t, {
        id: `tu_${id}_1`,
        reference: 'TU-1001',
        amount: 1800,
        credits: 1000,
        method: 'paypal',
        status: 'completed',
        kind: 'purchase',
        description: '1,000 credits (ai-1000)',
        buyerCountry: 'DE',
      }),
  });
  const currentPeriod = billingDates[3]!;
  // Completed usage since the last billing date; capped so some plan credits are
  // left to lapse at the next one (the "expiring soon" the demo shows).
  let usedThisPeriod = 0;
  const times = spread(random, 230, start + DAY, now - 2 * HOUR);
  times.forEach((at, i) => {
    const job = JOBS[between(random, 0, JOBS.length - 1)]!;
    const member = AI_TEAM[i % AI_TEAM.length]!;
    const anyResolution = between(random, 0, MULTIPLIERS.length - 1);
    const mult = MULTIPLIERS[job.tier === 'video' ? anyResolution : member.resolution]!;
    const amount = job.base * mult.factor;
    // About one job in twelve fails; it is listed but never charged.
    const failed = random() < 0.08;
    if (at >= currentPeriod && !failed) {
      if (usedThisPeriod + amount > AI_PLAN_CREDITS - 120) return;
      usedThisPeriod += amount;
    }
    events.push({
      at,
      run: (w, t) => {
        if (!failed && amount > w.balance) return;
        w.post(t, {
          direction: 'out',
          kind: 'usage',
          amount,
          status: failed ? 'failed' : 'completed',
          reference: `job_${4000 + i}`,
          description: `${job.name}, ${mult.label} (${mult.factor}×)${failed ? ' failed, not charged' : ''}`,
          category: `ai.${job.tier}.${mult.label}`,
          member: member.member,
        });
      },
    });
  });
  // Just before the current period, leave exactly the paid credits that, with the
  // new plan credits minus this period's usage, end on the documented balance.
  events.push({
    at: currentPeriod - HOUR,
    run: (w, t) => settlePaid(w, t, Math.max(0, AI_TARGET_BALANCE - AI_PLAN_CREDITS + usedThisPeriod)),
  });
  runTimeline(h, events);
  settleTo(h, now - HOUR, AI_TARGET_BALANCE);
  h.advanceTo(now);
  return account;
}

/**
 * Brings the non-plan credits to `paid`. A usage batch consumes the plan credits
 * first (they expire first), then paid ones; a shortfall becomes a goodwill grant.
 */
function settlePaid(h: HistoryWriter, at: number, paid: number): void {
  h.advanceTo(at);
  let plan = 0;
  let other = 0;
  for (const block of h.account.blocks) {
    if (block.remaining <= 0 || (block.expiresAt !== null && Date.parse(block.expiresAt) <= at)) continue;
    if (block.source === 'plan') plan += block.remaining;
    else other += block.remaining;
  }
  if (other >= paid) {
    const amount = plan + other - paid;
    // One batch render per team member, splitting the amount (the first takes the remainder).
    AI_TEAM.forEach(({ member }, i) => {
      const share = Math.floor(amount / AI_TEAM.length) + (i === 0 ? amount % AI_TEAM.length : 0);
      if (share > 0)
        h.post(at, {
          direction: 'out',
          kind: 'usage',
          amount: share,
          status: 'completed',
          reference: `job_batch_${i + 1}`,
          description: 'Batch render (images, 1×)',
          category: 'ai.image.standard',
          member,
        });
    });
  } else {
    h.post(at, {
      direction: 'in',
      kind: 'grant',
      amount: paid - other,
      status: 'completed',
      reference: 'GRANT-2',
      description: 'Goodwill credits',
      source: 'granted',
    });
  }
}

/** Lands the demo on its documented balance with one last batch job (or a goodwill grant). */
function settleTo(h: HistoryWriter, at: number, target: number): void {
  h.advanceTo(at);
  const diff = h.balance - target;
  if (diff > 0) {
    h.post(at, {
      direction: 'out',
      kind: 'usage',
      amount: diff,
      status: 'completed',
      reference: 'job_final',
      description: 'Batch render (images, 1×)',
    });
  } else if (diff < 0) {
    h.post(at, {
      direction: 'in',
      kind: 'grant',
      amount: -diff,
      status: 'completed',
      reference: 'GRANT-1',
      description: 'Goodwill credits',
      source: 'granted',
    });
  }
}
