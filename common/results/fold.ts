// Probe results → row status (ARCHITECTURE.md, "Row status").
import type { ProbeStatus, RowStatus } from '../outcomes';
import type { PlannedRow } from '../plan';
import { APP_TEXT, BLOCK_TEXT, ROW_SUMMARIES, UNLISTED_TEXT } from '../i18n/en';
import { unlistedOf } from '../net/listed-ranges';
import type { ProbeResult, RowResult, SkipReason } from './schema';

/** The name a person knows a target by: the profile's own, with the port. */
export function targetLabel(result: Pick<ProbeResult, 'target' | 'mappedFrom' | 'port'>): string {
  return `${result.mappedFrom ?? result.target} port ${result.port}`;
}

function describe(result: ProbeResult): string {
  // A block that answered: which of its addresses did is what a person wants to know.
  const answered = result.detail.addresses?.find((a) => a.state === 'answered');
  if (answered && result.status === 'pass')
    return BLOCK_TEXT.answered(targetLabel(result), answered.address);
  // No message: the outcome in words (APP_TEXT.outcomes), never its key ("tls-intercepted").
  return (
    result.detail.message ??
    ROW_SUMMARIES.outcomeFrom(APP_TEXT.outcomes[result.outcome], targetLabel(result))
  );
}

function countStatuses(results: readonly ProbeResult[]): Record<ProbeStatus, number> {
  const counts: Record<ProbeStatus, number> = { pass: 0, warn: 0, fail: 0, unverified: 0 };
  for (const r of results) counts[r.status] += 1;
  return counts;
}

/**
 * A row over several targets passes when all answer, warns when some do (naming the silent
 * ones, and what an answered one judged bad measured) and fails when none does; when nothing
 * could confirm or refute it, it is unverified (ARCHITECTURE.md, "Ranges").
 */
export function rowStatusOf(results: readonly ProbeResult[]): {
  status: RowStatus;
  summary: string;
} {
  const n = countStatuses(results);
  const good = n.pass + n.warn;
  const bad = n.fail + n.unverified;
  if (results.length === 0) return { status: 'unverified', summary: ROW_SUMMARIES.notReached };
  const first = (wanted: ProbeStatus) => describe(results.find((r) => r.status === wanted)!);
  if (bad === 0 && n.warn === 0) {
    return {
      status: 'pass',
      summary:
        results.length === 1
          ? first('pass')
          : ROW_SUMMARIES.allAnswered(results.length, first('pass')),
    };
  }
  if (good === 0) {
    const status: ProbeStatus = n.fail > 0 ? 'fail' : 'unverified';
    const count = n[status];
    return {
      status,
      summary: count > 1 ? ROW_SUMMARIES.manyFailed(count, first(status)) : first(status),
    };
  }
  if (bad === 0) return { status: 'warn', summary: first('warn') };
  const isBad = (r: ProbeResult) => r.status === 'fail' || r.status === 'unverified';
  // One that was answered and still judged bad (X.1's burst beyond the thresholds) says what
  // it measured: "no answer from" would be false of it. The silent ones are still named.
  const answeredBad = results.find((r) => r.outcome === 'reply' && isBad(r));
  const silent = results.filter((r) => isBad(r) && r.outcome !== 'reply').map(targetLabel);
  if (answeredBad)
    return {
      status: 'warn',
      summary:
        silent.length > 0
          ? `${describe(answeredBad)}; ${ROW_SUMMARIES.noAnswerFrom(silent)}`
          : describe(answeredBad),
    };
  return { status: 'warn', summary: ROW_SUMMARIES.someAnswered(good, results.length, silent) };
}

/** A port's place in the order: a range ("15000-65000") sorts by its first port. */
const portRank = (port: ProbeResult['port']) =>
  typeof port === 'number' ? port : Number.parseInt(port, 10) || 0;

/**
 * A row's results in the plan's order (its probes, their targets, then ports), not in the order
 * they finished: the table, the change request and the JSON list the /28s as the guide does,
 * the same in every run. An extra check names the server it measured, no planned target.
 */
function inPlanOrder(row: PlannedRow, results: readonly ProbeResult[]): ProbeResult[] {
  const rank = (result: ProbeResult): number[] => {
    const probe = row.probes.findIndex((p) => p.id === result.probeId);
    const targets = row.probes[probe]?.targets ?? [];
    return [probe, targets.findIndex((t) => t.target === result.target), portRank(result.port)];
  };
  const ranked = results.map((result) => ({ result, rank: rank(result) }));
  ranked.sort((a, b) => a.rank.reduce((order, n, i) => order || n - b.rank[i]!, 0));
  return ranked.map(({ result }) => result);
}

const LEFT_OUT: SkipReason = { why: 'left-out' };

/** The row as it stands: `done` is false while its probes are still running. */
export function foldRow(
  row: PlannedRow,
  results: readonly ProbeResult[],
  done: boolean,
): RowResult {
  const base = {
    id: row.id,
    table: row.table,
    title: row.title,
    level: row.level,
    enabled: row.enabled,
    remediation: row.remediation,
    probes: inPlanOrder(row, results),
  };
  if (!row.enabled)
    return {
      ...base,
      status: 'skipped',
      skip: row.skip ?? LEFT_OUT,
      summary: ROW_SUMMARIES.skipped(row.skip ?? LEFT_OUT),
    };
  if (row.probes.length === 0) return { ...base, status: 'info', summary: ROW_SUMMARIES.info };
  if (!done) return { ...base, status: 'running', summary: '' };
  const { status, summary } = rowStatusOf(base.probes);
  // A server that answered from an address the guide does not list: the row still works (the
  // rule IT opened let it through), and says what the server reported (issue 20).
  const unlisted = unlistedOf(base.probes);
  return {
    ...base,
    status,
    summary: unlisted.length > 0 ? UNLISTED_TEXT.rowNote(summary, unlisted) : summary,
  };
}
