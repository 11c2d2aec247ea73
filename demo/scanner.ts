/**
 * The scanner page's own logic (host code): runs a simulated scan and reports the
 * finished scan to the credits API, which charges 1 credit per started hour, at
 * most 5 per scan.
 */
import { scanCharge } from '../src/core/usage.js';
import { recordUsage, sleep } from './host-backend.js';

const status = document.querySelector<HTMLElement>('#scan-status')!;
const german = () => document.documentElement.lang.startsWith('de');

/** "1 scan credit", "3 scan credits" / "1 Scan-Credit", "3 Scan-Credits". */
function credits(n: number): string {
  if (german()) return `${n} Scan-Credit${n === 1 ? '' : 's'}`;
  return `${n} scan credit${n === 1 ? '' : 's'}`;
}

/** The host's own texts in the page's language (the kit translates itself). */
const texts = {
  scanning: (t: string) => (german() ? `${t} wird gescannt …` : `Scanning ${t}…`),
  finished: (t: string, n: number) =>
    german()
      ? `Scan von ${t} abgeschlossen: ${credits(n)} berechnet.`
      : `Scan of ${t} finished: ${credits(n)} charged.`,
  short: (t: string) =>
    german()
      ? `Nicht genug Scan-Credits für den Scan von ${t}. Kaufen Sie unten Credits oder schalten Sie das automatische Aufladen ein.`
      : `Not enough scan credits to report ${t}. Buy credits below or turn on auto top-up.`,
  failed: () =>
    german()
      ? 'Der Scan konnte nicht gemeldet werden. Bitte versuchen Sie es erneut.'
      : 'The scan could not be reported. Please try again.',
  justNow: () => (german() ? 'gerade eben' : 'just now'),
};

for (const row of document.querySelectorAll<HTMLElement>('[data-target]')) {
  const button = row.querySelector<HTMLButtonElement>('button')!;
  const minutes = Number(row.dataset.minutes);
  const cost = row.querySelector<HTMLElement>('[data-cost]')!;
  const showCost = () => (cost.textContent = credits(scanCharge(minutes * 60_000)));
  showCost();
  new MutationObserver(showCost).observe(document.documentElement, { attributeFilter: ['lang'] });
  button.addEventListener('click', () => void scan(row, button, minutes));
}

/** Reports one scan's usage; every failure ends in a status text. */
async function scan(row: HTMLElement, button: HTMLButtonElement, minutes: number): Promise<void> {
  button.disabled = true;
  const target = row.dataset.target!;
  status.textContent = texts.scanning(target);
  try {
    await sleep(1200);
    const result = await recordUsage({
      type: 'scan',
      durationMinutes: minutes,
      reference: `scan-${target}`,
      description: `Scan of ${target} (${minutes} min)`,
    });
    status.textContent = texts.finished(target, result.charged);
    row.querySelector('[data-last]')!.textContent = texts.justNow();
  } catch (error) {
    const code = (error as { code?: string }).code;
    status.textContent = code === 'insufficient_credits' ? texts.short(target) : texts.failed();
  } finally {
    button.disabled = false;
  }
}
