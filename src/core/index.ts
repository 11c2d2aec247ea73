/** The pure, DOM-free core shared by the widgets and the mock server. */
export * from './money.js';
export * from './pricing.js';
export * from './vat.js';
export * from './ledger.js';
export * from './schemas/index.js';
