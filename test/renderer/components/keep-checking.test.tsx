// Keep checking (issue 20) in the whole window, against the fake bridge and fake timers: the
// rows not passing are checked again on the pace of `watch`, the window stays on the result it
// checks, the changes are listed and read out, the notification goes only while it is on, and
// it stops by itself (ready, 30 minutes) or when the person switches it off or changes options.
import { act, fireEvent, screen, within } from '@testing-library/react';
import { APP_TEXT, KEEP_CHECKING_TEXT } from '../../../common/i18n/en';
import { formatClock } from '../../../common/i18n/format';
import { mergeRerun } from '../../../common/results/assemble';
import type { RunEvent } from '../../../common/results/events';
import type { ResultDocument } from '../../../common/results/schema';
import {
  type FakeNetcheck,
  makePlan,
  play,
  profile,
  renderApp,
  scriptRun,
  type Script,
} from './fake-netcheck';

const t = KEEP_CHECKING_TEXT;
/** scriptRun's runs start at 10:00:00 UTC; the page opens 4 s later. */
const OPENED = new Date('2026-11-25T10:00:04.000Z');
const FAILING: Script = { '2-2.2': 'timeout', '2-2.3': 'refused' };
const SIP_ROWS = ['2-2.2', '2-2.3'];

const toggle = () => screen.getByRole('checkbox', { name: t.toggle });
const status = () => screen.getByTestId('keep-checking-status').textContent;
const changes = () =>
  Array.from(
    screen.queryByTestId('keep-checking-changes')?.querySelectorAll('li') ?? [],
    (li) => li.textContent,
  );
const heard = () =>
  Array.from(screen.getByTestId('announcer').querySelectorAll('p'), (p) => p.textContent);
const clock = (date: Date) => formatClock('en', date);

/** One round as main answers it: the rows asked for, merged over the result before. */
async function answerRound(fake: FakeNetcheck, previous: ResultDocument, script: Script) {
  const rowIds = vi.mocked(fake.api.rerun).mock.lastCall![1];
  const again = scriptRun(makePlan({}, rowIds), script);
  const merged = mergeRerun(previous, again.result, rowIds, profile);
  await act(async () => {
    fake.emit(again.started);
    fake.emitAll(again.progress);
    fake.emit({ ...again.finished, result: merged } as RunEvent);
  });
  return { runId: again.runId, result: merged };
}

/**
 * A click, at once: user-event's wrapper waits on a timer that only Jest's fake clock would
 * move, so with vitest's faked setTimeout it would wait for ever.
 */
function click(element: HTMLElement) {
  act(() => void fireEvent.click(element));
}

async function advance(ms: number) {
  await act(async () => {
    await vi.advanceTimersByTimeAsync(ms);
  });
}

/** The window after a first run (real timers: rendering waits on them), then the clock faked. */
async function openOnTeamLinkOnly() {
  const fake = await renderApp();
  const first = scriptRun(makePlan(), FAILING);
  await play(fake, first);
  vi.useFakeTimers({
    toFake: ['setTimeout', 'clearTimeout', 'setInterval', 'clearInterval', 'Date'],
  });
  vi.setSystemTime(OPENED);
  return { fake, first };
}

describe('Keep checking', () => {
  afterEach(() => vi.useRealTimers());

  it('re-checks the rows not passing, one round at a time, every 10 s from when each began', async () => {
    const { fake, first } = await openOnTeamLinkOnly();
    expect(toggle()).not.toBeChecked();
    expect(toggle()).toBeEnabled();
    expect(toggle()).toHaveAccessibleDescription(t.hint(10, 30));
    click(toggle());
    expect(toggle()).toBeChecked();
    expect(status()).toBe(t.waiting);

    // The first round keeps the pace too: 10 s after the run on screen began (10:00:00).
    await advance(5000);
    expect(fake.api.rerun).not.toHaveBeenCalled();
    await advance(1000);
    expect(fake.api.rerun).toHaveBeenCalledTimes(1);
    expect(fake.api.rerun).toHaveBeenLastCalledWith(first.runId, SIP_ROWS);
    // "Re-run failed rows" is Keep checking's own work while it is on.
    expect(screen.getByRole('button', { name: APP_TEXT.actions.rerunFailed })).toBeDisabled();

    // A round takes 3 s and changes nothing: nothing is listed, nothing is read out.
    await advance(3000);
    const said = heard();
    const round1 = await answerRound(fake, first.result, FAILING);
    expect(status()).toBe(t.lastChecked(clock(new Date('2026-11-25T10:00:13.000Z'))));
    expect(changes()).toEqual([]);
    expect(screen.getByText(t.noChange)).toBeInTheDocument();
    expect(heard()).toEqual(said);
    expect(fake.notifications).toEqual([]);

    // The next round goes 10 s after the last one began (10:00:10), not 10 s after it ended.
    await advance(6900);
    expect(fake.api.rerun).toHaveBeenCalledTimes(1);
    await advance(100);
    expect(fake.api.rerun).toHaveBeenCalledTimes(2);
    expect(fake.api.rerun).toHaveBeenLastCalledWith(round1.runId, SIP_ROWS);
  });

  it('keeps the result on screen while a round runs, rows keeping their answers until new ones', async () => {
    const { fake } = await openOnTeamLinkOnly();
    click(toggle());
    await advance(6000);
    const again = scriptRun(makePlan({}, SIP_ROWS), {});
    act(() => fake.emit(again.started));
    expect(screen.queryByRole('progressbar')).not.toBeInTheDocument();
    expect(
      screen.getByRole('heading', {
        level: 1,
        name: 'Onsight will work here through TeamLink only',
      }),
    ).toBeInTheDocument();
    const sip = screen.getByRole('row', { name: /^2-2\.2 / });
    expect(within(sip).getByText('Fail')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: APP_TEXT.actions.cancel })).not.toBeInTheDocument();
  });

  it('lists what changed, reads it out, notifies once, and switches itself off when ready', async () => {
    const { fake, first } = await openOnTeamLinkOnly();
    click(toggle());
    await advance(6000);
    await advance(2000);
    const at = clock(new Date('2026-11-25T10:00:12.000Z'));
    await answerRound(fake, first.result, {});

    const lines = [
      `${at} Verdict: Onsight will work here`,
      expect.stringMatching(new RegExp(`^${at} 2-2\\.2 .+: Fail → Pass$`)),
      expect.stringMatching(new RegExp(`^${at} 2-2\\.3 .+: Fail → Pass$`)),
    ];
    expect(changes()).toEqual(lines);
    expect(heard().slice(-4)).toEqual([...lines, t.stoppedReady]);
    expect(fake.notifications).toEqual(['Onsight will work here']);
    expect(toggle()).not.toBeChecked();
    expect(status()).toBe(t.stoppedReady);
    // Nothing left to check, and no round after.
    expect(toggle()).toBeDisabled();
    await advance(60_000);
    expect(fake.api.rerun).toHaveBeenCalledTimes(1);
  });

  it('notifies only while on: a run the person starts tells no one', async () => {
    const { fake } = await openOnTeamLinkOnly();
    click(screen.getByRole('button', { name: APP_TEXT.actions.runAgain }));
    await play(fake, scriptRun(makePlan(), {}));
    expect(
      screen.getByRole('heading', { level: 1, name: 'Onsight will work here' }),
    ).toBeInTheDocument();
    expect(fake.notifications).toEqual([]);
    expect(fake.api.notify).not.toHaveBeenCalled();
  });

  it('switched off, it cancels the round under way and checks nothing more', async () => {
    const { fake, first } = await openOnTeamLinkOnly();
    click(toggle());
    await advance(6000);
    const again = scriptRun(makePlan({}, SIP_ROWS), {}, { cancelled: true });
    act(() => fake.emit(again.started));
    click(toggle());
    expect(toggle()).not.toBeChecked();
    expect(fake.api.cancel).toHaveBeenCalledWith(again.runId);
    // Main ends the cancelled round with the earlier answers, which the window shows.
    await act(async () => fake.emit({ ...again.finished, result: first.result } as RunEvent));
    expect(
      screen.getByRole('heading', {
        level: 1,
        name: 'Onsight will work here through TeamLink only',
      }),
    ).toBeInTheDocument();
    await advance(60_000);
    expect(fake.api.rerun).toHaveBeenCalledTimes(1);
    expect(fake.notifications).toEqual([]);
  });

  it('new options stop it: the run they start is a check of their own', async () => {
    const { fake } = await openOnTeamLinkOnly();
    click(toggle());
    click(screen.getByRole('checkbox', { name: APP_TEXT.options.legacy }));
    expect(toggle()).not.toBeChecked();
    expect(fake.api.start).toHaveBeenCalledTimes(2);
    await advance(60_000);
    expect(fake.api.rerun).not.toHaveBeenCalled();
  });

  it('stops after 30 minutes, saying so', async () => {
    const { fake, first } = await openOnTeamLinkOnly();
    click(toggle());
    await advance(6000);
    // The round under way ends 30 minutes after Keep checking was switched on.
    vi.setSystemTime(new Date('2026-11-25T10:30:05.000Z'));
    await answerRound(fake, first.result, FAILING);
    expect(toggle()).not.toBeChecked();
    expect(status()).toBe(t.stoppedTime(30));
    expect(heard().at(-1)).toBe(t.stoppedTime(30));
    await advance(60_000);
    expect(fake.api.rerun).toHaveBeenCalledTimes(1);
  });

  it('cannot be switched on before a result, or when it is ready', async () => {
    const fake = await renderApp();
    expect(toggle()).toBeDisabled();
    await play(fake, scriptRun(makePlan(), {}));
    expect(toggle()).toBeDisabled();
  });
});
