// How a row's status is shown to a person (issue 17, "Plain words"): an optional rule that
// did not get through is advice ("Recommended"), never a red "Fail". Presentation only: the
// result, the helpdesk code and the verdict keep the row's status as it is (`fail`).
import { extraKindOf, type RowStatus } from '../outcomes';
import type { RowResult } from '../results/schema';
import { EXTRA_TABLE } from '../profile/schema';
import { ORIGIN_TEXT, RESULT_WORDS, ROW_STATUS_WORDS, ROW_SUMMARIES, SCREEN_TEXT } from '../i18n';
import { unlistedOf } from '../net/listed-ranges';

export type PresentedStatus = RowStatus | 'recommended';

export function presentedStatus(row: Pick<RowResult, 'level' | 'status'>): PresentedStatus {
  return row.level === 'optional' && row.status === 'fail' ? 'recommended' : row.status;
}

export function presentedStatusWord(status: PresentedStatus): string {
  return status === 'recommended' ? SCREEN_TEXT.recommendedWord : ROW_STATUS_WORDS[status];
}

/** Rows the person has to act on or ask about (the window's "only problems"). */
const PROBLEMS: ReadonlySet<RowStatus> = new Set<RowStatus>(['fail', 'warn', 'unverified']);
/**
 * An extra check (table X) is a problem only when it found one: one that could not measure
 * had no server to go to, which its guide rows already show.
 */
const EXTRA_PROBLEMS: ReadonlySet<RowStatus> = new Set<RowStatus>(['fail', 'warn']);

export const isProblemRow = (row: Pick<RowResult, 'status' | 'table'>): boolean =>
  (row.table === EXTRA_TABLE ? EXTRA_PROBLEMS : PROBLEMS).has(row.status);

/** Reminders with nothing to test (2-0.1, 3-1.2): notes for IT, not rows with a status. */
export const isNoteRow = (row: Pick<RowResult, 'level'>): boolean => row.level === 'info';

/**
 * The row's summary in the faces' language where it is the catalogue's (a skipped row, a
 * reminder); otherwise the engine's sentence, with its addresses, ports and codes, which stays
 * English this version (docs/i18n.md).
 */
export function rowSummary(row: Pick<RowResult, 'skip' | 'status' | 'summary'>): string {
  if (row.skip) return ROW_SUMMARIES.skipped(row.skip);
  if (row.status === 'info') return ROW_SUMMARIES.info;
  return row.summary;
}

/**
 * The row's result in the table, in plain words: what the attempt that decided it met. The
 * engine's sentence (addresses, ports, codes) stays whole in the row's Details.
 */
export function plainResult(row: RowResult): string {
  if (row.status === 'pass')
    return unlistedOf(row.probes).length > 0 ? ORIGIN_TEXT.plain : RESULT_WORDS.pass;
  if (row.status !== 'fail' && row.status !== 'warn' && row.status !== 'unverified')
    return rowSummary(row);
  const extra = row.table === EXTRA_TABLE ? extraKindOf(row.probes) : undefined;
  if (extra)
    return row.status === 'unverified'
      ? RESULT_WORDS.extra[extra].unverified
      : RESULT_WORDS.extra[extra].problem;
  const deciding =
    row.probes.find((probe) => probe.status === (row.status === 'warn' ? 'fail' : row.status)) ??
    row.probes.find((probe) => probe.status !== 'pass');
  if (!deciding) return row.summary;
  if (row.status === 'warn')
    return deciding.outcome === 'in-use' ? RESULT_WORDS.partlyInUse : RESULT_WORDS.partly;
  const why = RESULT_WORDS.outcomes[deciding.outcome];
  return row.status === 'unverified' ? RESULT_WORDS.unverified(why) : why;
}
