// Coverage while a run goes on (issue 20). The result's coverage is derived once every row
// has finished (assemble.ts); a table that shows rows as they finish needs each row's mark
// before that. A row's coverage is settled once it and every row of the plan it is concluded
// from (its profile's `inferredFrom`, and the STUN and SIP rows a silent media row leans on,
// MEDIA_COMPANIONS) have finished: from then on it is the one the result ends with, as both
// read coverageOf with the same statuses.
import type { RowStatus } from '../outcomes';
import type { Plan } from '../plan';
import type { Profile } from '../profile/schema';
import { coverageOf } from '../diagnosis/coverage';
import { MEDIA_COMPANIONS } from '../diagnosis/verdict';
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
  const { options } = plan;
  const codeOptions = {
    teamlink: options.teamlink,
    legacy: options.legacy,
    china: options.china,
    customDomains: options.customDomains.length > 0,
  };
  const sourcesOf = (id: string) => {
    const declared = specs.get(id)?.coverage;
    return [
      ...(declared && 'inferredFrom' in declared ? declared.inferredFrom : []),
      ...(MEDIA_COMPANIONS[id] ?? []),
    ];
  };
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
