/**
 * The Vite dev server the shots are taken from: the project's own config (demo/ as
 * root, exactly what `npm run demo` serves) plus the element harness at
 * `/__shots/harness.html`. The harness script (the kit from source, the reference
 * server and scripts/shots/page/) is bundled once with esbuild when the server
 * starts: one request per page instead of ~185 module requests cuts the time to
 * open a fixture from ~1.4 s to well under a second. The browser tests compile the
 * same source with esbuild too.
 */
import { build } from 'esbuild';
import { fileURLToPath } from 'node:url';
import { createServer, type Plugin, type ViteDevServer } from 'vite';

const repo = fileURLToPath(new URL('../../', import.meta.url));
const pageDir = fileURLToPath(new URL('./page/', import.meta.url));

export const HARNESS_PATH = '/__shots/harness.html';
const HARNESS_SCRIPT = '/__shots/harness.js';
/** Module source that installs `window.__shots` (settle, layout check) on a demo page, through Vite. */
export const PAGE_TOOLS_MODULE = `import { installPageTools } from '/@fs${pageDir}page-tools.ts'; installPageTools();`;

/** The harness page's script, bundled (the kit from source included). */
async function bundleHarness(): Promise<string> {
  const result = await build({
    entryPoints: [`${pageDir}harness.ts`],
    bundle: true,
    format: 'esm',
    target: 'es2022',
    write: false,
    logLevel: 'warning',
    tsconfig: `${repo}tsconfig.json`,
  });
  return result.outputFiles[0]!.text;
}

function harnessPage(script: string): Plugin {
  const html = `<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <title>creditkit shots harness</title>
    <link rel="icon" href="data:," />
    <link rel="stylesheet" href="/demo.css" />
    <link rel="stylesheet" href="/@fs${pageDir}harness.css" />
  </head>
  <body>
    <main id="stage"></main>
    <script type="module" src="${HARNESS_SCRIPT}"></script>
  </body>
</html>`;
  return {
    name: 'creditkit:shots-harness',
    configureServer(server) {
      server.middlewares.use(HARNESS_SCRIPT, (_req, res) => {
        res.setHeader('Content-Type', 'text/javascript');
        res.setHeader('Cache-Control', 'max-age=3600');
        res.end(script);
      });
      server.middlewares.use(HARNESS_PATH, (_req, res) => {
        res.setHeader('Content-Type', 'text/html');
        res.end(html);
      });
    },
  };
}

/** Starts the demo server on a free port; resolves with it and its base URL. */
export async function startServer(): Promise<{ server: ViteDevServer; base: string }> {
  const server = await createServer({
    configFile: `${repo}vite.config.ts`,
    logLevel: 'warn',
    clearScreen: false,
    plugins: [harnessPage(await bundleHarness())],
    server: { port: 0, host: '127.0.0.1', strictPort: false, hmr: false, watch: null },
  });
  await server.listen();
  const address = server.httpServer?.address();
  if (!address || typeof address === 'string') throw new Error('vite did not report a port');
  return { server, base: `http://127.0.0.1:${address.port}` };
}
