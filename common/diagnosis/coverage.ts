// A row's coverage (issue 20; ARCHITECTURE.md, "Coverage"): what this run could test of it
// from this computer. Computed from the profile's row, the row's status, the other rows'
// statuses and the options only, never a probe's details: that is what lets a decoded
// helpdesk code, which carries only those, show the coverage of the run that made it.
import type { RowStatus } from '../outcomes';
import type { Profile, RowSpec } from '../profile/schema';
import type { Coverage } from '../results/schema';
import type { CodeOptions, DiagnosisFacts } from './describe';
import { MEDIA_COMPANIONS, mediaCoveredBy } from './verdict';

/** A genuine answer or a definite failure. */
const definite = (status: RowStatus | undefined) =>
  status === 'pass' || status === 'warn' || status === 'fail';

/** Got through, fully or in part: what a row concluded from others can lean on. */
const gotThrough = (status: RowStatus | undefined) => status === 'pass' || status === 'warn';

/**
 * The other rows a row's coverage reads: those the profile says it is concluded from, and the
 * STUN and SIP rows a silent media row counts as open through (MEDIA_COMPANIONS). A face that
 * shows rows as they finish (live-coverage.ts) waits for these.
 */
export function coverageSourcesOf(rowId: string, spec: RowSpec | undefined): string[] {
  const declared = spec?.coverage;
  return [
    ...(declared && 'inferredFrom' in declared ? declared.inferredFrom : []),
    ...(MEDIA_COMPANIONS[rowId] ?? []),
  ];
}

/**
 * The coverage of one row; null while it is pending or running (nothing is known yet).
 * `spec` is undefined for a row the profile does not have: its own status is all there is.
 */
export function coverageOf(
  row: { id: string; status: RowStatus },
  spec: RowSpec | undefined,
  statusOf: (id: string) => RowStatus | undefined,
  options: CodeOptions,
): Coverage | null {
  const { status } = row;
  if (status === 'pending' || status === 'running') return null;
  const declared = spec?.coverage;
  // Whatever this run did, no desktop could have tested it.
  if (declared && 'notTestableHere' in declared)
    return { kind: 'not-testable-here', reason: declared.notTestableHere };
  if (status === 'skipped')
    return {
      kind: 'not-tested',
      reason: spec?.enabledBy && !options[spec.enabledBy] ? 'option-off' : 'left-out',
    };
  if (declared && 'inferredFrom' in declared) {
    // Only rows that got through show anything of it: a failed one shows nothing.
    const from = declared.inferredFrom.filter((id) => gotThrough(statusOf(id)));
    if (from.length > 0) return { kind: 'inferred', reason: declared.reason, from };
    const failed = declared.inferredFrom.filter((id) => definite(statusOf(id)));
    return failed.length > 0
      ? { kind: 'not-tested', reason: 'sources-failed', from: failed }
      : { kind: 'not-tested', reason: 'sources-not-tested', from: [...declared.inferredFrom] };
  }
  if (definite(status))
    return declared && 'inferred' in declared
      ? { kind: 'inferred', reason: declared.inferred, from: [] }
      : { kind: 'tested' };
  const companions = mediaCoveredBy(row.id, status, statusOf);
  if (companions.length > 0) return { kind: 'inferred', reason: 'same-servers', from: companions };
  return { kind: 'not-tested', reason: 'could-not-tell' };
}

/** Every row's coverage, by id, from what the helpdesk code carries. */
export function coveragesOf(
  facts: Pick<DiagnosisFacts, 'rows' | 'options'>,
  profile: Profile,
): Map<string, Coverage | null> {
  const statuses = new Map(facts.rows.map((r) => [r.id, r.status]));
  const specs = new Map(profile.rows.map((r) => [r.id, r]));
  return new Map(
    facts.rows.map((row) => [
      row.id,
      coverageOf(row, specs.get(row.id), (id) => statuses.get(id), facts.options),
    ]),
  );
}
