/**
 * .shots/index.html: one section per element (and one for the demo pages), one
 * block per scenario with its title, its layout problems and every variant as a
 * thumbnail linking to the full PNG. Static HTML, no script: open it from disk.
 */
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { ShotResult } from './render.js';
import type { Report } from './run.js';
import type { Scenario } from './scenario.js';

const escape = (text: string) =>
  text.replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c]!);

const STYLE = `
  body { font: 14px/1.4 system-ui, sans-serif; margin: 0; background: #f4f6f8; color: #1f2328; }
  header { position: sticky; top: 0; background: #1f2328; color: #fff; padding: .5rem 1rem; z-index: 1; }
  header a { color: #cfe3ff; margin-right: .8rem; text-decoration: none; white-space: nowrap; }
  main { padding: 1rem; }
  h2 { margin: 2rem 0 .5rem; border-bottom: 2px solid #d0d7de; }
  article { background: #fff; border: 1px solid #d0d7de; border-radius: 8px; padding: .75rem; margin: .75rem 0; }
  h3 { margin: 0 0 .25rem; font-size: 1rem; } h3 small { font-weight: 400; color: #59636e; }
  .grid { display: flex; flex-wrap: wrap; gap: .5rem; align-items: flex-start; margin-top: .5rem; }
  figure { margin: 0; display: grid; gap: 2px; }
  figure img { display: block; border: 1px solid #d0d7de; background: repeating-conic-gradient(#eee 0 25%, #fff 0 50%) 0 0 / 16px 16px; }
  figure.w1280 img { width: 320px; } figure.w390 img, figure.w320 img { width: 130px; }
  figcaption { font-size: 11px; color: #59636e; }
  figure.bad figcaption { color: #b3261e; font-weight: 600; }
  details { font-size: 12px; } details li { font-family: ui-monospace, monospace; }
  .err { color: #b3261e; font-size: 12px; }
`;

function problemList(shots: ShotResult[]): string {
  const seen = new Map<string, Set<string>>();
  for (const shot of shots)
    for (const p of shot.problems) {
      const key = `${p.kind}: ${p.path} “${p.text}”${p.by ? ` (${p.by}px)` : ''}`;
      if (!seen.has(key)) seen.set(key, new Set());
      seen.get(key)!.add(`${shot.size}-${shot.lang}`);
    }
  if (seen.size === 0) return '';
  const items = [...seen].map(([k, v]) => `<li>${escape(k)} — ${[...v].sort().join(', ')}</li>`);
  return `<details><summary>${seen.size} layout problem${seen.size === 1 ? '' : 's'}</summary><ul>${items.join('')}</ul></details>`;
}

function figure(shot: ShotResult): string {
  const bad = shot.problems.length > 0 || shot.error;
  const label = `${shot.size} ${shot.theme} ${shot.lang}${shot.problems.length ? ` ⚠${shot.problems.length}` : ''}${shot.error ? ' ✗' : ''}`;
  return `<figure class="w${shot.size}${bad ? ' bad' : ''}"><a href="${escape(shot.file)}"><img loading="lazy" src="${escape(shot.file)}" alt="${escape(shot.file)}"></a><figcaption>${escape(label)}</figcaption></figure>`;
}

export async function writeContactSheet(out: string, report: Report, scenarios: readonly Scenario[]): Promise<void> {
  const groups = [...new Set(scenarios.map((s) => s.group))];
  const sections = groups.map((group) => {
    const blocks = scenarios
      .filter((s) => s.group === group)
      .flatMap((s) => {
        const shots = report.shots.filter((r) => r.group === group && r.scenario === s.name);
        if (shots.length === 0) return [];
        const captures = [...new Set(shots.map((r) => r.capture))];
        return captures.map((capture) => {
          const own = shots.filter((r) => r.capture === capture);
          const errors = [...new Set(own.flatMap((r) => (r.error ? [r.error] : [])))];
          const pageErrors = [...new Set(own.flatMap((r) => r.pageErrors ?? []))];
          const name = capture ? `${s.name}.${capture}` : s.name;
          return `<article id="${escape(`${group}/${name}`)}"><h3>${escape(name)} <small>${escape(s.title)}</small></h3>
${errors.map((e) => `<p class="err">✗ ${escape(e)}</p>`).join('')}
${pageErrors.length ? `<details><summary>page errors</summary><ul>${pageErrors.map((e) => `<li>${escape(e)}</li>`).join('')}</ul></details>` : ''}
${problemList(own)}
<div class="grid">${own.map(figure).join('')}</div></article>`;
        });
      });
    if (blocks.length === 0) return '';
    return `<section id="${escape(group)}"><h2>${escape(group)}</h2>${blocks.join('\n')}</section>`;
  });
  const shown = groups.filter((_, i) => sections[i]);
  const html = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>creditkit shots</title><style>${STYLE}</style></head>
<body><header><strong>creditkit shots</strong> · ${report.shots.length} shots · ${escape(report.generatedAt)} · ${shown
    .map((g) => `<a href="#${escape(g)}">${escape(g)}</a>`)
    .join('')}</header><main>${sections.join('\n')}</main></body></html>\n`;
  await writeFile(join(out, 'index.html'), html);
}
