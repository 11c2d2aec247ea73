/**
 * Renders one job — a scenario at one size and language — in its own browser
 * context: open the page, drive it, then for each theme switch in place, measure
 * the layout and capture. Every step is bounded; a step that fails is reported
 * with the shot instead of stopping the run.
 */
import { mkdir } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { Drive } from './drive.js';
import { fixtureQuery } from './fixture.js';
import type { Size } from './matrix.js';
import type { LayoutProblem } from './page/layout-check.js';
import type { Capture, Lang, Scenario, Target } from './scenario.js';
import { HARNESS_PATH, PAGE_TOOLS_MODULE } from './server.js';

export interface Job {
  scenario: Scenario;
  size: Size;
  lang: Lang;
  themes: string[];
}

export interface ShotResult {
  /** Relative to the output folder. */
  file: string;
  group: string;
  scenario: string;
  capture: string;
  title: string;
  size: string;
  theme: string;
  lang: string;
  problems: LayoutProblem[];
  /** A drive step that failed (the shot shows where it got to). */
  error?: string;
  /** Still busy when the settle timed out. */
  unsettled?: string[];
  /** Uncaught exceptions and console errors of the page. */
  pageErrors?: string[];
  /** How long the whole job (open, drive, every theme) took. */
  ms?: number;
}

const READY_TIMEOUT = 20_000;
const MARGIN = 24;

export function shotFile(scenario: Scenario, capture: Capture, size: string, theme: string, lang: string): string {
  const name = capture.name ? `${scenario.name}.${capture.name}` : scenario.name;
  return join(scenario.group, `${name}--${size}-${theme}-${lang}.png`);
}

function defaultCaptures(scenario: Scenario): Capture[] {
  return scenario.captures ?? [{ target: scenario.fixture ? 'stage' : 'full' }];
}

async function open(page: Page, base: string, job: Job): Promise<void> {
  const { scenario, size, lang } = job;
  if (scenario.fixture) {
    const fixture = size.stageWidth ? { ...scenario.fixture, width: size.stageWidth } : scenario.fixture;
    await page.goto(`${base}${HARNESS_PATH}${fixtureQuery(fixture, job.themes[0]!, lang)}`);
    await page.waitForFunction(() => document.body.dataset.ready, null, { timeout: READY_TIMEOUT });
    const failed = await page.evaluate(() => document.body.dataset.error);
    if (failed) throw new Error(`harness: ${failed}`);
  } else {
    // The demo keeps language and theme in localStorage; set them before its scripts run.
    await page.addInitScript(
      ([l, t]) => {
        localStorage.setItem('creditkit-demo:locale', l);
        localStorage.setItem('creditkit-demo:theme', t);
      },
      [lang, job.themes[0]!] as const,
    );
    await page.goto(`${base}${scenario.page}`);
    await page.addScriptTag({ type: 'module', content: PAGE_TOOLS_MODULE });
    await page.waitForFunction(() => typeof window.__shots?.settle === 'function', null, { timeout: READY_TIMEOUT });
  }
}

async function colorScheme(page: Page, scenario: Scenario, theme: string): Promise<void> {
  await page.emulateMedia({ colorScheme: scenario.osColorScheme ?? (theme === 'dark' ? 'dark' : 'light') });
}

async function capture(page: Page, target: Target, path: string | null): Promise<void> {
  const options = { animations: 'disabled', caret: 'hide', scale: 'css', timeout: 10_000 } as const;
  if (!path) return;
  await mkdir(dirname(path), { recursive: true });
  if (target === 'viewport' || target === 'full') {
    await page.screenshot({ ...options, path, fullPage: target === 'full' });
  } else if (target === 'stage') {
    await page.locator('#stage').screenshot({ ...options, path });
  } else if ('selector' in target) {
    await page
      .locator(target.selector)
      .first()
      .screenshot({ ...options, path });
  } else {
    const box = await page.locator(target.dialog).first().boundingBox();
    const view = page.viewportSize()!;
    if (!box) return void (await page.screenshot({ ...options, path }));
    const x = Math.max(0, box.x - MARGIN);
    const y = Math.max(0, box.y - MARGIN);
    const clip = {
      x,
      y,
      width: Math.min(view.width, box.x + box.width + MARGIN) - x,
      height: Math.min(view.height, box.y + box.height + MARGIN) - y,
    };
    await page.screenshot({ ...options, path, clip });
  }
}

/** What every result of `job` in `theme` says about itself (no problems yet). */
function result(job: Job, c: Capture, theme: string, pageErrors: string[]): ShotResult {
  const { scenario, size, lang } = job;
  return {
    file: shotFile(scenario, c, size.name, theme, lang),
    group: scenario.group,
    scenario: scenario.name,
    capture: c.name ?? '',
    title: scenario.title,
    size: size.name,
    theme,
    lang,
    problems: [],
    ...(pageErrors.length ? { pageErrors: [...new Set(pageErrors)] } : {}),
  };
}

function message(error: unknown): string {
  return (error instanceof Error ? error.message : String(error)).split('\n')[0]!.slice(0, 300);
}

/** Renders one job; resolves with one result per theme and capture. */
/** A browser context per language (Intl defaults, date inputs), shared by the jobs of one worker for its HTTP cache. */
export function newContext(browser: Browser, lang: Lang): Promise<BrowserContext> {
  return browser.newContext({
    deviceScaleFactor: 1,
    locale: lang === 'de' ? 'de-DE' : 'en-US',
    timezoneId: 'Europe/Berlin',
    reducedMotion: 'reduce',
  });
}

export async function renderJob(
  context: BrowserContext,
  base: string,
  out: string,
  job: Job,
  write: boolean,
): Promise<ShotResult[]> {
  const { scenario, size, lang } = job;
  const begun = performance.now();
  const page = await context.newPage();
  await page.setViewportSize(size.viewport);
  const pageErrors: string[] = [];
  page.on('pageerror', (error) => pageErrors.push(message(error)));
  page.on('console', (msg) => {
    if (msg.type() === 'error') pageErrors.push(msg.text().slice(0, 300));
  });
  const d = new Drive(page);
  const marks: string[] = [];
  let last = performance.now();
  const mark = (what: string) => {
    const now = performance.now();
    marks.push(`${what} ${Math.round(now - last)}`);
    last = now;
  };
  let error: string | undefined;
  const results: ShotResult[] = [];
  try {
    await colorScheme(page, scenario, job.themes[0]!);
    await open(page, base, job);
    mark('open');
    const settle = scenario.settle ?? true;
    if (settle) await d.settle(5000);
    mark('settle');
    try {
      await scenario.drive?.(d, { size: size.name, lang });
    } catch (e) {
      error = `drive: ${message(e)}`;
    }
    if (settle) await d.settle();
    mark('drive');
    for (const theme of job.themes) {
      await colorScheme(page, scenario, theme);
      await page.evaluate((t) => window.__shots.setTheme(t), theme);
      await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
      mark('theme');
      const problems = await page.evaluate((c) => window.__shots.layout(c), scenario.fixture ? '#stage' : undefined);
      mark('layout');
      for (const c of defaultCaptures(scenario)) {
        const file = shotFile(scenario, c, size.name, theme, lang);
        let shotError: string | undefined;
        try {
          await capture(page, c.target, write ? join(out, file) : null);
        } catch (e) {
          shotError = `capture: ${message(e)}`;
        }
        mark('shot');
        const err = [error, shotError].filter(Boolean).join('; ');
        results.push({
          ...result(job, c, theme, pageErrors),
          problems,
          ...(err ? { error: err } : {}),
          ...(d.unsettled.length ? { unsettled: [...new Set(d.unsettled)] } : {}),
        });
      }
    }
  } catch (e) {
    // The page never got ready: one result per expected shot, with the reason.
    for (const theme of job.themes)
      for (const c of defaultCaptures(scenario))
        results.push({ ...result(job, c, theme, pageErrors), error: `open: ${message(e)}` });
  } finally {
    await page.close().catch(() => {});
  }
  const ms = Math.round(performance.now() - begun);
  for (const r of results) r.ms = ms;
  if (process.env.SHOTS_DEBUG)
    console.log(`${scenario.group}/${scenario.name} ${size.name} ${lang}: ${marks.join(', ')}`);
  return results;
}
