// Every language's catalogue against English's (issue 19): the same keys, nothing empty, the
// technical words that IT and the helpdesk match on (row ids, ports, flags, host names) kept as
// they are, and each message carrying the facts it is given. The types already demand the keys
// (catalogue-types.test.ts); this checks what the types cannot.
import { describe, expect, it } from 'vitest';
import { EN, type Catalogue } from '../../../common/i18n/catalogue';
import { CATALOGUES } from '../../../common/i18n';
import { LANGUAGES } from '../../../common/i18n/languages';

type Leaf = { path: string; value: unknown };

function leaves(value: unknown, path = ''): Leaf[] {
  if (typeof value === 'object' && value !== null)
    return Object.entries(value).flatMap(([key, inner]) =>
      leaves(inner, path ? `${path}.${key}` : key),
    );
  return [{ path, value }];
}

/** The kind of each leaf; an array's index is not part of a path (usage lines may wrap anew). */
const shapeOf = (catalogue: Catalogue) =>
  new Map(
    leaves(catalogue).map(({ path, value }) => [
      path.replace(/\.\d+(?=\.|$)/g, '[]'),
      typeof value,
    ]),
  );

/**
 * Words that stay as they are in every language: the guide's row ids (2-2.1, S-1.2, X.3),
 * command-line flags, host names and port numbers (never grouped: "15000", not "15 000").
 */
const TECHNICAL =
  /\b(?:[23]-[0-4]\.\d|[S]-\d\.\d|X\.\d)\b|--[a-z][a-z-]+|\*\.librestream(?:tech)?\.(?:com|cn)|\b\d{4,5}\b/g;
const technicalWords = (text: string) => [...new Set(text.match(TECHNICAL) ?? [])].sort();

const TRANSLATED = LANGUAGES.filter((language) => language !== 'en');

/** Messages with facts in them, and the facts each must show in every language. */
const SAMPLES: ReadonlyArray<{ name: string; say: (c: Catalogue) => string; facts: string[] }> = [
  {
    name: 'an address that answered',
    say: (c) => c.BLOCK_TEXT.answeredBy('52.142.34.58'),
    facts: ['52.142.34.58'],
  },
  {
    name: 'the row a detail belongs to',
    say: (c) => c.APP_TEXT.table.detailsFor('2-2.3'),
    facts: ['2-2.3'],
  },
  {
    name: 'the firewall rule for IT',
    say: (c) => c.CHANGE_REQUEST_TEXT.allow('TCP 5061', ['SIP over TLS'], ['52.142.34.48/28']),
    facts: ['TCP 5061', '52.142.34.48/28'],
  },
  {
    name: 'a must-fix line with its row',
    say: (c) => c.DIAGNOSIS_TEXT.lines.row('Allow outbound TCP 5061 to 52.142.34.48/28.', '2-2.3'),
    facts: ['TCP 5061', '2-2.3'],
  },
  {
    name: 'DNS names and rows',
    say: (c) => c.DIAGNOSIS_TEXT.lines.dns(['onsight.librestream.com'], ['2-1.1', '2-2.2']),
    facts: ['onsight.librestream.com', '2-1.1', '2-2.2'],
  },
  {
    name: 'a language we lack',
    say: (c) => c.LANGUAGE_TEXT.notAvailable('ko_KR.UTF-8', ['en', 'de']),
    facts: ['ko_KR.UTF-8', 'en', 'de'],
  },
  {
    name: 'a bad CLI option value',
    say: (c) => c.CLI_TEXT.errors.wholeNumber('timeout-ms', 'soon', 1, 120000),
    facts: ['--timeout-ms', 'soon'],
  },
  {
    name: 'an unknown row',
    say: (c) => c.CLI_TEXT.errors.unknownRow('9-9.9', 'onsight-default', ['2-1.1']),
    facts: ['9-9.9', 'onsight-default'],
  },
  {
    name: 'the report file written',
    say: (c) => c.CLI_TEXT.reportWritten('/tmp/site-report.html'),
    facts: ['/tmp/site-report.html'],
  },
  {
    name: 'the helpdesk code of a report',
    say: (c) => c.SUMMARY_TEXT.code('HETJ-7H2W-4N'),
    facts: ['HETJ-7H2W-4N'],
  },
  {
    name: 'a mistyped code character',
    say: (c) => c.HELPDESK_TEXT.badCharacter('O', 3),
    facts: ['O', '3'],
  },
  {
    name: 'the Wi-Fi network tested',
    say: (c) => c.NETWORK_TEXT.wifiNamed('Site Guest'),
    facts: ['Site Guest'],
  },
  {
    name: 'the About box',
    say: (c) => c.MENU_TEXT.aboutProfile('onsight-default', '400295-08-D', 2, 'abcdef01'),
    facts: ['onsight-default', '400295-08-D', 'abcdef01'],
  },
  {
    name: 'a proxy that asked for a password',
    say: (c) =>
      c.CHANGE_REQUEST_TEXT.proxyAuth('proxy.site:3128', ['Basic'], ['*.librestream.com']),
    facts: ['proxy.site:3128', 'Basic', '*.librestream.com'],
  },
];

describe.each(TRANSLATED)('the %s catalogue', (language) => {
  const catalogue = CATALOGUES[language];

  it('has exactly English’s keys, each of the same kind', () => {
    expect(shapeOf(catalogue)).toEqual(shapeOf(EN));
  });

  it('has no empty text', () => {
    const empty = leaves(catalogue).filter(
      ({ value }) => typeof value === 'string' && value.trim() === '',
    );
    expect(empty.map(({ path }) => path)).toEqual([]);
  });

  it('keeps every row id, flag, host name and port of the English text', () => {
    const english = new Map(leaves(EN).map(({ path, value }) => [path, value]));
    const lost = leaves(catalogue).flatMap(({ path, value }) => {
      const source = english.get(path);
      if (typeof value !== 'string' || typeof source !== 'string') return [];
      const missing = technicalWords(source).filter((word) => !value.includes(word));
      return missing.length > 0 ? [`${path}: ${missing.join(' ')}`] : [];
    });
    expect(lost).toEqual([]);
  });

  it.each(SAMPLES)('says the facts of $name', ({ say, facts }) => {
    const text = say(catalogue);
    for (const fact of facts) expect(text).toContain(fact);
  });
});

describe('the English catalogue', () => {
  it.each(SAMPLES)('says the facts of $name', ({ say, facts }) => {
    const text = say(EN);
    for (const fact of facts) expect(text).toContain(fact);
  });
});
