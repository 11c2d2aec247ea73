// @ts-check
/**
 * Last step of `npm run build`: checks dist/ against package.json "exports".
 *
 * - every export target (and its types) exists; `./elements/*` is expanded over
 *   src/elements/<tag>/define.ts;
 * - dist/creditkit.js works from a CDN: nothing reachable from it, statically or
 *   through dynamic import(), imports a bare specifier (msw, stripe, node:*, …);
 * - custom-elements.json exists and names every defined tag.
 *
 * Exit 1 with a list of problems; warnings do not fail.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { build } from 'esbuild';

const pkg = JSON.parse(readFileSync('package.json', 'utf8'));
const problems = [];
const warnings = [];

const tags = existsSync('src/elements')
  ? readdirSync('src/elements').filter((tag) => existsSync(`src/elements/${tag}/define.ts`))
  : [];

/** @param {string} target @param {string} what */
function expectFile(target, what) {
  if (!existsSync(target)) problems.push(`${what}: ${target} is missing`);
}

/** Source file behind each export, so missing sources are warnings (tree in progress), not errors. */
const sources = {
  '.': 'src/creditkit.ts',
  './adapter': 'src/adapter/index.ts',
  './mock': 'src/mock/index.ts',
  './mock/node': 'src/mock/node-server.ts',
};

for (const [key, value] of Object.entries(pkg.exports)) {
  const conditions = typeof value === 'string' ? { default: value } : value;
  const expand = key.includes('*') ? tags : [''];
  for (const tag of expand) {
    for (const [condition, target] of Object.entries(conditions)) {
      const file = String(target).replace('*', tag);
      const source = sources[/** @type {keyof typeof sources} */ (key)];
      if (source && !existsSync(source)) {
        warnings.push(`export "${key}": ${source} does not exist yet`);
        break;
      }
      expectFile(file, `export "${key.replace('*', tag)}" (${condition})`);
    }
  }
}
expectFile(pkg.types, '"types"');

// CDN self-containment of dist/creditkit.js (static and dynamic imports).
if (existsSync('dist/creditkit.js')) {
  const result = await build({
    entryPoints: ['dist/creditkit.js'],
    bundle: true,
    splitting: true,
    format: 'esm',
    platform: 'browser',
    write: false,
    outdir: '/tmp/creditkit-build-check',
    metafile: true,
    logLevel: 'silent',
    packages: 'external',
    external: ['node:*'],
  });
  for (const [file, input] of Object.entries(result.metafile.inputs)) {
    for (const imp of input.imports) {
      if (imp.external && !imp.path.startsWith('.') && !imp.path.startsWith('/')) {
        problems.push(`dist/creditkit.js graph: ${file} imports "${imp.path}" (${imp.kind}): breaks CDN use`);
      }
    }
  }
}

// Manifest.
if (!existsSync('custom-elements.json')) {
  problems.push('custom-elements.json is missing (npm run analyze)');
} else {
  const manifest = JSON.parse(readFileSync('custom-elements.json', 'utf8'));
  const named = new Set(
    manifest.modules.flatMap((/** @type {any} */ m) =>
      (m.declarations ?? []).filter((/** @type {any} */ d) => d.tagName).map((/** @type {any} */ d) => d.tagName),
    ),
  );
  for (const tag of tags) if (!named.has(tag)) problems.push(`custom-elements.json has no <${tag}>`);
}

for (const warning of warnings) console.warn(`build-check: warning: ${warning}`);
if (problems.length) {
  console.error(`build-check: ${problems.length} problem(s):\n  ${problems.join('\n  ')}`);
  process.exit(1);
}
console.log(`build-check: ok (${tags.length} element entries)`);
