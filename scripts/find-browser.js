// @ts-check
/**
 * Finds a Chromium-family browser for the test runner and the bench.
 *
 * Order: env CHROME_PATH, then a system Chrome/Chromium, then the packaged
 * `@sparticuz/chromium` (unpacked to /tmp on first call, ~2 s). Test tools cannot
 * download browsers on our machines, so there is no puppeteer/playwright download.
 *
 * Usage as a module: `const { executablePath, args, source } = await findBrowser()`.
 * Usage as a CLI: `node scripts/find-browser.js` prints the path (exit 1 if none).
 */
import { accessSync, constants } from 'node:fs';
import { pathToFileURL } from 'node:url';

/** System locations, most specific first. */
const SYSTEM_PATHS = [
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
  '/usr/bin/google-chrome-stable',
  '/opt/google/chrome/chrome',
  '/snap/bin/chromium',
  '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
  '/Applications/Chromium.app/Contents/MacOS/Chromium',
];

/** Flags for headless runs on CI boxes and shared dev machines. */
export const BROWSER_ARGS = [
  '--headless=new',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--no-default-browser-check',
  // Test pages and bench pages may sit in background tabs: do not throttle them.
  '--disable-background-timer-throttling',
  '--disable-renderer-backgrounding',
  '--disable-backgrounding-occluded-windows',
];

/** @param {string} path */
function isExecutable(path) {
  try {
    accessSync(path, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

/** Chromium refuses to start as root without `--no-sandbox`. */
function sandboxArgs() {
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  return isRoot || process.env.CI ? ['--no-sandbox'] : [];
}

/** @type {Promise<{ executablePath: string; args: string[]; source: string }> | undefined} */
let cached;

/**
 * @returns {Promise<{ executablePath: string; args: string[]; source: string }>}
 */
export function findBrowser() {
  cached ??= locate();
  return cached;
}

async function locate() {
  const args = [...sandboxArgs(), ...BROWSER_ARGS];
  const fromEnv = process.env.CHROME_PATH;
  if (fromEnv) {
    if (!isExecutable(fromEnv)) throw new Error(`CHROME_PATH=${fromEnv} is not an executable file`);
    return { executablePath: fromEnv, args, source: 'CHROME_PATH' };
  }
  for (const path of SYSTEM_PATHS) {
    if (isExecutable(path)) return { executablePath: path, args, source: 'system' };
  }
  try {
    const { default: chromium } = await import('@sparticuz/chromium');
    const executablePath = await chromium.executablePath();
    if (executablePath && isExecutable(executablePath)) {
      return { executablePath, args, source: '@sparticuz/chromium' };
    }
  } catch (error) {
    throw new Error(
      'No browser found: set CHROME_PATH, install chromium (apt-get install -y chromium), ' +
        `or install @sparticuz/chromium (${/** @type {Error} */ (error).message})`,
      { cause: error },
    );
  }
  throw new Error('No browser found: set CHROME_PATH or install chromium (apt-get install -y chromium)');
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  findBrowser().then(
    ({ executablePath, source }) => console.log(`${executablePath}\t(${source})`),
    (error) => {
      console.error(error.message);
      process.exit(1);
    },
  );
}
