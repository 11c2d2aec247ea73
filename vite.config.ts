/**
 * Vite: `npm run demo` serves demo/ (dev server); `npm run build:lib` builds the
 * library in two passes, one per audience (Shoelace's scripts/build.js does the
 * same split); `npm run build:lib` empties dist/ first:
 *
 *   --mode npm     dist/npm/**      for bundlers: one module per source module
 *                                   (preserveModules), `lit`, `@lit/context`, `zod`
 *                                   and every other dependency as bare imports, so a
 *                                   host's bundle holds one Lit, and only define.js
 *                                   files (and the entry that imports them all) have
 *                                   side effects. Declarations land beside the files.
 *   --mode cdn     dist/creditkit.js   every element, for one `<script type="module">`;
 *                  dist/creditkit-autoloader.js  registers only the tags a page
 *                                      uses, each with all its files in one wave;
 *                  dist/cdn/elements/<tag>.js  one element (and what it renders);
 *                  dist/cdn/chunks/*   what they share (`core`: Lit, base element,
 *                                      store, adapter) and what only some pages
 *                                      load (zod with the account's schema, the
 *                                      other schemas, the mock server, the PayPal
 *                                      loader, invoice PDFs, each language's texts).
 *                  Self-contained: relative imports only, so they work from a CDN
 *                  or a static folder, and elements loaded from different files
 *                  share one Lit and one store.
 */
import { autoloaderManifestPlugin } from './scripts/autoloader-manifest.js';
import { hoistTransitiveImportsPlugin } from './scripts/hoist-transitive-imports.js';
import { inlineBundlerRuntimePlugin } from './scripts/inline-bundler-runtime.js';
import { minifyCssLiteralsPlugin } from './scripts/minify-css-literals.js';
import { minifyHtmlLiteralsPlugin } from './scripts/minify-html-literals.js';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { defineConfig, type Plugin, type UserConfig } from 'vite';

const root = fileURLToPath(new URL('.', import.meta.url));
const require = createRequire(import.meta.url);

/** The tags with a define file: src/elements/<tag>/define.ts. */
export function elementTags(): string[] {
  const dir = `${root}src/elements`;
  return readdirSync(dir)
    .filter((tag) => existsSync(`${dir}/${tag}/define.ts`))
    .sort();
}

/** Entry modules of the npm tree (its other modules are kept as they are imported). */
export function npmEntries(): Record<string, string> {
  const entries: Record<string, string> = {
    creditkit: 'src/creditkit.ts',
    'adapter/index': 'src/adapter/index.ts',
    'mock/index': 'src/mock/index.ts',
    'mock/msw': 'src/mock/msw.ts',
    'mock/node-server': 'src/mock/node-server.ts',
    'mock/cli': 'src/mock/cli.ts',
    'conformance/index': 'src/conformance/index.ts',
    'conformance/cli': 'src/conformance/cli.ts',
  };
  for (const tag of elementTags()) entries[`elements/${tag}/define`] = `src/elements/${tag}/define.ts`;
  return entries;
}

/** Every package the npm tree leaves to the host's installer (dependencies and peers). */
function packageDependencies(): RegExp[] {
  const pkg = JSON.parse(readFileSync(`${root}package.json`, 'utf8')) as {
    dependencies?: Record<string, string>;
    peerDependencies?: Record<string, string>;
  };
  const names = [...Object.keys(pkg.dependencies ?? {}), ...Object.keys(pkg.peerDependencies ?? {})];
  return names.map((name) => new RegExp(`^${name.replace(/[/.]/g, '\\$&')}($|/)`));
}

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

/** The parts every library pass shares. */
function libraryConfig(outDir: string, entry: Record<string, string>, empty: boolean): UserConfig {
  return {
    root,
    publicDir: false,
    plugins: [minifyCssLiteralsPlugin(), minifyHtmlLiteralsPlugin()],
    build: {
      outDir,
      emptyOutDir: empty,
      target: 'es2022',
      // Maps stay out of the package (files in package.json); the cdn ones are kept
      // in dist/ without a sourceMappingURL comment for `npm run bench:anatomy`.
      sourcemap: 'hidden',
      reportCompressedSize: false,
      lib: { entry, formats: ['es'], fileName: (_format, name) => `${name}.js` },
    },
  };
}

function npmConfig(): UserConfig {
  const config = libraryConfig('dist/npm', npmEntries(), true);
  config.build!.minify = false;
  // Readable, unminified modules: the host's bundler minifies and maps them.
  config.build!.sourcemap = false;
  config.build!.rolldownOptions = {
    external: [...packageDependencies(), /^node:/],
    output: {
      preserveModules: true,
      preserveModulesRoot: 'src',
      // Helpers the compiler injects (decorators) get a plain name, not the
      // versioned `_virtual/_@oxc-project_runtime@x.y.z/...` path.
      entryFileNames: (chunk) =>
        chunk.name.includes('oxc-project') ? `internal/${chunk.name.split('/').pop()}.js` : '[name].js',
      // One module per source module: nothing is hoisted into a shared chunk, so
      // `sideEffects` in package.json can name the define files exactly.
      minify: false,
    },
  };
  return config;
}

/**
 * What every element needs (Lit, the base element, the store, the adapter, the
 * compiler's decorator helper) is one `core` chunk rather than the many small
 * files the automatic split makes: a page with one badge loads all of it anyway,
 * and fewer files mean fewer requests and less import/export glue between them.
 * What only some elements use (Lit's directives, `@query`) stays out of it.
 */
const CORE_MODULES = [
  /^\0@oxc-project\+runtime/,
  /\/node_modules\/@lit\/context\//,
  /\/node_modules\/@lit\/reactive-element\/(reactive-element|css-tag|decorators\/(base|property|state))\.js$/,
  /\/node_modules\/(lit\/index|lit\/decorators|lit-html\/lit-html|lit-html\/is-server|lit-element\/lit-element)\.js$/,
  /\/src\/(state|theme|events)\//,
  /\/src\/util\/(define|keys)\.ts$/,
  /\/src\/i18n\/(catalog|common\.messages|locale|format)\.ts$/,
  /\/src\/elements\/base\/credit-element\.ts$/,
  /\/src\/adapter\/(http-adapter|errors|event-stream|mock-adapter)\.ts$/,
  /\/src\/core\/(money|methods|problem-codes)\.ts$/,
];
const isCoreModule = (id: string) => CORE_MODULES.some((pattern) => pattern.test(id.replaceAll('\\', '/')));

function cdnConfig(): UserConfig {
  // One build for every <script> file, so each chunk exists (and ships) once.
  const entries: Record<string, string> = {
    creditkit: 'src/creditkit.ts',
    'creditkit-autoloader': 'src/autoloader.ts',
  };
  for (const tag of elementTags()) entries[`cdn/elements/${tag}`] = `src/elements/${tag}/define.ts`;
  const config = libraryConfig('dist', entries, false);
  config.plugins!.push(
    inlineBundlerRuntimePlugin(),
    // The whole kit in one file also means its first request's schemas in its one wave.
    hoistTransitiveImportsPlugin({ alsoFetch: { 'creditkit.js': ['src/core/schemas/first-request.ts'] } }),
    autoloaderManifestPlugin({
      autoloader: 'creditkit-autoloader',
      elementPrefix: 'cdn/elements/',
      // What a provider's first request needs, fetched with the provider itself.
      attributes: {
        'credit-provider': { api: ['src/core/schemas/first-request.ts'], mock: ['src/mock/server.ts'] },
      },
    }),
  );
  config.build!.minify = true;
  config.build!.rolldownOptions = {
    // Only optional peers the mock's server-side paths load stay imports; the
    // check in scripts/build-check.mjs proves no bare import is reachable.
    external: [/^node:/, /^msw($|\/)/, /^stripe($|\/)/],
    // Entry modules imported by other entries (define files imported by a
    // composite's define file) stay in their own entry chunk.
    preserveEntrySignatures: 'allow-extension',
    output: {
      chunkFileNames: 'cdn/chunks/[name]-[hash].js',
      codeSplitting: { groups: [{ name: 'core', test: isCoreModule }] },
      // Vite keeps whitespace in ES library builds; these files are served as-is,
      // so without the `/* @__PURE__ */` notes meant for a next bundler.
      minify: true,
      comments: false,
    },
  };
  return config;
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
  if (mode === 'npm') return npmConfig();
  if (mode === 'cdn') return cdnConfig();
  throw new Error(`vite build needs --mode npm or cdn (got "${mode}")`);
});
