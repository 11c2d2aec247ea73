/**
 * The AI generator page's own logic (host code): previews a job's cost, reserves
 * the credits with a hold, "renders", and captures on success or releases on
 * failure, so a failed job never costs anything.
 */
import {
  AI_MODEL_TIERS,
  AI_RESOLUTION_MULTIPLIERS,
  aiCharge,
  type AiModelTier,
  type AiResolution,
} from '../src/core/usage.js';
import { runJob, sleep } from './host-backend.js';

const form = document.querySelector<HTMLFormElement>('#generator')!;
const cost = document.querySelector<HTMLOutputElement>('#cost')!;
const status = document.querySelector<HTMLElement>('#job-status')!;
const gallery = document.querySelector<HTMLElement>('#gallery')!;
const button = form.querySelector<HTMLButtonElement>('button[type=submit]')!;

function values() {
  const data = new FormData(form);
  return {
    prompt: String(data.get('prompt') ?? '').trim() || 'Untitled',
    tier: String(data.get('tier')) as AiModelTier,
    resolution: String(data.get('resolution')) as AiResolution,
    fail: data.get('fail') === 'on',
  };
}

function updateCost(): void {
  const v = values();
  const credits = aiCharge(v.tier, v.resolution);
  cost.value = `${credits} credits (${AI_MODEL_TIERS[v.tier]} × ${AI_RESOLUTION_MULTIPLIERS[v.resolution]})`;
}

function tile(prompt: string, label: string, failed: boolean): HTMLElement {
  const figure = document.createElement('figure');
  figure.className = failed ? 'tile failed' : 'tile';
  const hue = [...prompt].reduce((h, c) => (h * 31 + c.charCodeAt(0)) % 360, 7);
  figure.style.setProperty('--hue', String(hue));
  const caption = document.createElement('figcaption');
  caption.textContent = `${prompt} · ${label}`;
  figure.append(caption);
  return figure;
}

form.addEventListener('input', updateCost);
form.addEventListener('submit', (event) => {
  event.preventDefault();
  void render();
});

/** Reserves the credits, "renders", and charges or releases them; every failure ends in a status text. */
async function render(): Promise<void> {
  const v = values();
  button.disabled = true;
  status.textContent = `Reserving ${aiCharge(v.tier, v.resolution)} credits and rendering…`;
  try {
    const { ok, hold } = await runJob(
      {
        type: 'ai',
        tier: v.tier,
        resolution: v.resolution,
        reference: `job-${Date.now().toString(36)}`,
        description: `${v.tier}, ${v.resolution}: “${v.prompt.slice(0, 40)}”`,
      },
      async () => {
        await sleep(1500);
        return !v.fail;
      },
    );
    status.textContent = ok
      ? `Done: ${hold.amount} credits charged.`
      : 'The render failed. The reserved credits were released: nothing was charged.';
    gallery.prepend(tile(v.prompt, `${v.tier} ${v.resolution}`, !ok));
  } catch (error) {
    const code = (error as { code?: string }).code;
    status.textContent =
      code === 'insufficient_credits'
        ? 'Not enough credits for this render. Buy credits below.'
        : 'The job could not start. Please try again.';
  } finally {
    button.disabled = false;
  }
}
updateCost();
