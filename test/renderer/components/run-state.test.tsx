// The pure fold behind the window: events in, screen state out.
import { mergeRerun } from '../../../common/results/assemble';
import type { RunEvent } from '../../../common/results/events';
import { SHELL_TEXT } from '../../../common/i18n/en';
import {
  failedRowIds,
  initialRunState,
  progressOf,
  publicAddressOf,
  runReducer,
  type RunAction,
  type RunState,
} from '../../../renderer/state/run-state';
import { makePlan, profile, scriptRun } from './fake-netcheck';

const fold = (state: RunState, ...events: RunEvent[]) =>
  events.reduce((s, event) => runReducer(s, { type: 'event', event }), state);
const apply = (state: RunState, ...actions: RunAction[]) => actions.reduce(runReducer, state);
const statusOf = (state: RunState, id: string) => state.rows.find((r) => r.id === id)?.status;

describe('runReducer', () => {
  it('lays out every planned row at run-started: waiting, skipped or info', () => {
    const run = scriptRun(makePlan());
    const state = fold(initialRunState, run.started);
    expect(state.phase).toBe('running');
    expect(state.rows.map((r) => r.id)).toEqual(run.plan.rows.map((r) => r.id));
    expect(statusOf(state, '2-1.1')).toBe('pending');
    expect(statusOf(state, '2-1.3')).toBe('skipped');
    expect(state.rows.find((r) => r.id === '2-1.3')?.summary).toBe(
      'Not checked: "Check TeamLink in China (*.librestreamtech.cn)" is off in Options.',
    );
    expect(statusOf(state, '2-0.1')).toBe('info');
    expect(statusOf(state, '2-3.1')).toBe('skipped');
    const active = run.plan.rows.filter((r) => r.enabled && r.probes.length > 0);
    expect(progressOf(state)).toEqual({ done: 0, total: active.length });
  });

  it('moves a row to running on its first probe, then to its folded status', () => {
    const run = scriptRun(makePlan(), { '2-2.2': 'timeout' });
    let state = fold(initialRunState, run.started);
    const started = run.progress.find((e) => e.type === 'probe-started' && e.rowId === '2-2.2')!;
    state = fold(state, started);
    expect(statusOf(state, '2-2.2')).toBe('running');
    state = fold(state, ...run.progress);
    expect(statusOf(state, '2-2.2')).toBe('fail');
    expect(progressOf(state).done).toBe(progressOf(state).total);
    expect(failedRowIds(state)).toEqual(['2-2.2']);
    expect(publicAddressOf(state.rows)).toBe('203.0.113.7');
    state = fold(state, run.finished);
    expect(state.phase).toBe('finished');
    expect(state.result).toBe(run.result);
  });

  it('announces nothing row by row, then the verdict first and one summary of the problems', () => {
    const run = scriptRun(makePlan(), { '2-2.2': 'timeout' });
    const running = fold(initialRunState, run.started, ...run.progress);
    expect(running.announcements).toEqual([]);
    const state = fold(running, run.finished);
    expect(state.announcements).toEqual([
      `Onsight will work here through TeamLink only. ${run.result.diagnosis.reason}`,
      '1 problem: Calls can be set up.',
    ]);
    const ready = scriptRun(makePlan());
    expect(
      fold(initialRunState, ready.started, ...ready.progress, ready.finished).announcements,
    ).toEqual([
      'Onsight will work here. Every required rule of the Onsight firewall guide is open on this network.',
      'No problems.',
    ]);
  });

  it("ignores a stopped run's late events once a new run is asked for", () => {
    const old = scriptRun(makePlan(), {}, { cancelled: true });
    let state = fold(initialRunState, old.started);
    state = apply(state, { type: 'start-requested' });
    state = fold(state, old.finished);
    expect(state.phase).toBe('starting');
    const fresh = scriptRun(makePlan({ legacy: true }));
    state = fold(state, fresh.started, ...old.progress);
    expect(state.runId).toBe(fresh.runId);
    expect(statusOf(state, '2-1.1')).toBe('pending');
    expect(statusOf(state, '2-3.1')).toBe('pending');
  });

  it('keeps the other rows while the failed rows run again, then shows the merged result', () => {
    const first = scriptRun(makePlan(), { '2-2.2': 'timeout', '2-1.1': 'timeout' });
    let state = fold(initialRunState, first.started, ...first.progress, first.finished);
    expect(state.result?.verdict.status).toBe('not-ready');
    state = apply(state, { type: 'rerun-requested', rowIds: ['2-2.2', '2-1.1'] });
    const again = scriptRun(makePlan({}, ['2-2.2', '2-1.1']), { '2-2.2': 'timeout' });
    state = fold(state, again.started);
    expect(statusOf(state, '2-1.1')).toBe('pending');
    expect(statusOf(state, '2-2.3')).toBe('pass');
    expect(progressOf(state)).toEqual({ done: 0, total: 2 });
    // Main ends a re-run with the merged document (common/results/assemble.ts).
    const merged = mergeRerun(first.result, again.result, ['2-2.2', '2-1.1'], profile);
    state = fold(state, ...again.progress, { ...again.finished, result: merged } as RunEvent);
    expect(state.result).toBe(merged);
    expect(statusOf(state, '2-1.1')).toBe('pass');
    expect(statusOf(state, '2-2.3')).toBe('pass');
    expect(state.result?.verdict).toMatchObject({ status: 'teamlink-only', partial: false });
    expect(state.result?.helpdeskCode).not.toBeNull();
    expect(state.announcements).toEqual([
      `Onsight will work here through TeamLink only. ${merged.diagnosis.reason}`,
      '1 problem: Calls can be set up.',
    ]);
  });

  it("keeps a row's coverage mark while a quiet round checks it again, until it merges", () => {
    const first = scriptRun(makePlan(), { '4.1': 'timeout' });
    let state = fold(initialRunState, first.started, ...first.progress, first.finished);
    const earlier = state.rows.find((r) => r.id === '4.1')!.coverage;
    // Push is tested from this computer on the path phones use: inferred (the profile says).
    expect(earlier).toEqual({ kind: 'inferred', reason: 'phones-same-path', from: [] });
    state = apply(state, { type: 'rerun-requested', rowIds: ['4.1'], quiet: true });
    const again = scriptRun(makePlan({}, ['4.1']), { '4.1': 'timeout' });
    state = fold(state, again.started, ...again.progress);
    const during = state.rows.find((r) => r.id === '4.1')!;
    expect(during.status).toBe('fail');
    expect(during.coverage).toEqual(earlier);
  });

  it('says why when a request fails', () => {
    const state = apply(initialRunState, {
      type: 'request-failed',
      message: 'a check is already running',
    });
    expect(state).toMatchObject({ phase: 'failed', error: 'a check is already running' });
  });

  it('ends a run that broke: finished rows kept, the others not checked, the reason said', () => {
    const run = scriptRun(makePlan());
    const firstRow = run.progress.findIndex((e) => e.type === 'row-updated');
    const done = run.progress[firstRow] as Extract<RunEvent, { type: 'row-updated' }>;
    let state = fold(initialRunState, run.started, ...run.progress.slice(0, firstRow + 1));
    state = fold(state, { type: 'run-failed', runId: run.runId, message: 'boom' });
    expect(state.phase).toBe('broken');
    expect(state.error).toBe('boom');
    expect(state.rows.find((r) => r.id === done.row.id)).toEqual(done.row);
    const unfinished = state.rows.filter((r) => r.summary === SHELL_TEXT.notChecked);
    expect(unfinished.length).toBeGreaterThan(0);
    expect(unfinished.every((r) => r.status === 'unverified')).toBe(true);
    expect(state.rows.some((r) => r.status === 'pending' || r.status === 'running')).toBe(false);
    expect(state.announcements.at(-1)).toBe(SHELL_TEXT.announceFailed);
  });

  it("ignores another run's run-failed", () => {
    const run = scriptRun(makePlan());
    const state = fold(initialRunState, run.started, {
      type: 'run-failed',
      runId: '00000000-0000-4000-8000-999999999999',
      message: 'old',
    });
    expect(state.phase).toBe('running');
  });
});
