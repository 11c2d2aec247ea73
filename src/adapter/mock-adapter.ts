/**
 * The in-page mock: the HTTP adapter over the reference mock server's fetch
 * handler, so the page runs the whole backend contract with no network and no
 * service worker. The mock server module loads on demand, never with the kit.
 */
import { DEMO_ADMIN_TOKEN, PRESET_NAMES, demoToken, type MockPreset } from '../core/presets.js';
import { loadOnce } from '../util/load-once.js';
import { HttpAdapter } from './http-adapter.js';

export type { MockPreset };
export const MOCK_PRESETS: readonly MockPreset[] = PRESET_NAMES;

const MOCK_BASE = 'https://mock.creditkit.invalid/api';

export interface MockAdapterOptions {
  preset?: MockPreset;
  /** Options passed to the mock server (clock, seeding, …). */
  server?: Record<string, unknown>;
}

export function createMockAdapter(options: MockAdapterOptions = {}): HttpAdapter {
  const preset = options.preset ?? 'usage-billing';
  // A failed chunk download is tried again on the next request (as a network error).
  const server = loadOnce(() =>
    import('../mock/server.js').then(({ createMockServer }) =>
      createMockServer({ presets: [preset], basePath: '/api', publicUrl: MOCK_BASE, ...options.server }),
    ),
  );
  return new HttpAdapter({
    baseUrl: MOCK_BASE,
    token: demoToken(preset),
    adminToken: DEMO_ADMIN_TOKEN,
    // The mock answers at once; a short timeout still proves the error path.
    timeoutMs: 10_000,
    fetch: async (request) => (await server()).fetch(request),
  });
}
