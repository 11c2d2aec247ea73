/**
 * Review sheets (`--sheets`): the variants of each shot tiled into a few PNGs
 * under .shots/sheets/, sized so an image viewer (or a helper's file-view tool,
 * which cannot open index.html) shows the text legibly:
 *
 *   <group>/<shot>.1280.png    light, natural size: 1280 en above 1280 de
 *   <group>/<shot>.narrow.png  light, natural size: 390 en, 390 de, 320 en, 320 de side by side
 *   <group>/<shot>.themes.png  dark and brand at half size: 1280 en, de, then 390 en, de
 *
 * Each tile is labelled; shots with layout problems get a red label.
 */
import { mkdir, readFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import type { Browser } from 'playwright-core';
import type { ShotResult } from './render.js';

const ORIGIN = 'http://sheets.shots.invalid';

const escape = (text: string) =>
  text.replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c]!);

function tile(shot: ShotResult | undefined, scale: number): string {
  if (!shot) return '';
  const bad = shot.problems.length > 0 || shot.error;
  const label = `${shot.size} ${shot.theme} ${shot.lang}${shot.problems.length ? ` ⚠${shot.problems.length}` : ''}${shot.error ? ' ✗' : ''}`;
  return `<figure data-scale="${scale}"><figcaption class="${bad ? 'bad' : ''}">${escape(label)}</figcaption><img src="${ORIGIN}/${escape(shot.file)}"></figure>`;
}

const STYLE = `body{margin:0;padding:8px;background:#fff;font:12px system-ui,sans-serif;width:max-content}
.row{display:flex;gap:8px;align-items:flex-start;margin-bottom:8px}
figure{margin:0}figcaption{color:#555;padding:0 0 2px}figcaption.bad{color:#b3261e;font-weight:700}
img{display:block;outline:1px solid #ccc}h1{font-size:13px;margin:0 0 6px}`;

/** Key of a shot without its variant (`credit-top-up/amount-preset`, `credit-dashboard/agency-credits.history`). */
function shotKey(s: ShotResult): string {
  return `${s.group}/${s.scenario}${s.capture ? `.${s.capture}` : ''}`;
}

async function render(browser: Browser, out: string, html: string, path: string): Promise<void> {
  const page = await browser.newPage({ viewport: { width: 400, height: 300 } });
  try {
    await page.route(`${ORIGIN}/**`, async (route) => {
      const file = decodeURIComponent(new URL(route.request().url()).pathname.slice(1));
      const body = await readFile(join(out, file)).catch(() => null);
      await (body ? route.fulfill({ body, contentType: 'image/png' }) : route.fulfill({ status: 404 }));
    });
    await page.setContent(`<!doctype html><style>${STYLE}</style>${html}`, { waitUntil: 'load' });
    // Scale tiles by their natural size (known only once loaded).
    await page.evaluate(() => {
      for (const figure of document.querySelectorAll('figure')) {
        const img = figure.querySelector('img')!;
        const scale = Number(figure.dataset.scale);
        img.width = Math.round(img.naturalWidth * scale);
      }
    });
    await mkdir(dirname(path), { recursive: true });
    await page.screenshot({ path, fullPage: true });
  } finally {
    await page.close();
  }
}

/** Writes the review sheets of `shots` (whole-page captures left out: too tall to tile). */
export async function writeSheets(browser: Browser, out: string, shots: ShotResult[]): Promise<number> {
  const byKey = new Map<string, ShotResult[]>();
  for (const s of shots)
    if (s.file.endsWith('.png') && !s.error?.startsWith('open'))
      byKey.set(shotKey(s), [...(byKey.get(shotKey(s)) ?? []), s]);
  let written = 0;
  for (const [key, list] of byKey) {
    const find = (size: string, theme: string, lang: string) =>
      list.find((s) => s.size === size && s.theme === theme && s.lang === lang);
    const title = `<h1>${escape(key)} — ${escape(list[0]!.title)}</h1>`;
    const row = (tiles: string[]) => (tiles.join('') ? `<div class="row">${tiles.join('')}</div>` : '');
    const sheets: [string, string][] = [
      ['1280', row([tile(find('1280', 'light', 'en'), 1)]) + row([tile(find('1280', 'light', 'de'), 1)])],
      ['narrow', row(['390', '320'].flatMap((size) => ['en', 'de'].map((lang) => tile(find(size, 'light', lang), 1))))],
      [
        'themes',
        ['dark', 'brand']
          .map((theme) =>
            row([
              ...['en', 'de'].map((lang) => tile(find('1280', theme, lang), 0.5)),
              ...['en', 'de'].map((lang) => tile(find('390', theme, lang), 0.5)),
            ]),
          )
          .join(''),
      ],
    ];
    for (const [name, body] of sheets)
      if (body) await render(browser, out, title + body, join(out, 'sheets', `${key}.${name}.png`));
    written++;
  }
  return written;
}
