/**
 * Vite: `npm run demo` serves demo/ (dev server); `npm run build:lib` builds the library.
 *
 * Library output (dist/):
 *   creditkit.js            every element registered; mock server etc. as lazy chunks
 *   elements/<tag>.js       one per src/elements/<tag>/define.ts
 *   adapter.js              src/adapter/index.ts
 *   mock.js                 src/mock/index.ts (in-page mock server + msw helpers)
 *   mock-node.js            src/mock/node-server.ts (Node only: node:http)
 *   chunks/*.js             shared code (Lit, core, ...) and lazily loaded chunks
 *
 * Everything is bundled (dist/creditkit.js must work from a CDN with no import map)
 * except optional peers that only the mock entries use (msw, stripe) and node:*.
 * Entries that do not exist yet are skipped, so the build works on a partial tree.
 */
import { minifyCssLiteralsPlugin } from './scripts/minify-css-literals.js';
import { existsSync, readdirSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { defineConfig, type Plugin } from 'vite';

const root = fileURLToPath(new URL('.', import.meta.url));
const require = createRequire(import.meta.url);

/** Library entry points: output name → source file (only those that exist). */
export function libraryEntries(): Record<string, string> {
  const entries: Record<string, string> = {
    creditkit: 'src/creditkit.ts',
    adapter: 'src/adapter/index.ts',
    mock: 'src/mock/index.ts',
    'mock-node': 'src/mock/node-server.ts',
  };
  const elementsDir = `${root}src/elements`;
  if (existsSync(elementsDir)) {
    for (const tag of readdirSync(elementsDir)) {
      if (existsSync(`${elementsDir}/${tag}/define.ts`)) entries[`elements/${tag}`] = `src/elements/${tag}/define.ts`;
    }
  }
  return Object.fromEntries(Object.entries(entries).filter(([, file]) => existsSync(`${root}${file}`)));
}

/** Modules that stay imports in dist/: optional peers and Node built-ins. */
const external = [/^node:/, /^msw($|\/)/, /^stripe($|\/)/];

/** Serves msw's worker at the origin root in the dev server (no `msw init` step). */
function mswWorker(): Plugin {
  return {
    name: 'creditkit:msw-worker',
    configureServer(server) {
      server.middlewares.use('/mockServiceWorker.js', (_req, res) => {
        readFile(require.resolve('msw/mockServiceWorker.js'), 'utf8').then(
          (body) => {
            res.setHeader('Content-Type', 'application/javascript');
            res.setHeader('Service-Worker-Allowed', '/');
            res.end(body);
          },
          (error: Error) => {
            res.statusCode = 500;
            res.end(String(error));
          },
        );
      });
    },
  };
}

export default defineConfig(({ command, mode }) => {
  if (command === 'serve') {
    return {
      root: 'demo',
      // demo/ imports ../src and node_modules from the repo root.
      server: { fs: { allow: [root] } },
      plugins: [mswWorker()],
    };
  }
  // `--mode bundle` builds dist/creditkit.js on its own, so every element is in
  // that one file (no waterfall of shared chunks on a CDN page) and only code a
  // page may never need (mock server, PayPal, schemas, error texts) is chunked.
  const bundle = mode === 'bundle';
  const all = libraryEntries();
  const entries = bundle
    ? { creditkit: all.creditkit! }
    : Object.fromEntries(Object.entries(all).filter(([name]) => name !== 'creditkit'));
  return {
    root,
    publicDir: false,
    plugins: [minifyCssLiteralsPlugin()],
    build: {
      outDir: 'dist',
      emptyOutDir: !bundle,
      target: 'es2022',
      minify: true,
      sourcemap: true,
      reportCompressedSize: false,
      lib: {
        entry: entries,
        formats: ['es'],
        fileName: (_format, entryName) => `${entryName}.js`,
      },
      rolldownOptions: {
        external,
        // Entry modules imported by other entries (define files imported by
        // creditkit.ts) stay in their own entry chunk instead of a shared chunk.
        preserveEntrySignatures: 'allow-extension',
        output: {
          chunkFileNames: bundle ? 'chunks/creditkit/[name]-[hash].js' : 'chunks/[name]-[hash].js',
          // Vite keeps whitespace in ES library builds; dist/creditkit.js is also
          // served as-is from CDNs, so minify fully.
          minify: true,
        },
      },
    },
  };
});
