// The runner's extra-check phase (table X, issue 18): when an extra unit starts, which servers
// it gets, what it reports without one, verdict-ready, the deadline and a cancel. The guide rows
// it builds on are real probes (stun, tcp) against real sockets on loopback, so which server
// answered is provoked; only the four extra kinds are replaced by executors that record what
// they were given.
import { createSocket, type Socket } from 'node:dgram';
import { createServer } from 'node:net';
import { describe, expect, it } from 'vitest';
import type { ExtraKind } from '../../../common/outcomes';
import { DEFAULT_OPTIONS } from '../../../common/options';
import type { Plan } from '../../../common/plan';
import type { RunEvent } from '../../../common/results/events';
import type { ResultDocument } from '../../../common/results/schema';
import { plan as planRun } from '../../../main/engine/planner';
import { profileFromJson } from '../../../main/engine/profile-loader';
import type {
  AttemptResult,
  ProbeContext,
  ProbeExecutor,
  ProbeTask,
} from '../../../main/engine/probe-types';
import { STOPPED } from '../../../main/engine/net/stopped';
import { runPlan, type RunSettings } from '../../../main/engine/runner';
import { closedLoopbackPort, listenOnLoopback } from '../../support/loopback-server';
import { closedUdpPort } from '../../support/udp-servers';

// 127.0.0.0/8 is all loopback on Linux: a /24 of this file's own, so that each server has an
// address of its own and runs sharing the machine do not meet.
const NET = `127.${100 + Math.floor(Math.random() * 100)}.${Math.floor(Math.random() * 250)}`;
let lastHost = 0;
const nextAddress = () => `${NET}.${++lastHost}`;

interface StunPeer {
  address: string;
  port: number;
  /** Answers what is held and everything after (a held peer only). */
  release(): void;
  close(): Promise<void>;
}

/** A STUN success for `request`, by hand: type 0x0101, length 0, its cookie and transaction id. */
function bareSuccess(request: Buffer): Buffer {
  const answer = Buffer.alloc(20);
  request.copy(answer, 4, 4, 20);
  answer.writeUInt16BE(0x0101, 0);
  return answer;
}

/**
 * A STUN server on its own loopback address that answers every request after `delayMs`; a
 * `held` one answers none until released (silent until then, as a dropping firewall is).
 */
async function stunPeer({ delayMs = 0, held = false } = {}): Promise<StunPeer> {
  const socket: Socket = createSocket('udp4');
  const address = nextAddress();
  await new Promise<void>((resolve, reject) => {
    socket.once('error', reject);
    socket.bind(0, address, () => resolve());
  });
  const timers = new Set<NodeJS.Timeout>();
  const pending: Array<() => void> = [];
  let released = !held;
  socket.on('message', (bytes, from) => {
    const send = () => socket.send(bareSuccess(bytes), from.port, from.address);
    if (!released) pending.push(send);
    else if (delayMs === 0) send();
    else {
      const timer = setTimeout(() => {
        timers.delete(timer);
        send();
      }, delayMs);
      timers.add(timer);
    }
  });
  return {
    address,
    port: socket.address().port,
    release: () => {
      released = true;
      for (const send of pending.splice(0)) send();
    },
    close: () => {
      for (const timer of timers) clearTimeout(timer);
      return new Promise((resolve) => socket.close(() => resolve()));
    },
  };
}

type Json = Record<string, unknown>;
const stun = (address: string, port: number): Json => ({
  kind: 'stun',
  transport: 'udp',
  targets: [address],
  ports: String(port),
  expectsReply: true,
});
const tcp = (address: string, port: number): Json => ({
  kind: 'tcp',
  transport: 'tcp',
  targets: [address],
  ports: String(port),
  expectsReply: true,
});
const guideRow = (id: string, probes: Json[]): Json => ({
  id,
  table: id.slice(0, 3),
  title: `row ${id}`,
  explanation: 'e',
  remediation: `Allow ${id}`,
  level: 'required',
  probes,
});
const extra = (kind: ExtraKind, serversOf: string[]): Json => ({
  kind,
  transport: kind === 'sip-alg' ? 'tcp' : 'udp',
  targets: [],
  ports: kind === 'sip-alg' ? '5060,5061' : '3478',
  expectsReply: true,
  serversOf,
  ...(kind === 'large-datagrams' && { datagramSizes: [1200, 1472] }),
});
const extraRow = (id: string, probes: Json[]): Json => ({
  id,
  table: 'X',
  title: `extra ${id}`,
  explanation: 'e',
  remediation: '',
  level: 'optional',
  probes,
});

function planOf(rows: Json[], qualitySeconds?: number) {
  const loaded = profileFromJson(
    {
      id: 'runner-extras-test',
      version: '1',
      revision: 1,
      title: 't',
      source: 's',
      tables: [
        { id: '2-2', title: 'T' },
        { id: '2-3', title: 'Legacy' },
        { id: 'X', title: 'Extra checks' },
      ],
      rows,
    },
    'runner-extras-test',
  );
  const plan = planRun({
    profile: loaded.profile,
    profileHash: loaded.hash,
    options: DEFAULT_OPTIONS,
    ...(qualitySeconds !== undefined && { qualitySeconds }),
  });
  return { plan, profile: loaded.profile };
}

/** What an extra executor was given, and the events the run had sent when it was called. */
interface Call {
  kind: string;
  task: ProbeTask;
  ctx: ProbeContext;
  before: RunEvent[];
}

type Behaviour = (task: ProbeTask, ctx: ProbeContext) => Promise<AttemptResult>;
const measured: Behaviour = async (task) => ({
  outcome: 'reply',
  address: task.host,
  rttMs: 1,
  status: 'pass',
  detail: { message: `measured ${task.host} port ${task.servers?.[0]?.port}` },
});

interface Ran {
  plan: Plan;
  doc: ResultDocument;
  events: RunEvent[];
  calls: Call[];
}

/** Runs the rows with every extra kind recorded; `behave` says what a kind does once called. */
async function run(
  rows: Json[],
  {
    behave = {},
    settings = {},
    qualitySeconds,
    onEvent,
  }: {
    behave?: Partial<Record<ExtraKind, Behaviour>>;
    settings?: Partial<RunSettings>;
    qualitySeconds?: number;
    onEvent?: (event: RunEvent) => void;
  } = {},
): Promise<Ran> {
  const { plan, profile } = planOf(rows, qualitySeconds);
  const events: RunEvent[] = [];
  const calls: Call[] = [];
  const recorder =
    (kind: ExtraKind): ProbeExecutor =>
    (task, ctx) => {
      calls.push({ kind, task, ctx, before: [...events] });
      return (behave[kind] ?? measured)(task, ctx);
    };
  const doc = await runPlan(
    plan,
    {
      timeoutMs: 1000,
      deadlineMs: 4000,
      concurrency: 64,
      toolVersion: 'test',
      profile,
      executors: {
        'call-quality': recorder('call-quality'),
        'nat-behaviour': recorder('nat-behaviour'),
        'sip-alg': recorder('sip-alg'),
        'large-datagrams': recorder('large-datagrams'),
      },
      ...(qualitySeconds !== undefined && { qualitySeconds }),
      ...settings,
    },
    (event) => {
      events.push(event);
      onEvent?.(event);
    },
  );
  return { plan, doc, events, calls };
}

/** Whether the row's final state is among these events. */
const isFinal = (events: readonly RunEvent[], rowId: string) =>
  events.some((e) => e.type === 'row-updated' && e.row.id === rowId && e.row.status !== 'running');
const rowOf = (doc: ResultDocument, id: string) => doc.rows.find((r) => r.id === id)!;
const probeOf = (plan: Plan, id: string) =>
  plan.rows.flatMap((r) => r.probes).find((p) => p.id === id)!;

/** Resolves after `ms`, or at once when `signal` aborts. */
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

/**
 * Active resources of one type that keep this process alive: sockets and listeners, and refed
 * timers (an unref'd one, such as AbortSignal.timeout's, holds nothing).
 */
const open = (type: string) => process.getActiveResourcesInfo().filter((t) => t === type).length;
const SOCKETS = ['UDPWrap', 'TCPWrap', 'TCPServerWrap'];
const openSockets = () => SOCKETS.map(open).reduce((a, b) => a + b, 0);
/** A socket's close completes on a later turn of the event loop. */
const settled = () => new Promise((resolve) => setTimeout(resolve, 100));

describe('runner: extra checks (table X)', () => {
  it('starts an extra unit once every row of its serversOf is final, with their answering servers fastest first', async () => {
    // 2-2.1: one server answers after 300 ms, one never answers (its row is final only after
    // the 1 s timeout); 2-3.1: one server answers at once.
    const slow = await stunPeer({ delayMs: 300 });
    const silent = await stunPeer({ held: true });
    const fast = await stunPeer();
    try {
      const { plan, doc, calls } = await run([
        guideRow('2-2.1', [stun(slow.address, slow.port), stun(silent.address, silent.port)]),
        guideRow('2-3.1', [stun(fast.address, fast.port)]),
        extraRow('X.2', [extra('nat-behaviour', ['2-2.1', '2-3.1'])]),
      ]);
      expect(calls.map((c) => c.kind)).toEqual(['nat-behaviour']);
      const [call] = calls;
      // Both rows final before it was called, the silent server's timeout included.
      expect(isFinal(call!.before, '2-2.1')).toBe(true);
      expect(isFinal(call!.before, '2-3.1')).toBe(true);
      expect(
        call!.before.some(
          (e) =>
            e.type === 'probe-finished' &&
            e.result.probeId === '2-2.1#2' &&
            e.result.outcome === 'timeout',
        ),
      ).toBe(true);
      // The fast one first though its row comes second; the silent one not at all.
      expect(call!.task.servers).toEqual([
        {
          rowId: '2-3.1',
          probe: probeOf(plan, '2-3.1#1'),
          address: fast.address,
          port: fast.port,
          rttMs: expect.any(Number),
        },
        {
          rowId: '2-2.1',
          probe: probeOf(plan, '2-2.1#1'),
          address: slow.address,
          port: slow.port,
          rttMs: expect.any(Number),
        },
      ]);
      const [first, second] = call!.task.servers!;
      expect(first!.rttMs!).toBeLessThan(second!.rttMs!);
      expect(call!.task.host).toBe(fast.address);
      expect(call!.task.port).toBe('3478');
      // The result names the server it measured, not the rows it took it from.
      expect(rowOf(doc, 'X.2')).toMatchObject({
        status: 'pass',
        probes: [{ probeId: 'X.2#1', target: fast.address, outcome: 'reply', status: 'pass' }],
      });
    } finally {
      await Promise.all([slow.close(), silent.close(), fast.close()]);
    }
  });

  it('gives a TCP row’s answering listener to an extra check on TCP, on the port it answered', async () => {
    const listener = await listenOnLoopback(createServer());
    const closed = await closedLoopbackPort();
    try {
      const { plan, calls } = await run([
        guideRow('2-2.2', [tcp('127.0.0.1', closed)]),
        guideRow('2-2.3', [tcp('127.0.0.1', listener.port)]),
        extraRow('X.3', [extra('sip-alg', ['2-2.2', '2-2.3'])]),
      ]);
      expect(calls).toHaveLength(1);
      expect(calls[0]!.task.servers).toEqual([
        {
          rowId: '2-2.3',
          probe: probeOf(plan, '2-2.3#1'),
          address: '127.0.0.1',
          port: listener.port,
          rttMs: expect.any(Number),
        },
      ]);
    } finally {
      await listener.close();
    }
  });

  it('records not-sent, unverified, "not measured" without calling the executor when no server answered', async () => {
    // Nothing bound: the kernel refuses each (ICMP port unreachable, TCP RST).
    const udp = await closedUdpPort();
    const tcpPort = await closedLoopbackPort();
    const { doc, calls } = await run([
      guideRow('2-2.1', [stun('127.0.0.1', udp)]),
      guideRow('2-2.2', [tcp('127.0.0.1', tcpPort)]),
      guideRow('2-2.3', [tcp('127.0.0.1', tcpPort)]),
      extraRow('X.3', [extra('sip-alg', ['2-2.2', '2-2.3'])]),
      extraRow('X.4', [extra('large-datagrams', ['2-2.1'])]),
    ]);
    expect(calls).toEqual([]);
    expect(rowOf(doc, '2-2.1').probes[0]!.outcome).toBe('refused');
    expect(rowOf(doc, 'X.3')).toMatchObject({
      status: 'unverified',
      probes: [
        {
          outcome: 'not-sent',
          status: 'unverified',
          startedAt: null,
          detail: {
            message: 'not measured: no Onsight server answered rows 2-2.2, 2-2.3 in this run',
          },
        },
      ],
    });
    expect(rowOf(doc, 'X.4')).toMatchObject({
      status: 'unverified',
      probes: [
        {
          outcome: 'not-sent',
          status: 'unverified',
          detail: { message: 'not measured: no Onsight server answered row 2-2.1 in this run' },
        },
      ],
    });
  });

  it('reports only the probe of a two-source row whose server answered (X.1: 2-2.1 and 2-3.1)', async () => {
    const refused = await closedUdpPort();
    const answering = await stunPeer();
    try {
      const { doc, calls } = await run([
        guideRow('2-2.1', [stun('127.0.0.1', refused)]),
        guideRow('2-3.1', [stun(answering.address, answering.port)]),
        extraRow('X.1', [extra('call-quality', ['2-2.1']), extra('call-quality', ['2-3.1'])]),
      ]);
      expect(calls.map((c) => c.task.probe.id)).toEqual(['X.1#2']);
      expect(calls[0]!.task.servers!.map((s) => [s.rowId, s.address, s.port])).toEqual([
        ['2-3.1', answering.address, answering.port],
      ]);
      // No "not measured" for 2-2.1's probe: its own row already says why.
      expect(rowOf(doc, 'X.1')).toMatchObject({
        status: 'pass',
        probes: [{ probeId: 'X.1#2', outcome: 'reply', target: answering.address }],
      });
      expect(rowOf(doc, 'X.1').probes).toHaveLength(1);
    } finally {
      await answering.close();
    }
  });

  it('says "not measured" once, naming both sources, when neither server of a two-source row answered', async () => {
    const { doc, calls } = await run([
      guideRow('2-2.1', [stun('127.0.0.1', await closedUdpPort())]),
      guideRow('2-3.1', [stun('127.0.0.1', await closedUdpPort())]),
      extraRow('X.1', [extra('call-quality', ['2-2.1']), extra('call-quality', ['2-3.1'])]),
    ]);
    expect(calls).toEqual([]);
    expect(rowOf(doc, 'X.1').probes).toEqual([
      expect.objectContaining({
        probeId: 'X.1#1',
        outcome: 'not-sent',
        status: 'unverified',
        detail: {
          message: 'not measured: no Onsight server answered rows 2-2.1, 2-3.1 in this run',
        },
      }),
    ]);
    expect(rowOf(doc, 'X.1').status).toBe('unverified');
  });

  it('sends verdict-ready once, before run-finished, when every guide row is final, the extra rows still running', async () => {
    const peer = await stunPeer();
    const listener = await listenOnLoopback(createServer());
    // The extra checks end only once verdict-ready has been sent, so they are surely running then.
    let verdictSent = () => {};
    const verdict = new Promise<void>((resolve) => (verdictSent = resolve));
    const afterVerdict: Behaviour = async (task, ctx) => {
      await Promise.race([verdict, wait(10_000, ctx.signal)]);
      return measured(task, ctx);
    };
    try {
      const { events, doc } = await run(
        [
          guideRow('2-2.1', [stun(peer.address, peer.port)]),
          guideRow('2-2.2', [tcp('127.0.0.1', listener.port)]),
          extraRow('X.2', [extra('nat-behaviour', ['2-2.1'])]),
          extraRow('X.3', [extra('sip-alg', ['2-2.2'])]),
        ],
        {
          behave: { 'nat-behaviour': afterVerdict, 'sip-alg': afterVerdict },
          onEvent: (e) => e.type === 'verdict-ready' && verdictSent(),
        },
      );
      const ready = events.flatMap((e, i) => (e.type === 'verdict-ready' ? [{ e, i }] : []));
      expect(ready).toHaveLength(1);
      const [{ e: event, i: at }] = ready as [
        { e: Extract<RunEvent, { type: 'verdict-ready' }>; i: number },
      ];
      const finished = events.findIndex((e) => e.type === 'run-finished');
      expect(at).toBeLessThan(finished);
      expect(isFinal(events.slice(0, at), '2-2.1')).toBe(true);
      expect(isFinal(events.slice(0, at), '2-2.2')).toBe(true);
      expect(isFinal(events.slice(0, at), 'X.2')).toBe(false);
      expect(
        events
          .slice(0, at)
          .some((e) => e.type === 'probe-finished' && e.result.rowId.startsWith('X.')),
      ).toBe(false);
      expect(event.result.rows.map((r) => [r.id, r.status])).toEqual([
        ['2-2.1', 'pass'],
        ['2-2.2', 'pass'],
        ['X.2', 'running'],
        ['X.3', 'running'],
      ]);
      expect(event.result.verdict.status).toBe('ready');
      expect(doc.verdict.status).toBe('ready');
      expect(event.result.verdict.reason).toBe(doc.verdict.reason);
      expect(doc.rows.map((r) => [r.id, r.status])).toEqual([
        ['2-2.1', 'pass'],
        ['2-2.2', 'pass'],
        ['X.2', 'pass'],
        ['X.3', 'pass'],
      ]);
    } finally {
      await Promise.all([peer.close(), listener.close()]);
    }
  });

  it('sends no verdict-ready with provisional: false (the CLI), and still starts the extra checks after the guide rows', async () => {
    const peer = await stunPeer();
    try {
      const { events, doc, calls } = await run(
        [
          guideRow('2-2.1', [stun(peer.address, peer.port)]),
          extraRow('X.2', [extra('nat-behaviour', ['2-2.1'])]),
        ],
        { settings: { provisional: false } },
      );
      expect(events.some((e) => e.type === 'verdict-ready')).toBe(false);
      expect(calls).toHaveLength(1);
      expect(isFinal(calls[0]!.before, '2-2.1')).toBe(true);
      expect(doc.rows.map((r) => [r.id, r.status])).toEqual([
        ['2-2.1', 'pass'],
        ['X.2', 'pass'],
      ]);
      expect(doc.verdict.status).toBe('ready');
    } finally {
      await peer.close();
    }
  });

  it('lets an extra check run past the run’s deadline: it ends by itself and reports', async () => {
    const peer = await stunPeer();
    let endedAborted: boolean | undefined;
    try {
      const { doc, calls } = await run(
        [
          guideRow('2-2.1', [stun(peer.address, peer.port)]),
          extraRow('X.2', [extra('nat-behaviour', ['2-2.1'])]),
        ],
        {
          settings: { deadlineMs: 800 },
          behave: {
            // It starts after the run's 800 ms timer was armed and takes 800 ms of its own: it
            // surely ends past the deadline.
            'nat-behaviour': async (task, ctx) => {
              await wait(800, ctx.signal);
              endedAborted = ctx.signal.aborted;
              return measured(task, ctx);
            },
          },
        },
      );
      expect(calls[0]!.ctx.deadlineAt).toBeUndefined();
      expect(endedAborted).toBe(false);
      const [probe] = rowOf(doc, 'X.2').probes;
      expect(probe).toMatchObject({ outcome: 'reply', status: 'pass', target: peer.address });
      expect(probe!.finishedAt).toBeGreaterThan(800);
      expect(rowOf(doc, '2-2.1').status).toBe('pass');
    } finally {
      await peer.close();
    }
  });

  it('stops an extra check on a cancel (timeout, unverified, "cancelled") and leaves nothing open', async () => {
    const peer = await stunPeer();
    const cancel = new AbortController();
    let socketClosed = false;
    try {
      // Closes of the tests before this one complete first.
      await settled();
      const socketsBefore = openSockets();
      const timersBefore = open('Timeout');
      const { doc, events, calls } = await run(
        [
          guideRow('2-2.1', [stun(peer.address, peer.port)]),
          extraRow('X.2', [extra('nat-behaviour', ['2-2.1'])]),
        ],
        {
          settings: { signal: cancel.signal },
          behave: {
            // A socket of its own, held until its signal ends; the cancel comes while it is open.
            'nat-behaviour': async (_task, ctx) => {
              const socket = createSocket('udp4');
              await new Promise<void>((resolve) => socket.bind(0, '127.0.0.1', resolve));
              ctx.signal.addEventListener('abort', () => socket.close(() => (socketClosed = true)));
              cancel.abort();
              return new Promise<AttemptResult>(() => {});
            },
          },
        },
      );
      // Stopped by the cancel itself, not by its backstop (a TimeoutError, 3 timeouts later).
      expect(calls[0]!.ctx.signal.aborted).toBe(true);
      expect(calls[0]!.ctx.signal.reason).toBe(STOPPED);
      expect(rowOf(doc, 'X.2')).toMatchObject({
        status: 'unverified',
        probes: [
          {
            outcome: 'timeout',
            status: 'unverified',
            detail: { message: 'cancelled before an answer came' },
          },
        ],
      });
      expect(rowOf(doc, '2-2.1').status).toBe('pass');
      expect(events.at(-1)).toMatchObject({ type: 'run-finished', cancelled: true });
      await settled();
      expect(socketClosed).toBe(true);
      // The guide's STUN socket, the executor's, the run's timers: none left (the test
      // runner's own timers come and go, so timers may be fewer than before, never more).
      expect(openSockets()).toBe(socketsBefore);
      expect(open('Timeout')).toBeLessThanOrEqual(timersBefore);
    } finally {
      await peer.close();
    }
  });

  it('starts every extra check only once every guide row is final, even one whose own rows were final long before', async () => {
    const fast = await stunPeer();
    // 2-2.2's server stays silent: its row is final only at its timeout, long after 2-2.1's.
    const silent = await stunPeer({ held: true });
    try {
      const { doc, calls } = await run(
        [
          guideRow('2-2.1', [stun(fast.address, fast.port)]),
          guideRow('2-2.2', [stun(silent.address, silent.port)]),
          extraRow('X.1', [extra('call-quality', ['2-2.1'])]),
          extraRow('X.4', [extra('large-datagrams', ['2-2.1'])]),
        ],
        { settings: { timeoutMs: 500 } },
      );
      expect(calls.map((c) => c.kind).sort()).toEqual(['call-quality', 'large-datagrams']);
      for (const call of calls) {
        expect(isFinal(call.before, '2-2.2'), call.kind).toBe(true);
        expect(
          call.before.some((e) => e.type === 'verdict-ready'),
          call.kind,
        ).toBe(true);
        // Both built on 2-2.1 alone.
        expect(call.task.servers!.map((s) => s.address)).toEqual([fast.address]);
      }
      expect(rowOf(doc, '2-2.2').status).toBe('fail');
    } finally {
      await Promise.all([fast.close(), silent.close()]);
    }
  });

  it('keeps what a stopped extra check measured: on a cancel its own result, with its figures', async () => {
    const peer = await stunPeer();
    const found = {
      server: `${peer.address} port ${peer.port}`,
      sizes: [
        {
          bytes: 1200,
          fragmented: false,
          outcome: 'reply' as const,
          rttMs: 3,
          transmissions: 1,
          answerBytes: 60,
        },
      ],
    };
    const cancel = new AbortController();
    try {
      const { doc } = await run(
        [
          guideRow('2-2.1', [stun(peer.address, peer.port)]),
          extraRow('X.4', [extra('large-datagrams', ['2-2.1'])]),
        ],
        {
          settings: { signal: cancel.signal },
          behave: {
            // As X.1's burst does: it ends on its signal with the figures it had.
            'large-datagrams': (task, ctx) =>
              new Promise<AttemptResult>((resolve) => {
                ctx.signal.addEventListener('abort', () =>
                  resolve({
                    outcome: 'timeout',
                    address: task.host,
                    rttMs: 3,
                    status: 'unverified',
                    detail: { message: 'stopped with 1,200 bytes answered', largeDatagrams: found },
                  }),
                );
                cancel.abort();
              }),
          },
        },
      );
      expect(rowOf(doc, 'X.4').probes).toMatchObject([
        {
          address: peer.address,
          rttMs: 3,
          detail: { message: 'stopped with 1,200 bytes answered', largeDatagrams: found },
        },
      ]);
    } finally {
      await peer.close();
    }
  });

  it('at its backstop, keeps a late result’s figures but not its verdict: unverified, "not finished"', async () => {
    const peer = await stunPeer();
    try {
      const { doc } = await run(
        [
          guideRow('2-2.1', [stun(peer.address, peer.port)]),
          extraRow('X.4', [extra('large-datagrams', ['2-2.1'])]),
        ],
        {
          // The backstop: three timeouts (300 ms) for a kind without a burst.
          settings: { timeoutMs: 100 },
          behave: {
            // Ends 30 ms after its signal, with a pass it judged from a part.
            'large-datagrams': (task, ctx) =>
              new Promise<AttemptResult>((resolve) => {
                ctx.signal.addEventListener('abort', () =>
                  setTimeout(
                    () =>
                      resolve({
                        outcome: 'reply',
                        address: task.host,
                        rttMs: 2,
                        status: 'pass',
                        detail: { message: 'every size answered' },
                      }),
                    30,
                  ),
                );
              }),
          },
        },
      );
      expect(rowOf(doc, 'X.4').probes).toMatchObject([
        {
          outcome: 'reply',
          rttMs: 2,
          status: 'unverified',
          detail: { message: 'not finished within 0.3 s' },
        },
      ]);
    } finally {
      await peer.close();
    }
  });

  it('passes ctx.progress on as probe-progress events with the probe and row ids', async () => {
    const peer = await stunPeer();
    try {
      const { events, calls } = await run(
        [
          guideRow('2-2.1', [stun(peer.address, peer.port)]),
          extraRow('X.1', [extra('call-quality', ['2-2.1'])]),
        ],
        {
          qualitySeconds: 2,
          behave: {
            'call-quality': async (task, ctx) => {
              ctx.progress?.({ message: '50 of 100 sent' });
              ctx.progress?.({ message: '100 of 100 sent' });
              return measured(task, ctx);
            },
          },
        },
      );
      expect(calls[0]!.ctx.qualityMs).toBe(2000);
      const runId = events[0]!.runId;
      const progress = events.filter((e) => e.type === 'probe-progress');
      expect(progress).toEqual([
        {
          type: 'probe-progress',
          runId,
          probeId: 'X.1#1',
          rowId: 'X.1',
          detail: { message: '50 of 100 sent' },
        },
        {
          type: 'probe-progress',
          runId,
          probeId: 'X.1#1',
          rowId: 'X.1',
          detail: { message: '100 of 100 sent' },
        },
      ]);
      const started = events.findIndex((e) => e.type === 'probe-started' && e.rowId === 'X.1');
      const finished = events.findIndex(
        (e) => e.type === 'probe-finished' && e.result.rowId === 'X.1',
      );
      const at = events.indexOf(progress[0]!);
      expect(started).toBeLessThan(at);
      expect(events.indexOf(progress[1]!)).toBeLessThan(finished);
    } finally {
      await peer.close();
    }
  });

  it("a listener that throws on probe-progress (from the burst's own timer) breaks the run and stops the burst", async () => {
    const peer = await stunPeer();
    let stoppedBy: unknown;
    try {
      const ran = run(
        [
          guideRow('2-2.1', [stun(peer.address, peer.port)]),
          extraRow('X.1', [extra('call-quality', ['2-2.1'])]),
        ],
        {
          qualitySeconds: 2,
          onEvent: (event) => {
            if (event.type === 'probe-progress') throw new Error('listener broke');
          },
          behave: {
            'call-quality': (task, ctx) =>
              new Promise((resolve) => {
                // As the burst does: progress from a timer, not from the runner's own call.
                const timer = setInterval(() => ctx.progress?.({ message: 'so far' }), 20);
                ctx.signal.addEventListener('abort', () => {
                  clearInterval(timer);
                  stoppedBy = ctx.signal.reason;
                  resolve({ outcome: 'timeout', address: null, rttMs: null, detail: {} });
                });
              }),
          },
        },
      );
      await expect(ran).rejects.toThrow('listener broke');
      expect(stoppedBy).toBeDefined();
    } finally {
      await peer.close();
    }
  });

  it('plans a call-quality row as skipped with qualitySeconds 0, and runs the other extra rows', async () => {
    const peer = await stunPeer();
    const rows = [
      guideRow('2-2.1', [stun(peer.address, peer.port)]),
      extraRow('X.1', [extra('call-quality', ['2-2.1'])]),
      extraRow('X.4', [extra('large-datagrams', ['2-2.1'])]),
    ];
    const off = 'Not measured: the call-quality burst is turned off (--quality-seconds 0).';
    try {
      expect(planOf(rows).plan.rows.find((r) => r.id === 'X.1')).toMatchObject({ enabled: true });
      const { plan, doc, calls } = await run(rows, { qualitySeconds: 0 });
      expect(plan.rows.find((r) => r.id === 'X.1')).toMatchObject({
        enabled: false,
        skip: { why: 'quality-off' },
      });
      expect(plan.rows.find((r) => r.id === 'X.4')!.enabled).toBe(true);
      expect(calls.map((c) => c.kind)).toEqual(['large-datagrams']);
      expect(rowOf(doc, 'X.1')).toMatchObject({ status: 'skipped', summary: off, probes: [] });
    } finally {
      await peer.close();
    }
  });

  it('rejects when a listener throws on verdict-ready, as on any other event', async () => {
    const peer = await stunPeer();
    const rows = [
      guideRow('2-2.1', [stun(peer.address, peer.port)]),
      extraRow('X.2', [extra('nat-behaviour', ['2-2.1'])]),
    ];
    const onEvent = (e: RunEvent) => {
      if (e.type === 'verdict-ready') throw new Error('the listener broke');
    };
    try {
      await expect(run(rows, { onEvent })).rejects.toThrow('the listener broke');
      // With host facts to wait for, verdict-ready is sent a turn later: the same.
      const host = new Promise<null>((resolve) => setTimeout(() => resolve(null), 20));
      await expect(run(rows, { onEvent, settings: { host } })).rejects.toThrow(
        'the listener broke',
      );
    } finally {
      await peer.close();
    }
  });
});
