/**
 * The reference mock server (package export `creditkit/mock`): one fetch-style
 * handler implementing the whole REST contract, with the demo accounts of SPEC §4.
 * msw handlers live in `./msw.js` and the Node HTTP server in `./node-server.js`,
 * so neither msw nor `node:http` comes along with this entry.
 */
export { createMockServer, DEFAULT_ADMIN_TOKEN } from './server.js';
export type { MockServer, MockServerCore, MockServerOptions, MockClock } from './server.js';
export { DEMO_ACCOUNTS, demoAccount, type DemoAccount } from './presets/index.js';
export { PRESETS, type PresetName, type Storage, type AccountTx, type AccountState } from './store/types.js';
export { MemoryStorage } from './store/memory.js';
export { buildOpenApi } from './openapi.js';
