/**
 * Real server processes for the scale-out and crash tests: `npm run mock-server`
 * as a child process on a free port, killed with SIGKILL or stopped with SIGTERM,
 * and throwaway PostgreSQL databases beside the one TEST_DATABASE_URL names.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('../../../', import.meta.url));

export interface ServerProcess {
  url: string;
  child: ChildProcess;
  /** Everything the process printed (for failure messages). */
  output(): string;
  kill(signal?: NodeJS.Signals): Promise<void>;
}

/** Starts `npm run mock-server -- --port 0 …args` and resolves with its URL once it listens. */
export function startServer(args: string[], env: Record<string, string> = {}): Promise<ServerProcess> {
  const child = spawn(process.execPath, ['--import', 'tsx', 'scripts/mock-server.ts', '--port', '0', ...args], {
    cwd: ROOT,
    env: { ...process.env, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  return new Promise((resolve, reject) => {
    const onData = (chunk: Buffer) => {
      out += chunk.toString();
      const match = /listening on (http:\/\/\S+)/.exec(out);
      if (match) {
        child.stdout!.off('data', onData);
        child.stdout!.on('data', (more: Buffer) => void (out += more.toString()));
        resolve({
          url: match[1]!,
          child,
          output: () => out,
          async kill(signal = 'SIGKILL') {
            if (child.exitCode === null && child.signalCode === null) child.kill(signal);
            await exited;
          },
        });
      }
    };
    child.stdout!.on('data', onData);
    child.stderr!.on('data', (chunk: Buffer) => void (out += chunk.toString()));
    child.once('exit', (code, signal) =>
      reject(new Error(`server exited (${code ?? signal}) before listening:\n${out}`)),
    );
  });
}

/** A new, empty database on the TEST_DATABASE_URL server; returns its URL. */
export async function freshDatabase(name: string): Promise<string> {
  const base = process.env.TEST_DATABASE_URL!;
  const { openPostgres } = await import('../../../src/mock/store/sql/pg-driver.js');
  const admin = await openPostgres(base, { poolSize: 1 });
  const db = `creditkit_${name.replace(/\W/g, '_')}`;
  try {
    await admin.query(`DROP DATABASE IF EXISTS ${db} WITH (FORCE)`);
    await admin.query(`CREATE DATABASE ${db}`);
  } finally {
    await admin.close();
  }
  const url = new URL(base);
  url.pathname = `/${db}`;
  return url.toString();
}

export interface Call {
  status: number;
  body: any;
  replayed: boolean;
}

/** One JSON request; a dropped connection (the server was killed) resolves with status 0. */
export async function request(
  base: string,
  method: string,
  path: string,
  options: { token?: string; body?: unknown; key?: string } = {},
): Promise<Call> {
  const headers: Record<string, string> = { authorization: `Bearer ${options.token ?? 'demo-agency-credits'}` };
  if (options.body !== undefined) headers['content-type'] = 'application/json';
  if (options.key) headers['idempotency-key'] = options.key;
  try {
    const response = await fetch(base + path, {
      method,
      headers,
      ...(options.body !== undefined ? { body: JSON.stringify(options.body) } : {}),
    });
    const text = await response.text();
    return {
      status: response.status,
      body: text ? JSON.parse(text) : null,
      replayed: response.headers.get('idempotent-replayed') === 'true',
    };
  } catch {
    return { status: 0, body: null, replayed: false };
  }
}

/** Every ledger entry of an account, newest first, through the public API. */
export async function wholeLedger(base: string, token: string): Promise<any[]> {
  const items: any[] = [];
  let cursor = '';
  for (;;) {
    const page = await request(base, 'GET', `/transactions?limit=200${cursor}`, { token });
    if (page.status !== 200) throw new Error(`GET /transactions answered ${page.status}`);
    items.push(...page.body.items);
    if (!page.body.nextCursor) return items;
    cursor = `&cursor=${page.body.nextCursor}`;
  }
}
