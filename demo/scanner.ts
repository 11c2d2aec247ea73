/**
 * The scanner page's own logic (host code): runs a simulated scan and reports the
 * finished scan to the credits API, which charges 1 credit per started hour, at
 * most 5 per scan.
 */
import { scanCharge } from '../src/core/usage.js';
import { recordUsage, sleep } from './host-backend.js';

const status = document.querySelector<HTMLElement>('#scan-status')!;

for (const row of document.querySelectorAll<HTMLElement>('[data-target]')) {
  const button = row.querySelector<HTMLButtonElement>('button')!;
  const minutes = Number(row.dataset.minutes);
  row.querySelector('[data-cost]')!.textContent = `${scanCharge(minutes * 60_000)} credits`;
  button.addEventListener('click', () => void scan(row, button, minutes));
}

/** Reports one scan's usage; every failure ends in a status text. */
async function scan(row: HTMLElement, button: HTMLButtonElement, minutes: number): Promise<void> {
  button.disabled = true;
  const target = row.dataset.target!;
  status.textContent = `Scanning ${target}…`;
  try {
    await sleep(1200);
    const result = await recordUsage({
      type: 'scan',
      durationMinutes: minutes,
      reference: `scan-${target}`,
      description: `Scan of ${target} (${minutes} min)`,
    });
    status.textContent = `Scan of ${target} finished: ${result.charged} credits charged.`;
    row.querySelector('[data-last]')!.textContent = 'just now';
  } catch (error) {
    const code = (error as { code?: string }).code;
    status.textContent =
      code === 'insufficient_credits'
        ? `Not enough scan credits to report ${target}. Buy credits below or turn on auto top-up.`
        : 'The scan could not be reported. Please try again.';
  } finally {
    button.disabled = false;
  }
}
