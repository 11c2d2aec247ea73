/** Small helpers for browser tests that go through the public surface only. */
import { waitUntil } from '@open-wc/testing';

/** The first element in `host`'s shadow root carrying `part`. */
export function part<T extends Element = HTMLElement>(host: Element, name: string): T | null {
  return host.shadowRoot?.querySelector<T & Element>(`[part~="${name}"]`) ?? null;
}

/** All elements in `host`'s shadow root carrying `part`. */
export function parts<T extends Element = HTMLElement>(host: Element, name: string): T[] {
  return [...(host.shadowRoot?.querySelectorAll<T & Element>(`[part~="${name}"]`) ?? [])];
}

/** Waits until `part` exists and its text matches. */
export async function waitForPartText(
  host: Element,
  name: string,
  expected: string | RegExp,
  timeout = 4000,
): Promise<void> {
  await waitUntil(
    () => {
      const text = part(host, name)?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
      return typeof expected === 'string' ? text === expected : expected.test(text);
    },
    `part "${name}" never showed ${String(expected)} (last: "${part(host, name)?.textContent?.trim()}")`,
    { timeout },
  );
}

/** Normalised text of a part (collapsed whitespace, NBSP as space). */
export function partText(host: Element, name: string): string {
  return (part(host, name)?.textContent ?? '').replace(/[\s\u00a0\u202f]+/g, ' ').trim();
}
