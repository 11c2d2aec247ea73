// Runs the Node-side tests (test/core, test/util, test/adapter, test/mock, test/conformance, test/e2e) with node:test + tsx.
// Node 20's `--test` neither expands globs nor picks up `.ts` files, so we list them.
// Extra arguments pass through: `npm run test:node -- --test-name-pattern=ledger`,
// or name files/folders: `npm run test:node -- test/core/money.test.ts`.
import { spawnSync } from 'node:child_process';
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

const DEFAULT_ROOTS = [
  'test/core',
  'test/util',
  'test/adapter',
  'test/mock',
  'test/conformance',
  'test/e2e',
  'test/package',
];
const args = process.argv.slice(2);
const flags = args.filter((a) => a.startsWith('-'));
const named = args.filter((a) => !a.startsWith('-'));

/** @param {string} path @returns {string[]} */
function collect(path) {
  let stat;
  try {
    stat = statSync(path);
  } catch {
    return [];
  }
  if (stat.isFile()) return [path];
  return readdirSync(path, { recursive: true, encoding: 'utf8' })
    .filter((f) => f.endsWith('.test.ts'))
    .map((f) => join(path, f))
    .sort();
}

const files = (named.length ? named : DEFAULT_ROOTS).flatMap(collect);
if (files.length === 0) {
  console.log('test:node: no test files under', (named.length ? named : DEFAULT_ROOTS).join(', '));
  process.exit(0);
}
const result = spawnSync(process.execPath, ['--import', 'tsx', '--test', ...flags, ...files], { stdio: 'inherit' });
process.exit(result.status ?? 1);
