/**
 * The reference server's command line: `npx creditkit-server` from an installed
 * package (bin/creditkit-server.js), `npm run mock-server` in the repository.
 *
 *   --port N          (or PORT; default 8787; 0 picks a free port)
 *   --host H          (default 127.0.0.1: the demo tokens must not face a network)
 *   --preset P        only these presets' accounts (repeat or comma-separate)
 *   --base-path /x    serve the API below a path prefix
 *   --seed-entries N  extra history entries in scan-credits (history at scale)
 *   --data-dir DIR    where the embedded database keeps its data (default .creditkit/data)
 *   --memory          keep nothing: a throwaway run
 *   DATABASE_URL      → a PostgreSQL server instead (several processes may share it)
 *   STRIPE_SECRET_KEY + STRIPE_WEBHOOK_SECRET → real Stripe test mode
 *   PAYPAL_CLIENT_ID + PAYPAL_CLIENT_SECRET   → real PayPal sandbox
 *   ADMIN_TOKEN → operator token (default: the demo one) · PUBLIC_URL → links it hands out
 */
import { parseArgs } from 'node:util';
import { DEMO_ACCOUNTS } from './presets/index.js';
import { DEFAULT_ADMIN_TOKEN } from './server.js';
import { startNodeServer, type NodeServerOptions, type RunningNodeServer } from './node-server.js';
import { PRESETS, type PresetName } from './store/types.js';
import { DEFAULT_DATA_DIR } from './store/open.js';

const USAGE = `Usage: creditkit-server [--port 8787] [--host 127.0.0.1] [--preset usage-billing,...]
                        [--base-path /api/credits] [--seed-entries N] [--data-dir DIR | --memory]
Starts the creditkit reference server and prints its URL, the demo accounts and the operator token.
Data is kept in ${DEFAULT_DATA_DIR} (embedded PostgreSQL) unless --data-dir, --memory or DATABASE_URL says otherwise.`;

/** Thrown for bad arguments: the CLI prints the message and the usage, and exits 2. */
export class UsageError extends Error {}

/** Parses the command line and environment into server options. */
export function parseCli(argv: string[], env: Record<string, string | undefined>): NodeServerOptions {
  let values;
  try {
    ({ values } = parseArgs({
      args: argv,
      options: {
        port: { type: 'string' },
        host: { type: 'string' },
        preset: { type: 'string', multiple: true },
        'base-path': { type: 'string' },
        'seed-entries': { type: 'string' },
        'data-dir': { type: 'string' },
        memory: { type: 'boolean' },
        help: { type: 'boolean', short: 'h' },
      },
    }));
  } catch (error) {
    throw new UsageError((error as Error).message);
  }
  if (values.help) throw new UsageError('');
  const port = Number(values.port ?? env.PORT ?? 8787);
  if (!Number.isInteger(port) || port < 0 || port > 65535)
    throw new UsageError(`--port must be a whole number from 0 to 65535 (got "${values.port ?? env.PORT}").`);
  const seedEntries = Number(values['seed-entries'] ?? 0);
  if (!Number.isInteger(seedEntries) || seedEntries < 0) throw new UsageError('--seed-entries must be a whole number.');
  const presets = (values.preset ?? []).flatMap((p) => p.split(',')).filter(Boolean);
  for (const preset of presets)
    if (!PRESETS.includes(preset as PresetName))
      throw new UsageError(`Unknown preset "${preset}". Presets: ${PRESETS.join(', ')}.`);

  if (values.memory && values['data-dir']) throw new UsageError('--memory and --data-dir exclude each other.');
  if (env.DATABASE_URL && values['data-dir'])
    throw new UsageError(
      'DATABASE_URL and --data-dir exclude each other: the data is either in PostgreSQL or in a directory.',
    );

  const options: NodeServerOptions = {
    port,
    host: values.host ?? '127.0.0.1',
    seedEntries,
    adminToken: env.ADMIN_TOKEN || DEFAULT_ADMIN_TOKEN,
    store: values.memory
      ? { memory: true }
      : env.DATABASE_URL
        ? { databaseUrl: env.DATABASE_URL }
        : { dataDir: values['data-dir'] ?? DEFAULT_DATA_DIR },
  };
  if (presets.length) options.presets = presets as PresetName[];
  if (values['base-path']) options.basePath = values['base-path'];
  if (env.PUBLIC_URL) options.publicUrl = env.PUBLIC_URL;
  if (env.STRIPE_SECRET_KEY && env.STRIPE_WEBHOOK_SECRET)
    options.stripe = { secretKey: env.STRIPE_SECRET_KEY, webhookSecret: env.STRIPE_WEBHOOK_SECRET };
  if (env.PAYPAL_CLIENT_ID && env.PAYPAL_CLIENT_SECRET)
    options.paypal = { clientId: env.PAYPAL_CLIENT_ID, clientSecret: env.PAYPAL_CLIENT_SECRET };
  return options;
}

/** What the server prints once it listens: where, who, and how to pay in test mode. */
export function banner(server: RunningNodeServer, options: NodeServerOptions, readyMs: number): string {
  const wanted = new Set(options.presets ?? PRESETS);
  const { storage } = server.mock;
  const lines = [
    `creditkit reference server listening on ${server.url} (ready in ${readyMs} ms)`,
    `  Data:           ${storage.kind === 'memory' ? 'in memory, gone when the server stops (drop --memory to keep it)' : `${storage.kind === 'pglite' ? 'embedded PostgreSQL (PGlite) in' : 'PostgreSQL at'} ${storage.location}`}`,
    `                  ${server.seeded ? 'demo accounts loaded into the new store' : 'existing data kept (demo accounts are loaded into an empty store only)'}`,
    `  OpenAPI:        ${server.url}/openapi.json`,
    `  Operator token: ${options.adminToken ?? DEFAULT_ADMIN_TOKEN}   (admin API: Authorization: Bearer <token>)`,
    `  Card payments:  ${options.stripe ? 'Stripe (test mode)' : 'simulated (4242 4242 4242 4242 pays, 4000 0000 0000 0002 is declined, 4000 0025 0000 3155 stays pending)'}`,
    `  PayPal:         ${options.paypal ? 'PayPal sandbox' : 'simulated approval'}`,
  ];
  if (options.seedEntries)
    lines.push(`  Seeded ${options.seedEntries.toLocaleString('en')} extra entries into scan-credits`);
  lines.push('  Demo accounts (Authorization: Bearer <token>):');
  for (const account of DEMO_ACCOUNTS.filter((a) => wanted.has(a.preset)))
    lines.push(`    ${account.preset.padEnd(15)} ${account.token.padEnd(22)} ${account.name}`);
  const host = options.host ?? '127.0.0.1';
  if (!/^(127\.|localhost$|::1$|\[::1\]$)/.test(host))
    lines.push(`  Warning: listening on ${host}; anyone who can reach it can use the demo tokens above.`);
  return lines.join('\n');
}

/** Runs the CLI: starts the server, prints the banner, stops on SIGINT/SIGTERM. */
export async function main(argv = process.argv.slice(2), env = process.env): Promise<RunningNodeServer | undefined> {
  let options: NodeServerOptions;
  try {
    options = parseCli(argv, env);
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    if (error.message) console.error(`creditkit-server: ${error.message}`);
    console.error(USAGE);
    process.exitCode = error.message ? 2 : 0;
    return undefined;
  }
  const started = performance.now();
  let server: RunningNodeServer;
  try {
    server = await startNodeServer(options);
  } catch (error) {
    // Problems the operator can fix (driver missing, directory in use, database unreachable): one clear line.
    console.error(`creditkit-server: ${(error as Error).message}`);
    process.exitCode = 1;
    return undefined;
  }
  console.info(banner(server, options, Math.round(performance.now() - started)));
  const stop = () => void server.close().then(() => process.exit(0));
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
  return server;
}
