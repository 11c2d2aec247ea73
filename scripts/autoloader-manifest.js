// @ts-check
/**
 * Writes into the autoloader chunk, after chunking, which files each element
 * needs, so the autoloader can import all of them at once (one parallel wave)
 * instead of discovering them hop by hop:
 *
 * - `tags`: per element entry (`cdn/elements/<tag>`), the entry file and every
 *   chunk it reaches through static imports;
 * - `languages`: per language and tag, the translation chunks (`*.messages.<lang>.ts`)
 *   the tag's files import on demand, with what they import;
 * - `attributes`: per tag and attribute, the chunks holding the given modules
 *   (e.g. `credit-provider[api]` → the schemas its first request needs), with
 *   what they import.
 *
 * Paths are relative to the autoloader file. The placeholder in src/autoloader.ts
 * (`JSON.parse('"__CREDITKIT_AUTOLOADER_MANIFEST__"')`, which no minifier folds)
 * becomes the manifest as an object literal.
 */
import { posix } from 'node:path';
import { editChunk } from './chunk-edits.js';

const PLACEHOLDER = /JSON\.parse\(([`'"])"__CREDITKIT_AUTOLOADER_MANIFEST__"\1\)/;
const TRANSLATION = /\.messages\.([a-z]{2,3})\.ts$/;

/**
 * @param {{
 *   autoloader: string,
 *   elementPrefix: string,
 *   attributes: Record<string, Record<string, string[]>>,
 * }} options `autoloader`: its entry name; `elementPrefix`: entry names of elements
 *   (`cdn/elements/`); `attributes`: tag → attribute → module paths (repo-relative).
 * @returns {import('vite').Plugin}
 */
export function autoloaderManifestPlugin(options) {
  return {
    name: 'creditkit:autoloader-manifest',
    apply: 'build',
    generateBundle(_output, bundle) {
      /** @type {Map<string, import('rollup').OutputChunk>} */
      const chunks = new Map();
      for (const file of Object.values(bundle)) if (file.type === 'chunk') chunks.set(file.fileName, file);
      const loader = [...chunks.values()].find((c) => c.isEntry && c.name === options.autoloader);
      if (!loader) return;

      /** @param {string} fileName */
      const closure = (fileName) => {
        const seen = new Set();
        const stack = [fileName];
        while (stack.length) {
          const name = /** @type {string} */ (stack.pop());
          if (seen.has(name)) continue;
          seen.add(name);
          stack.push(...(chunks.get(name)?.imports ?? []));
        }
        return [...seen];
      };
      /** @param {string} id */
      const chunkOf = (id) => [...chunks.values()].find((c) => c.moduleIds.some((m) => m.endsWith(`/${id}`)));

      /** @type {string[]} */
      const files = [];
      /** @param {string[]} names */
      const indexes = (names) =>
        [...new Set(names)].sort().map((name) => {
          const rel = posix.relative(posix.dirname(loader.fileName), name);
          const path = rel.startsWith('.') ? rel : `./${rel}`;
          if (!files.includes(path)) files.push(path);
          return files.indexOf(path);
        });

      /** @type {Record<string, number[]>} */
      const tags = {};
      /** @type {Record<string, Record<string, number[]>>} */
      const languages = {};
      for (const chunk of chunks.values()) {
        if (!chunk.isEntry || !chunk.name.startsWith(options.elementPrefix)) continue;
        const tag = chunk.name.slice(options.elementPrefix.length);
        const own = closure(chunk.fileName);
        tags[tag] = indexes(own);
        /** @type {Record<string, string[]>} */
        const byLanguage = {};
        for (const name of own) {
          for (const target of chunks.get(name)?.dynamicImports ?? []) {
            const language = TRANSLATION.exec(chunks.get(target)?.facadeModuleId ?? '')?.[1];
            if (language) (byLanguage[language] ??= []).push(...closure(target));
          }
        }
        for (const [language, names] of Object.entries(byLanguage)) (languages[language] ??= {})[tag] = indexes(names);
      }

      /** @type {Record<string, Record<string, number[]>>} */
      const attributes = {};
      for (const [tag, byAttribute] of Object.entries(options.attributes)) {
        for (const [attribute, modules] of Object.entries(byAttribute)) {
          const names = modules.flatMap((id) => {
            const chunk = chunkOf(id);
            if (!chunk) throw new Error(`autoloader manifest: no chunk holds ${id} (for <${tag} ${attribute}>)`);
            return closure(chunk.fileName);
          });
          (attributes[tag] ??= {})[attribute] = indexes(names);
        }
      }

      const placeholder = PLACEHOLDER.exec(loader.code);
      if (!placeholder) throw new Error(`${loader.fileName}: the manifest placeholder is missing`);
      const manifest = JSON.stringify({ files, tags, languages, attributes });
      const start = placeholder.index;
      editChunk(bundle, loader, [{ start, end: start + placeholder[0].length, text: manifest }]);
    },
  };
}
