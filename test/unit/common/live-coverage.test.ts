// Coverage while the run goes on (common/results/live-coverage.ts): a row's mark is known once
// it and the rows it is concluded from have finished, and is then the one the result ends
// with. The cases are the default profile's declarations (common/profiles/onsight-default.json:
// 2-0.1 a server-side policy, 3-1.2 concluded from 2-2.2 and 2-1.1, 2-2.4's silent media
// counted open through 2-2.1, 2-2.2 and 2-2.3 to the same servers).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { liveCoverage } from '../../../common/results/live-coverage';
import type { RowResult } from '../../../common/results/schema';
import type { RowStatus } from '../../../common/outcomes';
import { DEFAULT_OPTIONS } from '../../../common/options';
import { plan } from '../../../main/engine/planner';
import { anyOptions, buildResult, loaded } from '../helpdesk/result-builder';

const planned = plan({
  profile: loaded.profile,
  profileHash: loaded.hash,
  options: DEFAULT_OPTIONS,
});
const row = (id: string, status: RowStatus) =>
  ({ id, table: id.slice(0, 3), status, summary: '' }) as unknown as RowResult;
const covered = (rows: RowResult[]) => rows.map((r) => [r.id, r.coverage ?? null]);

describe('coverage while the run goes on', () => {
  it('a server-side reminder is not testable here as soon as it is shown', () => {
    const next = liveCoverage(loaded.profile, planned);
    expect(covered(next(row('2-0.1', 'info')))).toEqual([
      ['2-0.1', { kind: 'not-testable-here', reason: 'server-policy' }],
    ]);
  });

  it('a row concluded from others waits for them, then is drawn again with its mark', () => {
    const next = liveCoverage(loaded.profile, planned);
    expect(covered(next(row('3-1.2', 'info')))).toEqual([['3-1.2', null]]);
    expect(covered(next(row('2-1.1', 'pass')))).toEqual([
      ['2-1.1', { kind: 'tested' }],
      ['3-1.2', null],
    ]);
    expect(covered(next(row('2-2.2', 'fail')))).toEqual([
      ['2-2.2', { kind: 'tested' }],
      // From 2-1.1 alone: 2-2.2 did not get through, so it shows nothing of it.
      ['3-1.2', { kind: 'inferred', reason: 'shown-by-rows', from: ['2-1.1'] }],
    ]);
  });

  it('silent media waits for STUN and SIP to the same servers, and counts as open through them', () => {
    const next = liveCoverage(loaded.profile, planned);
    next(row('2-2.1', 'pass'));
    next(row('2-2.2', 'running'));
    expect(covered(next(row('2-2.4', 'unverified')))).toEqual([['2-2.4', null]]);
    next(row('2-2.2', 'fail'));
    expect(covered(next(row('2-2.3', 'pass')))).toEqual([
      ['2-2.3', { kind: 'tested' }],
      ['2-2.4', { kind: 'inferred', reason: 'same-servers', from: ['2-2.1', '2-2.3'] }],
    ]);
  });

  it('ends, in any order of the rows, with the coverage of the result (property)', () => {
    fc.assert(
      fc.property(
        anyOptions,
        fc.dictionary(
          fc.constantFrom(...loaded.profile.rows.map((r) => r.id)),
          fc.constantFrom('timeout', 'refused', 'reply' as const),
          { maxKeys: 8 },
        ),
        fc.func(fc.integer()),
        (options, outcomes, order) => {
          const result = buildResult({
            options,
            answers: Object.fromEntries(
              Object.entries(outcomes).map(([id, outcome]) => [id, { outcome }]),
            ),
          });
          const next = liveCoverage(
            loaded.profile,
            plan({ profile: loaded.profile, profileHash: loaded.hash, options: result.options }),
          );
          const shuffled = [...result.rows].sort((a, b) => order(a.id) - order(b.id));
          const drawn = new Map<string, unknown>();
          for (const finished of shuffled)
            for (const r of next({ ...finished, coverage: undefined } as RowResult))
              drawn.set(r.id, r.coverage);
          for (const r of result.rows) expect(drawn.get(r.id), r.id).toEqual(r.coverage);
        },
      ),
      { numRuns: 300 },
    );
  });
});
