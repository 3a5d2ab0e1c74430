// One window's runs: at most one at a time, cancellable, re-runnable row by row, with its
// events held until the renderer listens. Plain Node: the engine comes in as a dependency so
// tests drive this with the real runner or a fake one.
import type { StartOptions } from '../../common/ipc/contract';
import type { Plan } from '../../common/plan';
import type { RunEventListener } from '../../common/results/events';
import type { ResultDocument } from '../../common/results/schema';
import { mergeRerun } from '../../common/results/assemble';
import type { PlanInput } from '../engine/planner';
import type { ChromiumCheckHook } from '../engine/probe-types';
import type { RunSettings } from '../engine/runner';
import type { EventQueue } from './event-queue';
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
  proxy?: (choice: StartOptions['proxy']) => RunProxy;
  /**
   * The Chromium-stack check of one run, through the same proxy choice (a typed proxy must not
   * be checked through the system's); it replaces `settings.chromiumCheck` for that run.
   */
  chromiumCheck?: (choice: StartOptions['proxy']) => ChromiumCheckHook;
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
   * Stops run `runId` and resolves once it has ended (its `run-finished` sent), so a `start`
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
  /** Settles when the engine has returned (after its `run-finished`). */
  ended: Promise<void>;
}

export function createRunSession(engine: Engine, events: EventQueue): RunSession {
  let current: Run | undefined;
  /** Options of every run this window started, so a re-run checks the same way. */
  const optionsByRun = new Map<string, StartOptions>();
  let last: ResultDocument | undefined;

  const planFor = (options: StartOptions, only?: readonly string[]): Plan =>
    engine.plan({
      profile: engine.profile.profile,
      profileHash: engine.profile.hash,
      options: options.options,
      ...(only ? { only } : {}),
    });

  const launch = (options: StartOptions, only?: readonly string[]): Promise<string> => {
    if (current) return Promise.reject(new Error(ALREADY_RUNNING));
    const run: Run = { controller: new AbortController(), ended: Promise.resolve() };
    current = run;
    const finish = () => {
      if (current === run) current = undefined;
    };
    return new Promise<string>((resolve, reject) => {
      const onEvent: RunEventListener = (event) => {
        if (event.type === 'run-started') {
          run.runId = event.runId;
          optionsByRun.set(event.runId, options);
          resolve(event.runId);
        }
        if (event.type === 'run-finished') {
          // The window, a saved report and a decoded code all show this one document: after
          // a re-run, the merged result with its own diagnosis and helpdesk code.
          last =
            only && last
              ? mergeRerun(last, event.result, only, engine.profile.profile)
              : event.result;
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
        proxy = engine.proxy?.(options.proxy);
        chromiumCheck = engine.chromiumCheck?.(options.proxy);
      } catch (error) {
        proxy?.close();
        finish();
        return reject(error as Error);
      }
      run.ended = engine
        .runPlan(
          plan,
          {
            ...engine.settings,
            signal: run.controller.signal,
            ...(proxy && { proxy }),
            ...(chromiumCheck && { chromiumCheck }),
          },
          onEvent,
        )
        .finally(() => proxy?.close())
        .then(
          () => {
            finish();
            if (run.runId === undefined)
              reject(new Error('the engine ended the run without starting it'));
          },
          (error: unknown) => {
            finish();
            // Before `run-started` the caller hears of it; after, the run is already the
            // renderer's and only the log can tell (the engine turns probe bugs into `error`).
            if (run.runId === undefined) reject(error as Error);
            else console.error('run failed', error);
          },
        );
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
      await run.ended;
    },
    lastResult: () => last,
    dispose() {
      current?.controller.abort();
    },
  };
}
