// The helpdesk code (docs/helpdesk-code.md). The format is pinned by golden vectors written
// once (test/fixtures/helpdesk-codes.json: 0.1's codes by its own encoder, the first v2 codes
// by the first v2 encoder), not by the encoder itself; the rest are properties.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import golden from '../../fixtures/helpdesk-codes.json';
import {
  CODE_LENGTHS,
  decodeHelpdeskCode,
  encodeHelpdeskCode,
  worstCaseLength,
} from '../../../common/helpdesk/code';
import { decodeForDisplay } from '../../../common/helpdesk/decoded-table';
import { ALPHABET, groupSymbols, symbolChar } from '../../../common/helpdesk/base32';
import { checkSymbol } from '../../../common/helpdesk/check-symbol';
import { BitReader } from '../../../common/helpdesk/bits';
import {
  LAYOUT_DIGEST_BITS,
  LAYOUTS,
  layoutDigest,
  layoutOf,
} from '../../../common/helpdesk/layouts';
import { ROW_STATUSES, OUTCOMES, type Outcome } from '../../../common/outcomes';
import { CAUSES } from '../../../common/diagnosis/causes';
import { INSPECTION_PRODUCTS } from '../../../common/diagnosis/inspection-products';
import { factsOf } from '../../../common/diagnosis/diagnose';
import type { DiagnosisFacts } from '../../../common/diagnosis/describe';
import { verdictOf } from '../../../common/diagnosis/verdict';
import type { Profile } from '../../../common/profile/schema';
import { buildResult, loaded } from './result-builder';

const { profile, hash } = loaded;
const stripped = (code: string) => code.replaceAll('-', '');
const decode = (code: string) => decodeHelpdeskCode(code, profile, hash);

/** Any facts the default profile's code can carry: every row any status, any cause. */
const anyFacts: fc.Arbitrary<DiagnosisFacts> = fc
  .record({
    options: fc.record({
      teamlink: fc.boolean(),
      legacy: fc.boolean(),
      china: fc.boolean(),
      customDomains: fc.boolean(),
    }),
    statuses: fc.array(fc.constantFrom(...ROW_STATUSES), {
      minLength: profile.rows.length,
      maxLength: profile.rows.length,
    }),
    cause: fc.constantFrom(...CAUSES),
    product: fc.constantFrom(null, ...INSPECTION_PRODUCTS.map((p) => p.id)),
    partial: fc.boolean(),
    unlistedServer: fc.boolean(),
  })
  .map(({ statuses, cause, product, unlistedServer, ...rest }) => ({
    ...rest,
    // Present only when true, as factsOf gives it.
    ...(unlistedServer ? { unlistedServer: true as const } : {}),
    cause,
    // Only SSL inspection names a product.
    product: cause === 'ssl-inspection' ? product : null,
    rows: profile.rows.map((row, i) => ({ id: row.id, status: statuses[i]! })),
  }));

/** The layout digest a code's data symbols carry, after its version bits (10, or 110). */
function digestOf(data: readonly number[]): number {
  const bits = new BitReader(data);
  bits.read(data[0]! >> 2 === 0b110 ? 3 : 2);
  return bits.read(LAYOUT_DIGEST_BITS);
}
/** The default profile as 0.2 had it, before table X (its codes name that layout). */
const profileBeforeX: Profile = {
  ...profile,
  rows: profile.rows.filter((row) => row.table !== 'X'),
};

/** A code with a valid check over arbitrary data symbols. */
const withCheck = (data: number[]) =>
  groupSymbols([...data, checkSymbol(data)].map(symbolChar).join(''));

describe('golden vectors (test/fixtures/helpdesk-codes.json)', () => {
  it('holds at least 40 codes, of 0.1 (v1) and of v2', () => {
    expect(golden.codes.length).toBeGreaterThanOrEqual(40);
    expect(new Set(golden.codes.map((c) => c.format))).toEqual(new Set([1, 2]));
  });

  /**
   * The facts a vector's code decodes to against today's profile: its own rows, and every row
   * the profile gained since (table X, issue 18) as `pending`, not checked by that version.
   */
  const factsToday = (facts: (typeof golden.codes)[number]['facts']) => ({
    ...facts,
    rows: profile.rows.map(
      (row) => facts.rows.find((r) => r.id === row.id) ?? { id: row.id, status: 'pending' },
    ),
  });
  /** The profile a vector's code was made with: today's, without the rows added since. */
  const profileOf = (facts: (typeof golden.codes)[number]['facts']): Profile => ({
    ...profile,
    rows: profile.rows.filter((row) => facts.rows.some((r) => r.id === row.id)),
  });

  for (const vector of golden.codes) {
    it(`${vector.code}: ${vector.name}`, () => {
      const read = decode(vector.code);
      expect(read).toMatchObject({ ok: true, facts: factsToday(vector.facts) });
      const shown = decodeForDisplay(vector.code, profile, hash);
      expect(shown.ok).toBe(true);
      if (!shown.ok) return;
      const { verdict, cause, product, rows, partial } = shown.decoded.diagnosis;
      expect({ verdict, cause, product, rows, partial }).toEqual(vector.diagnosis);
      // A 0.1 code says it came from an older version; a v2 code says nothing of the kind.
      expect(shown.decoded.notice !== null).toBe(vector.format === 1);
      // v2: the diagnosis's facts give back the very same code.
      if (vector.format === 2)
        expect(encodeHelpdeskCode(vector.facts as DiagnosisFacts, profileOf(vector.facts))).toBe(
          vector.code,
        );
    });
  }
});

describe('v2 with an unlisted server (prefix 110, issue 20)', () => {
  /** A code's data bits, most significant first, without its check symbol. */
  const bitsOf = (code: string) =>
    [...stripped(code)]
      .slice(0, -1)
      .map((c) => ALPHABET.indexOf(c).toString(2).padStart(5, '0'))
      .join('');
  const v2Vectors = golden.codes.filter((c) => c.format === 2);
  /** The profile a vector's code was made with: today's, without the rows added since. */
  const profileOfVector = (facts: DiagnosisFacts): Profile => ({
    ...profile,
    rows: profile.rows.filter((row) => facts.rows.some((r) => r.id === row.id)),
  });

  it("writes every golden v2 result's bits behind one more 1 (110 for 10), and reads the fact back", () => {
    expect(v2Vectors.length).toBeGreaterThan(10);
    for (const vector of v2Vectors) {
      const facts = vector.facts as DiagnosisFacts;
      const flagged = encodeHelpdeskCode(
        { ...facts, unlistedServer: true },
        profileOfVector(facts),
      );
      const plain = bitsOf(vector.code);
      // Zero padding differs with the length: the bits match up to the shorter's end.
      expect(plain.startsWith('10')).toBe(true);
      const written = bitsOf(flagged);
      expect(written.slice(0, 3)).toBe('110');
      expect(written.slice(1, plain.length + 1).replace(/0+$/, '')).toBe(plain.replace(/0+$/, ''));
      expect(decode(flagged)).toMatchObject({ ok: true, facts: { unlistedServer: true } });
      // The golden code itself still reads without it.
      const before = decode(vector.code);
      expect(before.ok && 'unlistedServer' in before.facts).toBe(false);
    }
  });

  it('a clean run with the default options: 110, the digest, cause 0, no extras (5 characters)', () => {
    const facts = {
      ...factsOf({ ...buildResult(), partial: false }),
      unlistedServer: true as const,
    };
    const code = encodeHelpdeskCode(facts, profile);
    const digest = layoutDigest(layoutOf(profile)).toString(2).padStart(10, '0');
    // 3 + 10 + 5 + 1 = 19 bits in 4 symbols (one zero of padding), then the check.
    expect(bitsOf(code)).toBe(`110${digest}00000` + '0' + '0');
    expect(stripped(code)).toHaveLength(5);
    expect(decode(code)).toEqual({ ok: true, facts, origin: { format: 2 } });
    // Without the fact, the code is the one v2 always wrote for this result.
    const { unlistedServer: _u, ...before } = facts;
    expect(bitsOf(encodeHelpdeskCode(before, profile)).slice(0, 2)).toBe('10');
  });

  it('a code of 110 that the encoder would not write is refused, as any v2 code', () => {
    const facts = {
      ...factsOf({ ...buildResult(), partial: false }),
      unlistedServer: true as const,
    };
    const data = [...stripped(encodeHelpdeskCode(facts, profile))]
      .slice(0, -1)
      .map((c) => ALPHABET.indexOf(c));
    data[data.length - 1] = data[data.length - 1]! | 1; // a padding bit set
    expect(decode(withCheck(data))).toMatchObject({ ok: false, reason: 'check' });
  });
});

describe('format v2', () => {
  it('gives back every fact it carries, in at most the stated worst case (property)', () => {
    expect(worstCaseLength(profile)).toBe(24);
    expect(CODE_LENGTHS.max).toBe(worstCaseLength(profile));
    // The shortest: a clean run with the default options.
    const clean = encodeHelpdeskCode(factsOf({ ...buildResult(), partial: false }), profile);
    expect(stripped(clean)).toHaveLength(CODE_LENGTHS.min);
    fc.assert(
      fc.property(anyFacts, (facts) => {
        const code = encodeHelpdeskCode(facts, profile);
        expect(code).toMatch(
          /^[0-9A-HJKMNP-TV-Z]{4}(-[0-9A-HJKMNP-TV-Z]{4})*(-[0-9A-HJKMNP-TV-Z]{1,3})?$/,
        );
        expect(stripped(code).length).toBeLessThanOrEqual(worstCaseLength(profile));
        expect(decode(code)).toEqual({ ok: true, facts, origin: { format: 2 } });
      }),
      { numRuns: 2000 },
    );
  });

  it('need not store the verdict: the decoded statuses give the run its own verdict (property)', () => {
    // verdictOf reads only the row statuses and TeamLink; the code carries both exactly, so
    // the verdict recomputed from a decoded code is the run's, for any outcome of any row.
    fc.assert(
      fc.property(
        fc.boolean(),
        fc.dictionary(
          fc.constantFrom(...profile.rows.map((r) => r.id)),
          fc.constantFrom<Outcome>(...OUTCOMES),
          { maxKeys: 10 },
        ),
        (teamlink, outcomes) => {
          const answers = Object.fromEntries(
            Object.entries(outcomes).map(([id, outcome]) => [id, { outcome }]),
          );
          const result = buildResult({ options: { teamlink, legacy: true }, answers });
          const read = decode(result.helpdeskCode!);
          expect(read.ok).toBe(true);
          if (!read.ok) return;
          const rows = profile.rows.map((spec, i) => ({
            ...spec,
            status: read.facts.rows[i]!.status,
          }));
          expect(verdictOf(rows, read.facts.options.teamlink).status).toBe(result.verdict.status);
        },
      ),
      { numRuns: 500 },
    );
  });

  it('reads lower case, missing or extra dashes and the look-alikes O, I and L', () => {
    const code = golden.codes.find((c) => c.name.startsWith('dns-broken'))!.code;
    const expected = decode(code);
    for (const typed of [
      code.toLowerCase(),
      stripped(code),
      ` ${stripped(code).split('').join(' ')} `,
    ])
      expect(decode(typed)).toEqual(expected);
    expect(decode('N0G8-D'.replace('0', 'O'))).toEqual(decode('N0G8-D'));
  });

  it('keeps decoding when a title or a note changes: the digest covers only the layout', () => {
    const retitled: Profile = {
      ...profile,
      title: 'Another title',
      rows: profile.rows.map((row) => ({ ...row, title: `${row.title}!`, notes: ['new note'] })),
    };
    const code = golden.codes.find((c) => c.format === 2 && c.name.startsWith('udp'))!.code;
    expect(decodeHelpdeskCode(code, retitled, 'ffffffff')).toEqual(decode(code));
  });

  it('decodes a code of a registered layout after rows are added; the new row was not checked', () => {
    const extra = { ...profile.rows.find((r) => r.id === '2-2.6')!, id: '2-2.7' };
    const grown: Profile = { ...profile, rows: [...profile.rows, extra] };
    const code = golden.codes.find((c) => c.name.startsWith('sip-tls'))!.code;
    const read = decodeHelpdeskCode(code, grown, 'ffffffff');
    expect(read.ok && read.facts.rows.at(-1)).toEqual({ id: '2-2.7', status: 'pending' });
    // Codes made with the grown profile name its own layout and decode with it.
    const facts = factsOf({ ...buildResult(), partial: false });
    const grownFacts = {
      ...facts,
      rows: [...facts.rows, { id: '2-2.7', status: 'fail' as const }],
    };
    const grownCode = encodeHelpdeskCode(grownFacts, grown);
    expect(decodeHelpdeskCode(grownCode, grown, 'x')).toMatchObject({
      ok: true,
      facts: grownFacts,
    });
    expect(decode(grownCode)).toMatchObject({ ok: false, reason: 'profile' });
  });

  it("registers the default profile's layout, and every layout once", () => {
    expect(LAYOUTS.at(-1)).toEqual(layoutOf(profile));
    expect(new Set(LAYOUTS.map(layoutDigest)).size).toBe(LAYOUTS.length);
  });
});

describe('format v1 (0.1)', () => {
  it('decodes, says it came from an older version and that its cause is worked out', () => {
    const v1 = golden.codes.filter((c) => c.format === 1);
    expect(v1.length).toBeGreaterThanOrEqual(15);
    for (const vector of v1) {
      const shown = decodeForDisplay(vector.code, profile, hash);
      expect(shown.ok && shown.decoded.notice).toMatch(/older version .* worked out/);
    }
  });

  it("still decodes once the profile's text (and so its hash) changed", () => {
    const retitled: Profile = { ...profile, title: 'Another title' };
    expect(decodeHelpdeskCode('3G32-3RR', retitled, 'ffffffff')).toEqual(decode('3G32-3RR'));
  });

  it('names the verdict 0.1 gave when today it reads differently', () => {
    // 3G33-0P (clean, ready) with its stored verdict (the 4th symbol's last 2 bits) set to
    // not-ready: the statuses still say ready, and the notice names what 0.1 said.
    const data = [...'3G330'].map((c) => ALPHABET.indexOf(c));
    data[3] = data[3]! & 0b11100;
    const shown = decodeForDisplay(withCheck(data), profile, hash);
    expect(shown.ok && shown.decoded.diagnosis.verdict).toBe('ready');
    expect(shown.ok && shown.decoded.notice).toContain('That version gave the verdict "not-ready"');
  });
});

describe('refusals', () => {
  const random = fc.sample(anyFacts, { numRuns: 1000, seed: 16 });
  const codes = random.map((facts) => stripped(encodeHelpdeskCode(facts, profile)));

  it('refuses every single wrong character and every swap of two neighbours of 1,000 codes: "does not add up"', () => {
    let tried = 0;
    const refused = (typed: string) => {
      tried += 1;
      const read = decode(typed);
      if (
        read.ok ||
        !['check', 'length'].includes(read.reason) ||
        !/does not add up/.test(read.message)
      )
        expect.fail(`${typed} was not refused as not adding up: ${JSON.stringify(read)}`);
    };
    for (const code of codes) {
      for (let i = 0; i < code.length; i += 1) {
        for (const char of ALPHABET)
          if (char !== code[i]) refused(code.slice(0, i) + char + code.slice(i + 1));
        if (i + 1 < code.length && code[i] !== code[i + 1])
          refused(code.slice(0, i) + code[i + 1] + code[i] + code.slice(i + 2));
      }
    }
    expect(tried).toBeGreaterThan(100_000);
  });

  it('names a character that codes never contain', () => {
    expect(decode('N0G8-U')).toMatchObject({ ok: false, reason: 'character' });
  });

  it('says in one line that a code comes from a newer version', () => {
    for (const prefix of [0b11100, 0b01000, 0b00100, 0b00000]) {
      const read = decode(withCheck([prefix, 1, 2, 3, 4, 5]));
      expect(read).toMatchObject({ ok: false, reason: 'newer' });
      expect(!read.ok && read.message.split('\n')).toHaveLength(1);
    }
  });

  it('refuses a code of another layout instead of showing a wrong table', () => {
    const code = golden.codes.find((c) => c.format === 2)!.code;
    const data = [...stripped(code)].slice(0, -1).map((c) => ALPHABET.indexOf(c));
    data[1] = data[1]! ^ 0b00100; // one bit of the layout digest
    expect(decode(withCheck(data))).toMatchObject({ ok: false, reason: 'profile' });
  });

  it('never throws, whatever is typed (fuzz), and accepts only what the encoder writes', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 40 }), (typed) => {
        expect(() => decode(typed)).not.toThrow();
      }),
      { numRuns: 2000 },
    );
    fc.assert(
      fc.property(fc.array(fc.nat(31), { minLength: 4, maxLength: 20 }), (data) => {
        const read = decode(withCheck(data));
        // A code that adds up is read only if it is the one the encoder writes for its facts,
        // with the rows of its own layout: one of 0.2's (before table X) shows X as not checked.
        if (read.ok && read.origin.format === 2) {
          const xRows = read.facts.rows.filter((row) => row.id.startsWith('X.'));
          const madeBeforeX = digestOf(data) !== layoutDigest(layoutOf(profile));
          const encoder = madeBeforeX ? profileBeforeX : profile;
          if (madeBeforeX)
            expect(xRows.map((row) => row.status)).toEqual(
              Array(profile.rows.length - profileBeforeX.rows.length).fill('pending'),
            );
          const facts = madeBeforeX
            ? { ...read.facts, rows: read.facts.rows.filter((row) => !row.id.startsWith('X.')) }
            : read.facts;
          expect(stripped(encodeHelpdeskCode(facts, encoder))).toBe(stripped(withCheck(data)));
        }
      }),
      { numRuns: 5000 },
    );
  });
});
