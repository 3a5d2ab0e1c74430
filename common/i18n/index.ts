// The faces' catalogue (issue 19): the app, the CLI, the reports, the diagnosis, the change
// request and `decode` import their words from here, and speak the language chosen last
// (setLanguage). The sections, and every object inside them, keep their identity and take the
// chosen language's entries, so `const t = APP_TEXT.table` at a module's top follows the
// language; a text itself is read when the face speaks (`t.copy` inside the function).
// The engine's record stays English: it imports ./en directly.
import { EN, type Catalogue } from './catalogue';
import type { Language } from './languages';
import { de } from './locales/de';
import { es } from './locales/es';
import { fr } from './locales/fr';
import { ja } from './locales/ja';
import { ptBR } from './locales/pt-br';
import { zhCN } from './locales/zh-cn';

export const CATALOGUES: Readonly<Record<Language, Catalogue>> = {
  en: EN,
  fr,
  de,
  es,
  'pt-BR': ptBR,
  'zh-CN': zhCN,
  ja,
};

type Entries = Record<string, unknown>;
const isEntries = (value: unknown): value is Entries =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** A copy of a catalogue's objects (texts and functions shared), so that none is written into. */
const copyOf = (from: Entries): Entries =>
  Object.fromEntries(
    Object.entries(from).map(([key, value]) => [key, isEntries(value) ? copyOf(value) : value]),
  );

/** Every entry of `from` into `into`, object by object: the objects keep their identity. */
function take(into: Entries, from: Entries): void {
  for (const [key, value] of Object.entries(from)) {
    const held = into[key];
    if (isEntries(held) && isEntries(value)) take(held, value);
    else into[key] = value;
  }
}

const active = copyOf(EN) as unknown as Catalogue;
let current: Language = 'en';

export const {
  VERDICT_HEADLINES,
  ROW_STATUS_WORDS,
  ROW_SUMMARIES,
  BLOCK_TEXT,
  NETWORK_TEXT,
  APP_TEXT,
  SCREEN_TEXT,
  RESULT_WORDS,
  IT_REQUEST_TEXT,
  HELPDESK_TEXT,
  CHANGE_REQUEST_TEXT,
  REPORT_TEXT,
  SUMMARY_TEXT,
  CLI_TEXT,
  APP_HELPDESK_TEXT,
  PROXY_SIGN_IN_TEXT,
  HELPDESK_MODE_TEXT,
  DIAGNOSIS_TEXT,
  SHELL_TEXT,
  WATCH_TEXT,
  EXTRA_SCREEN_TEXT,
  ROW_WORDS,
  TABLE_WORDS,
  MENU_TEXT,
  LANGUAGE_TEXT,
  COMPARE_TEXT,
  DIFF_TEXT,
  ORIGIN_TEXT,
  KEEP_CHECKING_TEXT,
  COVERAGE_TEXT,
  DIALOG_TEXT,
  OPEN_SAVED_TEXT,
} = active;

/** The language the faces speak now. */
export const currentLanguage = (): Language => current;

/** From now on, every face speaks `language`. */
export function setLanguage(language: Language): void {
  take(active as unknown as Entries, CATALOGUES[language] as unknown as Entries);
  current = language;
}

/**
 * `render` spoken in `language`, then back to the language before: the English copy of a
 * bilingual report, the JSON's English record. Synchronous only: nothing else speaks between.
 */
export function inLanguage<T>(language: Language, render: () => T): T {
  const before = current;
  if (before === language) return render();
  setLanguage(language);
  try {
    return render();
  } finally {
    setLanguage(before);
  }
}

export type { CauseWords } from './en';
export type { Catalogue } from './catalogue';
