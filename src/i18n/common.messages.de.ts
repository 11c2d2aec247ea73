/** German texts every element shares, loaded only by pages that speak German. */
import type { Translation } from './catalog.js';
import type { CommonMessages } from './common.messages.js';

export default {
  loading: 'Wird geladen …',
  retry: 'Erneut versuchen',
  close: 'Schließen',
  creditOne: 'Credit',
  creditOther: 'Credits',
  errorGeneric: 'Etwas ist schiefgelaufen. Bitte versuchen Sie es erneut.',
  noProvider: 'Das Guthaben kann hier nicht angezeigt werden: Auf dieser Seite fehlt ein <credit-provider>.',
} satisfies Translation<CommonMessages>;
