// A run that breaks after `run-started` still ends: the window hears `run-failed` (once), keeps
// the rows that finished, and Cancel and a new start work. The engine is the real runner over a
// loopback profile, made to throw at each stage of a run by the listener it is handed.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_OPTIONS } from '../../../common/options';
import type { RunEvent, RunEventListener } from '../../../common/results/events';
import type { StartOptions } from '../../../common/ipc/contract';
import { plan } from '../../../main/engine/planner';
import { runPlan } from '../../../main/engine/runner';
import { createEventQueue } from '../../../main/app/event-queue';
import { createRunSession, type RunPlanFn } from '../../../main/app/run-session';
import { createAppLog, type AppLog } from '../../../main/app/log';
import { closedPort, loopbackProfile } from './support';

const START: StartOptions = { options: DEFAULT_OPTIONS, proxy: 'direct' };
let port: number;
beforeAll(async () => {
  port = await closedPort();
});
const settings = () => ({
  timeoutMs: 500,
  deadlineMs: 3000,
  concurrency: 1,
  toolVersion: 'test',
  profile: loopbackProfile(port).profile,
});

/** An event queue whose window already listens: every event lands in `sent` at once. */
function listening(sent: RunEvent[]) {
  const queue = createEventQueue((event) => sent.push(event));
  queue.ready();
  return queue;
}

/** Where a run breaks: the engine's listener throws on the first event of that type. */
type Stage = 'after-start' | 'after-first-row' | 'at-result';
const THROWS_ON: Record<Stage, RunEvent['type']> = {
  'after-start': 'probe-started',
  'after-first-row': 'probe-finished',
  'at-result': 'run-finished',
};

function setUp(breaks: Stage | null, log?: AppLog) {
  const sent: RunEvent[] = [];
  const failing: RunPlanFn = (p, settings, onEvent) => {
    let thrown = false;
    const listener: RunEventListener = (event) => {
      // One row's answer is in before the second stage breaks: it must stay in the window.
      if (breaks && !thrown && event.type === THROWS_ON[breaks]) {
        if (breaks !== 'after-first-row' || sent.some((e) => e.type === 'row-updated')) {
          thrown = true;
          throw new Error(`engine bug ${breaks}\nat stack line`);
        }
      }
      onEvent(event);
    };
    return runPlan(p, settings, listener);
  };
  const session = createRunSession(
    { profile: loopbackProfile(port), plan, runPlan: failing, settings: settings() },
    listening(sent),
    log,
  );
  return { session, sent };
}

const finals = (sent: RunEvent[]) =>
  sent.filter((e) => e.type === 'run-finished' || e.type === 'run-failed');

describe('run session: an engine that breaks after run-started', () => {
  const sessions: Array<ReturnType<typeof setUp>> = [];
  afterAll(() => sessions.forEach((s) => s.session.dispose()));

  for (const stage of ['after-start', 'after-first-row', 'at-result'] as const) {
    it(`sends one run-failed when it throws ${stage}, and a new run then starts`, async () => {
      const set = setUp(stage);
      sessions.push(set);
      const { session, sent } = set;
      const runId = await session.start(START);
      await expect.poll(() => finals(sent).length).toBe(1);
      const [final] = finals(sent);
      expect(final).toEqual({
        type: 'run-failed',
        runId,
        message: `engine bug ${stage}`,
      });
      expect(sent[0]).toMatchObject({ type: 'run-started', runId });
      // Nothing after the final event, whatever the engine still does.
      await new Promise((r) => setTimeout(r, 50));
      expect(sent.at(-1)).toBe(final);
      if (stage === 'after-first-row')
        expect(sent.filter((e) => e.type === 'row-updated').length).toBeGreaterThan(0);
      // Cancel of the broken run returns, and the slot is free for "Run again".
      await expect(session.cancel(runId)).resolves.toBeUndefined();
      const again = await session.start(START);
      expect(again).not.toBe(runId);
      await expect.poll(() => finals(sent).length).toBe(2);
    });
  }

  it('sends run-failed when the engine returns without a final event', async () => {
    const sent: RunEvent[] = [];
    const session = createRunSession(
      {
        profile: loopbackProfile(port),
        plan,
        runPlan: async (p, _settings, onEvent) => {
          onEvent({ type: 'run-started', runId: crypto.randomUUID(), startedAt: '', plan: p });
          return {} as never;
        },
        settings: settings(),
      },
      listening(sent),
    );
    const runId = await session.start(START);
    await expect
      .poll(() => finals(sent))
      .toEqual([
        { type: 'run-failed', runId, message: 'the engine ended the run without a result' },
      ]);
  });

  it('sends run-finished alone when nothing breaks', async () => {
    const set = setUp(null);
    sessions.push(set);
    const runId = await set.session.start(START);
    await expect.poll(() => finals(set.sent).length).toBe(1);
    expect(finals(set.sent)[0]).toMatchObject({ type: 'run-finished', runId });
  });

  it('refuses the start, and frees the slot, when the engine throws before run-started', async () => {
    let calls = 0;
    const session = createRunSession(
      {
        profile: loopbackProfile(port),
        plan,
        runPlan: (p, settings, onEvent) => {
          calls += 1;
          if (calls === 1) throw new Error('no socket');
          return runPlan(p, settings, onEvent);
        },
        settings: settings(),
      },
      listening([]),
    );
    await expect(session.start(START)).rejects.toThrow('no socket');
    await expect(session.start(START)).resolves.toMatch(/^[0-9a-f-]{36}$/);
  });

  it('logs the start, the end and the failure of each run', async () => {
    const lines: string[] = [];
    const log = createAppLog((level, line) => lines.push(`${level} ${line}`));
    const sent: RunEvent[] = [];
    const session = createRunSession(
      { profile: loopbackProfile(port), plan, runPlan, settings: settings() },
      listening(sent),
      log,
    );
    const runId = await session.start(START);
    await expect.poll(() => finals(sent).length).toBe(1);
    expect(lines[0]).toBe(`info run started {"runId":"${runId}","rerun":null}`);
    expect(lines[1]).toMatch(
      new RegExp(`^info run finished \\{"runId":"${runId}","verdict":"not-ready"`),
    );

    const broken = setUp('after-start', log);
    sessions.push(broken);
    const brokenId = await broken.session.start(START);
    await expect.poll(() => lines.length).toBe(4);
    expect(lines[3]).toMatch(
      new RegExp(
        `^error run failed \\{"runId":"${brokenId}","error":"Error: engine bug after-start`,
      ),
    );
  });
});
