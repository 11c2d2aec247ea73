// @ts-check
/**
 * Lets the browser fetch a chunk's whole static graph in one parallel wave.
 *
 * Static imports: rollup does this by default (`hoistTransitiveImports`);
 * rolldown does not yet, so `dist/creditkit.js` would be fetched, then the
 * element files it imports, then the shared chunks those import: three serial
 * hops before the first render. For every chunk, this adds a bare
 * `import "./x.js";` for each chunk it reaches only transitively. They go after
 * the chunk's own code: import declarations are hoisted, and a module reached
 * transitively has already been evaluated by the time its new import is reached,
 * so evaluation order is unchanged (and source maps keep their offsets).
 *
 * Dynamic imports: `import("./mock.js")` would fetch the mock chunk, then what
 * it imports. Each such call becomes
 * `Promise.all([import("./mock.js"), import("./schemas.js"), …]).then((m) => m[0])`
 * over the chunks the target reaches that the importing chunk has not loaded
 * already, as Vite's preload helper does for applications.
 *
 * `alsoFetch` names, per output file, modules whose chunks that file fetches in
 * its own wave although it loads them with `import()` (a chunk the first render
 * needs on most pages).
 */
import { posix } from 'node:path';
import { editChunk } from './chunk-edits.js';

const DYNAMIC_IMPORT = /\bimport\(\s*([`'"])(\.{1,2}\/[^`'"]+)\1\s*\)/g;

/**
 * @param {{ alsoFetch?: Record<string, string[]> }} [options] output file → module paths (repo-relative)
 * @returns {import('vite').Plugin}
 */
export function hoistTransitiveImportsPlugin(options = {}) {
  return {
    name: 'creditkit:hoist-transitive-imports',
    apply: 'build',
    generateBundle(_options, bundle) {
      /** @type {Map<string, import('rollup').OutputChunk>} */
      const chunks = new Map();
      for (const file of Object.values(bundle)) if (file.type === 'chunk') chunks.set(file.fileName, file);
      /** Every chunk `names` reach through static imports, themselves included. */
      const reach = (/** @type {string[]} */ names) => {
        const seen = new Set();
        const stack = [...names];
        while (stack.length) {
          const name = /** @type {string} */ (stack.pop());
          if (seen.has(name)) continue;
          seen.add(name);
          stack.push(...(chunks.get(name)?.imports ?? []));
        }
        return seen;
      };
      /** @param {string} from @param {string} to */
      const specifier = (from, to) => {
        const rel = posix.relative(posix.dirname(from), to);
        return rel.startsWith('.') ? rel : `./${rel}`;
      };
      for (const [fileName, modules] of Object.entries(options.alsoFetch ?? {})) {
        const chunk = chunks.get(fileName);
        if (!chunk) continue;
        for (const id of modules) {
          const holder = [...chunks.values()].find((c) => c.moduleIds.some((m) => m.endsWith(`/${id}`)));
          if (!holder) throw new Error(`alsoFetch: no chunk holds ${id}`);
          chunk.code += `\nimport"${specifier(chunk.fileName, holder.fileName)}";\n`;
          chunk.imports.push(holder.fileName);
        }
      }
      // Static graphs, from the imports as rolldown wrote them.
      const loadedWith = new Map([...chunks.keys()].map((name) => [name, reach([name])]));

      for (const chunk of chunks.values()) {
        const direct = new Set(chunk.imports);
        const extra = [...(loadedWith.get(chunk.fileName) ?? [])]
          .filter((name) => !direct.has(name) && name !== chunk.fileName)
          .sort();
        if (extra.length) {
          chunk.code += `\n${extra.map((name) => `import"${specifier(chunk.fileName, name)}";`).join('')}\n`;
          chunk.imports.push(...extra);
        }

        /** @type {import('./chunk-edits.js').Edit[]} */
        const edits = [];
        for (const match of chunk.code.matchAll(DYNAMIC_IMPORT)) {
          const target = posix.join(posix.dirname(chunk.fileName), match[2]);
          if (!chunk.dynamicImports.includes(target)) continue;
          const loaded = loadedWith.get(chunk.fileName) ?? new Set();
          const along = [...(loadedWith.get(target) ?? [])].filter((name) => name !== target && !loaded.has(name));
          if (!along.length) continue;
          const calls = [target, ...along.sort()].map((name) => `import("${specifier(chunk.fileName, name)}")`);
          edits.push({
            start: /** @type {number} */ (match.index),
            end: /** @type {number} */ (match.index) + match[0].length,
            text: `Promise.all([${calls.join(',')}]).then(m=>m[0])`,
          });
        }
        editChunk(bundle, chunk, edits);
      }
    },
  };
}
