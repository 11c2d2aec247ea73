/**
 * Typed message catalogues, one per element beside it. English is the source
 * and ships inline (`x.messages.ts`); every other language is a file of its own
 * (`x.messages.de.ts`), typed against the English one so a missing, misspelt or
 * mistyped key is a compile error, and built as a small chunk that only a page
 * speaking that language downloads. Values are strings or functions (plurals,
 * inserted values).
 *
 * Elements wait for their language before they render (no flash of English on
 * a German page): `loadLanguage('de')` fetches the German of every catalogue
 * defined so far, in one parallel wave, so a composite and the children it
 * renders arrive together.
 */
export const LANGUAGES = ['en', 'de'] as const;
export type Language = (typeof LANGUAGES)[number];
/** The languages that load on demand. */
export type Translated = Exclude<Language, 'en'>;

export type Messages = Record<string, string | ((...args: never[]) => string)>;

/** A translation of English messages `M`: every key, each with the English signature. */
export type Translation<M extends Messages> = { [K in keyof M]: M[K] };

/** How a translation loads: `() => import('./x.messages.de.js')`. */
export type TranslationLoader<M extends Messages> = () => Promise<{ default: Translation<M> }>;

export interface Catalog<M extends Messages> {
  readonly en: M;
  /** Translations loaded so far. */
  readonly loaded: Partial<Record<Translated, M>>;
  readonly load: Record<Translated, TranslationLoader<M>>;
}

/** The catalogues elements wait for before they render. */
const catalogs: Catalog<Messages>[] = [];
const loading = new WeakMap<Catalog<Messages>, Partial<Record<Translated, Promise<void>>>>();

/**
 * A catalogue: the English messages and a loader per other language. An
 * `onDemand` catalogue (the error texts) is loaded by whoever needs it with
 * `loadTranslation`; elements do not wait for it.
 */
export function defineCatalog<M extends Messages>(
  en: M,
  load: Record<Translated, TranslationLoader<NoInfer<M>>>,
  options: { onDemand?: boolean } = {},
): Catalog<M> {
  const catalog: Catalog<M> = { en, loaded: {}, load };
  if (!options.onDemand) catalogs.push(catalog as unknown as Catalog<Messages>);
  return catalog;
}

/** The language of a locale tag we ship messages for ("de-AT" → "de"); English otherwise. */
export function languageOf(locale: string): Language {
  const language = locale.toLowerCase().split(/[-_]/)[0];
  return (LANGUAGES as readonly string[]).includes(language ?? '') ? (language as Language) : 'en';
}

/** The catalogue's messages for `locale`: its translation once loaded, English until then. */
export function messagesFor<M extends Messages>(catalog: Catalog<M>, locale: string): M {
  const language = languageOf(locale);
  return (language === 'en' ? undefined : catalog.loaded[language]) ?? catalog.en;
}

/** Whether every catalogue defined so far has `language` (English always has). */
export function languageReady(language: Language): boolean {
  return language === 'en' || catalogs.every((catalog) => catalog.loaded[language]);
}

/** Loads `language` for every catalogue elements wait for, in parallel. Never rejects. */
export function loadLanguage(language: Language): Promise<void> {
  return Promise.all(catalogs.map((catalog) => loadTranslation(catalog, language))).then(() => undefined);
}

/**
 * Loads one catalogue's `language`. Never rejects: a translation that cannot be
 * fetched leaves the catalogue in English (reported on the console) rather than
 * leaving an element blank.
 */
export function loadTranslation<M extends Messages>(catalog: Catalog<M>, language: Language): Promise<void> {
  if (language === 'en' || catalog.loaded[language]) return Promise.resolve();
  const key = catalog as unknown as Catalog<Messages>;
  const pending = loading.get(key) ?? {};
  loading.set(key, pending);
  return (pending[language] ??= catalog.load[language]().then(
    (module) => void (catalog.loaded[language] = module.default),
    (error: unknown) => {
      catalog.loaded[language] = catalog.en;
      console.warn(`[creditkit] could not load the "${language}" texts; showing English.`, error);
    },
  ));
}
