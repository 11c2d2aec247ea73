// @ts-check
/**
 * Lets the browser fetch a chunk's whole static graph in one parallel wave.
 * Rollup does this by default (`hoistTransitiveImports`); rolldown does not yet,
 * so `dist/creditkit.js` would be fetched, then the element files it imports, then
 * the shared chunks those import: three serial hops before the first render.
 * For every chunk, this adds a bare `import "./x.js";` for each chunk it reaches
 * only transitively. They go after the chunk's own code: import declarations are
 * hoisted, and a module reached transitively has already been evaluated by the
 * time its new import is reached, so evaluation order is unchanged (and source
 * maps keep their offsets).
 */
import { posix } from 'node:path';

/** @returns {import('vite').Plugin} */
export function hoistTransitiveImportsPlugin() {
  return {
    name: 'creditkit:hoist-transitive-imports',
    apply: 'build',
    generateBundle(_options, bundle) {
      /** @type {Map<string, import('rollup').OutputChunk>} */
      const chunks = new Map();
      for (const file of Object.values(bundle)) if (file.type === 'chunk') chunks.set(file.fileName, file);
      for (const chunk of chunks.values()) {
        const direct = new Set(chunk.imports);
        const seen = new Set();
        const stack = [...chunk.imports];
        while (stack.length) {
          const name = /** @type {string} */ (stack.pop());
          if (seen.has(name)) continue;
          seen.add(name);
          stack.push(...(chunks.get(name)?.imports ?? []));
        }
        const extra = [...seen].filter((name) => !direct.has(name) && name !== chunk.fileName).sort();
        if (!extra.length) continue;
        const from = posix.dirname(chunk.fileName);
        const specifiers = extra.map((name) => {
          const rel = posix.relative(from, name);
          return rel.startsWith('.') ? rel : `./${rel}`;
        });
        chunk.code += `\n${specifiers.map((s) => `import"${s}";`).join('')}\n`;
        chunk.imports.push(...extra);
      }
    },
  };
}
