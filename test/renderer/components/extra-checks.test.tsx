// Table X in the window (issue 18, "Every face"): the verdict shows at verdict-ready while the
// extra checks still run, X.1's chart follows the burst's probe-progress events and then its
// result, and the longer call-quality test goes to main with the run. The events are the
// runner's sequence (extra-run.ts), with X.1's figures written by hand.
import { act, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { EXTRA_SCREEN_TEXT, EXTRA_TEXT, ROW_STATUS_WORDS } from '../../../common/i18n/en';
import type { RunEvent } from '../../../common/results/events';
import {
  failedRowIds,
  initialRunState,
  progressOf,
  qualityOf,
  runReducer,
  headerResultOf,
  type RunState,
} from '../../../renderer/state/run-state';
import { renderApp } from './fake-netcheck';
import { extraRun, FINAL_QUALITY, PROGRESS_100, PROGRESS_50 } from '../../support/extra-run';
import type { RowResult } from '../../../common/results/schema';

const fold = (state: RunState, ...events: RunEvent[]) =>
  events.reduce((s, event) => runReducer(s, { type: 'event', event }), state);

/** Written by hand from the fixture's figures (extra-run.ts). */
const FINAL_WORDS =
  'median 52 ms, 95th percentile 56 ms, jitter 2.4 ms, 3 of 150 packets lost (2%), 1 out of order, estimated MOS 4.2 of 5';
const WORDS_50 =
  'so far, 50 of 150 packets sent: median 52 ms, 95th percentile 56 ms, jitter 2.1 ms, 1 lost, estimated MOS 4.3 of 5';
const WORDS_100 =
  'so far, 100 of 150 packets sent: median 52 ms, 95th percentile 56 ms, jitter 2.3 ms, 3 lost, estimated MOS 4.2 of 5';
const READY =
  'Onsight will work here. Every required rule of the Onsight firewall guide is open on this network.';

const rowOf = (id: string) =>
  screen.getByRole('row', { name: new RegExp(`^${id.replaceAll('.', '\\.')} `) });
const chart = () => within(rowOf('X.1')).getByRole('img');
/** The number of separate marks in a path: a move starts each. */
const moves = (selector: string) =>
  (chart().querySelector(selector)?.getAttribute('d') ?? '').split('M').length - 1;

describe('run state: the extra checks', () => {
  it('takes the headline from verdict-ready while the X rows run, then from run-finished', () => {
    const run = extraRun();
    let state = fold(initialRunState, run.started, ...run.guide);
    expect(headerResultOf(state)).toBeNull();
    state = fold(state, run.verdictReady);
    expect(state.phase).toBe('running');
    expect(headerResultOf(state)).toBe(run.verdictReady.result);
    expect(headerResultOf(state)?.verdict.status).toBe('ready');
    // The X rows are still running: four rows left of the count.
    const { done, total } = progressOf(state);
    expect(total - done).toBe(4);
    // The verdict is heard once, as it comes; the problems once the run ends.
    expect(state.announcements).toEqual([READY]);
    state = fold(state, run.qualityStarted, run.progress50, ...run.extras, run.finished);
    expect(state.phase).toBe('finished');
    expect(headerResultOf(state)).toBe(run.result);
    expect(state.provisional).toBeNull();
    expect(state.announcements).toEqual([READY, 'No problems.']);
  });

  it('keeps the verdict when the run is stopped during the extra checks, not before', () => {
    const run = extraRun();
    const cancelled = (doc: typeof run.result): RunEvent => ({
      type: 'run-finished',
      runId: run.runId,
      result: doc,
      cancelled: true,
    });
    const during = fold(
      initialRunState,
      run.started,
      ...run.guide,
      run.verdictReady,
      run.qualityStarted,
      run.progress50,
      cancelled(run.result),
    );
    expect(during.phase).toBe('finished');
    expect(headerResultOf(during)).toBe(run.result);
    expect(during.announcements).toEqual([READY, 'No problems.']);
    // Stopped before every guide row had answered: no verdict, as before issue 18.
    const before = fold(initialRunState, run.started, cancelled(run.result));
    expect(before.phase).toBe('cancelled');
    expect(before.announcements).toEqual(['The check was stopped before it finished.']);
  });

  it('ignores a verdict-ready that comes after its run ended, or from another run', () => {
    const run = extraRun();
    const ended = fold(initialRunState, run.started, ...run.guide, run.finished);
    expect(fold(ended, run.verdictReady)).toBe(ended);
    const other = extraRun();
    const running = fold(initialRunState, run.started, ...run.guide);
    expect(fold(running, other.verdictReady)).toBe(running);
  });

  it("keeps each probe's latest burst until its result comes", () => {
    const run = extraRun();
    let state = fold(initialRunState, run.started, ...run.guide, run.verdictReady);
    const x1 = () => state.rows.find((row) => row.id === 'X.1')!;
    state = fold(state, run.qualityStarted, run.progress50);
    expect(qualityOf(x1(), state.live)).toEqual([
      { probeId: 'X.1#1', quality: PROGRESS_50, live: true },
    ]);
    state = fold(state, run.progress100);
    expect(qualityOf(x1(), state.live)).toEqual([
      { probeId: 'X.1#1', quality: PROGRESS_100, live: true },
    ]);
    // Its row's result carries the final figures: those are shown, not the last progress.
    state = fold(state, ...run.extras);
    expect(qualityOf(x1(), state.live)).toEqual([
      { probeId: 'X.1#1', quality: FINAL_QUALITY, live: false },
    ]);
  });

  it('keeps each burst in its probe’s place when the second one (2-3.1’s) finishes first', () => {
    const row: RowResult = {
      id: 'X.1',
      table: 'X',
      title: 'Call quality',
      level: 'optional',
      enabled: true,
      remediation: '',
      status: 'running',
      summary: '',
      probes: [
        {
          probeId: 'X.1#2',
          rowId: 'X.1',
          kind: 'call-quality',
          transport: 'udp',
          target: '198.18.2.1',
          address: '198.18.2.1',
          port: 3478,
          outcome: 'reply',
          status: 'pass',
          rttMs: 52,
          startedAt: 400,
          finishedAt: 3400,
          detail: { quality: FINAL_QUALITY },
        },
      ],
    };
    const live = { 'X.1#1': { rowId: 'X.1', detail: { quality: PROGRESS_50 } } };
    expect(qualityOf(row, live).map((shown) => [shown.probeId, shown.live])).toEqual([
      ['X.1#1', true],
      ['X.1#2', false],
    ]);
  });

  it('re-runs an extra row with the rows whose servers it measures', () => {
    const run = extraRun();
    const done = fold(initialRunState, run.started, ...run.guide, run.finished);
    // Every X row failed: X.1 and X.4 measure 2-2.1's server, X.2 also the legacy rows (off
    // here), X.3 the SIP rows 2-2.2 and 2-2.3.
    const withX = (status: 'fail' | 'unverified') => ({
      ...done,
      rows: done.rows.map((row) => (row.table === 'X' ? { ...row, status } : row)),
    });
    expect(failedRowIds(withX('fail'))).toEqual([
      '2-2.1',
      '2-2.2',
      '2-2.3',
      'X.1',
      'X.2',
      'X.3',
      'X.4',
    ]);
    // One that could not measure is no problem (its guide rows say why): nothing to re-run.
    expect(failedRowIds(withX('unverified'))).toEqual([]);
  });
});

describe('the window: the extra checks', () => {
  beforeEach(() => vi.useFakeTimers({ toFake: ['setInterval', 'clearInterval'] }));
  afterEach(() => vi.useRealTimers());

  it('shows the verdict and the next step at verdict-ready, the code once the X rows end', async () => {
    const fake = await renderApp();
    const run = extraRun();
    await act(async () => fake.emitAll([run.started, ...run.guide]));
    const header = screen.getByTestId('verdict');
    expect(header).toHaveAttribute('data-phase', 'running');
    expect(screen.queryByTestId('next-step')).not.toBeInTheDocument();

    await act(async () => fake.emit(run.verdictReady));
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('Onsight will work here');
    expect(screen.getByTestId('verdict-word')).toHaveTextContent('Ready');
    expect(screen.getByTestId('next-step')).toHaveTextContent(
      run.verdictReady.result.diagnosis.steps.onSite,
    );
    expect(screen.getByTestId('extras-running')).toHaveTextContent(EXTRA_SCREEN_TEXT.extrasRunning);
    // The code still changes with the X rows: it waits for them, and so does Send to IT.
    expect(screen.queryByTestId('helpdesk-code')).not.toBeInTheDocument();
    expect(screen.queryByTestId('send-to-it')).not.toBeInTheDocument();
    expect(screen.getByRole('progressbar')).toBeInTheDocument();

    await act(async () => fake.emitAll([run.qualityStarted, ...run.extras, run.finished]));
    expect(header).toHaveAttribute('data-phase', 'finished');
    expect(screen.getByTestId('helpdesk-code')).toHaveTextContent(run.result.helpdeskCode!);
    expect(screen.queryByTestId('extras-running')).not.toBeInTheDocument();
    expect(screen.getByTestId('send-to-it')).toBeInTheDocument();
  });

  it('lists table X under its own heading, X.1 to X.4', async () => {
    const fake = await renderApp();
    const run = extraRun();
    await act(async () =>
      fake.emitAll([run.started, ...run.guide, run.verdictReady, run.qualityStarted]),
    );
    const section = screen.getByRole('region', { name: 'Extra checks (not in the guide)' });
    const ids = within(section)
      .getAllByRole('rowheader')
      .map((cell) => cell.textContent);
    expect(ids).toEqual(['X.1', 'X.2', 'X.3', 'X.4']);
    // X.1 has begun its burst; the others wait for their turn.
    expect(within(rowOf('X.1')).getByText(ROW_STATUS_WORDS.running)).toBeInTheDocument();
    expect(within(section).getAllByText(ROW_STATUS_WORDS.pending)).toHaveLength(3);
    await act(async () => fake.emitAll([...run.extras, run.finished]));
    expect(within(section).getAllByText(ROW_STATUS_WORDS.pass)).toHaveLength(4);
  });

  it("draws X.1's round trips as the burst goes, then its final figures", async () => {
    const fake = await renderApp();
    const run = extraRun();
    await act(async () =>
      fake.emitAll([run.started, ...run.guide, run.verdictReady, run.qualityStarted]),
    );
    expect(within(rowOf('X.1')).queryByRole('img')).not.toBeInTheDocument();

    await act(async () => fake.emit(run.progress50));
    const figure = within(rowOf('X.1')).getByRole('figure');
    expect(figure).toHaveAttribute('data-live', 'true');
    expect(chart()).toHaveAccessibleName(`${EXTRA_TEXT.qualityLabel}: ${WORDS_50}`);
    expect(figure).toHaveTextContent(EXTRA_SCREEN_TEXT.chartCaption('198.51.100.10 port 3478'));
    // Request 37 is lost; 46-49 are still on their way, so not ticked as lost.
    expect(moves('.quality-lost')).toBe(1);
    expect(moves('.quality-line')).toBe(2);

    await act(async () => fake.emit(run.progress100));
    expect(chart()).toHaveAccessibleName(`${EXTRA_TEXT.qualityLabel}: ${WORDS_100}`);
    expect(moves('.quality-lost')).toBe(3);
    expect(moves('.quality-line')).toBe(3);

    await act(async () => fake.emitAll([...run.extras, run.finished]));
    expect(within(rowOf('X.1')).getByRole('figure')).toHaveAttribute('data-live', 'false');
    expect(chart()).toHaveAccessibleName(`${EXTRA_TEXT.qualityLabel}: ${FINAL_WORDS}`);
    expect(within(rowOf('X.1')).getByRole('figure')).toHaveTextContent(FINAL_WORDS);
    expect(moves('.quality-lost')).toBe(3);
    // One point per answer: 147 of 150, in three runs between the losses.
    const line = chart().querySelector('.quality-line')!.getAttribute('d')!;
    expect(line.match(/[ML]/g)).toHaveLength(147);
    // The spike to 88 ms sets the scale: the next step up is 100 ms.
    expect(chart()).toHaveTextContent('100 ms');
    // The other rows draw no chart.
    expect(within(rowOf('X.2')).queryByRole('img')).not.toBeInTheDocument();
  });

  it('asks main for the 30 s longer test, and for the default again once it is off', async () => {
    const fake = await renderApp();
    const user = userEvent.setup({ advanceTimers: vi.advanceTimersByTime });
    const run = extraRun();
    await act(async () =>
      fake.emitAll([run.started, ...run.guide, run.verdictReady, ...run.extras, run.finished]),
    );
    const longer = screen.getByRole('checkbox', { name: EXTRA_SCREEN_TEXT.longerTest });
    expect(longer).not.toBeChecked();
    expect(longer).toHaveAccessibleDescription(EXTRA_SCREEN_TEXT.longerTestHint);
    expect(fake.starts[0]).not.toHaveProperty('qualitySeconds');
    await user.click(longer);
    expect(fake.api.start).toHaveBeenCalledTimes(2);
    expect(fake.starts[1]).toMatchObject({ qualitySeconds: 30 });
    expect(longer).toBeChecked();

    // Applying typed fields keeps it.
    const again = extraRun();
    await act(async () =>
      fake.emitAll([
        { ...again.started, runId: '00000000-0000-4000-8000-000000000002' } as RunEvent,
        {
          ...again.finished,
          runId: '00000000-0000-4000-8000-000000000002',
        } as RunEvent,
      ]),
    );
    await user.click(screen.getByRole('button', { name: 'Apply and check again' }));
    expect(fake.starts[2]).toMatchObject({ qualitySeconds: 30 });

    await act(async () =>
      fake.emitAll([
        { ...again.started, runId: '00000000-0000-4000-8000-000000000003' } as RunEvent,
        { ...again.finished, runId: '00000000-0000-4000-8000-000000000003' } as RunEvent,
      ]),
    );
    await user.click(longer);
    expect(fake.starts[3]).not.toHaveProperty('qualitySeconds');
  });
});
