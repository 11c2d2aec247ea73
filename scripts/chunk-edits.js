// @ts-check
/**
 * Edits a generated chunk's code in generateBundle and keeps its source map
 * (the `<file>.map` asset the cdn build keeps for `npm run bench:anatomy`) in
 * step: mappings after an edit move by the length it added or removed.
 * Replacement texts must not contain line breaks.
 */
import { decode, encode } from '@jridgewell/sourcemap-codec';

/**
 * @typedef {{ start: number, end: number, text: string }} Edit
 * @param {import('rollup').OutputBundle} bundle
 * @param {import('rollup').OutputChunk} chunk
 * @param {Edit[]} edits non-overlapping ranges of `chunk.code`
 */
export function editChunk(bundle, chunk, edits) {
  if (!edits.length) return;
  const sorted = [...edits].sort((a, b) => a.start - b.start);
  const original = chunk.code;
  let code = '';
  let at = 0;
  for (const edit of sorted) {
    if (edit.text.includes('\n')) throw new Error('chunk edits must not add line breaks');
    code += original.slice(at, edit.start) + edit.text;
    at = edit.end;
  }
  chunk.code = code + original.slice(at);

  const asset = bundle[`${chunk.fileName}.map`];
  if (!asset || asset.type !== 'asset') return;
  const map = JSON.parse(String(asset.source));
  const lines = decode(map.mappings);
  // Line and column of each edit in the original code.
  const lineStarts = [0];
  for (let i = original.indexOf('\n'); i >= 0; i = original.indexOf('\n', i + 1)) lineStarts.push(i + 1);
  const position = (/** @type {number} */ offset) => {
    let line = lineStarts.length - 1;
    while (lineStarts[line] > offset) line--;
    return { line, column: offset - lineStarts[line] };
  };
  for (const edit of sorted.reverse()) {
    const start = position(edit.start);
    const end = position(edit.end);
    if (start.line !== end.line) throw new Error('chunk edits must stay on one line');
    const delta = edit.text.length - (edit.end - edit.start);
    for (const segment of lines[start.line] ?? []) {
      if (segment[0] >= end.column) segment[0] += delta;
      else if (segment[0] > start.column) segment[0] = start.column;
    }
  }
  map.mappings = encode(lines);
  asset.source = JSON.stringify(map);
}
