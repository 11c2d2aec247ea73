/**
 * How scenarios drive a page: through parts, attributes, clicks and typing (what a
 * customer or a host page can do), plus the setup operations of the harness
 * (adapter methods and the admin API). Playwright's CSS engine pierces open
 * shadow roots, so `credit-top-up [part~="preset"]` finds the dialog's presets.
 */
import type { Locator, Page } from 'playwright-core';
import type { SetupOp } from './fixture.js';

const STEP_TIMEOUT = 8000;

export class Drive {
  /** What was still busy when a settle gave up (reported with the shot). */
  readonly unsettled: string[] = [];

  constructor(readonly page: Page) {}

  /** The first element carrying `part` under `host` (a CSS selector, may be nested: `credit-dashboard credit-buy`). */
  part(host: string, part: string, nth = 0): Locator {
    return this.page.locator(`${host} [part~="${part}"]`).nth(nth);
  }

  async click(host: string, part: string, nth = 0): Promise<void> {
    await this.part(host, part, nth).click({ timeout: STEP_TIMEOUT });
  }

  /** Clicks the element under `host` whose accessible text matches. */
  async clickText(host: string, text: string | RegExp): Promise<void> {
    await this.page.locator(host).getByText(text).first().click({ timeout: STEP_TIMEOUT });
  }

  async fill(host: string, part: string, text: string): Promise<void> {
    await this.part(host, part).fill(text, { timeout: STEP_TIMEOUT });
  }

  /** Types like a person (input events per key), for inputs that react as you type. */
  async type(host: string, part: string, text: string): Promise<void> {
    const input = this.part(host, part);
    await input.fill('', { timeout: STEP_TIMEOUT });
    await input.pressSequentially(text, { timeout: STEP_TIMEOUT });
  }

  async check(host: string, part: string): Promise<void> {
    await this.part(host, part).check({ timeout: STEP_TIMEOUT });
  }

  async waitFor(host: string, part: string, state: 'visible' | 'attached' | 'hidden' = 'visible'): Promise<void> {
    await this.part(host, part).waitFor({ state, timeout: STEP_TIMEOUT });
  }

  /** Waits until `selector` (pierces shadow roots) is visible. */
  async waitSelector(selector: string): Promise<void> {
    await this.page.locator(selector).first().waitFor({ state: 'visible', timeout: STEP_TIMEOUT });
  }

  /** Waits until a part under `host` shows text matching `text`. */
  async waitText(host: string, part: string, text: RegExp): Promise<void> {
    await this.page
      .locator(`${host} [part~="${part}"]`)
      .filter({ hasText: text })
      .first()
      .waitFor({ state: 'visible', timeout: STEP_TIMEOUT });
  }

  /** Sets or removes an attribute on the first element matching `selector`. */
  async attr(selector: string, name: string, value: string | null): Promise<void> {
    await this.page
      .locator(selector)
      .first()
      .evaluate(
        (el, [n, v]) => {
          if (v === null) el.removeAttribute(n!);
          else el.setAttribute(n!, v);
        },
        [name, value] as const,
      );
  }

  /** Runs a setup operation now (adapter method or admin API), as another session would. */
  async run(step: SetupOp): Promise<void> {
    await this.page.evaluate((s) => (window.__shots.run as (s: unknown) => Promise<unknown>)(s), step);
  }

  /** Waits until nothing in the kit is loading or busy (bounded). */
  async settle(timeoutMs = 5000): Promise<void> {
    const busy = await this.page.evaluate((t) => window.__shots.settle(t), timeoutMs);
    if (busy.length) this.unsettled.push(...busy);
  }

  async press(key: string): Promise<void> {
    await this.page.keyboard.press(key);
  }

  /** Scrolls the first element matching `selector` by `top` px (its own scroll box). */
  async scroll(selector: string, top: number): Promise<void> {
    await this.page
      .locator(selector)
      .first()
      .evaluate((el, t) => el.scrollTo({ top: t }), top);
  }
}
