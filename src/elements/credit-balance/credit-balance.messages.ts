import { defineCatalog } from '../../i18n/catalog.js';

/** English, the source language. Other languages: credit-balance.messages.<language>.ts, typed against this. */
const en = {
  label: 'Balance',
  unavailable: 'Balance unavailable',
  updated: (amount: string) => `Balance updated: ${amount}`,
  expiring: (amount: string, date: string, one: boolean) => `${amount} ${one ? 'expires' : 'expire'} on ${date}`,
  lowShort: 'Low',
  low: 'Low balance',
};

export type BalanceMessages = typeof en;

export const balanceMessages = defineCatalog(en, { de: () => import('./credit-balance.messages.de.js') });
