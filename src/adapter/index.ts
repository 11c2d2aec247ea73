/** The adapter boundary: the interface, the HTTP adapter, the in-page mock and errors. */
export type { CreditsAdapter, AdminOperations, ReadOptions, WriteOptions } from './types.js';
export { HttpAdapter, randomKey, type HttpAdapterOptions } from './http-adapter.js';
export { createMockAdapter, MOCK_PRESETS, type MockPreset, type MockAdapterOptions } from './mock-adapter.js';
export { CreditsError, toCreditsError } from './errors.js';
