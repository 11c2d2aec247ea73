/** Command-line options of `npm run shots`. */
import { parseArgs } from 'node:util';
import { LANGS, SIZES, THEMES } from './matrix.js';
import type { Lang, Scenario, SizeName } from './scenario.js';

export const USAGE = `npm run shots -- [options]

Renders every element state and every demo page into .shots/ (PNG + index.html
contact sheet + report.json with layout problems).

  --only <list>        groups or group/scenario, comma-separated, substrings match
                       (credit-top-up, pages, credit-buy/manual, outcome)
  --lang <list>        en,de (default both)
  --theme <list>       light,dark,brand (default all)
  --size <list>        1280,390,320 (default all; 320 = element in a 320 px container, light only)
  --check              layout check only: no PNGs, report.json only (fast; for tests and CI)
  --sheets             also tile each shot's variants into .shots/sheets/ (for image viewers)
  --concurrency <n>    pages rendered in parallel (default 4)
  --out <dir>          output folder (default .shots)
  --list               print the scenarios and exit
  --help               this text`;

export interface Options {
  only: string[];
  langs: Lang[];
  themes: string[];
  sizes: SizeName[];
  check: boolean;
  sheets: boolean;
  concurrency: number;
  out: string;
  list: boolean;
  help: boolean;
  /** True when the run covers everything (the report starts afresh). */
  complete: boolean;
}

function list<T extends string>(value: string | undefined, allowed: readonly T[], what: string): T[] {
  if (!value) return [...allowed];
  const items = value.split(',').map((v) => v.trim()) as T[];
  for (const item of items)
    if (!allowed.includes(item)) throw new Error(`unknown ${what} "${item}" (${allowed.join(', ')})`);
  return items;
}

export function readOptions(argv: string[]): Options {
  const { values } = parseArgs({
    args: argv,
    options: {
      only: { type: 'string', multiple: true },
      lang: { type: 'string' },
      theme: { type: 'string' },
      size: { type: 'string' },
      check: { type: 'boolean', default: false },
      sheets: { type: 'boolean', default: false },
      concurrency: { type: 'string', default: '4' },
      out: { type: 'string', default: '.shots' },
      list: { type: 'boolean', default: false },
      help: { type: 'boolean', default: false },
    },
  });
  const only = (values.only ?? []).flatMap((v) => v.split(',')).filter(Boolean);
  const concurrency = Number(values.concurrency);
  if (!Number.isInteger(concurrency) || concurrency < 1) throw new Error('--concurrency must be a whole number ≥ 1');
  return {
    only,
    langs: list(values.lang, LANGS, 'language'),
    themes: list(values.theme, THEMES, 'theme'),
    sizes: list(
      values.size,
      SIZES.map((s) => s.name),
      'size',
    ),
    check: values.check ?? false,
    sheets: (values.sheets ?? false) && !values.check,
    concurrency,
    out: values.out ?? '.shots',
    list: values.list ?? false,
    help: values.help ?? false,
    complete: only.length === 0 && !values.lang && !values.theme && !values.size,
  };
}

/** Whether `--only` selects a scenario: each item is a substring of `group/name`. */
export function selected(scenario: Scenario, only: string[]): boolean {
  const id = `${scenario.group}/${scenario.name}`;
  return only.length === 0 || only.some((o) => id.includes(o));
}
