// The languages of the app, the CLI and the reports (issue 19), and how a system's locale
// names one: a BCP 47 tag (Electron's app.getPreferredSystemLanguages(), "de-DE") or a POSIX
// locale (LANG=de_DE.UTF-8, LC_ALL=pt_BR, "C").

export const LANGUAGES = ['en', 'fr', 'de', 'es', 'pt-BR', 'zh-CN', 'ja'] as const;
export type Language = (typeof LANGUAGES)[number];

/** Each language by its own name, as a Language menu lists them. */
export const LANGUAGE_NAMES: Readonly<Record<Language, string>> = {
  en: 'English',
  fr: 'Français',
  de: 'Deutsch',
  es: 'Español',
  'pt-BR': 'Português (Brasil)',
  'zh-CN': '简体中文',
  ja: '日本語',
};

export const isLanguage = (text: string): text is Language =>
  (LANGUAGES as readonly string[]).includes(text);

/**
 * The language a locale asks for, or null when we have none for it. Matching is by language,
 * then script or region where a language comes in forms we do not all have: Portuguese is
 * Brazilian Portuguese in any region (the only form we have, and readable in Portugal), and
 * Chinese is Simplified Chinese unless the locale asks for Traditional script (zh-Hant) or a
 * region that writes it (Taiwan, Hong Kong, Macao).
 */
export function matchLanguage(locale: string): Language | null {
  // POSIX: language[_territory][.codeset][@modifier]; BCP 47: language[-script][-region].
  const tag = locale
    .trim()
    .replace(/[.@].*$/, '')
    .replace(/_/g, '-');
  const [language = '', ...rest] = tag.toLowerCase().split('-');
  const subtags = new Set(rest);
  switch (language) {
    case 'en':
    case 'fr':
    case 'de':
    case 'es':
    case 'ja':
      return language;
    case 'pt':
      return 'pt-BR';
    case 'zh':
      if (subtags.has('hans')) return 'zh-CN';
      return subtags.has('hant') || ['tw', 'hk', 'mo'].some((r) => subtags.has(r)) ? null : 'zh-CN';
    default:
      return null;
  }
}

/** `C` and `POSIX` (and nothing at all) are the system's way of saying "untranslated". */
const UNTRANSLATED = /^(c|posix)([.@].*)?$/i;

export type LanguageChoice =
  | { language: Language }
  /** Asked for one we do not have: English, and the caller says so (except with --json). */
  | { language: 'en'; unavailable: string };

/**
 * The CLI's language: `--lang` first, then the first of LC_ALL, LC_MESSAGES and LANG that is
 * set and not empty, as POSIX setlocale() reads them for messages.
 */
export function chooseLanguage(
  flag: string | undefined,
  env: Readonly<Record<string, string | undefined>>,
): LanguageChoice {
  const asked =
    flag ?? [env.LC_ALL, env.LC_MESSAGES, env.LANG].find((v) => v !== undefined && v !== '');
  if (asked === undefined || UNTRANSLATED.test(asked.trim())) return { language: 'en' };
  const language = matchLanguage(asked);
  return language ? { language } : { language: 'en', unavailable: asked };
}

/** The app's language: the first of the system's preferred languages that we have. */
export function firstAvailable(preferred: readonly string[]): Language {
  for (const locale of preferred) {
    const language = matchLanguage(locale);
    if (language) return language;
  }
  return 'en';
}
