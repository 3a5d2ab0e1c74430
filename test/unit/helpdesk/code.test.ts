import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  decodeHelpdeskCode,
  encodeHelpdeskCode,
  helpdeskCodeLengths,
} from '../../../common/helpdesk/code';
import { ALPHABET } from '../../../common/helpdesk/base32';
import { ROW_STATUSES, type RowStatus } from '../../../common/outcomes';
import type { ResultDocument } from '../../../common/results/schema';
import { CAUSES } from '../../../common/diagnosis/causes';
import { INSPECTION_PRODUCTS } from '../../../common/diagnosis/inspection-products';
import { factsOf } from '../../../common/diagnosis/diagnose';
import { buildResult, loaded } from './result-builder';

const { profile, hash } = loaded;
const stripped = (code: string) => code.replaceAll('-', '');
const decode = (code: string) => decodeHelpdeskCode(code, profile, hash);
const encode = (result: ResultDocument) =>
  encodeHelpdeskCode(
    factsOf({ ...result, partial: result.verdict.partial }),
    profile,
    result.profile,
  );

function withStatuses(result: ResultDocument, statuses: readonly RowStatus[]): ResultDocument {
  return { ...result, rows: result.rows.map((row, i) => ({ ...row, status: statuses[i]! })) };
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
  ),
};

describe('encodeHelpdeskCode', () => {
  it('writes Crockford Base32 in groups of four', () => {
    for (const code of Object.values(SAMPLES).map((r) => encode(r))) {
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
    expect(stripped(encode(threeProblems)).length).toBeLessThanOrEqual(12);
  });

  it('spends 8 characters on a clean run and at most 21 on any result of the default profile', () => {
    // 31 header bits (7 symbols) + the check; every row's status: 31 + 22 × 3 bits.
    expect(stripped(encode(SAMPLES.clean!))).toHaveLength(8);
    expect(stripped(encode(SAMPLES.everyRowAProblem!))).toHaveLength(21);
    expect(Math.max(...helpdeskCodeLengths(profile))).toBe(21);
  });
});

describe('decodeHelpdeskCode', () => {
  it('gives back the options, the cause, the product and every row status (property)', () => {
    const rowCount = profile.rows.length;
    fc.assert(
      fc.property(
        fc.record({
          teamlink: fc.boolean(),
          legacy: fc.boolean(),
          china: fc.boolean(),
          customDomains: fc.boolean(),
        }),
        fc.array(fc.constantFrom(...ROW_STATUSES), { minLength: rowCount, maxLength: rowCount }),
        fc.constantFrom(...CAUSES),
        fc.constantFrom(null, ...INSPECTION_PRODUCTS.map((p) => p.id)),
        fc.boolean(),
        (options, statuses, cause, product, partial) => {
          const facts = {
            options,
            rows: profile.rows.map((row, i) => ({ id: row.id, status: statuses[i]! })),
            cause,
            product,
            partial,
          };
          const code = encodeHelpdeskCode(facts, profile, buildResult().profile);
          expect(helpdeskCodeLengths(profile)).toContain(stripped(code).length);
          expect(decode(code)).toEqual({ ok: true, facts });
        },
      ),
      { numRuns: 2000 },
    );
  });

  it('reads lower case, missing or extra dashes and the look-alikes O, I and L', () => {
    const code = encode(threeProblems);
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
      const code = stripped(encode(result));
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
    const code = stripped(encode(threeProblems));
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
    const code = stripped(encode(fourProblems));
    // 13 and 15 are lengths no code of this profile has (helpdeskCodeLengths).
    expect(code).toHaveLength(14);
    expect(decode(code.slice(0, 7) + code.slice(8))).toMatchObject({ ok: false, reason: 'length' });
    expect(decode(`${code}7`)).toMatchObject({ ok: false, reason: 'length' });
    expect(decode('K7')).toMatchObject({ ok: false, reason: 'length' });
    expect(decode('')).toMatchObject({ ok: false, reason: 'length' });
  });

  it('refuses a code made with another profile version instead of showing a wrong table', () => {
    const code = encode(threeProblems);
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
