// Compile-time cases for the catalogues (checked by `npm run typecheck` and by
// catalogue-types.test.ts): English defines the keys and each message's parameters, and a
// locale is a `Catalogue`; each line under an expect-error mark must fail to compile.
import { EN, type Catalogue } from '../../../common/i18n/catalogue';

/** `entries` without `key`: a locale that forgot one. */
function without<T extends object, K extends keyof T>(entries: T, key: K): Omit<T, K> {
  return Object.fromEntries(Object.entries(entries).filter(([k]) => k !== key)) as Omit<T, K>;
}

export const localeCases: Catalogue[] = [
  // English itself, and a locale that gives every key with English's parameters, compile.
  EN,
  { ...EN, MENU_TEXT: { ...EN.MENU_TEXT, help: 'Hilfe', about: (product) => `Über ${product}` } },
  {
    ...EN,
    // @ts-expect-error a locale that misses a key (the Help menu's label)
    MENU_TEXT: without(EN.MENU_TEXT, 'help'),
  },
  // @ts-expect-error a locale that misses a whole section
  without(EN, 'LANGUAGE_TEXT'),
  {
    ...EN,
    // @ts-expect-error a key English does not have
    MENU_TEXT: { ...EN.MENU_TEXT, helpp: 'Hilfe' },
  },
  {
    ...EN,
    MENU_TEXT: {
      ...EN.MENU_TEXT,
      // @ts-expect-error a message that takes another parameter than English's
      about: (product: number) => `Über ${product}`,
    },
  },
  {
    ...EN,
    MENU_TEXT: {
      ...EN.MENU_TEXT,
      // @ts-expect-error a message that asks for a parameter English does not give
      about: (product: string, version: string) => `Über ${product} ${version}`,
    },
  },
  {
    ...EN,
    // @ts-expect-error a text where English has a message
    LANGUAGE_TEXT: { ...EN.LANGUAGE_TEXT, notAvailable: 'Nicht verfügbar' },
  },
  {
    ...EN,
    // @ts-expect-error a message where English has a text
    MENU_TEXT: { ...EN.MENU_TEXT, help: () => 'Hilfe' },
  },
  {
    ...EN,
    ROW_WORDS: {
      ...EN.ROW_WORDS,
      // @ts-expect-error a guide row without its fix
      '2-2.3': { title: 'Anrufe', explanation: 'Verschlüsselt' },
    },
  },
];
