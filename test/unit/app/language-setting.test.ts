// The Language menu's choice on disk (issue 19): written and read back in a real folder; a
// missing, damaged or hand-edited file means "follow the system".
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  languageFor,
  readLanguageChoice,
  writeLanguageChoice,
} from '../../../main/app/language-setting';

let folder: string;
beforeEach(async () => {
  folder = await mkdtemp(join(tmpdir(), 'netcheck-language-'));
});
afterEach(async () => {
  await rm(folder, { recursive: true, force: true });
});

describe('the remembered language', () => {
  it('reads back what was written', () => {
    const file = join(folder, 'language.json');
    expect(writeLanguageChoice(file, 'ja')).toBe(true);
    expect(readLanguageChoice(file)).toBe('ja');
    expect(writeLanguageChoice(file, 'system')).toBe(true);
    expect(readLanguageChoice(file)).toBe('system');
  });

  it.each([
    ['no file', undefined],
    ['not JSON', '{"language": '],
    ['a language we do not have', '{"language":"ko"}'],
    ['another shape', '["de"]'],
  ])('follows the system for %s', async (_name, text) => {
    const file = join(folder, 'language.json');
    if (text !== undefined) await writeFile(file, text);
    expect(readLanguageChoice(file)).toBe('system');
  });

  it('says so when the folder cannot be written', () => {
    expect(writeLanguageChoice(join(folder, 'missing', 'language.json'), 'de')).toBe(false);
  });

  it('speaks the choice, or the first preferred system language we have', () => {
    expect(languageFor('fr', ['de-DE'])).toBe('fr');
    expect(languageFor('system', ['ko-KR', 'pt-PT', 'de-DE'])).toBe('pt-BR');
    expect(languageFor('system', ['ko-KR'])).toBe('en');
  });
});
