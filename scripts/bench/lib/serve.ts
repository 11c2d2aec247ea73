/**
 * One server process for scripts/bench/server.ts, so the load generator never
 * shares an event loop with what it measures. Prints `READY <url>` once it listens.
 *
 *   --mode bare       node:http answering fixed JSON (the floor of any server here)
 *   --mode wrapped    the same through createFetchServer (node:http → Request → Response)
 *   --mode server     the reference server: --store memory|pglite|postgres,
 *                     --accounts N bench accounts, --entries M ledger entries each
 *   DATABASE_URL      the PostgreSQL database (postgres store); --dir for PGlite
 */
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { parseArgs } from 'node:util';
import { createFetchServer, startNodeServer } from '../../../src/mock/node-server.js';
import { MemoryStorage } from '../../../src/mock/store/memory.js';
import type { Storage } from '../../../src/mock/store/types.js';
import { benchAccount } from './bench-seed.js';

const { values } = parseArgs({
  options: {
    mode: { type: 'string' },
    store: { type: 'string', default: 'memory' },
    accounts: { type: 'string', default: '1' },
    entries: { type: 'string', default: '1000' },
    dir: { type: 'string' },
  },
});

const FIXED = JSON.stringify({ id: 'pay_1', itemType: 'service', itemId: 'svc-logo', amount: 12000 });

async function openStore(): Promise<Storage> {
  const seed = () => Array.from({ length: Number(values.accounts) }, (_, i) => benchAccount(i, Number(values.entries)));
  if (values.store === 'memory') return new MemoryStorage(seed());
  const { SqlStorage } = await import('../../../src/mock/store/sql/sql-storage.js');
  const driver =
    values.store === 'pglite'
      ? await (await import('../../../src/mock/store/sql/pglite-driver.js')).openPglite(values.dir!)
      : await (
          await import('../../../src/mock/store/sql/pg-driver.js')
        ).openPostgres(process.env.DATABASE_URL!, {
          poolSize: 20,
        });
  const storage = await SqlStorage.open(driver);
  if ((await storage.accountIds()).length === 0) await storage.seed(seed());
  return storage;
}

async function main(): Promise<void> {
  let url: string;
  if (values.mode === 'bare' || values.mode === 'wrapped') {
    const server =
      values.mode === 'bare'
        ? createServer((req, res) => {
            req.resume();
            req.on('end', () => {
              res.writeHead(201, { 'content-type': 'application/json', 'content-length': Buffer.byteLength(FIXED) });
              res.end(FIXED);
            });
          })
        : createFetchServer(async (request) => {
            await request.text();
            return new Response(FIXED, { status: 201, headers: { 'content-type': 'application/json' } });
          });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  } else {
    const running = await startNodeServer({ port: 0, storage: await openStore() });
    url = running.url;
  }
  console.log(`READY ${url}`);
}

await main();
