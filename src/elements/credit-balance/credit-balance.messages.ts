import { defineCatalog } from '../../i18n/catalog.js';

export const balanceMessages = defineCatalog({
  en: {
    label: 'Balance',
    unavailable: 'Balance unavailable',
    updated: (amount: string) => `Balance updated: ${amount}`,
    expiring: (amount: string, date: string) => `${amount} expire on ${date}`,
    low: 'Low balance',
  },
  de: {
    label: 'Guthaben',
    unavailable: 'Guthaben nicht verfügbar',
    updated: (amount: string) => `Guthaben aktualisiert: ${amount}`,
    expiring: (amount: string, date: string) => `${amount} verfallen am ${date}`,
    low: 'Niedriges Guthaben',
  },
});
