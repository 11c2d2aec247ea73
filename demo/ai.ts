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
    member: String(data.get('member') ?? '') || undefined,
    fail: data.get('fail') === 'on',
  };
}

const german = () => document.documentElement.lang.startsWith('de');
/** "1 credit", "4 credits" / "1 Credit", "4 Credits". */
const credits = (n: number) => (german() ? `${n} Credit${n === 1 ? '' : 's'}` : `${n} credit${n === 1 ? '' : 's'}`);

/** The host's own texts in the page's language (the kit translates itself). */
const texts = {
  reserving: (n: number) =>
    german() ? `${credits(n)} werden reserviert, das Bild wird erstellt …` : `Reserving ${credits(n)} and rendering…`,
  done: (n: number) => (german() ? `Fertig: ${credits(n)} berechnet.` : `Done: ${credits(n)} charged.`),
  failed: () =>
    german()
      ? 'Das Rendern ist fehlgeschlagen. Die reservierten Credits wurden freigegeben: Es wurde nichts berechnet.'
      : 'The render failed. The reserved credits were released: nothing was charged.',
  short: () =>
    german()
      ? 'Nicht genug Credits für dieses Bild. Kaufen Sie unten Credits.'
      : 'Not enough credits for this render. Buy credits below.',
  notStarted: () =>
    german()
      ? 'Der Auftrag konnte nicht starten. Bitte versuchen Sie es erneut.'
      : 'The job could not start. Please try again.',
};
new MutationObserver(() => updateCost()).observe(document.documentElement, { attributeFilter: ['lang'] });

function updateCost(): void {
  const v = values();
  cost.value = `${credits(aiCharge(v.tier, v.resolution))} (${AI_MODEL_TIERS[v.tier]} × ${AI_RESOLUTION_MULTIPLIERS[v.resolution]})`;
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
  status.textContent = texts.reserving(aiCharge(v.tier, v.resolution));
  try {
    const { ok, hold } = await runJob(
      {
        type: 'ai',
        tier: v.tier,
        resolution: v.resolution,
        reference: `job-${Date.now().toString(36)}`,
        ...(v.member ? { member: v.member } : {}),
        description: `${v.tier}, ${v.resolution}: “${v.prompt.slice(0, 40)}”`,
      },
      async () => {
        await sleep(1500);
        return !v.fail;
      },
    );
    status.textContent = ok ? texts.done(hold.amount) : texts.failed();
    gallery.prepend(tile(v.prompt, `${v.tier} ${v.resolution}`, !ok));
  } catch (error) {
    const code = (error as { code?: string }).code;
    status.textContent = code === 'insufficient_credits' ? texts.short() : texts.notStarted();
  } finally {
    button.disabled = false;
  }
}
updateCost();
