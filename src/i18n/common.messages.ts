/** Messages every element shares: states and retry. Error texts load on demand (error.messages.ts). */
import { loadOnce } from '../util/load-once.js';
import { defineCatalog, messagesFor } from './catalog.js';

export const commonMessages = defineCatalog({
  en: {
    loading: 'Loading…',
    retry: 'Try again',
    close: 'Close',
    creditOne: 'credit',
    creditOther: 'credits',
    errorGeneric: 'Something went wrong. Please try again.',
    noProvider: 'No credits configuration found on this page.',
  },
  de: {
    loading: 'Wird geladen …',
    retry: 'Erneut versuchen',
    close: 'Schließen',
    creditOne: 'Credit',
    creditOther: 'Credits',
    errorGeneric: 'Etwas ist schiefgelaufen. Bitte versuchen Sie es erneut.',
    noProvider: 'Auf dieser Seite wurde keine Credits-Konfiguration gefunden.',
  },
});

type ErrorCatalog = typeof import('./error.messages.js').errorMessages;
let errorCatalog: ErrorCatalog | undefined;

/**
 * Loads the error texts (a chunk of their own: most pages never show an error,
 * and the badge's budget has no room for them). Elements start this early.
 */
const loadCatalog = loadOnce(() => import('./error.messages.js').then((m) => void (errorCatalog = m.errorMessages)));

/** Never rejects: until the texts arrive the generic text shows, and a failed download is tried again next time. */
export function loadErrorMessages(): Promise<void> {
  return loadCatalog().catch(() => undefined);
}

export function errorMessagesLoaded(): boolean {
  return errorCatalog !== undefined;
}

/** The user-facing text for an error code, never a raw exception message. */
export function errorText(code: string | undefined, locale: string): string {
  const generic = messagesFor(commonMessages, locale);
  if (code === 'noProvider') return generic.noProvider;
  const texts = errorCatalog ? (messagesFor(errorCatalog, locale) as Record<string, string>) : undefined;
  return (code && texts?.[code]) || generic.errorGeneric;
}
