// The Language menu's choice (issue 19), remembered in a small JSON file in the user-data
// folder: a language of ours, or "system" (the operating system's preferred languages, the
// default). Pure functions around two file calls, as window-state.ts.
import { readFileSync, writeFileSync } from 'node:fs';
import { z } from 'zod';
import { firstAvailable, LANGUAGES, type Language } from '../../common/i18n/languages';

export type LanguageChoice = Language | 'system';

const settingSchema = z.object({ language: z.enum(['system', ...LANGUAGES]) });

/** The saved choice; a missing, damaged or hand-edited file means "system". */
export function restoreLanguageChoice(fileText: string | undefined): LanguageChoice {
  if (fileText === undefined) return 'system';
  try {
    const parsed = settingSchema.safeParse(JSON.parse(fileText));
    return parsed.success ? parsed.data.language : 'system';
  } catch {
    return 'system';
  }
}

/** The language the app speaks: the choice, or the first preferred language we have. */
export const languageFor = (choice: LanguageChoice, preferred: readonly string[]): Language =>
  choice === 'system' ? firstAvailable(preferred) : choice;

export function readLanguageChoice(file: string): LanguageChoice {
  let text: string | undefined;
  try {
    text = readFileSync(file, 'utf8');
  } catch {
    text = undefined;
  }
  return restoreLanguageChoice(text);
}

/** False when the file could not be written: the choice then holds until the app quits. */
export function writeLanguageChoice(file: string, choice: LanguageChoice): boolean {
  try {
    writeFileSync(file, `${JSON.stringify({ language: choice })}\n`, 'utf8');
    return true;
  } catch {
    return false;
  }
}
