import { createContext } from '@lit/context';
import type { CreditStore } from './store.js';

/** The one context key: a provider provides one stable `CreditStore`. */
export const creditStoreContext = createContext<CreditStore>(Symbol.for('creditkit.store'));
