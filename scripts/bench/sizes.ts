/**
 * What each `<script>` entry costs before anything runs: the entry file and
 * every file it imports statically, each gzipped (-9) on its own as a server
 * sends it, from the built dist/. Plus hard checks on the shape of the build:
 *
 * - msw, stripe and the mock server never reach the static graph of
 *   dist/creditkit.js or of any element file (they load through `import()`);
 * - the autoloader imports nothing statically (it fetches per tag);
 * - no chunk is only bundler or compiler helpers (a tiny file a page would wait
 *   for: rolldown's runtime, the decorator helper).
 *
 * Page budgets (what a visitor downloads) are in pages.ts.
 */
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT, kib, type BenchContext, type BenchSection } from './lib/context.js';
import { distFile, gzipOf, staticClosure } from './lib/dist-graph.js';
import { eagerGraph } from './lib/graph.js';

/** Modules that must never be in a `<script>` entry's static graph. */
const FORBIDDEN_EAGER = [
  { pattern: /(^|\/)node_modules\/msw\//, label: 'msw' },
  { pattern: /(^|\/)src\/mock\//, label: 'mock server (src/mock)' },
  { pattern: /(^|\/)node_modules\/stripe\//, label: 'stripe' },
];

const exists = (path: string) => existsSync(join(ROOT, path));
const listJs = (dir: string) =>
  exists(dir)
    ? readdirSync(join(ROOT, dir))
        .filter((f) => f.endsWith('.js'))
        .sort()
        .map((f) => `${dir}/${f}`)
    : [];

const section: BenchSection = {
  title: 'Entry sizes (the file and its static imports, each gzip -9 on its own)',
  async run(ctx: BenchContext) {
    if (!exists('dist/creditkit.js')) return ctx.skip('dist/creditkit.js does not exist: npm run build');
    const entries = ['dist/creditkit.js', 'dist/creditkit-autoloader.js', ...listJs('dist/cdn/elements')].filter(
      exists,
    );
    ctx.table(
      ['entry', 'files', 'min KiB', 'gzip KiB'],
      entries.map((entry) => {
        const files = staticClosure(entry);
        const bytes = files.reduce((sum, file) => sum + distFile(file).bytes, 0);
        return [entry.replace(/^dist\//, ''), files.length, kib(bytes), kib(gzipOf(files))];
      }),
    );

    for (const entry of entries.filter((e) => e !== 'dist/creditkit-autoloader.js')) {
      const graph = await eagerGraph(entry);
      for (const { pattern, label } of FORBIDDEN_EAGER) {
        const hits = graph.modules.filter((m) => pattern.test(m));
        if (hits.length)
          ctx.fail(`${label} is in the static graph of ${entry} (e.g. ${hits[0]}): load it through import()`);
      }
    }
    const loaderImports = staticClosure('dist/creditkit-autoloader.js').length - 1;
    if (loaderImports > 0) ctx.fail(`dist/creditkit-autoloader.js imports ${loaderImports} file(s) statically`);
    // A chunk without a source map holds only generated helper modules.
    const helperChunks = listJs('dist/cdn/chunks').filter((chunk) => !exists(`${chunk}.map`));
    for (const chunk of helperChunks) ctx.fail(`${chunk} holds only bundler helpers: inline them where they are used`);
  },
};

export default section;
