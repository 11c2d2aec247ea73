/**
 * The module graph of the built `<script>` files in dist/: which files a file
 * imports statically (fetched before it runs) and dynamically (fetched when
 * `import()` runs), read from the minified output itself.
 */
import { existsSync, readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { dirname, join, relative } from 'node:path';
import { ROOT } from './context.js';

const STATIC = /(?:^|[;}\n])\s*(?:import|export)\s*(?:[\w$*{}\s,]*?\s*from\s*)?["'](\.[^"']+)["']/g;
const DYNAMIC = /\bimport\(\s*[`"'](\.[^`"']+)[`"']\s*\)/g;

/** A dist file (repo-relative path): its code and the files it imports. */
export interface DistFile {
  path: string;
  bytes: number;
  gzip: number;
  imports: string[];
  dynamicImports: string[];
}

const cache = new Map<string, DistFile>();

export function distFile(path: string): DistFile {
  let file = cache.get(path);
  if (!file) {
    const code = readFileSync(join(ROOT, path), 'utf8');
    const resolve = (spec: string) => relative(ROOT, join(ROOT, dirname(path), spec));
    file = {
      path,
      bytes: Buffer.byteLength(code),
      gzip: gzipSync(code, { level: 9 }).byteLength,
      imports: [...new Set([...code.matchAll(STATIC)].map((m) => resolve(m[1]!)))],
      dynamicImports: [...new Set([...code.matchAll(DYNAMIC)].map((m) => resolve(m[1]!)))],
    };
    cache.set(path, file);
  }
  return file;
}

/** `entries` and every file they reach through static imports, in discovery order. */
export function staticClosure(...entries: string[]): string[] {
  const seen = new Set<string>();
  const stack = [...entries].reverse();
  while (stack.length) {
    const path = stack.pop()!;
    if (seen.has(path) || !existsSync(join(ROOT, path))) continue;
    seen.add(path);
    stack.push(...[...distFile(path).imports].reverse());
  }
  return [...seen];
}

/** Sum of the files' gzip -9 sizes, each compressed on its own (as a server sends them). */
export function gzipOf(paths: Iterable<string>): number {
  let total = 0;
  for (const path of new Set(paths)) total += distFile(path).gzip;
  return total;
}
