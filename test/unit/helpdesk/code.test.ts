import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  decodeHelpdeskCode,
  encodeHelpdeskCode,
  helpdeskCodeLengths,
} from '../../../common/helpdesk/code';
import { ALPHABET } from '../../../common/helpdesk/base32';
import {
  ROW_STATUSES,
  VERDICTS,
  type RowStatus,
  type VerdictStatus,
} from '../../../common/outcomes';
import type { ResultDocument } from '../../../common/results/schema';
import { buildResult, loaded } from './result-builder';

const { profile, hash } = loaded;
const stripped = (code: string) => code.replaceAll('-', '');
const decode = (code: string) => decodeHelpdeskCode(code, profile, hash);

function withStatuses(
  result: ResultDocument,
  statuses: readonly RowStatus[],
  verdict: VerdictStatus,
): ResultDocument {
  return {
    ...result,
    verdict: { ...result.verdict, status: verdict },
    rows: result.rows.map((row, i) => ({ ...row, status: statuses[i]! })),
  };
}

/** A realistic run where three rows of Table 2-2 fail: direct calls blocked, TeamLink works. */
const threeProblems = buildResult({
  answers: {
    '2-2.1': { outcome: 'timeout' },
    '2-2.3': { outcome: 'reset' },
    '2-2.2': (target) => ({ outcome: target.startsWith('13.') ? 'timeout' : 'reply' }),
  },
});

const SAMPLES: Record<string, ResultDocument> = {
  clean: buildResult(),
  threeProblems,
  legacyAndChina: buildResult({
    options: { legacy: true, china: true, teamlink: false, customDomains: ['connect.example.com'] },
    answers: {
      '2-1.3': { outcome: 'dns-fail' },
      '2-3.5': { outcome: 'refused' },
      '4.1': { outcome: 'timeout' },
    },
  }),
  everyRowAProblem: withStatuses(
    buildResult({ options: { legacy: true, china: true, customDomains: ['a.example.com'] } }),
    profile.rows.map((_, i) => (['fail', 'warn', 'unverified'] as const)[i % 3]!),
    'not-ready',
  ),
};

describe('encodeHelpdeskCode', () => {
  it('writes Crockford Base32 in groups of four', () => {
    for (const code of Object.values(SAMPLES).map((r) => encodeHelpdeskCode(r, profile))) {
      expect(code).toMatch(
        /^[0-9A-HJKMNP-TV-Z]{4}(-[0-9A-HJKMNP-TV-Z]{4})*(-[0-9A-HJKMNP-TV-Z]{1,3})?$/,
      );
    }
  });

  it('fits a result with three problem rows in at most 12 characters', () => {
    expect(
      threeProblems.rows.filter(
        (r) => r.status !== 'pass' && r.status !== 'skipped' && r.status !== 'info',
      ),
    ).toHaveLength(3);
    expect(stripped(encodeHelpdeskCode(threeProblems, profile)).length).toBeLessThanOrEqual(12);
  });

  it('spends 6 characters on a clean run and at most 19 on any result of the default profile', () => {
    expect(stripped(encodeHelpdeskCode(SAMPLES.clean!, profile))).toHaveLength(6);
    expect(stripped(encodeHelpdeskCode(SAMPLES.everyRowAProblem!, profile))).toHaveLength(19);
    expect(Math.max(...helpdeskCodeLengths(profile))).toBe(19);
  });
});

describe('decodeHelpdeskCode', () => {
  it('gives back the verdict, the options and every row status (property)', () => {
    const rowCount = profile.rows.length;
    fc.assert(
      fc.property(
        fc.record({
          teamlink: fc.boolean(),
          legacy: fc.boolean(),
          china: fc.boolean(),
          custom: fc.boolean(),
        }),
        fc.constantFrom(...VERDICTS),
        fc.array(fc.constantFrom(...ROW_STATUSES), { minLength: rowCount, maxLength: rowCount }),
        ({ custom, ...flags }, verdict, statuses) => {
          const base = buildResult({
            options: { ...flags, customDomains: custom ? ['connect.example.com'] : [] },
          });
          const result = withStatuses(base, statuses, verdict);
          const code = encodeHelpdeskCode(result, profile);
          expect(helpdeskCodeLengths(profile)).toContain(stripped(code).length);
          const decoded = decode(code);
          expect(decoded).toEqual({
            ok: true,
            decoded: {
              verdict,
              options: { ...flags, customDomains: custom },
              rows: profile.rows.map((row, i) => ({ id: row.id, status: statuses[i] })),
            },
          });
        },
      ),
      { numRuns: 2000 },
    );
  });

  it('reads lower case, missing or extra dashes and the look-alikes O, I and L', () => {
    const code = encodeHelpdeskCode(threeProblems, profile);
    const expected = decode(code);
    expect(expected.ok).toBe(true);
    const lookAlike = stripped(code).replaceAll('0', 'o').replaceAll('1', 'l').toLowerCase();
    for (const typed of [
      stripped(code),
      ` ${code.toLowerCase()} `,
      lookAlike,
      stripped(code).split('').join(' '),
    ]) {
      expect(decode(typed)).toEqual(expected);
    }
  });

  it('catches every single wrong character and every swap of two neighbours (exhaustive)', () => {
    let variants = 0;
    for (const [name, result] of Object.entries(SAMPLES)) {
      const code = stripped(encodeHelpdeskCode(result, profile));
      for (let i = 0; i < code.length; i += 1) {
        for (const other of ALPHABET) {
          if (other === code[i]) continue;
          const typed = code.slice(0, i) + other + code.slice(i + 1);
          expect(decode(typed), `${name}: ${typed}`).toMatchObject({ ok: false, reason: 'check' });
          variants += 1;
        }
        if (i + 1 < code.length && code[i] !== code[i + 1]) {
          const swapped = code.slice(0, i) + code[i + 1] + code[i] + code.slice(i + 2);
          expect(decode(swapped), `${name}: ${swapped}`).toMatchObject({
            ok: false,
            reason: 'check',
          });
          variants += 1;
        }
      }
    }
    expect(variants).toBeGreaterThan(1000);
  });

  it('names a character that codes never contain', () => {
    const code = stripped(encodeHelpdeskCode(threeProblems, profile));
    const result = decode(`${code.slice(0, 4)}U${code.slice(5)}`);
    expect(result).toMatchObject({ ok: false, reason: 'character' });
    expect(!result.ok && result.message).toContain('"U" (character 5)');
  });

  it('says the length is wrong when a character is missing or one too many', () => {
    const fourProblems = buildResult({
      answers: {
        ...Object.fromEntries(
          ['2-2.2', '2-2.3', '2-2.6', '4.2'].map((id) => [id, { outcome: 'timeout' as const }]),
        ),
      },
    });
    const code = stripped(encodeHelpdeskCode(fourProblems, profile));
    // 11 and 13 are lengths no code of this profile has (helpdeskCodeLengths).
    expect(code).toHaveLength(12);
    expect(decode(code.slice(0, 7) + code.slice(8))).toMatchObject({ ok: false, reason: 'length' });
    expect(decode(`${code}7`)).toMatchObject({ ok: false, reason: 'length' });
    expect(decode('K7')).toMatchObject({ ok: false, reason: 'length' });
    expect(decode('')).toMatchObject({ ok: false, reason: 'length' });
  });

  it('refuses a code made with another profile version instead of showing a wrong table', () => {
    const code = encodeHelpdeskCode(threeProblems, profile);
    const result = decodeHelpdeskCode(code, profile, 'deadbeef');
    expect(result).toMatchObject({ ok: false, reason: 'profile' });
    const older = { ...profile, version: '400295-08-C' };
    expect(decodeHelpdeskCode(code, older, hash)).toMatchObject({ ok: false, reason: 'profile' });
  });

  it('never throws on arbitrary input', () => {
    fc.assert(
      fc.property(
        fc.oneof(fc.string({ maxLength: 40 }), fc.stringMatching(/^[0-9A-Za-z-]{0,30}$/)),
        (text) => {
          const result = decode(text);
          expect(typeof result.ok).toBe('boolean');
        },
      ),
      { numRuns: 3000 },
    );
  });
});
