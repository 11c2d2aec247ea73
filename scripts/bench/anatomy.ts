/**
 * `npm run bench:anatomy`: where the gzip bytes of every `<script>` entry come
 * from, by source folder, through the hidden source maps the cdn build keeps in
 * dist/. One column per entry (the entry file and everything it imports
 * statically, each file gzipped on its own, as a server sends them), then every
 * chunk loaded on demand on its own. Measures only; no budgets here (see sizes).
 */
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT, type BenchContext, type BenchSection } from './lib/context.js';
import { anatomyOf, anatomyOfFiles } from './lib/anatomy.js';
import { distFile, staticClosure } from './lib/dist-graph.js';

const ELEMENTS = 'dist/cdn/elements';
const CHUNKS = 'dist/cdn/chunks';

/** Short column names: `credit-pay-button` → `pay-button`. */
const short = (tag: string) => tag.replace(/^credit-/, '');

function entries(): [string, string[]][] {
  const list: [string, string[]][] = [];
  for (const [name, file] of [
    ['creditkit.js', 'dist/creditkit.js'],
    ['autoloader', 'dist/creditkit-autoloader.js'],
  ] as const) {
    if (existsSync(join(ROOT, file))) list.push([name, staticClosure(file)]);
  }
  const tags = existsSync(join(ROOT, ELEMENTS))
    ? readdirSync(join(ROOT, ELEMENTS))
        .filter((f) => f.endsWith('.js'))
        .map((f) => f.slice(0, -3))
        .sort()
    : [];
  for (const tag of tags) list.push([short(tag), staticClosure(`${ELEMENTS}/${tag}.js`)]);
  return list;
}

/** Chunks no entry reaches statically: loaded by `import()` only. */
function lazyChunks(eager: Set<string>): string[] {
  if (!existsSync(join(ROOT, CHUNKS))) return [];
  return readdirSync(join(ROOT, CHUNKS))
    .filter((f) => f.endsWith('.js'))
    .map((f) => `${CHUNKS}/${f}`)
    .filter((f) => !eager.has(f))
    .sort((a, b) => distFile(b).gzip - distFile(a).gzip);
}

const fmt = (bytes: number) => (bytes >= 0.5 ? Math.round(bytes).toString() : '');

const section: BenchSection = {
  title: 'Anatomy: gzip bytes of every entry by source folder (from the source maps)',
  async run(ctx: BenchContext) {
    const list = entries();
    if (!list.length) return ctx.skip('dist/ has no <script> entries: npm run build');
    const columns = list.map(([name, files]) => ({ name, files, folders: anatomyOfFiles(files) }));
    const folders = new Set(columns.flatMap((c) => [...c.folders.keys()]));
    const largest = (folder: string) => Math.max(...columns.map((c) => c.folders.get(folder) ?? 0));
    const rows = [...folders]
      .sort((a, b) => largest(b) - largest(a))
      .map((folder) => [folder, ...columns.map((c) => fmt(c.folders.get(folder) ?? 0))]);
    rows.push(['= total gzip bytes', ...columns.map((c) => String(c.files.reduce((s, f) => s + distFile(f).gzip, 0)))]);
    rows.push(['  files', ...columns.map((c) => String(c.files.length))]);
    console.log('  Entries (the file and its static imports):');
    ctx.table(['folder', ...columns.map((c) => c.name)], rows);

    const eager = new Set(list.flatMap(([, files]) => files));
    const lazy = lazyChunks(eager);
    if (lazy.length) {
      console.log('\n  Loaded on demand (each chunk alone, its top folders):');
      ctx.table(
        ['chunk', 'gzip', 'by folder'],
        lazy.map((file) => {
          const { gzip, byFolder } = anatomyOf(file);
          const top = [...byFolder]
            .sort((a, b) => b[1] - a[1])
            .filter(([, bytes]) => bytes >= 20)
            .slice(0, 5)
            .map(([folder, bytes]) => `${folder} ${Math.round(bytes)}`)
            .join(', ');
          return [file.slice(CHUNKS.length + 1), gzip, top];
        }),
      );
    }
  },
};

export default section;
