// Row statuses → the verdict's status and the rows that decide it, first match wins
// (ARCHITECTURE.md, "Verdict"). Only row statuses and the TeamLink option count, nothing a
// probe saw: that is what lets a decoded helpdesk code, which carries only the statuses,
// give the verdict of the run that made it without storing it.
import type { RowStatus, VerdictStatus } from '../outcomes';
import type { RowSpec } from '../profile/schema';

type Level = RowSpec['level'];

/** Items marked `*` in Table 2-2 count as required only while TeamLink is on. */
export function effectiveLevel(level: Level, teamlink: boolean): 'required' | 'optional' | 'info' {
  if (level === 'required-if-teamlink') return teamlink ? 'required' : 'optional';
  return level;
}

/** The rows every site must pass (Table 2-1): HTTPS to Librestream, not inspected. */
export const WEB_ROWS: readonly string[] = ['2-1.1', '2-1.2'];
/** Tables whose rows let calls go direct (SIP and media) instead of through TeamLink. */
export const DIRECT_TABLES: ReadonlySet<string> = new Set(['2-2', '2-3', '2-4']);
/**
 * Media servers rarely answer outside a call, so a silent media row is not held against the
 * site when STUN or SIP to the same service got through.
 */
export const MEDIA_COMPANIONS: Readonly<Record<string, readonly string[]>> = {
  '2-2.4': ['2-2.1', '2-2.2', '2-2.3'],
  '2-4.1': ['2-3.1', '2-3.2', '2-3.3', '2-3.4', '2-3.5'],
};

const passed = (status: RowStatus | undefined) => status === 'pass' || status === 'warn';

/**
 * The companions that count a silent media row as open: those of MEDIA_COMPANIONS that passed
 * (none when the row is not silent, `unverified`). The verdict and the row's coverage
 * (coverage.ts: inferred) both read it here.
 */
export function mediaCoveredBy(
  rowId: string,
  status: RowStatus,
  statusOf: (id: string) => RowStatus | undefined,
): string[] {
  if (status !== 'unverified') return [];
  return (MEDIA_COMPANIONS[rowId] ?? []).filter((id) => passed(statusOf(id)));
}

export interface VerdictRow {
  id: string;
  table: string;
  level: Level;
  status: RowStatus;
}

export interface VerdictFinding {
  status: VerdictStatus;
  /** The rows that decide it, in profile order. */
  rows: string[];
  /** Silent media rows that count as open because STUN or SIP to the same servers passed. */
  coveredMedia: string[];
  /** No required row was checked at all (an empty selection, or every row skipped). */
  nothingChecked: boolean;
}

export function verdictOf(rows: readonly VerdictRow[], teamlink: boolean): VerdictFinding {
  const byId = new Map(rows.map((r) => [r.id, r]));
  const required = rows.filter((r) => effectiveLevel(r.level, teamlink) === 'required');
  const ids = (list: readonly VerdictRow[]) => list.map((r) => r.id);
  const failed = (list: readonly VerdictRow[]) => list.filter((r) => r.status === 'fail');

  const web = required.filter((r) => WEB_ROWS.includes(r.id));
  const direct = required.filter((r) => DIRECT_TABLES.has(r.table));
  const other = required.filter((r) => !WEB_ROWS.includes(r.id) && !DIRECT_TABLES.has(r.table));
  const coveredMedia = direct.filter(
    (r) => mediaCoveredBy(r.id, r.status, (id) => byId.get(id)?.status).length > 0,
  );
  const finding = (status: VerdictStatus, deciding: readonly VerdictRow[]): VerdictFinding => ({
    status,
    rows: ids(deciding),
    coveredMedia: ids(coveredMedia),
    nothingChecked: false,
  });

  if (failed(web).length > 0) return finding('not-ready', failed(web));
  const directFailed = failed(direct);
  if (!teamlink && directFailed.length > 0) return finding('not-ready', directFailed);
  if (failed(other).length > 0) return finding('not-ready', failed(other));
  const undecided = required.filter((r) => r.status === 'unverified' && !coveredMedia.includes(r));
  if (undecided.length > 0) return finding('inconclusive', undecided);
  if (directFailed.length > 0) return finding('teamlink-only', directFailed);
  if (!required.some((r) => passed(r.status)))
    return { ...finding('inconclusive', []), nothingChecked: true };
  return finding('ready', []);
}
