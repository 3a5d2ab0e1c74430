// Folds the engine's events (common/results/events.ts) into what the window shows. Pure, so
// the same sequence of events always gives the same screen, and tests need no timers.
import type { RowStatus } from '../../common/outcomes';
import { SHELL_TEXT } from '../../common/i18n';
import type { Plan, PlannedRow } from '../../common/plan';
import type { RunEvent } from '../../common/results/events';
import { foldRow } from '../../common/results/fold';
import type { ProbeDetail, ResultDocument, RowResult } from '../../common/results/schema';
import { APP_TEXT, SCREEN_TEXT } from '../../common/i18n';
import { rowTitle } from '../../common/i18n/row-words';
import { isProblemRow } from '../../common/reports/presented-status';
import { rowsToCheckAgain } from '../../common/results/recheck';

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
  /**
   * `verdict-ready`'s document (issue 18): every guide row is final, so its verdict stands and
   * the header shows it while the extra checks of table X still run; `run-finished` replaces it.
   */
  provisional: ResultDocument | null;
  /** The latest `probe-progress` detail of each probe still running (X.1's burst so far). */
  live: Readonly<Record<string, LiveDetail>>;
  /**
   * While some rows are checked again, the last full result supplies the others. `quiet`: a
   * round of Keep checking (issue 20), which the window shows as the finished result it checks
   * again, each row keeping its answer until a new one comes, and which says nothing itself.
   */
  rerun: { rowIds: string[]; previous: ResultDocument; quiet: boolean } | null;
  /** Sentences for the polite live region, oldest first, for the current run only. */
  announcements: string[];
  /** Why the run could not start (request-failed) or broke on the way (run-failed): the message, worded when shown. */
  error: string | null;
}

/** A long probe's detail so far, by the row it belongs to. */
export interface LiveDetail {
  rowId: string;
  detail: ProbeDetail;
}

export type RunAction =
  | { type: 'start-requested' }
  | { type: 'rerun-requested'; rowIds: string[]; quiet?: boolean }
  | { type: 'request-failed'; message: string }
  /**
   * `spoken`: the event's document in the page's language (common/results/assemble.ts,
   * localised), for what the live region says; the state keeps the English record.
   */
  | { type: 'event'; event: RunEvent; spoken?: ResultDocument };

export const initialRunState: RunState = {
  phase: 'starting',
  runId: null,
  startedAt: null,
  plan: null,
  rows: [],
  activeRowIds: [],
  result: null,
  provisional: null,
  live: {},
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
function finishedSentences(result: ResultDocument, heard: readonly string[]): string[] {
  const problems = result.rows.filter((row) => row.enabled && isProblemRow(row));
  const verdict = verdictSentence(result);
  // Heard at verdict-ready already: said again only if the extra checks changed the diagnosis.
  return [
    ...(heard.at(-1) === verdict ? [] : [verdict]),
    SCREEN_TEXT.announce.problems(problems.map(rowTitle)),
  ];
}

const verdictSentence = (result: ResultDocument) =>
  APP_TEXT.announce.verdict(result.diagnosis.headline, result.diagnosis.reason);

function onRunStarted(
  state: RunState,
  event: Extract<RunEvent, { type: 'run-started' }>,
): RunState {
  const previousRows = new Map((state.rerun?.previous.rows ?? []).map((r) => [r.id, r]));
  // A re-run plans the other rows as left out: they keep the answer they had.
  const quiet = state.rerun?.quiet === true;
  const carried = (row: PlannedRow) =>
    state.rerun !== null && (quiet || !row.enabled) && previousRows.has(row.id);
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
    provisional: null,
    live: {},
    // A quiet round keeps what was said: its nodes stay, so the live region reads nothing again.
    announcements: quiet ? state.announcements : [],
    error: null,
  };
}

function onEvent(state: RunState, event: RunEvent, spoken?: ResultDocument): RunState {
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
    case 'row-updated': {
      // Coverage is derived once every row is in (assemble.ts). While a quiet round checks a
      // row again, the window still shows the earlier result, mark included, until it merges.
      const updated = (r: RowResult) =>
        state.rerun?.quiet && !event.row.coverage && r.coverage
          ? { ...event.row, coverage: r.coverage }
          : event.row;
      return { ...state, rows: state.rows.map((r) => (r.id === event.row.id ? updated(r) : r)) };
    }
    case 'probe-progress':
      if (state.phase !== 'running') return state;
      return {
        ...state,
        live: { ...state.live, [event.probeId]: { rowId: event.rowId, detail: event.detail } },
      };
    case 'verdict-ready':
      // The runner assembles it asynchronously: it may come after the run has ended.
      if (state.phase !== 'running') return state;
      return {
        ...state,
        provisional: event.result,
        announcements: state.rerun?.quiet
          ? state.announcements
          : [...state.announcements, verdictSentence(spoken ?? event.result)],
      };
    case 'run-failed':
      // The finished rows stay as they are; the rest will get no answer from this run.
      return {
        ...state,
        phase: 'broken',
        rows: state.rows.map((r) =>
          isFinished(r.status) ? r : { ...r, status: 'unverified', summary: SHELL_TEXT.notChecked },
        ),
        result: null,
        provisional: null,
        live: {},
        rerun: null,
        error: event.message,
        announcements: [...state.announcements, SHELL_TEXT.announceFailed],
      };
    case 'run-finished': {
      // Main sends a re-run's result merged over the earlier one (common/results/assemble.ts),
      // with its own diagnosis and helpdesk code: the window shows it as it is.
      const { result } = event;
      // Stopped after verdict-ready: every guide row had answered and only the extra checks
      // were cut short (the longer test), so the verdict stands and the window shows it.
      // A quiet round switched off: main sends the earlier answers, which stand.
      const quiet = state.rerun?.quiet === true;
      const stopped = event.cancelled && state.provisional === null && !quiet;
      return {
        ...state,
        phase: stopped ? 'cancelled' : 'finished',
        rows: result.rows,
        result,
        provisional: null,
        live: {},
        rerun: null,
        announcements: quiet
          ? state.announcements
          : [
              ...state.announcements,
              ...(stopped
                ? [APP_TEXT.announce.cancelled]
                : finishedSentences(spoken ?? result, state.announcements)),
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
        rerun: { rowIds: action.rowIds, previous: state.result, quiet: action.quiet ?? false },
        error: null,
      };
    case 'request-failed':
      return { ...state, phase: 'failed', rerun: null, error: action.message };
    case 'event':
      return onEvent(state, action.event, action.spoken);
  }
}

/** Rows worth checking again: "Re-run failed rows" keeps the rows that answered in part. */
export const failedRowIds = (state: RunState): string[] =>
  rowsToCheckAgain(state.rows, state.plan?.rows ?? [], { warnings: false });

/** What the header shows: the final document, or the provisional one while table X runs. */
export function headerResultOf(state: RunState): ResultDocument | null {
  return (
    state.result ?? quietRoundOf(state) ?? (state.phase === 'running' ? state.provisional : null)
  );
}

/** During a round of Keep checking: the finished result it checks again, which the window shows. */
export function quietRoundOf(state: RunState): ResultDocument | null {
  const running = state.phase === 'starting' || state.phase === 'running';
  return running && state.rerun?.quiet ? state.rerun.previous : null;
}

export type QualityDetail = NonNullable<ProbeDetail['quality']>;

/** One X.1 chart: a probe's burst, final (its result came) or live (probe-progress so far). */
export interface QualityShown {
  probeId: string;
  quality: QualityDetail;
  live: boolean;
}

/**
 * A row's call-quality bursts, finished (their figures) or still measuring, in the plan's order
 * of its probes ("X.1#1" before "X.1#2"): a chart keeps its place when its burst ends.
 */
export function qualityOf(row: RowResult, live: RunState['live']): QualityShown[] {
  const finished = row.probes.flatMap((probe) =>
    probe.detail.quality ? [{ probeId: probe.probeId, quality: probe.detail.quality }] : [],
  );
  const done = new Set(row.probes.map((probe) => probe.probeId));
  const measuring = Object.entries(live).flatMap(([probeId, entry]) =>
    entry.rowId === row.id && !done.has(probeId) && entry.detail.quality
      ? [{ probeId, quality: entry.detail.quality }]
      : [],
  );
  return [
    ...finished.map((shown) => ({ ...shown, live: false })),
    ...measuring.map((shown) => ({ ...shown, live: true })),
  ].sort((a, b) => a.probeId.localeCompare(b.probeId, 'en', { numeric: true }));
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
