// Coverage while a run goes on (issue 20). The result's coverage is derived once every row
// has finished (assemble.ts); a table that shows rows as they finish needs each row's mark
// before that. A row's coverage is settled once it and every row of the plan it reads
// (coverageSourcesOf) have finished: from then on it is the one the result ends with, as both
// read coverageOf with the same statuses.
import type { RowStatus } from '../outcomes';
import type { Plan } from '../plan';
import type { Profile } from '../profile/schema';
import { coverageOf, coverageSourcesOf } from '../diagnosis/coverage';
import { codeOptionsOf } from '../diagnosis/diagnose';
import type { RowResult } from './schema';

const unfinished = (status: RowStatus | undefined) => status === 'pending' || status === 'running';

/**
 * A fold over the run's `row-updated` rows: each call takes one and gives back the rows to draw
 * again, that one first, then any row whose coverage it settled; each with its coverage when
 * settled, without one before.
 */
export function liveCoverage(
  profile: Pick<Profile, 'rows'>,
  plan: Pick<Plan, 'options' | 'rows'>,
): (row: RowResult) => RowResult[] {
  const specs = new Map(profile.rows.map((spec) => [spec.id, spec]));
  const latest = new Map<string, RowResult>();
  // Rows the plan leaves out never finish; coverageOf counts them as not tested.
  const statuses = new Map<string, RowStatus>(plan.rows.map((row) => [row.id, 'pending']));
  const codeOptions = codeOptionsOf(plan.options);
  const sourcesOf = (id: string) => coverageSourcesOf(id, specs.get(id));
  const withCoverage = ({ coverage: _unsettled, ...row }: RowResult): RowResult => {
    if (sourcesOf(row.id).some((id) => unfinished(statuses.get(id)))) return row;
    const coverage = coverageOf(row, specs.get(row.id), (id) => statuses.get(id), codeOptions);
    return coverage ? { ...row, coverage } : row;
  };
  return (row) => {
    statuses.set(row.id, row.status);
    latest.set(row.id, row);
    const dependents = [...latest.values()].filter(
      (other) => other.id !== row.id && sourcesOf(other.id).includes(row.id),
    );
    return [row, ...dependents].map(withCoverage);
  };
}
