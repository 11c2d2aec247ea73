/** Messages every element shares: states and retry. Error texts load on demand (error.messages.ts). */
import { loadOnce } from '../util/load-once.js';
import { defineCatalog, languageOf, loadTranslation, messagesFor } from './catalog.js';

/**
 * English, the source language. Other languages: common.messages.<language>.ts, typed against this.
 *
 * Glossary (every element's texts follow it):
 * - en "balance" / de "Guthaben": what the account holds, money or credits
 *   ("Your balance", "Ihr Guthaben", "Mit Guthaben bezahlen"). Never "credit
 *   balance" in German ("Credit-Guthaben").
 * - en "credits" / de "Credits": only the units of a credit-units account and
 *   its packages ("500 scan credits", "500 Scan-Credits", "Credits kaufen"),
 *   with the account's own unit name where it has one. A money account never
 *   says "Credits": it tops up ("Guthaben aufladen").
 * - Requests for manual payments: en "credit requests" / de "Guthabenanfragen".
 * - No internal names: not "credits service" / "Credits-Dienst"; "the server".
 * - German addresses the customer as "Sie"; nouns keep their capital even
 *   inside a sentence built from parts ("Was ist mein Guthaben?").
 */
const en = {
  loading: 'Loading…',
  retry: 'Try again',
  close: 'Close',
  creditOne: 'credit',
  creditOther: 'credits',
  errorGeneric: 'Something went wrong. Please try again.',
  noProvider: 'The balance cannot be shown here: this page has no <credit-provider>.',
};

export type CommonMessages = typeof en;

export const commonMessages = defineCatalog(en, { de: () => import('./common.messages.de.js') });

type ErrorCatalog = typeof import('./error.messages.js').errorMessages;
let errorCatalog: ErrorCatalog | undefined;

/**
 * Loads the error texts in English and in `locale`'s language: chunks of their
 * own, off the path to the first render (most pages never show an error).
 * Elements start this when they connect and wait for it before they render an
 * error state.
 */
const loadCatalog = loadOnce(() => import('./error.messages.js').then((m) => void (errorCatalog = m.errorMessages)));

/**
 * Never rejects: until the texts arrive the generic text shows, and a failed
 * download is tried again next time.
 */
export function loadErrorMessages(locale: string): Promise<void> {
  return loadCatalog()
    .then(() => (errorCatalog ? loadTranslation(errorCatalog, languageOf(locale)) : undefined))
    .catch(() => undefined);
}

/** Whether the error texts for `locale` are here. */
export function errorMessagesLoaded(locale: string): boolean {
  const language = languageOf(locale);
  return errorCatalog !== undefined && (language === 'en' || errorCatalog.loaded[language] !== undefined);
}

/** The user-facing text for an error code, never a raw exception message. */
export function errorText(code: string | undefined, locale: string): string {
  const generic = messagesFor(commonMessages, locale);
  if (code === 'noProvider') return generic.noProvider;
  const texts: Record<string, string> | undefined = errorCatalog ? messagesFor(errorCatalog, locale) : undefined;
  return (code && texts?.[code]) || generic.errorGeneric;
}
