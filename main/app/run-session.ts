// One window's runs: at most one at a time, cancellable, re-runnable row by row, with its
// events held until the renderer listens. Plain Node: the engine comes in as a dependency so
// tests drive this with the real runner or a fake one.
import type { StartOptions } from '../../common/ipc/contract';
import type { Plan } from '../../common/plan';
import type { RunEventListener } from '../../common/results/events';
import type { ResultDocument } from '../../common/results/schema';
import { mergeRerun } from '../../common/results/assemble';
import { RUN_DEFAULTS } from '../../common/run-defaults';
import type { PlanInput } from '../engine/planner';
import type { ChromiumCheckHook } from '../engine/probe-types';
import type { RunSettings } from '../engine/runner';
import type { EventQueue } from './event-queue';
import { silentLog, type AppLog } from './log';
import type { LoadedProfile } from '../engine/profile-loader';

export type RunPlanFn = (
  plan: Plan,
  settings: RunSettings,
  onEvent: RunEventListener,
) => Promise<ResultDocument>;
export type PlanFn = (input: PlanInput) => Plan;

export interface Engine {
  profile: Pick<LoadedProfile, 'profile' | 'hash'>;
  runPlan: RunPlanFn;
  plan: PlanFn;
  /** Per-attempt timeout, deadline, concurrency and tool version of every run. */
  settings: Omit<RunSettings, 'signal' | 'proxy'>;
  /**
   * The proxy setting of one run, from the choice in the options panel ("system" is the
   * operating system's, through Chromium); closed when the run is over.
   */
  proxy?: (choice: StartOptions['proxy'], signIn?: StartOptions['signIn']) => RunProxy;
  /**
   * The Chromium-stack check of one run, through the same proxy choice (a typed proxy must not
   * be checked through the system's); it replaces `settings.chromiumCheck` for that run.
   */
  chromiumCheck?: (
    choice: StartOptions['proxy'],
    signIn?: StartOptions['signIn'],
  ) => ChromiumCheckHook;
}

export interface RunProxy extends NonNullable<RunSettings['proxy']> {
  close(): void;
}

export interface RunSession {
  plan(options: StartOptions): Plan;
  /** Starts a run and resolves with its id once the engine has announced it. */
  start(options: StartOptions): Promise<string>;
  /** Runs the given rows again with the options of run `runId`. */
  rerun(runId: string, rowIds: readonly string[]): Promise<string>;
  /**
   * Stops run `runId` and resolves once it has ended (its final event sent), so a `start`
   * right after is not refused. A run that already ended is left as it is.
   */
  cancel(runId: string): Promise<void>;
  /**
   * The document of the last run that finished, for "Save report": after a re-run, the rows
   * it checked over the earlier run's answers, as the window shows them.
   */
  lastResult(): ResultDocument | undefined;
  /** The window is gone: stop whatever runs. */
  dispose(): void;
}

export const ALREADY_RUNNING = 'a check is already running';

interface Run {
  controller: AbortController;
  /** Known from the engine's `run-started`. */
  runId?: string;
  /** A final event (`run-finished` or `run-failed`) has gone to the window. */
  ended?: boolean;
  /** Settles when the engine has returned and the run's final event has been sent. */
  done: Promise<void>;
}

/** What a thrown value says, in one line, for the log and the window's header. */
function messageOf(error: unknown): string {
  const text = error instanceof Error ? error.message : String(error);
  return text.split('\n')[0]!.trim() || 'unknown error';
}

export function createRunSession(
  engine: Engine,
  queue: EventQueue,
  log: AppLog = silentLog,
): RunSession {
  let current: Run | undefined;
  /** Options of every run this window started, so a re-run checks the same way. */
  const optionsByRun = new Map<string, StartOptions>();
  let last: ResultDocument | undefined;

  /** X.1's burst: the window's choice (the longer test), else the engine's, else the default. */
  const qualitySecondsOf = (options: StartOptions): number =>
    options.qualitySeconds ?? engine.settings.qualitySeconds ?? RUN_DEFAULTS.qualitySeconds;

  const planFor = (options: StartOptions, only?: readonly string[]): Plan =>
    engine.plan({
      profile: engine.profile.profile,
      profileHash: engine.profile.hash,
      options: options.options,
      qualitySeconds: qualitySecondsOf(options),
      ...(only ? { only } : {}),
    });

  const launch = (options: StartOptions, only?: readonly string[]): Promise<string> => {
    if (current) return Promise.reject(new Error(ALREADY_RUNNING));
    const run: Run = { controller: new AbortController(), done: Promise.resolve() };
    current = run;
    const finish = () => {
      if (current === run) current = undefined;
    };
    return new Promise<string>((resolve, reject) => {
      /**
       * The run's events on their way to the window: logged, and nothing after a final event
       * (a late one would reopen the window's run). A final event counts once the window has
       * it: a throw before (the merge, the send) ends in run-failed.
       */
      const events: Pick<EventQueue, 'push'> = {
        push(event) {
          if (run.ended) return;
          queue.push(event);
          if (event.type === 'run-started')
            log.info('run started', { runId: event.runId, rerun: only ?? null });
          if (event.type === 'run-finished') {
            run.ended = true;
            log.info('run finished', {
              runId: event.runId,
              verdict: event.result.verdict.status,
              cancelled: event.cancelled,
              durationMs: event.result.durationMs,
            });
          }
        },
      };
      const onEvent: RunEventListener = (event) => {
        if (event.type === 'run-started') {
          run.runId = event.runId;
          optionsByRun.set(event.runId, options);
          resolve(event.runId);
        }
        if (event.type === 'verdict-ready' && only && last) {
          // A re-run's provisional document covers its own rows only: the window's headline
          // is the verdict over the earlier answers too, as run-finished's will be.
          return events.push({
            ...event,
            result: mergeRerun(last, event.result, only, engine.profile.profile),
          });
        }
        if (event.type === 'run-finished') {
          // The window, a saved report and a decoded code all show this one document: after
          // a re-run, the merged result with its own diagnosis and helpdesk code. A cancelled
          // re-run answered nothing for sure: the earlier answers stand.
          if (only && last) {
            if (!event.cancelled)
              last = mergeRerun(last, event.result, only, engine.profile.profile);
          } else last = event.result;
          finish();
          return events.push({ ...event, result: last });
        }
        events.push(event);
      };
      let plan: Plan;
      let proxy: RunProxy | undefined;
      let chromiumCheck: ChromiumCheckHook | undefined;
      try {
        plan = planFor(options, only);
        // A throw here must free the slot too, or every later start is refused as running.
        // The window's proxy sign-in (in memory only: never logged, never in the result).
        proxy = engine.proxy?.(options.proxy, options.signIn);
        chromiumCheck = engine.chromiumCheck?.(options.proxy, options.signIn);
      } catch (error) {
        proxy?.close();
        finish();
        return reject(error as Error);
      }
      let failure: unknown;
      let running: Promise<unknown>;
      try {
        running = engine.runPlan(
          plan,
          {
            ...engine.settings,
            qualitySeconds: qualitySecondsOf(options),
            signal: run.controller.signal,
            ...(proxy && { proxy }),
            ...(chromiumCheck && { chromiumCheck }),
          },
          onEvent,
        );
      } catch (error) {
        running = Promise.reject(error);
      }
      run.done = running
        .then(
          () => undefined,
          (error: unknown) => {
            failure = error;
          },
        )
        .finally(() => {
          // Whatever broke (the engine, the result's assembly, a throw in onEvent), the run
          // ends here: the slot is freed and, once the window knows of the run, it hears a
          // final event, or Cancel and Run again would wait for one forever. Probes a broken
          // engine left in flight are stopped too.
          run.controller.abort();
          proxy?.close();
          finish();
          if (run.runId === undefined) {
            log.error('run could not start', { error: failure ?? 'no run-started' });
            reject(
              failure === undefined
                ? new Error('the engine ended the run without starting it')
                : (failure as Error),
            );
            return;
          }
          if (run.ended) return;
          run.ended = true;
          const message =
            failure === undefined
              ? 'the engine ended the run without a result'
              : messageOf(failure);
          log.error('run failed', { runId: run.runId, error: failure ?? message });
          queue.push({ type: 'run-failed', runId: run.runId, message });
        });
    });
  };

  return {
    plan: (options) => planFor(options),
    start: (options) => launch(options),
    rerun(runId, rowIds) {
      const options = optionsByRun.get(runId);
      if (!options) return Promise.reject(new Error(`no run ${runId} in this window`));
      const known = new Set(engine.profile.profile.rows.map((row) => row.id));
      const unknown = rowIds.filter((id) => !known.has(id));
      if (unknown.length > 0) {
        return Promise.reject(new Error(`not rows of the profile: ${unknown.join(', ')}`));
      }
      return launch(options, rowIds);
    },
    async cancel(runId) {
      const run = current;
      if (run?.runId !== runId) return;
      run.controller.abort();
      await run.done;
    },
    lastResult: () => last,
    dispose() {
      current?.controller.abort();
    },
  };
}
