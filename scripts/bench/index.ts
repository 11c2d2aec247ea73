/**
 * `npm run bench`: builds dist/ if it is missing or older than src/, then runs every
 * section in scripts/bench/ (one file per measurement, default-exporting a
 * `BenchSection`). Known sections run first in a fixed order; any other *.ts file
 * dropped here runs after them, alphabetically. Opt-in sections run only when named.
 *
 *   npm run bench                 all sections
 *   npm run bench -- sizes        only the named section(s) (file names without .ts)
 *   npm run bench -- --no-build   never rebuild
 *   npm run bench -- --ci         the short run of CI (npm run bench:ci): fewer
 *                                 samples, generous margins on time ratios
 *   npm run bench:anatomy         where each entry's bytes come from (opt-in section)
 *
 * Exits 1 if any budget or check fails; skipped measurements do not fail.
 */
import { execSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { BenchContext, ROOT, type BenchSection } from './lib/context.js';

const ORDER = ['sizes', 'pages'];
const OPT_IN = ['anatomy'];
const args = process.argv.slice(2);
const only = args.filter((a) => !a.startsWith('-'));
const noBuild = args.includes('--no-build');

function newestMtime(dir: string): number {
  let newest = 0;
  for (const entry of readdirSync(dir, { recursive: true, encoding: 'utf8' })) {
    const m = statSync(join(dir, entry)).mtimeMs;
    if (m > newest) newest = m;
  }
  return newest;
}

function ensureBuild(): void {
  const out = join(ROOT, 'dist/creditkit-autoloader.js');
  const stale = !existsSync(out) || statSync(out).mtimeMs < newestMtime(join(ROOT, 'src'));
  if (!stale) return;
  if (noBuild) {
    console.log('dist/ is missing or stale (--no-build given): measuring what exists');
    return;
  }
  console.log('dist/ is missing or older than src/: npm run build:lib');
  try {
    execSync('npm run build:lib --silent', { cwd: ROOT, stdio: 'inherit' });
  } catch {
    console.log('build failed: measuring whatever dist/ holds');
  }
}

async function main(): Promise<void> {
  ensureBuild();
  const dir = import.meta.dirname;
  const files = readdirSync(dir)
    .filter((f) => f.endsWith('.ts') && f !== 'index.ts')
    .map((f) => f.slice(0, -3));
  const names = [...ORDER.filter((n) => files.includes(n)), ...files.filter((n) => !ORDER.includes(n)).sort()].filter(
    (n) => (only.length === 0 ? !OPT_IN.includes(n) : only.includes(n)),
  );
  const ctx = new BenchContext();
  ctx.ci = args.includes('--ci');
  try {
    for (const name of names) {
      const { default: section } = (await import(pathToFileURL(join(dir, `${name}.ts`)).href)) as {
        default: BenchSection;
      };
      console.log(`\n## ${section.title}  [${name}]`);
      const started = performance.now();
      try {
        await section.run(ctx);
      } catch (error) {
        ctx.fail(`${name} crashed: ${(error as Error).stack ?? error}`);
      }
      console.log(`  (${((performance.now() - started) / 1000).toFixed(1)} s)`);
    }
  } finally {
    await ctx.close();
  }
  console.log(
    `\nbench: ${ctx.failures.length} failure(s), ${ctx.skips.length} skipped` +
      (ctx.failures.length ? `\n  ${ctx.failures.join('\n  ')}` : ''),
  );
  process.exitCode = ctx.failures.length ? 1 : 0;
}

await main();
