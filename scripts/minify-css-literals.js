// @ts-check
/**
 * Minifies the CSS inside Lit `css` tagged templates at build time. esbuild and
 * Vite minify JavaScript but keep template strings as written, and our styles are
 * a large part of each element's bytes. Only the tag `css` is touched, only
 * whitespace and comments are removed, and `${…}` expressions are left alone.
 */
import { applyEdits } from './source-edits.js';

/** @param {string} text */
export function minifyCss(text) {
  return text
    .replace(/\/\*[\s\S]*?\*\//g, '')
    .replace(/\s+/g, ' ')
    .replace(/\s*([{};,>])\s*/g, '$1')
    .replace(/:\s+/g, ':')
    .replace(/;}/g, '}')
    .trim();
}

const CSS_LITERAL = /\bcss`((?:[^`\\$]|\\.|\$(?!\{)|\$\{[^}]*\})*)`/g;

/** The `css` templates in `code`, minified, as replacements. @param {string} code */
export function cssLiteralEdits(code) {
  return [...code.matchAll(CSS_LITERAL)].map((match) => {
    // Minify the static parts between expressions only.
    const parts = match[1].split(/(\$\{[^}]*\})/);
    const start = /** @type {number} */ (match.index);
    const text = `css\`${parts.map((p) => (p.startsWith('${') ? p : minifyCss(p))).join('')}\``;
    return { start, end: start + match[0].length, text };
  });
}

/** @param {string} code */
export function minifyCssLiterals(code) {
  return applyEdits(code, cssLiteralEdits(code), 'module.ts').code;
}

/** Vite/Rollup plugin. */
export function minifyCssLiteralsPlugin() {
  return {
    name: 'minify-css-literals',
    /** @param {string} code @param {string} id */
    transform(code, id) {
      if (!/\/src\/.*\.ts$/.test(id) || !code.includes('css`')) return null;
      return applyEdits(code, cssLiteralEdits(code), id);
    },
  };
}

/** esbuild plugin (bench bundles from source). @returns {import('esbuild').Plugin} */
export function minifyCssLiteralsEsbuild() {
  return {
    name: 'minify-css-literals',
    setup(build) {
      build.onLoad({ filter: /\/src\/.*\.styles\.ts$|tokens\.styles\.ts$/ }, async (args) => {
        const { readFile } = await import('node:fs/promises');
        return { contents: minifyCssLiterals(await readFile(args.path, 'utf8')), loader: 'ts' };
      });
    },
  };
}
