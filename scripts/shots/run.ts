/**
 * `npm run shots`: every element state (scripts/shots/scenarios/) and every demo
 * page, at 1280×800 and 390×844 (plus the element in a 320 px container), light,
 * dark and brand, English and German, into .shots/ with an index.html contact
 * sheet and report.json (layout problems per shot). One browser, one Vite dev
 * server, several pages in parallel; every step bounded.
 */
import { existsSync } from 'node:fs';
import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { chromium, type Browser, type BrowserContext } from 'playwright-core';
import { findBrowser } from '../find-browser.js';
import { writeContactSheet } from './contact-sheet.js';
import { writeSheets } from './sheets.js';
import { SIZES } from './matrix.js';
import { readOptions, selected, USAGE, type Options } from './options.js';
import { newContext, renderJob, type Job, type ShotResult } from './render.js';
import type { Lang } from './scenario.js';
import { allScenarios } from './scenarios/index.js';
import { HARNESS_PATH, startServer } from './server.js';

const JOB_TIMEOUT = 60_000;

export interface Report {
  generatedAt: string;
  durationMs: number;
  options: Omit<Options, 'list' | 'help' | 'complete'>;
  shots: ShotResult[];
}

function jobsFor(options: Options): Job[] {
  const jobs: Job[] = [];
  for (const scenario of allScenarios.filter((s) => selected(s, options.only))) {
    for (const size of SIZES.filter((s) => options.sizes.includes(s.name))) {
      if (size.layoutPass && !scenario.fixture) continue;
      const allowed = scenario.themes ?? options.themes;
      const themes = size.layoutPass ? ['light'] : options.themes.filter((t) => allowed.includes(t));
      if (themes.length === 0) continue;
      for (const lang of options.langs) jobs.push({ scenario, size, lang, themes });
    }
  }
  return jobs;
}

function withTimeout<T>(promise: Promise<T>, ms: number, what: string): Promise<T> {
  let timer: NodeJS.Timeout;
  return Promise.race([
    promise,
    new Promise<T>((_, reject) => (timer = setTimeout(() => reject(new Error(`${what} took over ${ms} ms`)), ms))),
  ]).finally(() => clearTimeout(timer));
}

/** Runs `jobs` with at most `limit` at a time, each worker with its own contexts; reports progress on one line. */
async function pool(
  browser: Browser,
  jobs: Job[],
  limit: number,
  work: (context: BrowserContext, job: Job) => Promise<ShotResult[]>,
): Promise<ShotResult[]> {
  const results: ShotResult[] = [];
  let next = 0;
  let done = 0;
  const worker = async () => {
    const contexts = new Map<Lang, BrowserContext>();
    while (next < jobs.length) {
      const job = jobs[next++]!;
      let context = contexts.get(job.lang);
      if (!context) contexts.set(job.lang, (context = await newContext(browser, job.lang)));
      results.push(...(await work(context, job)));
      done++;
      if (process.stdout.isTTY) process.stdout.write(`\r  ${done}/${jobs.length} jobs`);
      else if (done % 50 === 0) console.log(`  ${done}/${jobs.length} jobs`);
    }
    await Promise.all([...contexts.values()].map((c) => c.close()));
  };
  await Promise.all(Array.from({ length: Math.min(limit, jobs.length) }, worker));
  if (process.stdout.isTTY) process.stdout.write('\n');
  return results;
}

/** Results of earlier runs that this (filtered) run did not redo, so the sheet stays whole. */
async function previous(out: string, redone: Set<string>): Promise<ShotResult[]> {
  try {
    const report = JSON.parse(await readFile(join(out, 'report.json'), 'utf8')) as Report;
    return report.shots.filter((s) => !redone.has(s.file) && existsSync(join(out, s.file)));
  } catch {
    return [];
  }
}

function summary(results: ShotResult[]): string {
  const problems = results.reduce((n, r) => n + r.problems.length, 0);
  const withProblems = results.filter((r) => r.problems.length > 0).length;
  const errors = results.filter((r) => r.error).length;
  return `${results.length} shots, ${withProblems} with layout problems (${problems} in all), ${errors} with drive errors`;
}

async function main(): Promise<void> {
  const options = readOptions(process.argv.slice(2));
  if (options.help) return void console.log(USAGE);
  const jobs = jobsFor(options);
  if (options.list) {
    for (const s of allScenarios.filter((x) => selected(x, options.only)))
      console.log(`${s.group}/${s.name}  ${s.title}`);
    return;
  }
  if (jobs.length === 0) throw new Error(`nothing matches --only ${options.only.join(',')}`);
  const out = resolve(options.out);
  const started = performance.now();
  if (options.complete && !options.check) {
    // A full run starts from an empty folder (notes such as FINDINGS.md stay).
    for (const group of new Set([...allScenarios.map((s) => s.group), 'sheets']))
      await rm(join(out, group), { recursive: true, force: true });
  }
  await mkdir(out, { recursive: true });

  const { server, base } = await startServer();
  const { executablePath, args } = await findBrowser();
  const browser = await chromium.launch({ executablePath, args });
  try {
    // Warm-up: the first load makes Vite transform the kit and pre-bundle its
    // dependencies; parallel first loads would each wait for (or race) that.
    const warm = await browser.newPage();
    await warm.goto(`${base}${HARNESS_PATH}?f=${encodeURIComponent('{"preset":"usage-billing","html":""}')}`);
    await warm.waitForFunction(() => document.body.dataset.ready, null, { timeout: 60_000 });
    await warm.goto(`${base}/index.html`, { waitUntil: 'networkidle' });
    await warm.close();
    const warmedAt = performance.now();
    console.log(`shots: ${jobs.length} jobs (${options.concurrency} in parallel) → ${out}`);
    const results = await pool(browser, jobs, options.concurrency, (context, job) =>
      withTimeout(
        renderJob(context, base, out, job, !options.check),
        JOB_TIMEOUT,
        `${job.scenario.group}/${job.scenario.name}`,
      ).catch((error: Error) => [
        {
          file: `${job.scenario.group}/${job.scenario.name}--${job.size.name}-${job.lang}`,
          group: job.scenario.group,
          scenario: job.scenario.name,
          capture: '',
          title: job.scenario.title,
          size: job.size.name,
          theme: job.themes.join(','),
          lang: job.lang,
          problems: [],
          error: error.message,
        },
      ]),
    );
    const durationMs = Math.round(performance.now() - started);
    const order = new Map(allScenarios.map((s, i) => [`${s.group}/${s.name}`, i]));
    const all = [...(await previous(out, new Set(results.map((r) => r.file)))), ...results].sort(
      (a, b) =>
        (order.get(`${a.group}/${a.scenario}`) ?? 1e9) - (order.get(`${b.group}/${b.scenario}`) ?? 1e9) ||
        a.file.localeCompare(b.file),
    );
    const { list: _list, help: _help, complete: _complete, ...shown } = options;
    const report: Report = { generatedAt: new Date().toISOString(), durationMs, options: shown, shots: all };
    await writeFile(join(out, 'report.json'), `${JSON.stringify(report, null, 1)}\n`);
    if (!options.check) await writeContactSheet(out, report, allScenarios);
    if (options.sheets) {
      const whole = new Set(allScenarios.filter((s) => !s.fixture && !s.captures).map((s) => `${s.group}/${s.name}`));
      const tileable = results.filter((r) => !whole.has(`${r.group}/${r.scenario}`));
      console.log(`shots: ${await writeSheets(browser, out, tileable)} review sheets in ${join(out, 'sheets')}`);
    }
    console.log(`shots: ${summary(results)}`);
    console.log(
      `shots: ${(durationMs / 1000).toFixed(1)} s (warm-up ${((warmedAt - started) / 1000).toFixed(1)} s); open ${join(out, options.check ? 'report.json' : 'index.html')}`,
    );
  } finally {
    await browser.close();
    await server.close();
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
});
