/**
 * creditkit: one module that registers every element. Load it with
 * `<script type="module" src=".../creditkit.js">`. Code only some pages need (the
 * in-page mock server, the PayPal loader, most wire schemas) sits in chunks
 * beside it and loads on demand.
 */
export { CreditProvider } from './elements/credit-provider/define.js';
export { CreditBalance } from './elements/credit-balance/define.js';
export { CreditTopUp } from './elements/credit-top-up/define.js';
export { CreditBillingDetails } from './elements/credit-billing-details/define.js';
export { CreditBuy } from './elements/credit-buy/define.js';
export { CreditTransactions } from './elements/credit-transactions/define.js';
export { CreditRequests } from './elements/credit-requests/define.js';
export { CreditPayButton } from './elements/credit-pay-button/define.js';
export { CreditAutoTopUp } from './elements/credit-auto-top-up/define.js';
export { CreditDashboard } from './elements/credit-dashboard/define.js';
export { HttpAdapter, createMockAdapter, CreditsError, randomKey } from './adapter/index.js';
export type { CreditsAdapter, AdminOperations, HttpAdapterOptions, MockPreset } from './adapter/index.js';
export { CreditStore } from './state/store.js';
