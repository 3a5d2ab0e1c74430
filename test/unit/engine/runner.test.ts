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

  it('stops the attempts still in flight and rejects when a listener throws (review of issue 12)', async () => {
    let inFlight: AbortSignal | undefined;
    const executor: ProbeExecutor = (task, ctx) => {
      if (task.host !== '198.18.0.2') return Promise.resolve(reply(task.host));
      inFlight = ctx.signal;
      return new Promise(() => {});
    };
    const broken: RunEventListener = (event) => {
      if (event.type === 'probe-finished') throw new Error('the listener broke');
    };
    await expect(
      runPlan(
        testPlan([row('2-2.2', ['198.18.0.1']), row('2-2.3', ['198.18.0.2'])]),
        settings(executor),
        broken,
      ),
    ).rejects.toThrow('the listener broke');
    expect(inFlight?.aborted).toBe(true);
  });

  it('ends at the deadline even when a probe never answers: not finished, so unverified (issue 13, defect 6)', async () => {
    const never: ProbeExecutor = () => new Promise(() => {});
    const doc = await runPlan(
      testPlan([row('2-2.2', ['198.18.0.1'])]),
      settings(never, { deadlineMs: 200 }),
    );
    const probe = doc.rows[0]!.probes[0]!;
    // It had 200 ms of its 1 s: its silence proves nothing.
    expect(probe).toMatchObject({ outcome: 'timeout', status: 'unverified' });
    expect(probe.detail.message).toContain("not finished before the run's deadline");
  });

  it('does not call a probe that never started (queued behind the cap at the deadline) blocked', async () => {
    const never: ProbeExecutor = () => new Promise(() => {});
    const doc = await runPlan(
      testPlan([row('2-2.2', ['198.18.0.1']), row('2-2.3', ['198.18.0.2'])]),
      settings(never, { deadlineMs: 200, concurrency: 1 }),
    );
    const [tried, queued] = doc.rows.map((r) => r.probes[0]!);
    expect(tried).toMatchObject({ outcome: 'timeout', status: 'unverified' });
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

  const block = Array.from({ length: 14 }, (_, i) => `198.18.0.${i + 1}`);

  it('tries every address of a /28 at once in address order; the first answer settles it', async () => {
    const tried: string[] = [];
    let active = 0;
    let peak = 0;
    const executor: ProbeExecutor = async (task, ctx) => {
      tried.push(task.host);
      active += 1;
      peak = Math.max(peak, active);
      // .6 answers after 5 ms; the others would never answer by themselves.
      await wait(task.host === '198.18.0.6' ? 5 : 10_000, ctx.signal);
      active -= 1;
      return task.host === '198.18.0.6' ? reply(task.host) : silence;
    };
    const doc = await runPlan(testPlan([row('2-2.2', ['198.18.0.0/28'])]), settings(executor));
    const probe = doc.rows[0]!.probes[0]!;
    expect(probe).toMatchObject({
      outcome: 'reply',
      address: '198.18.0.6',
      target: '198.18.0.0/28',
      status: 'pass',
    });
    expect(peak).toBe(14);
    expect(tried).toEqual(block);
    expect(probe.detail.addresses).toEqual(
      block.map((address) =>
        address === '198.18.0.6'
          ? { address, state: 'answered', outcome: 'reply' }
          : { address, state: 'not-needed' },
      ),
    );
    expect(doc.rows[0]!.summary).toBe('198.18.0.0/28 port 5060 answered by 198.18.0.6');
  });

  it('calls a block silent only when every address is, naming each one silent', async () => {
    const tried: string[] = [];
    const executor: ProbeExecutor = async (task) => {
      tried.push(task.host);
      return silence;
    };
    const doc = await runPlan(testPlan([row('2-2.2', ['198.18.0.0/28'])]), settings(executor));
    const probe = doc.rows[0]!.probes[0]!;
    expect(tried).toEqual(block);
    expect(probe).toMatchObject({ outcome: 'timeout', status: 'fail' });
    expect(probe.detail.addresses).toEqual(
      block.map((address) => ({ address, state: 'silent', outcome: 'timeout' })),
    );
    expect(probe.detail.message).toMatch(
      /^none of the 14 addresses of 198\.18\.0\.0\/28 answered \(14 silent\)/,
    );
  });

  it('lets silence and refusals from some addresses settle nothing: a later answer still wins', async () => {
    const executor: ProbeExecutor = async (task, ctx) => {
      if (task.host === '198.18.0.1') {
        await wait(10, ctx.signal);
        return silence;
      }
      if (task.host === '198.18.0.3')
        return { outcome: 'refused', address: task.host, rttMs: null, detail: {} };
      await wait(task.host === '198.18.0.14' ? 40 : 10_000, ctx.signal);
      return task.host === '198.18.0.14' ? reply(task.host) : silence;
    };
    const doc = await runPlan(testPlan([row('2-2.2', ['198.18.0.0/28'])]), settings(executor));
    const probe = doc.rows[0]!.probes[0]!;
    expect(probe).toMatchObject({ outcome: 'reply', address: '198.18.0.14', status: 'pass' });
    const states = Object.fromEntries(probe.detail.addresses!.map((a) => [a.address, a.state]));
    expect(states['198.18.0.1']).toBe('silent');
    expect(states['198.18.0.3']).toBe('refused');
    expect(states['198.18.0.14']).toBe('answered');
    expect(states['198.18.0.2']).toBe('not-needed');
  });

  it('under a concurrency cap of 1 (the sequential baseline) tries one address after another until one answers', async () => {
    const tried: string[] = [];
    const executor: ProbeExecutor = async (task) => {
      tried.push(task.host);
      return task.host === '198.18.0.3' ? reply(task.host) : silence;
    };
    const doc = await runPlan(
      testPlan([row('2-2.2', ['198.18.0.0/28'])]),
      settings(executor, { concurrency: 1 }),
    );
    expect(tried).toEqual(['198.18.0.1', '198.18.0.2', '198.18.0.3']);
    const addresses = doc.rows[0]!.probes[0]!.detail.addresses!;
    expect(addresses.slice(0, 3).map((a) => a.state)).toEqual(['silent', 'silent', 'answered']);
    expect(new Set(addresses.slice(3).map((a) => a.state))).toEqual(new Set(['not-needed']));
  });

  it('does not call a block silent when the deadline came before most of its addresses were sent', async () => {
    const never: ProbeExecutor = () => new Promise(() => {});
    const doc = await runPlan(
      testPlan([row('2-2.2', ['198.18.0.0/28'])]),
      settings(never, { concurrency: 1, deadlineMs: 200 }),
    );
    const probe = doc.rows[0]!.probes[0]!;
    expect(probe.status).toBe('unverified');
    // Under way at the deadline, with 200 ms of its 1 s: cut off, not silent.
    expect(probe.detail.addresses![0]).toEqual({ address: '198.18.0.1', state: 'cut-off' });
    expect(new Set(probe.detail.addresses!.slice(1).map((a) => a.state))).toEqual(
      new Set(['not-sent']),
    );
    expect(probe.startedAt).toBeTypeOf('number');
    expect(probe.finishedAt).toBeGreaterThanOrEqual(200);
  });

  it('gives no signal more listeners than Node allows, however many addresses a block has', async () => {
    const warnings: Error[] = [];
    const onWarning = (warning: Error) => warnings.push(warning);
    process.on('warning', onWarning);
    // Each attempt's steps (DNS, connect, TLS, proxy) listen to its signal, as real kinds do.
    const executor: ProbeExecutor = async (task, ctx) => {
      for (let i = 0; i < 5; i++) ctx.signal.addEventListener('abort', () => {});
      const live = task.host.endsWith('.14');
      await wait(live ? 5 : 10_000, ctx.signal);
      return live ? reply(task.host) : silence;
    };
    try {
      await runPlan(
        testPlan([row('2-2.2', ['198.18.0.0/28', '198.18.1.0/28'], '5060,5061,443')]),
        settings(executor),
      );
      // Warnings are emitted on the next tick.
      await new Promise((resolve) => setImmediate(resolve));
    } finally {
      process.off('warning', onWarning);
    }
    expect(warnings.map((w) => w.name)).not.toContain('MaxListenersExceededWarning');
  });

  it('samples media on the address that answered STUN in this run, not on every address', async () => {
    const sampled: Array<{ host: string; spreadOver?: readonly string[] }> = [];
    const stun: ProbeExecutor = async (task, ctx) => {
      await wait(task.host === '198.18.0.13' ? 20 : 10_000, ctx.signal);
      return task.host === '198.18.0.13' ? reply(task.host) : silence;
    };
    const sample: ProbeExecutor = async (task, ctx) => {
      sampled.push({ host: task.host, ...(task.spreadOver && { spreadOver: task.spreadOver }) });
      await wait(task.spreadOver ? 10_000 : 5, ctx.signal);
      return task.spreadOver ? silence : reply(task.host);
    };
    const doc = await runPlan(
      testPlan([
        {
          ...row('2-2.1', ['198.18.0.0/28'], '3478'),
          probes: [
            {
              ...row('x', []).probes[0]!,
              kind: 'stun',
              transport: 'udp',
              targets: ['198.18.0.0/28'],
              ports: '3478',
            },
          ],
        },
        {
          ...row('2-2.4', ['198.18.0.0/28']),
          probes: [
            {
              ...row('x', []).probes[0]!,
              kind: 'udp-sample',
              transport: 'udp',
              targets: ['198.18.0.0/28'],
              ports: '15000-65000',
              expectsReply: false,
            },
          ],
        },
      ]),
      settings(stun, { executors: { stun, 'udp-sample': sample } }),
    );
    // At once a few ports to every address; once .13 answered STUN, the sample goes there.
    expect(sampled).toEqual([
      { host: '198.18.0.0/28', spreadOver: block },
      { host: '198.18.0.13' },
    ]);
    const media = doc.rows[1]!.probes[0]!;
    expect(media).toMatchObject({ outcome: 'reply', address: '198.18.0.13' });
    expect(media.detail.addresses!.filter((a) => a.state !== 'not-needed')).toEqual([
      { address: '198.18.0.13', state: 'answered', outcome: 'reply' },
    ]);
  });

  it('samples every address a little, from the start, when no STUN or SIP answer names a live one', async () => {
    const sampled: string[] = [];
    const stun: ProbeExecutor = async () => silence;
    const sample: ProbeExecutor = async (task) => {
      sampled.push(task.host);
      return { ...silence, detail: { message: 'spread' } };
    };
    const doc = await runPlan(
      testPlan([
        {
          ...row('2-2.1', []),
          probes: [
            {
              ...row('x', []).probes[0]!,
              kind: 'stun',
              transport: 'udp',
              targets: ['198.18.0.0/28'],
              ports: '3478',
            },
          ],
        },
        {
          ...row('2-2.4', []),
          probes: [
            {
              ...row('x', []).probes[0]!,
              kind: 'udp-sample',
              transport: 'udp',
              targets: ['198.18.0.0/28'],
              ports: '15000-65000',
              expectsReply: false,
            },
          ],
        },
      ]),
      settings(stun, { executors: { stun, 'udp-sample': sample } }),
    );
    expect(sampled).toEqual(['198.18.0.0/28']);
    expect(doc.rows[1]!.probes[0]!.detail.message).toBe('spread');
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
