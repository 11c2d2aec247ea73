// @ts-check
/**
 * Applies range replacements to a module's code in a transform hook and returns
 * a source map for them, so the built files still map every byte to the module
 * it came from (what `npm run bench:anatomy` reads). The map is line-grained: each
 * output line points at the source line it starts in, which is all a per-module
 * attribution needs; returning `map: null` instead would claim nothing moved.
 */
import { encode } from '@jridgewell/sourcemap-codec';

/**
 * @param {string} code
 * @param {{ start: number, end: number, text: string }[]} edits non-overlapping
 * @param {string} id the module's id (the map's source)
 * @returns {{ code: string, map: { version: 3, sources: string[], names: string[], mappings: string } }}
 */
export function applyEdits(code, edits, id) {
  /** @type {[number, number, number, number][][]} */
  const lines = [[[0, 0, 0, 0]]];
  let out = '';
  let sourceLine = 0;
  let at = 0;
  /** Appends text that comes from the source, starting at source line `from`. */
  const append = (/** @type {string} */ text, /** @type {boolean} */ fromSource) => {
    for (const char of text) {
      out += char;
      if (fromSource && char === '\n') sourceLine++;
      if (char === '\n') lines.push([[0, 0, sourceLine, 0]]);
    }
  };
  for (const edit of [...edits].sort((a, b) => a.start - b.start)) {
    append(code.slice(at, edit.start), true);
    append(edit.text, false);
    for (const char of code.slice(edit.start, edit.end)) if (char === '\n') sourceLine++;
    at = edit.end;
  }
  append(code.slice(at), true);
  return { code: out, map: { version: 3, sources: [id], names: [], mappings: encode(lines) } };
}
