/**
 * A small HTTP load generator: keep-alive connections (one per concurrent
 * client), each sending the next request when the last answered, for a fixed
 * time. Lighter than fetch, so it takes less of the machine from the server.
 */
import { Agent, request } from 'node:http';

export interface LoadResult {
  /** Requests answered with the expected status, per second. */
  rps: number;
  p50: number;
  p99: number;
  ok: number;
  errors: number;
}

export interface LoadTarget {
  /** Base URLs; clients are spread over them round-robin. */
  urls: string[];
  path: string;
  /** Token of client `i` (several accounts spread the load). */
  token: (client: number) => string;
  body: string;
  status: number;
}

function once(agent: Agent, url: URL, target: LoadTarget, client: number, key: string): Promise<number> {
  return new Promise((resolve, reject) => {
    const req = request(
      url,
      {
        method: 'POST',
        agent,
        headers: {
          authorization: `Bearer ${target.token(client)}`,
          'content-type': 'application/json',
          'content-length': Buffer.byteLength(target.body),
          'idempotency-key': key,
        },
      },
      (res) => {
        res.resume();
        res.on('end', () => resolve(res.statusCode ?? 0));
      },
    );
    req.on('error', reject);
    req.end(target.body);
  });
}

let keys = 0;

export async function load(target: LoadTarget, concurrency: number, ms: number, warmupMs: number): Promise<LoadResult> {
  const agents = target.urls.map(() => new Agent({ keepAlive: true, maxSockets: concurrency }));
  const latencies: number[] = [];
  let ok = 0;
  let errors = 0;
  let measuring = false;
  let stop = false;
  const client = async (i: number) => {
    const which = i % target.urls.length;
    const url = new URL(target.urls[which]! + target.path);
    while (!stop) {
      const started = performance.now();
      const status = await once(agents[which]!, url, target, i, `bench-${process.pid}-${++keys}`).catch(() => 0);
      if (!measuring) continue;
      latencies.push(performance.now() - started);
      if (status === target.status) ok++;
      else errors++;
    }
  };
  const running = Array.from({ length: concurrency }, (_, i) => client(i));
  await new Promise((r) => setTimeout(r, warmupMs));
  measuring = true;
  const started = performance.now();
  await new Promise((r) => setTimeout(r, ms));
  const elapsed = performance.now() - started;
  measuring = false;
  stop = true;
  await Promise.all(running);
  for (const agent of agents) agent.destroy();
  latencies.sort((a, b) => a - b);
  const at = (q: number) => latencies[Math.min(latencies.length - 1, Math.floor(q * latencies.length))] ?? NaN;
  return { rps: (ok * 1000) / elapsed, p50: at(0.5), p99: at(0.99), ok, errors };
}
