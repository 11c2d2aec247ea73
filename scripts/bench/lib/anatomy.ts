/**
 * Where the bytes of a built file come from: its source map splits the minified
 * code into the source files it was made of, and each source folder gets a share
 * of the file's gzip size. The share is weighted by how well that folder's code
 * compresses on its own (gzip of its concatenated pieces), so repetitive template
 * text does not count like dense library code; the shares add up to the file's
 * real gzip size exactly.
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { gzipSync } from 'node:zlib';
import { decode } from '@jridgewell/sourcemap-codec';
import { ROOT } from './context.js';
import { distFile } from './dist-graph.js';

/** Code the bundler wrote itself (import statements, glue) maps to no source. */
export const GLUE = '(bundler glue)';

/**
 * The folder a source belongs to: `src/elements/credit-balance`, `src/core/schemas`,
 * `lit-html`, `@lit/reactive-element/decorators`, `zod/v4/core`.
 */
export function folderOf(source: string): string {
  const inModules = source.lastIndexOf('node_modules/');
  if (inModules >= 0) {
    const parts = source.slice(inModules + 'node_modules/'.length).split('/');
    const name = parts[0]!.startsWith('@') ? 2 : 1;
    // The package plus at most two folders below it.
    return parts.slice(0, Math.min(parts.length - 1, name + 2)).join('/');
  }
  const inSrc = source.indexOf('src/');
  return inSrc >= 0 ? dirname(source.slice(inSrc)) : dirname(source);
}

export interface Anatomy {
  file: string;
  gzip: number;
  /** gzip bytes by source folder; sums to `gzip`. */
  byFolder: Map<string, number>;
}

const cache = new Map<string, Anatomy>();

/** The anatomy of one dist file (repo-relative path), from `<file>.map`. */
export function anatomyOf(path: string): Anatomy {
  const cached = cache.get(path);
  if (cached) return cached;
  const { gzip } = distFile(path);
  const code = readFileSync(join(ROOT, path), 'utf8');
  const mapPath = join(ROOT, `${path}.map`);
  const pieces = new Map<string, string[]>();
  const add = (folder: string, text: string) => {
    if (!text) return;
    const list = pieces.get(folder);
    if (list) list.push(text);
    else pieces.set(folder, [text]);
  };
  if (!existsSync(mapPath)) {
    add('(no source map)', code);
  } else {
    const map = JSON.parse(readFileSync(mapPath, 'utf8')) as { sources: string[]; mappings: string };
    const base = dirname(join(ROOT, path));
    const folders = map.sources.map((s) => folderOf(relative(ROOT, join(base, s))));
    const lines = code.split('\n');
    const decoded = decode(map.mappings);
    // A line with no segment at its start continues the previous line's source
    // (the lines of a multi-line template literal).
    let owner = GLUE;
    lines.forEach((line, index) => {
      const segments = decoded[index] ?? [];
      let column = 0;
      for (const segment of segments) {
        add(owner, line.slice(column, segment[0]));
        column = segment[0];
        owner = segment.length > 1 ? folders[segment[1]!]! : GLUE;
      }
      add(owner, line.slice(column) + '\n');
    });
  }
  const weight = new Map<string, number>();
  let total = 0;
  for (const [folder, texts] of pieces) {
    const w = gzipSync(texts.join(''), { level: 9 }).byteLength;
    weight.set(folder, w);
    total += w;
  }
  const byFolder = new Map<string, number>();
  for (const [folder, w] of weight) byFolder.set(folder, (gzip * w) / total);
  const anatomy = { file: path, gzip, byFolder };
  cache.set(path, anatomy);
  return anatomy;
}

/** The anatomy of a set of files downloaded together (each gzipped on its own). */
export function anatomyOfFiles(paths: Iterable<string>): Map<string, number> {
  const sum = new Map<string, number>();
  for (const path of new Set(paths)) {
    for (const [folder, bytes] of anatomyOf(path).byFolder) sum.set(folder, (sum.get(folder) ?? 0) + bytes);
  }
  return sum;
}
