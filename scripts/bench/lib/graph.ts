/**
 * Eager-graph sizes with esbuild: bundle an entry with every dynamic `import()`
 * left out (external), minify, gzip -9. The metafile lists the eager inputs, and
 * for dist/ inputs their source maps name the original modules, so we can tell
 * whether msw or the mock server is in the eager graph.
 */
import { existsSync, readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { join } from 'node:path';
import { build, type Plugin } from 'esbuild';
import { ROOT } from './context.js';
import { minifyCssLiteralsEsbuild } from '../../minify-css-literals.js';

export interface EagerGraph {
  minified: number;
  gzip: number;
  /** Eager input files (relative to the repo root). */
  inputs: string[];
  /** Original modules behind the eager inputs (from dist source maps, or the inputs themselves). */
  modules: string[];
}

const dynamicImportsExternal: Plugin = {
  name: 'dynamic-imports-external',
  setup(b) {
    b.onResolve({ filter: /.*/ }, (args) =>
      args.kind === 'dynamic-import' ? { path: args.path, external: true } : null,
    );
  },
};

/** Eager graph of `entry` (a file path), or of a virtual entry given as `contents`. */
export async function eagerGraph(entry: string | { contents: string; name: string }): Promise<EagerGraph> {
  const result = await build({
    ...(typeof entry === 'string'
      ? { entryPoints: [join(ROOT, entry)] }
      : { stdin: { contents: entry.contents, resolveDir: ROOT, sourcefile: entry.name, loader: 'ts' } }),
    absWorkingDir: ROOT,
    bundle: true,
    minify: true,
    format: 'esm',
    platform: 'browser',
    target: 'es2022',
    write: false,
    metafile: true,
    logLevel: 'silent',
    external: ['node:*'],
    plugins: [dynamicImportsExternal, minifyCssLiteralsEsbuild()],
  });
  const code = result.outputFiles[0]!.contents;
  const inputs = Object.keys(result.metafile.inputs);
  const modules = new Set<string>();
  for (const input of inputs) {
    const map = join(ROOT, `${input}.map`);
    if (input.startsWith('dist/') && existsSync(map)) {
      const { sources } = JSON.parse(readFileSync(map, 'utf8')) as { sources: string[] };
      for (const s of sources) modules.add(join(input, '..', s).replace(/^.*?(node_modules\/|src\/)/, '$1'));
    } else {
      modules.add(input);
    }
  }
  return { minified: code.byteLength, gzip: gzipSync(code, { level: 9 }).byteLength, inputs, modules: [...modules] };
}
