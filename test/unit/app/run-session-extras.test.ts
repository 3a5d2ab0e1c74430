// The window's runs and the extra checks (issue 18): the longer call-quality test reaches the
// planner and the runner, the IPC boundary refuses a burst out of bounds, and a re-run's
// verdict-ready is the verdict over the earlier answers too, as its run-finished is. The
// engine is the real planner and runner over a loopback profile (TCP to a closed port).
import { beforeAll, describe, expect, it } from 'vitest';
import { startOptionsSchema, type StartOptions } from '../../../common/ipc/contract';
import { DEFAULT_OPTIONS } from '../../../common/options';
import type { RunEvent } from '../../../common/results/events';
import type { RunSettings } from '../../../main/engine/runner';
import { plan, type PlanInput } from '../../../main/engine/planner';
import { runPlan } from '../../../main/engine/runner';
import { createEventQueue } from '../../../main/app/event-queue';
import { createRunSession } from '../../../main/app/run-session';
import { closedPort, loopbackProfile } from './support';

const START: StartOptions = { options: DEFAULT_OPTIONS, proxy: 'direct' };
let port: number;
beforeAll(async () => {
  port = await closedPort();
});

function setUp() {
  const sent: RunEvent[] = [];
  const queue = createEventQueue((event) => sent.push(event));
  queue.ready();
  const planned: PlanInput[] = [];
  const ran: RunSettings[] = [];
  const loaded = loopbackProfile(port);
  const session = createRunSession(
    {
      profile: loaded,
      plan: (input) => {
        planned.push(input);
        return plan(input);
      },
      runPlan: (p, settings, onEvent) => {
        ran.push(settings);
        return runPlan(p, settings, onEvent);
      },
      settings: {
        timeoutMs: 500,
        deadlineMs: 3000,
        concurrency: 4,
        toolVersion: 'test',
        profile: loaded.profile,
      },
    },
    queue,
  );
  const finished = (runId: string) =>
    expect.poll(() => sent.some((e) => e.type === 'run-finished' && e.runId === runId)).toBe(true);
  return { session, sent, planned, ran, finished };
}

describe('run session: the extra checks', () => {
  it('plans and runs with the longer test when the window asks for it, else the default', async () => {
    const { session, planned, ran, finished } = setUp();
    await finished(await session.start({ ...START, qualitySeconds: 30 }));
    expect(planned.at(-1)?.qualitySeconds).toBe(30);
    expect(ran.at(-1)?.qualitySeconds).toBe(30);
    await finished(await session.start(START));
    expect(planned.at(-1)?.qualitySeconds).toBe(3);
    expect(ran.at(-1)?.qualitySeconds).toBe(3);
    session.dispose();
  });

  it('re-runs with the burst length of the run it repeats', async () => {
    const { session, planned, ran, finished } = setUp();
    const first = await session.start({ ...START, qualitySeconds: 30 });
    await finished(first);
    await finished(await session.rerun(first, ['2-2.2']));
    expect(planned.at(-1)).toMatchObject({ only: ['2-2.2'], qualitySeconds: 30 });
    expect(ran.at(-1)?.qualitySeconds).toBe(30);
    session.dispose();
  });

  it("sends a re-run's verdict-ready merged over the earlier answers", async () => {
    const { session, sent, finished } = setUp();
    const first = await session.start(START);
    await finished(first);
    const again = await session.rerun(first, ['2-2.2']);
    await finished(again);
    const ready = sent.find(
      (e): e is Extract<RunEvent, { type: 'verdict-ready' }> =>
        e.type === 'verdict-ready' && e.runId === again,
    )!;
    const done = sent.find(
      (e): e is Extract<RunEvent, { type: 'run-finished' }> =>
        e.type === 'run-finished' && e.runId === again,
    )!;
    // Both rows are closed ports: 2-1.1 keeps its earlier fail, not the re-run's "skipped".
    const status = (rows: { id: string; status: string }[], id: string) =>
      rows.find((row) => row.id === id)?.status;
    expect(status(ready.result.rows, '2-1.1')).toBe('fail');
    expect(status(ready.result.rows, '2-2.2')).toBe('fail');
    expect(ready.result.verdict).toEqual(done.result.verdict);
    expect(ready.result.diagnosis.headline).toBe(done.result.diagnosis.headline);
    session.dispose();
  });
});

describe('IPC: the longer test', () => {
  it('accepts a burst of 0 to 300 whole seconds, and nothing else', () => {
    for (const qualitySeconds of [0, 3, 30, 300])
      expect(startOptionsSchema.safeParse({ ...START, qualitySeconds }).success).toBe(true);
    for (const qualitySeconds of [-1, 301, 2.5, '30', null])
      expect(startOptionsSchema.safeParse({ ...START, qualitySeconds }).success).toBe(false);
  });
});
