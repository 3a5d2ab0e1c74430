// The runner's own rules, with the probe kinds replaced by executors the test controls.
import { describe, expect, it } from 'vitest';
import { runPlan as runWithProfile, type RunSettings } from '../../../main/engine/runner';
import type { Plan } from '../../../common/plan';
import type { Profile } from '../../../common/profile/schema';
import type { RunEventListener } from '../../../common/results/events';
import { plan } from '../../../main/engine/planner';
import { profileFromJson } from '../../../main/engine/profile-loader';
import { DEFAULT_OPTIONS } from '../../../common/options';
import type { RunEvent } from '../../../common/results/events';
import type { AttemptResult, ProbeExecutor } from '../../../main/engine/probe-types';

const row = (id: string, targets: string[], ports = '5060') => ({
  id,
  table: '2-2',
  title: `row ${id}`,
  explanation: 'e',
  remediation: `Allow ${id}`,
  level: 'required',
  probes: [{ kind: 'tcp', transport: 'tcp', targets, ports, expectsReply: true }],
});

function testPlan(rows: ReturnType<typeof row>[]) {
  const loaded = profileFromJson(
    {
      id: 'runner-test',
      version: '1',
      revision: 1,
      title: 't',
      source: 's',
      tables: [{ id: '2-2', title: 'T' }],
      rows,
    },
    'runner-test',
  );
  const made = plan({
    profile: loaded.profile,
    profileHash: loaded.hash,
    options: DEFAULT_OPTIONS,
  });
  profiles.set(made, loaded.profile);
  return made;
}

/** The profile each test plan was made from: the runner tells its diagnosis against it. */
const profiles = new WeakMap<Plan, Profile>();
const runPlan = (p: Plan, s: Omit<RunSettings, 'profile'>, onEvent?: RunEventListener) =>
  runWithProfile(p, { ...s, profile: profiles.get(p)! }, onEvent);

const settings = (
  executor: ProbeExecutor,
  extra: Partial<RunSettings> = {},
): Omit<RunSettings, 'profile'> => ({
  timeoutMs: 1000,
  deadlineMs: 5000,
  concurrency: 64,
  toolVersion: 'test',
  executors: { tcp: executor },
  ...extra,
});

const reply = (address: string): AttemptResult => ({
  outcome: 'reply',
  address,
  rttMs: 1,
  detail: { message: `answered by ${address}` },
});
const silence: AttemptResult = { outcome: 'timeout', address: null, rttMs: null, detail: {} };

/** Resolves after the run's signal aborts or after `ms`, whichever is first. */
const wait = (ms: number, signal: AbortSignal) =>
  new Promise<void>((resolve) => {
    const timer = setTimeout(resolve, ms);
    signal.addEventListener(
      'abort',
      () => {
        clearTimeout(timer);
        resolve();
      },
      { once: true },
    );
  });

describe('runner', () => {
  it('runs every probe at once, up to the concurrency cap', async () => {
    let active = 0;
    let peak = 0;
    const executor: ProbeExecutor = async (task, ctx) => {
      active += 1;
      peak = Math.max(peak, active);
      await wait(30, ctx.signal);
      active -= 1;
      return reply(task.host);
    };
    const p = testPlan([
      row('2-2.1', ['198.18.0.1', '198.18.0.2']),
      row('2-2.2', ['198.18.0.3', '198.18.0.4'], '5060,5061,443'),
    ]);
    await runPlan(p, settings(executor));
    expect(peak).toBe(8);
    peak = 0;
    await runPlan(p, settings(executor, { concurrency: 3 }));
    expect(peak).toBe(3);
  });

  it('ends at the deadline even when a probe never answers, recording silence', async () => {
    const never: ProbeExecutor = () => new Promise(() => {});
    const doc = await runPlan(
      testPlan([row('2-2.2', ['198.18.0.1'])]),
      settings(never, { deadlineMs: 200 }),
    );
    const probe = doc.rows[0]!.probes[0]!;
    expect(probe).toMatchObject({ outcome: 'timeout', status: 'fail' });
    expect(probe.detail.message).toContain("run's deadline");
  });

  it('does not call a probe that never started (queued behind the cap at the deadline) blocked', async () => {
    const never: ProbeExecutor = () => new Promise(() => {});
    const doc = await runPlan(
      testPlan([row('2-2.2', ['198.18.0.1']), row('2-2.3', ['198.18.0.2'])]),
      settings(never, { deadlineMs: 200, concurrency: 1 }),
    );
    const [tried, queued] = doc.rows.map((r) => r.probes[0]!);
    expect(tried).toMatchObject({ outcome: 'timeout', status: 'fail' });
    expect(queued).toMatchObject({ outcome: 'not-sent', status: 'unverified' });
    expect(queued!.detail.message).toContain('not tried');
    expect(doc.rows[1]!.status).toBe('unverified');
  });

  it('turns a probe that throws into outcome error for that probe; the run goes on', async () => {
    const executor: ProbeExecutor = async (task) => {
      if (task.host === '198.18.0.1') throw new Error('boom');
      return reply(task.host);
    };
    const doc = await runPlan(
      testPlan([row('2-2.2', ['198.18.0.1']), row('2-2.3', ['198.18.0.2'])]),
      settings(executor),
    );
    expect(doc.rows[0]).toMatchObject({
      status: 'unverified',
      probes: [{ outcome: 'error', status: 'unverified' }],
    });
    expect(doc.rows[0]!.probes[0]!.detail.message).toBe('internal error: boom');
    expect(doc.rows[1]!.status).toBe('pass');
  });

  it('tries a /28 four hosts at a time in address order; the first answer wins', async () => {
    const tried: string[] = [];
    let active = 0;
    let peak = 0;
    const executor: ProbeExecutor = async (task, ctx) => {
      tried.push(task.host);
      active += 1;
      peak = Math.max(peak, active);
      await wait(5, ctx.signal);
      active -= 1;
      if (task.host === '198.18.0.6') return reply(task.host);
      return { outcome: 'refused', address: task.host, rttMs: 1, detail: {} };
    };
    const doc = await runPlan(testPlan([row('2-2.2', ['198.18.0.0/28'])]), settings(executor));
    const probe = doc.rows[0]!.probes[0]!;
    expect(probe).toMatchObject({
      outcome: 'reply',
      address: '198.18.0.6',
      target: '198.18.0.0/28',
      status: 'pass',
    });
    expect(peak).toBe(4);
    expect(tried.slice(0, 4)).toEqual(['198.18.0.1', '198.18.0.2', '198.18.0.3', '198.18.0.4']);
    // Once .6 answered nothing new starts: at most the window that was already in flight.
    expect(tried.length).toBeLessThanOrEqual(9);
  });

  it('stops trying a block after a window of silence: the rest would be silent too', async () => {
    const tried: string[] = [];
    const executor: ProbeExecutor = async (task) => {
      tried.push(task.host);
      return silence;
    };
    const doc = await runPlan(testPlan([row('2-2.2', ['198.18.0.0/28'])]), settings(executor));
    expect(tried).toHaveLength(4);
    expect(doc.rows[0]!.probes[0]!.detail.triedAddresses).toEqual(tried);
  });

  it('lets hosts already in flight answer after another host of the block went silent', async () => {
    const executor: ProbeExecutor = async (task, ctx) => {
      if (task.host === '198.18.0.1') {
        await wait(10, ctx.signal);
        return silence;
      }
      await wait(40, ctx.signal);
      return task.host === '198.18.0.2' ? reply(task.host) : silence;
    };
    const doc = await runPlan(testPlan([row('2-2.2', ['198.18.0.0/28'])]), settings(executor));
    expect(doc.rows[0]!.probes[0]).toMatchObject({ outcome: 'reply', address: '198.18.0.2' });
  });

  it('under a concurrency cap of 1 (the sequential baseline) a silent block costs one timeout, not four', async () => {
    const tried: string[] = [];
    const executor: ProbeExecutor = async (task) => {
      tried.push(task.host);
      return silence;
    };
    await runPlan(
      testPlan([row('2-2.2', ['198.18.0.0/28'])]),
      settings(executor, { concurrency: 1 }),
    );
    expect(tried).toEqual(['198.18.0.1']);
  });

  it('emits run-started first, a finished event per started probe, final row updates, and run-finished last', async () => {
    const events: RunEvent[] = [];
    const doc = await runPlan(
      testPlan([row('2-2.2', ['198.18.0.1', '198.18.0.2'])]),
      settings(async (t) => reply(t.host)),
      (e) => events.push(e),
    );
    expect(events[0]!.type).toBe('run-started');
    expect(events.at(-1)).toMatchObject({ type: 'run-finished', cancelled: false, result: doc });
    expect(events.filter((e) => e.type === 'probe-started')).toHaveLength(2);
    expect(events.filter((e) => e.type === 'probe-finished')).toHaveLength(2);
    const updates = events.filter((e) => e.type === 'row-updated');
    expect(updates.map((e) => e.type === 'row-updated' && e.row.status)).toEqual([
      'running',
      'pass',
    ]);
  });

  it('announces rows with nothing to probe as final at the start', async () => {
    const reminder = {
      ...row('2-0.1', []),
      level: 'info',
      probes: [] as ReturnType<typeof row>['probes'],
    };
    const events: RunEvent[] = [];
    await runPlan(
      testPlan([reminder, row('2-2.2', ['198.18.0.1'])]),
      settings(async (t) => reply(t.host)),
      (e) => events.push(e),
    );
    const first = events.findIndex((e) => e.type === 'probe-started');
    const info = events.findIndex((e) => e.type === 'row-updated' && e.row.id === '2-0.1');
    expect(info).toBeGreaterThan(0);
    expect(info).toBeLessThan(first);
    expect(events[info]).toMatchObject({ row: { status: 'info' } });
  });

  it('a cancelled run ends at once and holds nothing against the network', async () => {
    const cancel = new AbortController();
    const executor: ProbeExecutor = async (_task, ctx) => {
      setTimeout(() => cancel.abort(), 10);
      await wait(10_000, ctx.signal);
      return silence;
    };
    const events: RunEvent[] = [];
    const doc = await runPlan(
      testPlan([row('2-2.2', ['198.18.0.1'])]),
      settings(executor, { signal: cancel.signal }),
      (e) => events.push(e),
    );
    expect(events.at(-1)).toMatchObject({ type: 'run-finished', cancelled: true });
    expect(doc.rows[0]).toMatchObject({
      status: 'unverified',
      probes: [{ outcome: 'timeout', status: 'unverified' }],
    });
  });
});
