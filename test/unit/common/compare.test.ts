// The comparison model of `diff` (issue 20): two readings, each a result document or a helpdesk
// code, compared row by row. Documents and codes are written here by hand, with the rows'
// statuses chosen, so the changes, the diagnoses and the refusals are known in advance.
import { afterEach, describe, expect, it } from 'vitest';
import { DEFAULT_OPTIONS } from '../../../common/options';
import type { RowStatus } from '../../../common/outcomes';
import type { Profile } from '../../../common/profile/schema';
import { encodeHelpdeskCode } from '../../../common/helpdesk/code';
import { factsOf } from '../../../common/diagnosis/diagnose';
import { setLanguage } from '../../../common/i18n';
import { withTexts } from '../../../common/results/texts';
import {
  compareReadings,
  readingOfCode,
  readingOfDocument,
  readingOfJson,
  type Reading,
  type ReadingAnswer,
} from '../../../common/results/compare';
import { defaultProfile } from '../../../main/engine/profile-loader';
import { defaultRows, resultDocument } from '../../support/results';

const loaded = defaultProfile();
const { profile, hash } = loaded;

/** SIP over TLS blocked, one media range unconfirmed: TeamLink only (README, "Causes"). */
const BLOCKED: Record<string, RowStatus> = { '2-2.3': 'fail', '2-2.4': 'unverified' };

const documentOf = resultDocument;

const codeOf = (statuses: Record<string, RowStatus>, of: Profile = profile) =>
  encodeHelpdeskCode(
    factsOf({ rows: defaultRows(statuses), options: DEFAULT_OPTIONS, host: null, partial: false }),
    of,
  );

function read(answer: ReadingAnswer): Reading {
  if (!answer.ok) throw new Error(`not read: ${answer.message}`);
  return answer.reading;
}

const statusesOf = (comparison: ReturnType<typeof compareReadings>) =>
  comparison.changes.map((c) => [c.id, c.before.status, c.after.status]);

describe('compareReadings', () => {
  afterEach(() => setLanguage('en'));

  it('two documents: the rows that changed, in profile order, and both diagnoses', () => {
    const before = read(readingOfDocument(documentOf(BLOCKED), 'before.json', profile));
    const after = read(
      readingOfDocument(documentOf({}, '2026-12-03T10:00:00.000Z'), 'after.json', profile),
    );
    const comparison = compareReadings(before, after);
    expect(statusesOf(comparison)).toEqual([
      ['2-2.3', 'fail', 'pass'],
      ['2-2.4', 'unverified', 'pass'],
    ]);
    expect(comparison.onlyBefore).toEqual([]);
    expect(comparison.onlyAfter).toEqual([]);
    expect(comparison.profileVersionsDiffer).toBe(false);
    expect(before.source).toEqual({
      kind: 'json',
      file: 'before.json',
      startedAt: '2026-12-03T09:00:00.000Z',
    });
    expect(before.profile).toEqual({ id: 'onsight-default', version: '400295-08-D', revision: 2 });
    expect(before.diagnosis).toMatchObject({
      verdict: 'teamlink-only',
      cause: 'direct-blocked',
      headline: 'Onsight will work here through TeamLink only',
    });
    expect(after.diagnosis).toMatchObject({
      verdict: 'ready',
      cause: 'none',
      headline: 'Onsight will work here',
    });
  });

  it('two codes: the same changes and diagnoses as the documents they came from', () => {
    const before = read(readingOfCode(codeOf(BLOCKED).toLowerCase(), profile, hash));
    const after = read(readingOfCode(codeOf({}), profile, hash));
    const comparison = compareReadings(before, after);
    expect(statusesOf(comparison)).toEqual([
      ['2-2.3', 'fail', 'pass'],
      ['2-2.4', 'unverified', 'pass'],
    ]);
    // As typed, back in capitals and groups.
    expect(before.source).toEqual({ kind: 'code', code: codeOf(BLOCKED) });
    expect(before.diagnosis).toEqual(documentOf(BLOCKED).diagnosis);
    expect(after.diagnosis.verdict).toBe('ready');
    expect(comparison.profileVersionsDiffer).toBe(false);
  });

  it('a document against its own code: no row changed, and every row is on both sides', () => {
    const document = documentOf(BLOCKED);
    expect(document.helpdeskCode).not.toBeNull();
    const comparison = compareReadings(
      read(readingOfDocument(document, 'run.json', profile)),
      read(readingOfCode(document.helpdeskCode!, profile, hash)),
    );
    expect(comparison.changes).toEqual([]);
    expect(comparison.onlyBefore).toEqual([]);
    expect(comparison.onlyAfter).toEqual([]);
    expect(comparison.before.rows).toHaveLength(26);
  });

  it('another profile version: compared where the ids match, the rows only one side has named', () => {
    const older = documentOf(BLOCKED);
    older.profile = { ...older.profile, version: '400295-07-C', revision: 1 };
    // The older rules had no X.4 and a row 2-2.7 of their own.
    older.rows = older.rows
      .filter((row) => row.id !== 'X.4')
      .concat({ ...older.rows.find((row) => row.id === '2-2.6')!, id: '2-2.7', status: 'fail' });
    const comparison = compareReadings(
      read(readingOfDocument(older, 'older.json', profile)),
      read(readingOfDocument(documentOf({}), 'now.json', profile)),
    );
    expect(comparison.profileVersionsDiffer).toBe(true);
    expect(statusesOf(comparison)).toEqual([
      ['2-2.3', 'fail', 'pass'],
      ['2-2.4', 'unverified', 'pass'],
    ]);
    expect(comparison.onlyBefore.map((row) => [row.id, row.status])).toEqual([['2-2.7', 'fail']]);
    expect(comparison.onlyAfter.map((row) => [row.id, row.status])).toEqual([['X.4', 'pass']]);
  });

  it("tells a document's diagnosis in the faces' language, but keeps the record's words for other rules", () => {
    setLanguage('fr');
    const same = read(readingOfDocument(documentOf(BLOCKED), 'a.json', profile));
    expect(same.diagnosis.headline).toBe('Onsight fonctionnera ici uniquement via TeamLink');
    const other = documentOf(BLOCKED);
    other.profile = { ...other.profile, revision: 1 };
    expect(read(readingOfDocument(other, 'b.json', profile)).diagnosis.headline).toBe(
      'Onsight will work here through TeamLink only',
    );
  });
});

describe('a side that cannot be read says why', () => {
  it('a file that is not JSON', () => {
    expect(readingOfJson('{ rows: ', 'x.json', profile)).toMatchObject({
      ok: false,
      problem: 'not-json',
    });
  });

  it('JSON that is not a result document names the first field that is wrong', () => {
    const { schemaVersion: _, ...unversioned } = documentOf({});
    expect(readingOfJson(JSON.stringify(unversioned), 'x.json', profile)).toMatchObject({
      ok: false,
      problem: 'not-result',
      message: expect.stringMatching(/^schemaVersion: /),
    });
    expect(readingOfJson('[1, 2]', 'x.json', profile)).toMatchObject({ problem: 'not-result' });
  });

  it('a document with its `texts` (run --json in another language) is a result', () => {
    setLanguage('de');
    const document = withTexts(documentOf(BLOCKED), profile);
    setLanguage('en');
    expect(document.texts?.language).toBe('de');
    expect(readingOfJson(JSON.stringify(document), 'x.json', profile).ok).toBe(true);
  });

  it('a mistyped code, and a code of another profile', () => {
    const code = codeOf(BLOCKED);
    const swapped = code[1]! + code[0]! + code.slice(2);
    expect(readingOfCode(swapped, profile, hash)).toMatchObject({ ok: false, problem: 'check' });
    expect(readingOfCode('before', profile, hash)).toMatchObject({ ok: false, problem: 'check' });
    expect(readingOfCode('N0G8-U', profile, hash)).toMatchObject({
      ok: false,
      problem: 'character',
    });
    const extra = { ...profile.rows.find((r) => r.id === '2-2.6')!, id: '2-2.7' };
    const grown: Profile = { ...profile, rows: [...profile.rows, extra] };
    const grownCode = encodeHelpdeskCode(
      {
        ...factsOf({ rows: defaultRows(), options: DEFAULT_OPTIONS, host: null, partial: false }),
        rows: [
          ...defaultRows().map(({ id, status }) => ({ id, status })),
          { id: '2-2.7', status: 'pass' },
        ],
      },
      grown,
    );
    expect(readingOfCode(grownCode, profile, hash)).toMatchObject({
      ok: false,
      problem: 'profile',
    });
  });
});
