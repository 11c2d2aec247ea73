/**
 * Eager-graph sizes (esbuild minify + gzip -9; dynamic imports excluded):
 * dist/creditkit.js, each element entry, adapter; the badge-alone and
 * badge + provider + HTTP adapter budgets; and a hard check that msw and the mock
 * server never reach the eager graph of dist/creditkit.js.
 */
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT, kib, type BenchContext, type BenchSection } from './lib/context.js';
import { eagerGraph } from './lib/graph.js';

const KIB = 1024;
const BUDGETS = {
  badge: 7.5 * KIB,
  badgeProviderHttp: 14 * KIB,
};

/** Modules that must never be loaded eagerly by dist/creditkit.js. */
const FORBIDDEN_EAGER = [
  { pattern: /(^|\/)node_modules\/msw\//, label: 'msw' },
  { pattern: /(^|\/)src\/mock\//, label: 'mock server (src/mock)' },
  { pattern: /(^|\/)node_modules\/stripe\//, label: 'stripe' },
];

const exists = (path: string) => existsSync(join(ROOT, path));

const section: BenchSection = {
  title: 'Bundle sizes (eager graph: static imports only, minified, gzip -9)',
  async run(ctx: BenchContext) {
    const rows: (string | number)[][] = [];
    const measure = async (
      label: string,
      entry: Parameters<typeof eagerGraph>[0],
      budget?: number,
    ): Promise<Awaited<ReturnType<typeof eagerGraph>> | undefined> => {
      try {
        const graph = await eagerGraph(entry);
        const status = budget === undefined ? '' : graph.gzip <= budget ? 'ok' : 'OVER';
        rows.push([label, kib(graph.minified), kib(graph.gzip), budget ? kib(budget) : '', status]);
        if (status === 'OVER') ctx.fail(`${label}: ${kib(graph.gzip)} KiB gzip > budget ${kib(budget!)} KiB`);
        return graph;
      } catch (error) {
        ctx.skip(`${label}: ${(error as Error).message.split('\n')[0]}`);
        return undefined;
      }
    };

    // (a) the CDN bundle.
    if (exists('dist/creditkit.js')) {
      const graph = await measure('dist/creditkit.js', 'dist/creditkit.js');
      if (graph) {
        for (const { pattern, label } of FORBIDDEN_EAGER) {
          const hits = graph.modules.filter((m) => pattern.test(m));
          if (hits.length) {
            ctx.fail(
              `${label} is in the EAGER graph of dist/creditkit.js (${hits.length} modules, e.g. ${hits[0]}): ` +
                'load it through a dynamic import()',
            );
          }
        }
      }
    } else {
      ctx.skip('dist/creditkit.js does not exist (src/creditkit.ts missing?)');
    }

    // (b) the badge alone, Lit included.
    if (exists('dist/elements/credit-balance.js')) {
      await measure('credit-balance entry (badge alone)', 'dist/elements/credit-balance.js', BUDGETS.badge);
    } else {
      ctx.skip('dist/elements/credit-balance.js does not exist');
    }

    // (c) badge + provider + HTTP adapter, bundled from source.
    const parts = [
      'src/elements/credit-balance/define.ts',
      'src/elements/credit-provider/define.ts',
      'src/adapter/http-adapter.ts',
    ];
    const missing = parts.filter((p) => !exists(p));
    if (missing.length === 0) {
      await measure(
        'badge + provider + HTTP adapter (src)',
        {
          name: 'bench-badge-provider-http.ts',
          contents: parts.map((p) => `import './${p}';`).join('\n'),
        },
        BUDGETS.badgeProviderHttp,
      );
    } else {
      ctx.skip(`badge + provider + HTTP adapter: missing ${missing.join(', ')}`);
    }

    // Every element entry and the other browser entries.
    const elementsDir = join(ROOT, 'dist/elements');
    const elementEntries = existsSync(elementsDir)
      ? readdirSync(elementsDir)
          .filter((f) => f.endsWith('.js'))
          .sort()
      : [];
    for (const file of elementEntries) {
      if (file === 'credit-balance.js') continue;
      await measure(`elements/${file}`, `dist/elements/${file}`);
    }
    for (const file of ['adapter.js', 'mock.js']) {
      if (exists(`dist/${file}`)) await measure(file, `dist/${file}`);
    }

    ctx.table(['entry', 'min KiB', 'gzip KiB', 'budget', ''], rows);
  },
};

export default section;
