/**
 * Adapters for browser tests that set data up the way a host would: through the
 * REST contract of a reference server the test holds (reads, writes and the
 * admin API), never through the server's storage.
 */
import { HttpAdapter } from '../../src/adapter/http-adapter.js';
import { DEMO_ADMIN_TOKEN, demoToken } from '../../src/core/presets.js';
import type { LiveEvent } from '../../src/adapter/types.js';
import { createMockServer, type MockServer } from '../../src/mock/index.js';
import type { MockPreset } from '../../src/adapter/mock-adapter.js';

export interface HostAdapter {
  adapter: HttpAdapter;
  server: MockServer;
  /** The adapter's live stream, driven by the test: no server-sent events arrive by themselves. */
  live: {
    emit(event: LiveEvent): void;
    /** Streams open now, and ever opened. */
    readonly open: number;
    readonly opened: number;
  };
}

/**
 * A host's own adapter over a reference server: HTTP reads and writes, the admin
 * API (operator token), and a live stream that carries only what the test emits
 * (like a backend without server-sent events). `server` may be shared by several
 * adapters (several tabs of one account).
 */
export function hostAdapter(options: { preset?: MockPreset; server?: MockServer } = {}): HostAdapter {
  const preset = options.preset ?? 'usage-billing';
  const server = options.server ?? createMockServer({ presets: [preset], basePath: '/api' });
  const adapter = new HttpAdapter({
    baseUrl: 'https://host.test/api',
    token: demoToken(preset),
    adminToken: DEMO_ADMIN_TOKEN,
    fetch: (request) => server.fetch(request),
  });
  const listeners = new Set<(event: LiveEvent) => void>();
  let opened = 0;
  adapter.subscribe = (listener) => {
    opened++;
    listeners.add(listener);
    return () => listeners.delete(listener);
  };
  return {
    adapter,
    server,
    live: {
      emit: (event) => listeners.forEach((l) => l(event)),
      get open() {
        return listeners.size;
      },
      get opened() {
        return opened;
      },
    },
  };
}

/** Holds every call of `method` until the test releases it (to move things mid-request). */
export function gate<A extends unknown[], R>(
  target: Record<string, unknown>,
  method: string,
): { release(): void; readonly waiting: number } {
  const original = (target[method] as (...args: A) => Promise<R>).bind(target);
  let open = false;
  const queue: (() => void)[] = [];
  target[method] = async (...args: A) => {
    if (!open) await new Promise<void>((resolve) => queue.push(resolve));
    return original(...args);
  };
  return {
    release() {
      open = true;
      queue.splice(0).forEach((go) => go());
    },
    get waiting() {
      return queue.length;
    },
  };
}
