/**
 * Typed message catalogues. Each element keeps its own catalogue beside it; the
 * German one is typed against the English one, so a missing or misspelt key is a
 * compile error. Values are strings or functions (plurals, inserted values).
 */
export const LANGUAGES = ['en', 'de'] as const;
export type Language = (typeof LANGUAGES)[number];

export type Messages = Record<string, string | ((...args: never[]) => string)>;

export interface Catalog<M extends Messages> {
  en: M;
  de: { [K in keyof M]: M[K] };
}

export function defineCatalog<M extends Messages>(catalog: Catalog<M>): Catalog<M> {
  return catalog;
}

/** The language of a locale tag we ship messages for ("de-AT" → "de"); English otherwise. */
export function languageOf(locale: string): Language {
  const language = locale.toLowerCase().split(/[-_]/)[0];
  return (LANGUAGES as readonly string[]).includes(language ?? '') ? (language as Language) : 'en';
}

export function messagesFor<M extends Messages>(catalog: Catalog<M>, locale: string): M {
  return catalog[languageOf(locale)] as M;
}
