/** German texts of `<credit-balance>`, loaded only by pages that speak German. */
import type { Translation } from '../../i18n/catalog.js';
import type { BalanceMessages } from './credit-balance.messages.js';

export default {
  label: 'Guthaben',
  unavailable: 'Guthaben nicht verfügbar',
  updated: (amount: string) => `Guthaben aktualisiert: ${amount}`,
  expiring: (amount: string, date: string, one: boolean) => `${amount} ${one ? 'verfällt' : 'verfallen'} am ${date}`,
  lowShort: 'Niedrig',
  low: 'Niedriges Guthaben',
} satisfies Translation<BalanceMessages>;
