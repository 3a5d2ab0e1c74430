// A row's coverage (common/diagnosis/coverage.ts, issue 20): expectations written by hand from
// the guide's rows, then the promise that a decoded helpdesk code shows the run's coverage.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { coverageOf } from '../../../common/diagnosis/coverage';
import { decodeForDisplay } from '../../../common/helpdesk/decoded-table';
import { parseProfile, type RowSpec } from '../../../common/profile/schema';
import { OUTCOMES, type RowStatus, type Outcome } from '../../../common/outcomes';
import { anyOptions, buildResult, loaded } from '../helpdesk/result-builder';

const { profile, hash } = loaded;
const spec = (id: string) => profile.rows.find((row) => row.id === id)!;
const DEFAULTS = { teamlink: true, legacy: false, china: false, customDomains: false };

/** The coverage of `id` with these statuses (every other row passed). */
function coverage(
  id: string,
  status: RowStatus,
  others: Record<string, RowStatus> = {},
  options = DEFAULTS,
) {
  return coverageOf({ id, status }, spec(id), (other) => others[other] ?? 'pass', options);
}

describe('coverageOf', () => {
  it('a row whose own probes answered, or definitely failed, is tested', () => {
    for (const status of ['pass', 'warn', 'fail'] as const)
      expect(coverage('2-2.3', status)).toEqual({ kind: 'tested' });
    expect(coverage('3-1.1', 'warn')).toEqual({ kind: 'tested' });
    expect(coverage('X.1', 'pass')).toEqual({ kind: 'tested' });
  });

  it('silent media counted open: inferred from the STUN and SIP rows to the same servers that passed', () => {
    expect(
      coverage('2-2.4', 'unverified', { '2-2.1': 'fail', '2-2.2': 'pass', '2-2.3': 'warn' }),
    ).toEqual({
      kind: 'inferred',
      reason: 'same-servers',
      from: ['2-2.2', '2-2.3'],
    });
    expect(coverage('2-4.1', 'unverified', {}, { ...DEFAULTS, legacy: true })).toEqual({
      kind: 'inferred',
      reason: 'same-servers',
      from: ['2-3.1', '2-3.2', '2-3.3', '2-3.4', '2-3.5'],
    });
  });

  it('silent media with no companion through, or any other silent row, was not tested', () => {
    const none = { '2-2.1': 'fail', '2-2.2': 'unverified', '2-2.3': 'fail' } as const;
    expect(coverage('2-2.4', 'unverified', none)).toEqual({
      kind: 'not-tested',
      reason: 'could-not-tell',
    });
    expect(coverage('2-2.2', 'unverified')).toEqual({
      kind: 'not-tested',
      reason: 'could-not-tell',
    });
    // Media that got an answer, or a definite refusal, is its own test.
    expect(coverage('2-2.4', 'fail', none)).toEqual({ kind: 'tested' });
  });

  it('3-1.2 is inferred from 2-2.2 and 2-1.1, as far as they got through', () => {
    expect(coverage('3-1.2', 'info')).toEqual({
      kind: 'inferred',
      reason: 'shown-by-rows',
      from: ['2-2.2', '2-1.1'],
    });
    expect(coverage('3-1.2', 'info', { '2-2.2': 'pass', '2-1.1': 'fail' })).toEqual({
      kind: 'inferred',
      reason: 'shown-by-rows',
      from: ['2-2.2'],
    });
    // A failed row shows nothing of the ports connections leave from.
    expect(coverage('3-1.2', 'info', { '2-2.2': 'fail', '2-1.1': 'unverified' })).toEqual({
      kind: 'not-tested',
      reason: 'sources-failed',
      from: ['2-2.2'],
    });
    expect(coverage('3-1.2', 'info', { '2-2.2': 'skipped', '2-1.1': 'unverified' })).toEqual({
      kind: 'not-tested',
      reason: 'sources-not-tested',
      from: ['2-2.2', '2-1.1'],
    });
  });

  it('3-1.3 needs a second device and 2-0.1 is a server-side policy, whatever the run did', () => {
    expect(coverage('3-1.3', 'info')).toEqual({
      kind: 'not-testable-here',
      reason: 'second-device',
    });
    expect(coverage('2-0.1', 'info')).toEqual({
      kind: 'not-testable-here',
      reason: 'server-policy',
    });
    expect(coverage('3-1.3', 'skipped')).toEqual({
      kind: 'not-testable-here',
      reason: 'second-device',
    });
  });

  it('push: the desktop tests the phones path, so what phones meet is inferred, once it answered or failed', () => {
    for (const status of ['pass', 'warn', 'fail'] as const)
      expect(coverage('4.1', status)).toEqual({
        kind: 'inferred',
        reason: 'phones-same-path',
        from: [],
      });
    expect(coverage('4.2', 'unverified')).toEqual({ kind: 'not-tested', reason: 'could-not-tell' });
  });

  it('a skipped row: its option off, or left out by the selection', () => {
    expect(coverage('2-3.4', 'skipped')).toEqual({ kind: 'not-tested', reason: 'option-off' });
    expect(coverage('2-1.3', 'skipped')).toEqual({ kind: 'not-tested', reason: 'option-off' });
    expect(coverage('2-3.4', 'skipped', {}, { ...DEFAULTS, legacy: true })).toEqual({
      kind: 'not-tested',
      reason: 'left-out',
    });
    expect(coverage('2-2.2', 'skipped')).toEqual({ kind: 'not-tested', reason: 'left-out' });
  });

  it('nothing yet while a row is pending or running', () => {
    expect(coverage('2-2.2', 'running')).toBeNull();
    expect(coverage('2-2.2', 'pending')).toBeNull();
  });

  it('a row the profile does not know: its own status is all there is', () => {
    const unknown = (status: RowStatus) =>
      coverageOf({ id: 'S-1.1', status }, undefined as RowSpec | undefined, () => 'pass', DEFAULTS);
    expect(unknown('pass')).toEqual({ kind: 'tested' });
    expect(unknown('skipped')).toEqual({ kind: 'not-tested', reason: 'left-out' });
  });
});

describe('the profile declares coverage as data', () => {
  const withCoverage = (id: string, value: unknown) => ({
    ...profile,
    rows: profile.rows.map((row) => (row.id === id ? { ...row, coverage: value } : row)),
  });

  it('an inferredFrom row that is not in the profile is an error naming it', () => {
    const parsed = parseProfile(
      withCoverage('3-1.2', { inferredFrom: ['2-2.9'], reason: 'shown-by-rows' }),
    );
    expect(parsed).toEqual({
      ok: false,
      message: expect.stringContaining(
        'row 2-2.9, which row 3-1.2 is inferred from, is not in the profile',
      ),
    });
  });

  it('a row inferred from itself is an error', () => {
    const parsed = parseProfile(
      withCoverage('3-1.2', { inferredFrom: ['3-1.2'], reason: 'shown-by-rows' }),
    );
    expect(parsed).toEqual({
      ok: false,
      message: expect.stringContaining('cannot be inferred from itself'),
    });
  });

  it('a reason outside the closed list is an error', () => {
    expect(parseProfile(withCoverage('3-1.3', { notTestableHere: 'too-hard' })).ok).toBe(false);
    expect(parseProfile(withCoverage('4.1', { inferred: 'same-servers' })).ok).toBe(false);
  });
});

describe('a decoded helpdesk code shows the coverage of the run that made it', () => {
  const rowIds = profile.rows.map((row) => row.id);
  it('for every row, over random options, outcomes and selections (property)', () => {
    fc.assert(
      fc.property(
        anyOptions,
        fc.dictionary(fc.constantFrom(...rowIds), fc.constantFrom<Outcome>(...OUTCOMES), {
          maxKeys: 8,
        }),
        fc.option(fc.subarray(rowIds, { minLength: 1 })),
        (options, outcomes, only) => {
          const result = buildResult({
            options,
            answers: Object.fromEntries(
              Object.entries(outcomes).map(([id, outcome]) => [id, { outcome }]),
            ),
            ...(only && { only }),
          });
          const decoded = decodeForDisplay(result.helpdeskCode!, profile, hash);
          if (!decoded.ok) throw new Error(decoded.message);
          const shown = new Map(
            decoded.decoded.tables.flatMap((t) => t.rows).map((r) => [r.id, r.coverage]),
          );
          for (const row of result.rows) {
            expect(row.coverage, row.id).toBeDefined();
            expect(shown.get(row.id), row.id).toEqual(row.coverage);
          }
        },
      ),
      { numRuns: 400 },
    );
  });
});
