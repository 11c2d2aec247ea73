/**
 * creditkit: one module that registers every element. Load it with
 * `<script type="module" src=".../creditkit.js">` or `import 'creditkit'`. Code
 * only some pages need (the in-page mock server, the PayPal loader, most wire
 * schemas) sits in chunks beside it and loads on demand.
 *
 * Exports every element class, every event class with its detail type, the
 * adapter interface, the HTTP and mock adapters, `CreditsError` and the data types.
 */
export * from './elements/credit-provider/define.js';
export * from './elements/credit-balance/define.js';
export * from './elements/credit-top-up/define.js';
export * from './elements/credit-billing-details/define.js';
export * from './elements/credit-buy/define.js';
export * from './elements/credit-transactions/define.js';
export * from './elements/credit-requests/define.js';
export * from './elements/credit-pay-button/define.js';
export * from './elements/credit-auto-top-up/define.js';
export * from './elements/credit-usage/define.js';
export {
  CreditDashboard,
  CreditPortalOpenEvent,
  type CreditPortalOpenDetail,
} from './elements/credit-dashboard/define.js';
export * from './adapter/index.js';
export { CreditEvent } from './events/credit-event.js';
export { CreditStore } from './state/store.js';
export type { CreditDiscoveryCompleteDetail, CreditDiscoveryCompleteEvent } from './autoloader.js';
