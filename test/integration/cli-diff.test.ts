// `onsight-netcheck diff BEFORE AFTER` as a user runs it, on result files and codes written
// here by hand (the lab's own pairs: test/lab/diff.test.ts): what it prints, and every kind of
// bad input refused in one line naming the side, with exit code 2 and no stack trace.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { encodeHelpdeskCode } from '../../common/helpdesk/code';
import { factsOf } from '../../common/diagnosis/diagnose';
import { DEFAULT_OPTIONS } from '../../common/options';
import type { Profile } from '../../common/profile/schema';
import defaultProfileJson from '../../common/profiles/onsight-default.json';
import { runCli } from '../support/cli';
import { defaultRows, resultDocument } from '../support/results';

const dir = mkdtempSync(join(tmpdir(), 'netcheck-cli-diff-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const file = (name: string, text: string) => {
  const path = join(dir, name);
  writeFileSync(path, text);
  return path;
};
const BLOCKED = { '2-2.3': 'fail', '2-2.4': 'unverified' } as const;
const before = file('before.json', JSON.stringify(resultDocument(BLOCKED)));
const after = file('after.json', JSON.stringify(resultDocument({}, '2026-12-03T10:00:00.000Z')));
const afterCode = resultDocument().helpdeskCode!;

/** The run exits 2 with exactly this one line on stderr, nothing on stdout. */
async function refused(args: string[], line: string | RegExp) {
  const result = await runCli(['diff', ...args]);
  expect(result.code).toBe(2);
  expect(result.stdout).toBe('');
  const lines = result.stderr.trimEnd().split('\n');
  expect(lines).toHaveLength(1);
  if (typeof line === 'string') expect(lines[0]).toBe(line);
  else expect(lines[0]).toMatch(line);
}

describe('diff', () => {
  it('names each side, the rows that changed with both states, then both diagnoses', async () => {
    const result = await runCli(['diff', before, afterCode]);
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    const lines = result.stdout.trimEnd().split('\n');
    expect(lines.filter((line) => line.length > 80)).toEqual([]);
    const text = lines.join('\n');
    // A long path wraps, with a hanging indent: the words are whole.
    expect(text.replace(/\n +/g, ' ')).toContain(
      `Before: result file ${before}, run started 2026-12-03T09:00:00.000Z (profile`,
    );
    expect(text).toMatch(
      new RegExp(
        `^After: helpdesk code ${afterCode} \\(profile onsight-default 400295-08-D r2\\)$`,
        'm',
      ),
    );
    expect(text).toContain(
      [
        '2 rows changed:',
        '  2-2.3 Calls can be set up securely: Fail → Pass',
        '  2-2.4 Call sound and video get through: Could not tell → Pass',
      ].join('\n'),
    );
    expect(text).toMatch(/Diagnosis before:\nOnsight will work here through TeamLink only\n/);
    expect(text).toMatch(/Diagnosis after:\nOnsight will work here\n/);
    // The same profile on both sides: no word about versions.
    expect(text).not.toContain('profile versions');
  });

  it('says so when no row changed, and --json gives the structured comparison', async () => {
    const same = await runCli(['diff', after, afterCode]);
    expect(same.code).toBe(0);
    expect(same.stdout).toContain('\nNo row changed.\n');

    const json = await runCli(['diff', before, after, '--json']);
    expect(json.code).toBe(0);
    expect(json.stderr).toBe('');
    const diff = JSON.parse(json.stdout);
    expect(diff.changes).toEqual([
      { id: '2-2.3', title: 'Calls can be set up securely', before: 'fail', after: 'pass' },
      {
        id: '2-2.4',
        title: 'Call sound and video get through',
        before: 'unverified',
        after: 'pass',
      },
    ]);
    expect(diff.before).toMatchObject({
      kind: 'json',
      file: before,
      startedAt: '2026-12-03T09:00:00.000Z',
      profile: { id: 'onsight-default', version: '400295-08-D', revision: 2 },
      diagnosis: { verdict: 'teamlink-only', cause: 'direct-blocked' },
    });
    expect(diff.after.diagnosis).toMatchObject({ verdict: 'ready', cause: 'none' });
    expect(diff).toMatchObject({ onlyBefore: [], onlyAfter: [], profileVersionsDiffer: false });
    expect(diff.texts).toBeUndefined();
  });

  it('in another language: the words in it, and --json keeps English with `texts`', async () => {
    const text = await runCli(['diff', before, after, '--lang', 'fr']);
    expect(text.code).toBe(0);
    expect(text.stdout).toContain('2-2.3 ');
    expect(text.stdout).toContain('Échec → Réussi');
    expect(text.stdout).toContain('Onsight fonctionnera ici uniquement via TeamLink');

    const json = JSON.parse(
      (await runCli(['diff', before, after, '--json', '--lang', 'fr'])).stdout,
    );
    expect(json.before.diagnosis.headline).toBe('Onsight will work here through TeamLink only');
    expect(json.texts.language).toBe('fr');
    expect(json.texts.before.headline).toBe('Onsight fonctionnera ici uniquement via TeamLink');
    expect(json.texts.changes[0]).toMatchObject({ id: '2-2.3', before: 'Échec', after: 'Réussi' });
  });
});

describe('diff refuses bad input in one line naming the side, exit 2', () => {
  it('the wrong number of results', async () => {
    const result = await runCli(['diff', before]);
    expect(result.code).toBe(2);
    expect(result.stderr.split('\n')[0]).toBe(
      'onsight-netcheck: diff takes two results: BEFORE AFTER, each a JSON file or a helpdesk code',
    );
  });

  it('a file that cannot be read', async () => {
    await refused(
      [join(dir, 'missing.json'), after],
      `onsight-netcheck: BEFORE ${join(dir, 'missing.json')}: cannot be read (ENOENT)`,
    );
    await refused([before, dir], `onsight-netcheck: AFTER ${dir}: cannot be read (EISDIR)`);
  });

  it('a file that is not JSON, and JSON that is not a result', async () => {
    const notJson = file('not-json.json', '{ rows: ');
    await refused(
      [before, notJson],
      new RegExp(`^onsight-netcheck: AFTER ${notJson}: not JSON \\(.+\\)$`),
    );
    const profileFile = file('profile.json', JSON.stringify(defaultProfileJson));
    await refused(
      [profileFile, after],
      new RegExp(
        `^onsight-netcheck: BEFORE ${profileFile}: not a result of "onsight-netcheck run --json" \\(schemaVersion: .+\\)$`,
      ),
    );
  });

  it('a mistyped code, a word that is neither, and a code of another profile', async () => {
    const swapped = afterCode[1]! + afterCode[0]! + afterCode.slice(2);
    await refused(
      [before, swapped],
      `onsight-netcheck: AFTER "${swapped}": no such file, and not a helpdesk code (The code does not add up: a character is wrong, missing or one too many, or two neighbours are swapped. Please read it out again.)`,
    );
    await refused(
      ['yesterday', after],
      /^onsight-netcheck: BEFORE "yesterday": no such file, and not a helpdesk code \(.+\)$/,
    );
    const profile = defaultProfileJson as unknown as Profile;
    const extra = { ...profile.rows.find((r) => r.id === '2-2.6')!, id: '2-2.7' };
    const grown: Profile = { ...profile, rows: [...profile.rows, extra] };
    const facts = factsOf({
      rows: defaultRows(),
      options: DEFAULT_OPTIONS,
      host: null,
      partial: false,
    });
    const grownCode = encodeHelpdeskCode(
      { ...facts, rows: [...facts.rows, { id: '2-2.7', status: 'pass' }] },
      grown,
    );
    await refused(
      [grownCode, after],
      new RegExp(`^onsight-netcheck: BEFORE helpdesk code ${grownCode}: .+$`),
    );
  });
});
