// The CLI's language (issue 19): --lang, then LC_ALL, LC_MESSAGES and LANG as POSIX reads
// them; C and POSIX mean English, silently; a language we lack means English with one line on
// stderr, and nothing on stderr with --json. Run as a user would, on a helpdesk code (no network).
import { describe, expect, it } from 'vitest';
import { EN, type Catalogue } from '../../common/i18n/catalogue';
import { CATALOGUES } from '../../common/i18n';
import { LANGUAGES } from '../../common/i18n/languages';
import { columns } from '../../common/reports/columns';
import { ENGLISH_ENV, runCli } from '../support/cli';
import { SECURE_SIP_FAILS } from '../support/codes';

const CODE = SECURE_SIP_FAILS;
/** The headline of that diagnosis (cause direct-blocked, verdict TeamLink only) in a catalogue. */
const headline = (c: Catalogue) =>
  c.DIAGNOSIS_TEXT.causes['direct-blocked']('teamlink-only').headline;
const withLocale = (locale: Record<string, string>) => ({ env: { ...ENGLISH_ENV, ...locale } });

describe('the CLI speaks', () => {
  it('French with --lang fr: the headline, the row titles and the table names', async () => {
    const fr = CATALOGUES.fr;
    // Not English under another name: the French catalogue is translated.
    expect(headline(fr)).not.toBe(headline(EN));
    const result = await runCli(['--lang', 'fr', 'decode', CODE]);
    expect(result.code).toBe(0);
    expect(result.stderr).toBe('');
    expect(result.stdout).toContain(headline(fr));
    expect(result.stdout).toContain(fr.TABLE_WORDS['2-2']);
    expect(result.stdout).toContain(fr.ROW_WORDS['2-2.3'].title.split(' ')[0]);
    expect(result.stdout).not.toContain(headline(EN));
  });

  it('German for LANG=de_DE.UTF-8, and LC_ALL before LANG', async () => {
    const de = CATALOGUES.de;
    const german = await runCli(['decode', CODE], withLocale({ LANG: 'de_DE.UTF-8' }));
    expect(german.stdout).toContain(headline(de));
    expect(german.stdout).toContain(`${de.DIAGNOSIS_TEXT.labels.mustFix}:`);
    const japanese = await runCli(
      ['decode', CODE],
      withLocale({ LC_ALL: 'ja_JP.UTF-8', LANG: 'de_DE.UTF-8' }),
    );
    expect(japanese.stdout).toContain(headline(CATALOGUES.ja));
  });

  it('English, silently, for LC_ALL=C over a German LANG', async () => {
    const result = await runCli(['decode', CODE], withLocale({ LC_ALL: 'C', LANG: 'de_DE.UTF-8' }));
    expect(result.stdout).toContain(headline(EN));
    expect(result.stderr).toBe('');
  });

  it('English for a language we lack, with one line on stderr naming it', async () => {
    const result = await runCli(['decode', CODE], withLocale({ LANG: 'ko_KR.UTF-8' }));
    expect(result.code).toBe(0);
    expect(result.stdout).toContain(headline(EN));
    expect(result.stderr).toBe(
      `onsight-netcheck: ${EN.LANGUAGE_TEXT.notAvailable('ko_KR.UTF-8', LANGUAGES)}\n`,
    );
  });

  it('nothing on stderr with --json, even for a language we lack', async () => {
    const result = await runCli(['decode', CODE, '--json'], withLocale({ LANG: 'ko_KR.UTF-8' }));
    expect(result.code).toBe(0);
    expect(result.stderr).toBe('');
    expect(JSON.parse(result.stdout).texts).toBeUndefined();
  });

  it('--json stays language-neutral: the English reading, with the words under texts', async () => {
    const english = JSON.parse((await runCli(['decode', CODE, '--json'])).stdout);
    const result = await runCli(['decode', CODE, '--json', '--lang', 'ja']);
    const json = JSON.parse(result.stdout);
    const { texts, ...record } = json;
    expect(record).toEqual(english);
    expect(texts.language).toBe('ja');
    expect(texts.diagnosis.headline).toBe(headline(CATALOGUES.ja));
    expect(texts.diagnosis.cause).toBe(english.diagnosis.cause);
  });

  it('a mistake in the chosen language, with exit code 2', async () => {
    const result = await runCli(['--lang', 'de', 'run', '--timeout-ms', 'soon']);
    expect(result.code).toBe(2);
    expect(result.stderr.split('\n')[0]).toBe(
      `onsight-netcheck: ${CATALOGUES.de.CLI_TEXT.errors.wholeNumber('timeout-ms', 'soon', 1, 120000)}`,
    );
  });

  it.each(LANGUAGES)('--help in %s within 80 terminal columns', async (language) => {
    const result = await runCli(['--lang', language, '--help']);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('onsight-netcheck decode');
    expect(result.stdout.split('\n').filter((line) => columns(line) > 80)).toEqual([]);
  });
});
