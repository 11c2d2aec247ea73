/**
 * `npm run mock-server`: the reference mock server on loopback.
 *   PORT=8787 (default) · --seed-entries N (history at scale in scan-credits)
 *   STRIPE_SECRET_KEY + STRIPE_WEBHOOK_SECRET → real Stripe test mode
 *   PAYPAL_CLIENT_ID + PAYPAL_CLIENT_SECRET → real PayPal sandbox
 *   ADMIN_TOKEN → operator token (default: the demo one)
 */
import { parseArgs } from 'node:util';
import { DEFAULT_ADMIN_TOKEN } from '../src/mock/server.js';
import { DEMO_ACCOUNTS } from '../src/mock/presets/index.js';
import { startNodeServer, type NodeServerOptions } from '../src/mock/node-server.js';

const { values } = parseArgs({
  options: {
    'seed-entries': { type: 'string' },
    'base-path': { type: 'string' },
    port: { type: 'string' },
  },
});

const port = Number(values.port ?? process.env.PORT ?? 8787);
const seedEntries = Number(values['seed-entries'] ?? 0);
if (!Number.isInteger(port) || port < 0 || port > 65535)
  throw new Error(`bad port ${String(values.port ?? process.env.PORT)}`);
if (!Number.isInteger(seedEntries) || seedEntries < 0) throw new Error('--seed-entries must be a whole number');

const env = process.env;
const options: NodeServerOptions = {
  port,
  host: '127.0.0.1',
  seedEntries,
  adminToken: env.ADMIN_TOKEN || DEFAULT_ADMIN_TOKEN,
  ...(values['base-path'] ? { basePath: values['base-path'] } : {}),
  ...(env.STRIPE_SECRET_KEY && env.STRIPE_WEBHOOK_SECRET
    ? { stripe: { secretKey: env.STRIPE_SECRET_KEY, webhookSecret: env.STRIPE_WEBHOOK_SECRET } }
    : {}),
  ...(env.PAYPAL_CLIENT_ID && env.PAYPAL_CLIENT_SECRET
    ? { paypal: { clientId: env.PAYPAL_CLIENT_ID, clientSecret: env.PAYPAL_CLIENT_SECRET } }
    : {}),
};
if (env.PUBLIC_URL) options.publicUrl = env.PUBLIC_URL;

const started = performance.now();
const server = await startNodeServer(options);
const ms = Math.round(performance.now() - started);

console.log(`creditkit mock server listening on ${server.url} (ready in ${ms} ms)`);
console.log(`  OpenAPI:      ${server.url}/openapi.json`);
console.log(`  Admin token:  ${options.adminToken}`);
console.log(
  `  Card payments: ${options.stripe ? 'Stripe (test mode)' : 'simulated (4242… succeeds, 4000 0000 0000 0002 declines, 4000 0025 0000 3155 stays pending)'}`,
);
console.log(`  PayPal:        ${options.paypal ? 'PayPal sandbox' : 'simulated approval'}`);
if (seedEntries) console.log(`  Seeded ${seedEntries.toLocaleString('en')} extra entries into scan-credits`);
console.log('  Demo accounts (Authorization: Bearer <token>):');
for (const account of DEMO_ACCOUNTS)
  console.log(`    ${account.preset.padEnd(15)} ${account.token.padEnd(22)} ${account.name}`);

const stop = () => {
  void server.close().then(() => process.exit(0));
};
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
