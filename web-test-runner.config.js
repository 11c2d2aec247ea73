// @ts-check
/**
 * @web/test-runner: browser tests (elements, state) in real Chromium.
 *
 * - TypeScript through esbuild with tsconfig.json (experimentalDecorators).
 * - Lit stays in dev mode (`development` export condition) so its warnings surface;
 *   any Lit dev-mode warning fails the run (see `testRunnerHtml`).
 * - msw's worker is served at `/mockServiceWorker.js` straight from node_modules.
 * - Browser: scripts/find-browser.js (CHROME_PATH → system chromium → @sparticuz/chromium).
 *
 * Run one file: `npm run test:browser -- --files test/elements/credit-balance.test.ts`.
 */
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromeLauncher } from '@web/test-runner-chrome';
import { findBrowser } from './scripts/find-browser.js';

const require = createRequire(import.meta.url);
const mswWorkerPath = require.resolve('msw/mockServiceWorker.js');
const browser = await findBrowser();
// One test file at a time: with two, one runs in a background tab where Chromium
// throttles timers and animation frames, and timing-dependent flows time out
// (seen in CI with the auto top-up suite). The whole suite takes ~45 s anyway.
const concurrency = Number(process.env.WTR_CONCURRENCY) || 1;

/**
 * Runs before the test framework: traps Lit dev-mode warnings and fails the run
 * with the test they happened in. Lit's "dev mode" notice itself is pre-silenced
 * through its own dedupe set (`litIssuedWarnings`). Also registers root mocha
 * hooks by catching the moment mocha's BDD interface installs `afterEach`/`after`
 * on window (before any test file is evaluated).
 */
const litWarningTrap = /* js */ `
  globalThis.litIssuedWarnings = new Set(['dev-mode']);
  const litWarnings = [];
  let currentTitle = '(outside a test)';
  const originalWarn = console.warn.bind(console);
  console.warn = (...args) => {
    const text = args.map(String).join(' ');
    if (/lit\\.dev\\/msg\\//.test(text) || /^Lit is in dev mode|Multiple versions of Lit/.test(text)) {
      litWarnings.push('[' + currentTitle + '] ' + text);
    }
    originalWarn(...args);
  };
  const installed = {};
  for (const name of ['beforeEach', 'afterEach', 'after']) {
    let value;
    Object.defineProperty(window, name, {
      configurable: true,
      get: () => value,
      set(fn) {
        value = fn;
        installed[name] = fn;
        if (installed.beforeEach && installed.afterEach && installed.after && !installed.done) {
          installed.done = true;
          installed.beforeEach(function () { currentTitle = this.currentTest ? this.currentTest.fullTitle() : '(hook)'; });
          installed.afterEach(function () { currentTitle = '(between tests)'; });
          installed.after(function () {
            if (litWarnings.length) {
              throw new Error('Lit dev-mode warnings (fix them, they are bugs):\\n' + litWarnings.join('\\n'));
            }
          });
        }
      },
    });
  }
`;

/**
 * axe-core ships UMD only: `import axe from 'axe-core'` has no default export in a
 * browser. Resolve the bare specifier to a shim that loads the UMD file (it
 * registers `window.axe`) and re-exports it. Types still come from axe-core.
 * @type {import('@web/test-runner').TestRunnerPlugin}
 */
const axeCoreShim = {
  name: 'axe-core-esm-shim',
  resolveImport({ source }) {
    if (source === 'axe-core') return '/__wtr/axe-core.js';
  },
  serve(context) {
    if (context.path === '/__wtr/axe-core.js') {
      return { body: "import 'axe-core/axe.min.js';\nexport default window.axe;\n", type: 'js' };
    }
  },
};

/** @type {import('@web/test-runner').TestRunnerConfig} */
export default {
  rootDir: '.',
  files: ['test/elements/**/*.test.ts', 'test/state/**/*.test.ts'],
  nodeResolve: { exportConditions: ['development'], browser: true },
  concurrency,
  concurrentBrowsers: 1,
  browserStartTimeout: 60_000,
  testsStartTimeout: 60_000,
  testsFinishTimeout: 180_000,
  filterBrowserLogs: ({ args }) => !String(args[0] ?? '').startsWith('[MSW]'),
  testFramework: {
    config: { ui: 'bdd', timeout: 8000 },
  },
  testRunnerHtml: (testFramework) => `<!doctype html>
<html lang="en">
  <head><meta charset="utf-8" /></head>
  <body>
    <script>${litWarningTrap}</script>
    <script type="module" src="${testFramework}"></script>
  </body>
</html>`,
  browsers: [
    chromeLauncher({
      launchOptions: {
        executablePath: browser.executablePath,
        headless: true,
        args: browser.args,
      },
    }),
  ],
  middleware: [
    async function mswWorker(context, next) {
      if (context.path === '/mockServiceWorker.js') {
        context.type = 'application/javascript';
        context.set('Service-Worker-Allowed', '/');
        context.body = await readFile(mswWorkerPath, 'utf8');
        return;
      }
      await next();
    },
  ],
  plugins: [axeCoreShim, esbuildPlugin({ ts: true, tsconfig: 'tsconfig.json', target: 'auto' })],
};
