// How a system's locale, a --lang flag or Electron's preferred languages name one of ours
// (issue 19). Expected values are written from POSIX setlocale() (LC_ALL, then LC_MESSAGES,
// then LANG; "C" and "POSIX" mean untranslated) and BCP 47 (RFC 5646 section 2.1).
import { describe, expect, it } from 'vitest';
import {
  chooseLanguage,
  firstAvailable,
  isLanguage,
  LANGUAGES,
  matchLanguage,
} from '../../../common/i18n/languages';
import {
  formatDateTime,
  formatMilliseconds,
  formatNumber,
  formatPercent,
  formatSeconds,
  pluralOf,
} from '../../../common/i18n/format';
import { APP_TEXT, currentLanguage, inLanguage, setLanguage } from '../../../common/i18n';
import { APP_TEXT as EN_APP_TEXT } from '../../../common/i18n/en';
import { de } from '../../../common/i18n/locales/de';

describe('matchLanguage', () => {
  it.each([
    ['de_DE.UTF-8', 'de'],
    ['de-AT', 'de'],
    ['fr_CA.utf8@euro', 'fr'],
    ['es-419', 'es'],
    ['ja_JP.eucJP', 'ja'],
    ['en_GB', 'en'],
    // Portuguese in any region is the Brazilian Portuguese we have.
    ['pt_PT.UTF-8', 'pt-BR'],
    ['pt-BR', 'pt-BR'],
    // Simplified Chinese, unless the locale asks for Traditional script or a region that writes it.
    ['zh_CN.UTF-8', 'zh-CN'],
    ['zh-Hans-SG', 'zh-CN'],
    ['zh', 'zh-CN'],
    ['zh_TW.UTF-8', null],
    ['zh-Hant', null],
    // Simplified script asked for outright, wherever the region.
    ['zh-Hans-TW', 'zh-CN'],
    ['zh_Hans_HK', 'zh-CN'],
    ['zh-HK', null],
    ['ko_KR.UTF-8', null],
    ['', null],
  ])('%s → %s', (locale, language) => {
    expect(matchLanguage(locale)).toBe(language);
  });
});

describe('chooseLanguage', () => {
  it('takes --lang before the environment', () => {
    expect(chooseLanguage('ja', { LANG: 'de_DE.UTF-8' })).toEqual({ language: 'ja' });
  });

  it('reads LC_ALL, then LC_MESSAGES, then LANG, skipping empty ones', () => {
    const env = { LC_ALL: '', LC_MESSAGES: 'fr_FR.UTF-8', LANG: 'de_DE.UTF-8' };
    expect(chooseLanguage(undefined, env)).toEqual({ language: 'fr' });
    expect(chooseLanguage(undefined, { ...env, LC_ALL: 'es_ES' })).toEqual({ language: 'es' });
    expect(chooseLanguage(undefined, { LANG: 'de_DE.UTF-8' })).toEqual({ language: 'de' });
  });

  it('speaks English for C, POSIX and no locale at all, with no note', () => {
    expect(chooseLanguage(undefined, {})).toEqual({ language: 'en' });
    expect(chooseLanguage(undefined, { LANG: 'C.UTF-8' })).toEqual({ language: 'en' });
    expect(chooseLanguage(undefined, { LC_ALL: 'POSIX' })).toEqual({ language: 'en' });
  });

  it('speaks English for one we lack, and names what was asked', () => {
    expect(chooseLanguage(undefined, { LANG: 'ko_KR.UTF-8' })).toEqual({
      language: 'en',
      unavailable: 'ko_KR.UTF-8',
    });
    expect(chooseLanguage('zh-TW', {})).toEqual({ language: 'en', unavailable: 'zh-TW' });
  });
});

describe('firstAvailable (the app: Electron’s preferred system languages)', () => {
  it('takes the first preferred language that we have', () => {
    expect(firstAvailable(['ko-KR', 'zh-Hant-TW', 'ja-JP', 'de-DE'])).toBe('ja');
  });

  it('falls back to English', () => {
    expect(firstAvailable(['ko-KR'])).toBe('en');
    expect(firstAvailable([])).toBe('en');
  });

  it('knows each of our languages by its own tag', () => {
    for (const language of LANGUAGES) {
      expect(isLanguage(language)).toBe(true);
      expect(matchLanguage(language)).toBe(language);
    }
    expect(isLanguage('ko')).toBe(false);
  });
});

describe('formats (Intl, by the language’s own conventions)', () => {
  it('groups and separates numbers as each language writes them', () => {
    expect(formatNumber('en', 15000)).toBe('15,000');
    expect(formatNumber('de', 15000)).toBe('15.000');
    // French groups with a narrow no-break space (U+202F).
    expect(formatNumber('fr', 15000)).toBe('15\u202f000');
    expect(formatSeconds('de', 3250)).toBe('3,3 s');
    expect(formatSeconds('en', 3250)).toBe('3.3 s');
  });

  it('writes shares and round trips to a tenth, with the space each language puts before %', () => {
    // One packet lost of 150 is 0.666…%.
    expect(formatPercent('en', 100 / 150)).toBe('0.7%');
    expect(formatPercent('de', 100 / 150)).toBe('0,7\u00a0%');
    // A no-break space before %: which one (U+00A0, U+202F) depends on the ICU's CLDR version.
    expect(formatPercent('fr', 100 / 150)).toMatch(/^0,7[\u00a0\u202f]%$/);
    expect(formatPercent('pt-BR', 100 / 150)).toBe('0,7%');
    expect(formatPercent('ja', 12)).toBe('12%');
    // Tenths only below 10 ms, where they still say something.
    expect(formatMilliseconds('en', 4.25)).toBe('4.3 ms');
    expect(formatMilliseconds('de', 4.25)).toBe('4,3 ms');
    expect(formatMilliseconds('en', 41.6)).toBe('42 ms');
  });

  it('gives Japanese and Chinese one plural form, English and German two', () => {
    expect([pluralOf('en', 1), pluralOf('en', 2)]).toEqual(['one', 'other']);
    expect([pluralOf('de', 1), pluralOf('de', 2)]).toEqual(['one', 'other']);
    expect([pluralOf('ja', 1), pluralOf('zh-CN', 1)]).toEqual(['other', 'other']);
  });

  it('dates a report in the language’s words, in UTC whatever the computer’s time zone', () => {
    const date = new Date('2026-11-25T15:04:05Z');
    expect(formatDateTime('de', date)).toBe('25. November 2026 um 15:04 UTC');
    expect(formatDateTime('ja', date)).toBe('2026年11月25日 15:04 UTC');
    expect(formatDateTime('fr', date)).toBe('25 novembre 2026 à 15:04 UTC');
    // Newer ICU (Electron's) writes a narrow no-break space (U+202F) before PM, Node 20's a blank.
    expect(formatDateTime('en', date)).toMatch(/^November 25, 2026 at 3:04[ \u202f]PM UTC$/);
  });
});

describe('the live catalogue', () => {
  it('follows setLanguage in objects taken at a module’s top, and inLanguage comes back', () => {
    const table = APP_TEXT.table;
    try {
      setLanguage('de');
      expect(currentLanguage()).toBe('de');
      expect(table.columnCheck).toBe(de.APP_TEXT.table.columnCheck);
      expect(inLanguage('en', () => table.columnCheck)).toBe(EN_APP_TEXT.table.columnCheck);
      expect(table.columnCheck).toBe(de.APP_TEXT.table.columnCheck);
    } finally {
      setLanguage('en');
    }
    expect(table.columnCheck).toBe(EN_APP_TEXT.table.columnCheck);
  });

  it('comes back from inLanguage when the render throws', () => {
    expect(() =>
      inLanguage('ja', () => {
        throw new Error('render failed');
      }),
    ).toThrow('render failed');
    expect(currentLanguage()).toBe('en');
  });
});
