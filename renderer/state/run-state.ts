// Folds the engine's events (common/results/events.ts) into what the window shows. Pure, so
// the same sequence of events always gives the same screen, and tests need no timers.
import type { RowStatus } from '../../common/outcomes';
import { SHELL_TEXT } from '../../common/i18n/en';
import type { Plan, PlannedRow } from '../../common/plan';
import type { RunEvent } from '../../common/results/events';
import { foldRow } from '../../common/results/fold';
import type { ResultDocument, RowResult } from '../../common/results/schema';
import { APP_TEXT, SCREEN_TEXT } from '../../common/i18n/en';
import { rowTitle } from '../../common/i18n/row-words';
import { isProblemRow } from '../../common/reports/presented-status';

/** `failed`: the run could not start; `broken`: it started, then broke (`run-failed`). */
export type RunPhase = 'starting' | 'running' | 'finished' | 'cancelled' | 'failed' | 'broken';

export interface RunState {
  phase: RunPhase;
  /** The run whose events count; events of an older, cancelled run are ignored. */
  runId: string | null;
  startedAt: string | null;
  plan: Plan | null;
  rows: RowResult[];
  /** Rows this run checks (enabled, with something to probe): the progress bar counts these. */
  activeRowIds: string[];
  result: ResultDocument | null;
  /** While some rows are checked again, the last full result supplies the others. */
  rerun: { rowIds: string[]; previous: ResultDocument } | null;
  /** Sentences for the polite live region, oldest first, for the current run only. */
  announcements: string[];
  /** Why the run could not start (request-failed) or broke on the way (run-failed). */
  error: string | null;
}

export type RunAction =
  | { type: 'start-requested' }
  | { type: 'rerun-requested'; rowIds: string[] }
  | { type: 'request-failed'; message: string }
  | { type: 'event'; event: RunEvent };

export const initialRunState: RunState = {
  phase: 'starting',
  runId: null,
  startedAt: null,
  plan: null,
  rows: [],
  activeRowIds: [],
  result: null,
  rerun: null,
  announcements: [],
  error: null,
};

const UNFINISHED: ReadonlySet<RowStatus> = new Set(['pending', 'running']);

export function isFinished(status: RowStatus): boolean {
  return !UNFINISHED.has(status);
}

/** A row before its first answer: skipped and info rows are final at once, the rest wait. */
function startingRow(row: PlannedRow): RowResult {
  const folded = foldRow(row, [], true);
  if (!row.enabled || row.probes.length === 0) return folded;
  return { ...folded, status: 'pending', summary: '' };
}

/**
 * What a screen reader hears when a run ends: the verdict first, then one sentence naming
 * every problem (issue 17). Rows are never read out one by one as they answer.
 */
function finishedSentences(result: ResultDocument): string[] {
  const problems = result.rows.filter((row) => row.enabled && isProblemRow(row));
  return [
    APP_TEXT.announce.verdict(result.diagnosis.headline, result.diagnosis.reason),
    SCREEN_TEXT.announce.problems(problems.map(rowTitle)),
  ];
}

function onRunStarted(
  state: RunState,
  event: Extract<RunEvent, { type: 'run-started' }>,
): RunState {
  const previousRows = new Map((state.rerun?.previous.rows ?? []).map((r) => [r.id, r]));
  // A re-run plans the other rows as left out: they keep the answer they had.
  const carried = (row: PlannedRow) =>
    state.rerun !== null && !row.enabled && previousRows.has(row.id);
  const rows = event.plan.rows.map((row) =>
    carried(row) ? previousRows.get(row.id)! : startingRow(row),
  );
  return {
    ...state,
    phase: 'running',
    runId: event.runId,
    startedAt: event.startedAt,
    plan: event.plan,
    rows,
    activeRowIds: event.plan.rows.filter((r) => r.enabled && r.probes.length > 0).map((r) => r.id),
    result: null,
    announcements: [],
    error: null,
  };
}

function onEvent(state: RunState, event: RunEvent): RunState {
  if (event.type === 'run-started') return onRunStarted(state, event);
  if (event.runId !== state.runId) return state;
  switch (event.type) {
    case 'probe-started':
      return {
        ...state,
        rows: state.rows.map((r) =>
          r.id === event.rowId && r.status === 'pending' ? { ...r, status: 'running' } : r,
        ),
      };
    case 'probe-finished':
      // The row-updated event that follows carries this result, folded.
      return state;
    case 'row-updated':
      return { ...state, rows: state.rows.map((r) => (r.id === event.row.id ? event.row : r)) };
    // The extra checks' screen (issue 18) reads these; until then the final rows suffice.
    case 'probe-progress':
    case 'verdict-ready':
      return state;
    case 'run-failed':
      // The finished rows stay as they are; the rest will get no answer from this run.
      return {
        ...state,
        phase: 'broken',
        rows: state.rows.map((r) =>
          isFinished(r.status) ? r : { ...r, status: 'unverified', summary: SHELL_TEXT.notChecked },
        ),
        result: null,
        rerun: null,
        error: SHELL_TEXT.runFailedReason(event.message),
        announcements: [...state.announcements, SHELL_TEXT.announceFailed],
      };
    case 'run-finished': {
      // Main sends a re-run's result merged over the earlier one (common/results/assemble.ts),
      // with its own diagnosis and helpdesk code: the window shows it as it is.
      const { result } = event;
      return {
        ...state,
        phase: event.cancelled ? 'cancelled' : 'finished',
        rows: result.rows,
        result,
        rerun: null,
        announcements: [
          ...state.announcements,
          ...(event.cancelled ? [APP_TEXT.announce.cancelled] : finishedSentences(result)),
        ],
      };
    }
  }
}

export function runReducer(state: RunState, action: RunAction): RunState {
  switch (action.type) {
    // From here on, the old run's late events (its cancelled run-finished) no longer count.
    case 'start-requested':
      return { ...state, phase: 'starting', runId: null, rerun: null, error: null };
    case 'rerun-requested':
      if (!state.result) return state;
      return {
        ...state,
        phase: 'starting',
        runId: null,
        rerun: { rowIds: action.rowIds, previous: state.result },
        error: null,
      };
    case 'request-failed':
      return { ...state, phase: 'failed', rerun: null, error: action.message };
    case 'event':
      return onEvent(state, action.event);
  }
}

/** Rows worth checking again: those that failed or could not be told. */
export function failedRowIds(state: RunState): string[] {
  return state.rows
    .filter((r) => r.status === 'fail' || r.status === 'unverified')
    .map((r) => r.id);
}

export function progressOf(state: RunState): { done: number; total: number } {
  const byId = new Map(state.rows.map((r) => [r.id, r]));
  const done = state.activeRowIds.filter((id) => {
    const row = byId.get(id);
    return row !== undefined && isFinished(row.status);
  }).length;
  return { done, total: state.activeRowIds.length };
}

/** The address a STUN server saw us come from: what the far end calls "this site". */
export function publicAddressOf(rows: readonly RowResult[]): string | null {
  for (const row of rows) {
    for (const probe of row.probes) {
      const mapped = probe.detail.stun?.mappedAddress;
      if (mapped) return mapped;
    }
  }
  return null;
}
