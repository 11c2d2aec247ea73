export { CreditStore, type LoadStatus, type Topic, type TopicDetail } from './store.js';
export { creditStoreContext } from './context.js';
export { StoreController } from './store-controller.js';
