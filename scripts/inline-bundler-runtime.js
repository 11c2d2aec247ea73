// @ts-check
/**
 * Copies rolldown's runtime helpers into the chunks that use them instead of a
 * chunk of their own. The runtime (`\0rolldown/runtime.js`, ~150 bytes: the
 * helper that builds a module namespace object) is needed by the chunks that
 * a dynamic `import()` reaches inside a shared chunk; as its own file it costs
 * every such page one more request. Rolldown cannot put it in a chunk group
 * (rolldown/rolldown#2654), so this does it after chunking.
 *
 * Each imported helper becomes a function declaration at the end of the chunk
 * (hoisted, so it works from the top of the module) that builds the runtime
 * once. Run before hoist-transitive-imports.
 */
import { editChunk } from './chunk-edits.js';

const RUNTIME_ID = '\0rolldown/runtime.js';

/** @returns {import('vite').Plugin} */
export function inlineBundlerRuntimePlugin() {
  return {
    name: 'creditkit:inline-bundler-runtime',
    apply: 'build',
    generateBundle(_options, bundle) {
      const runtimes = Object.values(bundle).filter(
        /** @returns {file is import('rollup').OutputChunk} */
        (file) => file.type === 'chunk' && file.moduleIds.length === 1 && file.moduleIds[0] === RUNTIME_ID,
      );
      for (const runtime of runtimes) {
        const exportStatement = /export\s*\{([^}]*)\};?\s*$/.exec(runtime.code);
        if (!exportStatement) throw new Error(`${runtime.fileName}: no export statement to inline`);
        const body = runtime.code.slice(0, exportStatement.index);
        /** exported name → local name in the runtime */
        const locals = new Map(
          exportStatement[1].split(',').map((spec) => {
            const [local, exported = local] = spec.trim().split(/\s+as\s+/);
            return /** @type {[string, string]} */ ([exported, local]);
          }),
        );
        const base = runtime.fileName.split('/').pop();
        for (const chunk of Object.values(bundle)) {
          if (chunk.type !== 'chunk' || !chunk.imports.includes(runtime.fileName)) continue;
          const statement = new RegExp(`import\\s*\\{([^}]*)\\}\\s*from\\s*["'][./]*(?:[^"']*/)?${base}["'];?`);
          const match = statement.exec(chunk.code);
          if (!match) throw new Error(`${chunk.fileName} imports ${runtime.fileName} in a way this plugin cannot read`);
          const helpers = match[1].split(',').map((spec) => {
            const [exported, local = exported] = spec.trim().split(/\s+as\s+/);
            const inner = locals.get(exported);
            if (!inner) throw new Error(`${runtime.fileName} does not export ${exported}`);
            return `function ${local}(...a){return(${local}.f??=(()=>{${body}return ${inner}})())(...a)}`;
          });
          editChunk(bundle, chunk, [{ start: match.index, end: match.index + match[0].length, text: '' }]);
          chunk.code += `\n${helpers.join('')}\n`;
          chunk.imports = chunk.imports.filter((name) => name !== runtime.fileName);
        }
        delete bundle[runtime.fileName];
        delete bundle[`${runtime.fileName}.map`];
      }
    },
  };
}
