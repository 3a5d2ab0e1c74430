// Keep checking (issue 20), as the CLI's `watch` does it: while IT changes the firewall, the
// rows that are not passing are checked again every interval, one round at a time, until the
// verdict is ready, the time is up, or the person stops it (the toggle, new options, a new run).
// Each round is a quiet re-run (run-state.ts): the window keeps showing the finished result and
// this hook says what changed. A change of verdict is told to main, which shows a notification.
import { useCallback, useEffect, useRef, useState } from 'react';
import type { ResultDocument } from '../../common/results/schema';
import { KEEP_CHECKING_TEXT } from '../../common/i18n';
import { RUN_DEFAULTS } from '../../common/run-defaults';
import { rowsToCheckAgain } from '../../common/results/recheck';
import { rowChanges, type RowChange } from '../../common/results/row-changes';
import {
  KEEP_CHECKING_DEFAULTS,
  nextRoundDelayMs,
  roundIntervalMs,
} from '../../common/results/keep-checking-pace';
import type { RunState } from './run-state';

/** What one round changed, kept as data so a language change rewords the list. */
export interface KeepCheckingEntry {
  id: number;
  at: Date;
  changes: RowChange[];
  /** The round's result when its verdict differs from the one before. */
  verdict: ResultDocument | null;
}

/** Why Keep checking switched itself off (the person's own switch needs no words). */
export type KeepCheckingStop = 'ready' | 'time' | 'broken';

export interface KeepCheckingDeps {
  state: RunState;
  /** Starts a quiet re-run of these rows (the window's launch, as Re-run failed rows). */
  recheck(rowIds: string[]): void;
  /** Stops the run under way. */
  cancelRound(): void;
  /** The verdict changed while on: the system notification, with the result's words. */
  notify(result: ResultDocument): void;
  /** The sentence of each change, in the page's language: for the live region. */
  describe(entry: KeepCheckingEntry): string[];
  everyMs?: number;
  forMs?: number;
}

export interface KeepChecking {
  on: boolean;
  /** Whether switching on would check anything: a finished result not ready, with rows to check. */
  available: boolean;
  switchOn(): void;
  /** The person switched it off, changed the options or started a new run. */
  switchOff(): void;
  lastChecked: Date | null;
  /** Rounds ended since it was switched on. */
  rounds: number;
  entries: KeepCheckingEntry[];
  stopped: KeepCheckingStop | null;
  /** For the polite live region, each once, with a key that stays. */
  announcements: Array<{ id: number; text: string }>;
  everyMs: number;
  forMs: number;
}

const rowsToRecheck = (state: RunState) =>
  rowsToCheckAgain(state.rows, state.plan?.rows ?? [], { warnings: true });

export function useKeepChecking(deps: KeepCheckingDeps): KeepChecking {
  // The app's runs use the default attempt timeout (main/app/app.ts).
  const everyMs = roundIntervalMs(
    deps.everyMs ?? KEEP_CHECKING_DEFAULTS.everyMs,
    RUN_DEFAULTS.timeoutMs,
  );
  const forMs = deps.forMs ?? KEEP_CHECKING_DEFAULTS.forMs;
  const [on, setOn] = useState(false);
  const [lastChecked, setLastChecked] = useState<Date | null>(null);
  const [rounds, setRounds] = useState(0);
  const [entries, setEntries] = useState<KeepCheckingEntry[]>([]);
  const [stopped, setStopped] = useState<KeepCheckingStop | null>(null);
  const [announcements, setAnnouncements] = useState<Array<{ id: number; text: string }>>([]);

  // The latest of everything, for the timer's callback.
  const latest = useRef(deps);
  latest.current = deps;
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  /** The round under way: when it began and the result it checks again. */
  const round = useRef<{ startedAt: number; before: ResultDocument } | null>(null);
  const since = useRef(0);
  const nextId = useRef(1);

  const { state } = deps;
  const running = state.phase === 'starting' || state.phase === 'running';
  const available =
    !running &&
    state.phase === 'finished' &&
    state.result !== null &&
    state.result.verdict.status !== 'ready' &&
    rowsToRecheck(state).length > 0;

  const say = useCallback((texts: string[]) => {
    const said = texts.map((text) => ({ id: nextId.current++, text }));
    setAnnouncements((before) => [...before, ...said].slice(-20));
  }, []);

  const clearTimer = () => {
    if (timer.current !== null) clearTimeout(timer.current);
    timer.current = null;
  };

  /** Off, with nothing left running: the round under way is cancelled. */
  const end = useCallback(
    (reason: KeepCheckingStop | null) => {
      clearTimer();
      const wasRunning = round.current !== null;
      round.current = null;
      setOn(false);
      setStopped(reason);
      if (wasRunning && reason === null) latest.current.cancelRound();
      const t = KEEP_CHECKING_TEXT;
      if (reason === 'ready') say([t.stoppedReady]);
      if (reason === 'time') say([t.stoppedTime(Math.round(forMs / 60_000))]);
      if (reason === 'broken') say([t.stoppedBroken]);
    },
    [forMs, say],
  );

  const startRound = useCallback(() => {
    timer.current = null;
    const { state: now, recheck } = latest.current;
    if (now.result === null) return end('broken');
    const rowIds = rowsToRecheck(now);
    if (rowIds.length === 0) return end('ready');
    round.current = { startedAt: Date.now(), before: now.result };
    recheck(rowIds);
  }, [end]);

  const schedule = useCallback(
    (previousStart: number) => {
      clearTimer();
      timer.current = setTimeout(startRound, nextRoundDelayMs(previousStart, Date.now(), everyMs));
    },
    [everyMs, startRound],
  );

  // A round has ended when its re-run is over: say what changed, then stop or go on.
  useEffect(() => {
    const current = round.current;
    if (current === null || running || state.rerun !== null) return;
    round.current = null;
    const result = state.phase === 'finished' ? state.result : null;
    if (result === null) return end('broken');
    const at = new Date();
    setLastChecked(at);
    setRounds((n) => n + 1);
    const changes = rowChanges(current.before.rows, result.rows);
    const verdictChanged = result.verdict.status !== current.before.verdict.status;
    if (changes.length > 0 || verdictChanged) {
      const entry = { id: nextId.current++, at, changes, verdict: verdictChanged ? result : null };
      setEntries((before) => [entry, ...before]);
      say(latest.current.describe(entry));
    }
    if (verdictChanged) latest.current.notify(result);
    if (result.verdict.status === 'ready') return end('ready');
    if (at.getTime() - since.current >= forMs) return end('time');
    schedule(current.startedAt);
  }, [running, state.phase, state.result, state.rerun, end, forMs, say, schedule]);

  // The window closes or reloads: main stops the run; the timer goes with the page.
  useEffect(() => clearTimer, []);

  const switchOn = useCallback(() => {
    const { state: now } = latest.current;
    if (on || now.result === null) return;
    since.current = Date.now();
    setOn(true);
    setStopped(null);
    setEntries([]);
    setRounds(0);
    setLastChecked(null);
    // The first round keeps the pace too: one interval after the run on screen began.
    schedule(now.startedAt === null ? Date.now() : Date.parse(now.startedAt));
  }, [on, schedule]);

  const switchOff = useCallback(() => {
    if (on) end(null);
  }, [on, end]);

  return {
    on,
    available,
    switchOn,
    switchOff,
    lastChecked,
    rounds,
    entries,
    stopped,
    announcements,
    everyMs,
    forMs,
  };
}
