// @ts-check
/**
 * Last step of `npm run build`: checks dist/ against package.json.
 *
 * - every export target (and its types) exists; `./elements/*` is expanded over
 *   src/elements/<tag>/define.ts;
 * - the `<script>` files (dist/creditkit.js, dist/creditkit-autoloader.js,
 *   dist/cdn/elements/*.js) work from a CDN: nothing reachable from them,
 *   statically or through dynamic import(), imports a bare specifier (msw,
 *   stripe, node:*, …);
 * - the autoloader's manifest is filled in, names only files that exist, and
 *   knows every element;
 * - the npm tree (dist/npm) imports only packages package.json declares, and
 *   `lit`, `@lit/context` and `zod` stay bare (one copy in a host's bundle);
 * - custom-elements.json exists, names every defined tag, and its module paths
 *   are shipped files; every element has a summary and a description.
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

for (const [key, value] of Object.entries(pkg.exports)) {
  // Folder exports (`./cdn/*`) map files, not names; the files are checked below.
  if (key.endsWith('/*') && !key.startsWith('./elements/')) continue;
  const conditions = typeof value === 'string' ? { default: value } : value;
  const expand = key.includes('*') ? tags : [''];
  for (const tag of expand) {
    for (const [condition, target] of Object.entries(conditions)) {
      expectFile(String(target).replace('*', tag), `export "${key.replace('*', tag)}" (${condition})`);
    }
  }
}
expectFile(pkg.types, '"types"');
for (const bin of Object.values(pkg.bin ?? {})) expectFile(String(bin), 'bin');

// CDN self-containment of the <script> files (static and dynamic imports).
const scriptFiles = [
  'dist/creditkit.js',
  'dist/creditkit-autoloader.js',
  ...tags.map((tag) => `dist/cdn/elements/${tag}.js`),
];
for (const file of scriptFiles) expectFile(file, '<script> file');
{
  const result = await build({
    entryPoints: scriptFiles.filter((file) => existsSync(file)),
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
        problems.push(`<script> graph: ${file} imports "${imp.path}" (${imp.kind}): breaks CDN use`);
      }
    }
  }
}

// The autoloader's manifest (written by scripts/autoloader-manifest.js).
if (existsSync('dist/creditkit-autoloader.js')) {
  const code = readFileSync('dist/creditkit-autoloader.js', 'utf8');
  const manifest = /\{"files":.*?\}\}\}/.exec(code);
  if (!manifest) {
    problems.push('dist/creditkit-autoloader.js has no manifest (is the placeholder still there?)');
  } else {
    const { files, tags: known } = JSON.parse(manifest[0]);
    for (const file of files) expectFile(`dist/${file}`, 'autoloader manifest');
    for (const tag of tags) if (!known[tag]) problems.push(`the autoloader does not know <${tag}>`);
  }
}

// The npm tree: bare imports only of declared packages; Lit and zod never inlined.
{
  const declared = new Set([...Object.keys(pkg.dependencies ?? {}), ...Object.keys(pkg.peerDependencies ?? {})]);
  const packageOf = (/** @type {string} */ spec) =>
    spec
      .split('/')
      .slice(0, spec.startsWith('@') ? 2 : 1)
      .join('/');
  const files = readdirSync('dist/npm', { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.js'));
  const bare = new Set();
  for (const file of files) {
    const code = readFileSync(`dist/npm/${file}`, 'utf8');
    for (const match of code.matchAll(
      /(?:^|\n)\s*(?:import|export)[^'"]*?from\s*['"]([^'"]+)['"]|import\(\s*['"]([^'"]+)['"]\s*\)|(?:^|\n)\s*import\s*['"]([^'"]+)['"]/g,
    )) {
      const spec = match[1] ?? match[2] ?? match[3];
      if (!spec || spec.startsWith('.') || spec.startsWith('node:')) continue;
      bare.add(packageOf(spec));
      if (!declared.has(packageOf(spec)))
        problems.push(`dist/npm/${file} imports "${spec}", which package.json does not declare`);
    }
    if (
      /\bclass\s+\w*\s+extends\s+HTMLElement\b[\s\S]*?lit-html/.test(code) ||
      code.includes('lit-html@') ||
      code.includes('litHtmlVersions')
    )
      problems.push(`dist/npm/${file} contains Lit itself: the npm tree must import "lit"`);
  }
  for (const name of ['lit', '@lit/context', 'zod'])
    if (!bare.has(name)) problems.push(`dist/npm never imports "${name}" bare: is it bundled in?`);
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
  for (const mod of manifest.modules) {
    if (!existsSync(mod.path)) problems.push(`custom-elements.json names ${mod.path}, which is not built`);
    else if (!pkg.files.some((/** @type {string} */ glob) => mod.path.startsWith(glob.split('*')[0])))
      problems.push(`custom-elements.json names ${mod.path}, which package.json "files" does not ship`);
    for (const d of mod.declarations ?? []) {
      if (d.tagName && !d.description) problems.push(`custom-elements.json: <${d.tagName}> has no description`);
      if (d.tagName && !d.summary) problems.push(`custom-elements.json: <${d.tagName}> has no summary`);
    }
  }
}

for (const warning of warnings) console.warn(`build-check: warning: ${warning}`);
if (problems.length) {
  console.error(`build-check: ${problems.length} problem(s):\n  ${problems.join('\n  ')}`);
  process.exit(1);
}
console.log(`build-check: ok (${tags.length} element entries)`);
