// Row 3-1.1 against real sockets: ports this test (or a child process) holds in 6000-6200
// are reported taken, named by pid and process, and the probe leaves every port free again.
import { spawn, type ChildProcess } from 'node:child_process';
import { createSocket, type Socket } from 'node:dgram';
import { once } from 'node:events';
import { afterEach, describe, expect, it } from 'vitest';
import type { ProbeContext, ProbeTask } from '../../main/engine/probe-types';
import { udpBindProbe } from '../../main/engine/probes/udp-bind';

const RANGE = '6000-6200';

function task(ports = RANGE): ProbeTask {
  return {
    probe: {
      id: '3-1.1#1',
      rowId: '3-1.1',
      kind: 'udp-bind',
      transport: 'udp',
      targets: [],
      ports,
      expectsReply: false,
    },
    target: { target: 'this computer' },
    host: 'this computer',
    port: ports,
  };
}

function context(signal = new AbortController().signal): ProbeContext {
  return {
    signal,
    timeoutMs: 3000,
    extraCa: [],
    resolve: async () => ({
      ok: false,
      errorCode: 'ENOTFOUND',
      message: 'udp-bind resolves nothing',
    }),
  };
}

const open: Socket[] = [];
const children: ChildProcess[] = [];

async function hold(port: number, address = '0.0.0.0'): Promise<Socket> {
  const socket = createSocket('udp4');
  open.push(socket);
  socket.bind(port, address);
  await once(socket, 'listening');
  return socket;
}

async function closeAll(sockets: Socket[]): Promise<void> {
  await Promise.all(
    sockets.splice(0).map((s) => new Promise<void>((resolve) => s.close(() => resolve()))),
  );
}

/** Ports of the range that cannot be bound on 0.0.0.0 right now (each bound and released). */
async function unbindable(from: number, to: number): Promise<number[]> {
  const refused: number[] = [];
  const sockets: Socket[] = [];
  for (let port = from; port <= to; port++) {
    const socket = createSocket('udp4');
    sockets.push(socket);
    const bound = await new Promise<boolean>((resolve) => {
      socket.once('listening', () => resolve(true));
      socket.once('error', () => resolve(false));
      socket.bind(port, '0.0.0.0');
    });
    if (!bound) refused.push(port);
  }
  await closeAll(sockets);
  return refused;
}

/**
 * Open UDP handles. close() closes the descriptor at once but reports before libuv's
 * "closing handles" phase drops the handle; two check phases later that phase has run.
 */
async function udpHandles(): Promise<number> {
  for (let turn = 0; turn < 2; turn++) await new Promise((resolve) => setImmediate(resolve));
  return process.getActiveResourcesInfo().filter((r) => r === 'UDPWrap').length;
}

afterEach(async () => {
  await closeAll(open);
  for (const child of children.splice(0)) {
    child.kill();
    if (child.exitCode === null && child.signalCode === null) await once(child, 'exit');
  }
});

describe('udp-bind (row 3-1.1)', () => {
  it('passes when every port of the range is free', async () => {
    expect(await unbindable(6000, 6200)).toEqual([]);
    const result = await udpBindProbe(task(), context());
    expect(result.outcome).toBe('reply');
    expect(result.status).toBe('pass');
    expect(result.detail.udpBind).toMatchObject({ total: 201, free: 201, taken: [] });
    expect(result.detail.message).toBe('all 201 UDP ports 6000-6200 are free on this computer');
  });

  it('names this very process as the holder of a port it holds, warns, and frees everything', async () => {
    const handlesBefore = await udpHandles();
    await hold(6123);
    const result = await udpBindProbe(task(), context());

    expect(result.outcome).toBe('in-use');
    expect(result.status).toBe('warn');
    expect(result.address).toBe('0.0.0.0');
    const detail = result.detail.udpBind;
    expect(detail).toMatchObject({ total: 201, free: 200 });
    expect(detail?.method).toMatch(/^bind 0\.0\.0\.0; owners from /);
    expect(detail?.taken).toHaveLength(1);
    expect(detail?.taken[0]).toMatchObject({ port: 6123, pid: process.pid, thisProcess: true });
    expect(detail?.taken[0]?.process).toMatch(/\S/);
    expect(result.detail.message).toBe(
      `1 of 201 ports are taken by ${detail?.taken[0]?.process} (pid ${process.pid}); Onsight moves to higher ports`,
    );

    // The probe left no socket of its own open: every other port binds again.
    expect(await udpHandles()).toBe(handlesBefore + 1);
    expect(await unbindable(6000, 6200)).toEqual([6123]);
    await closeAll(open);
    expect(await unbindable(6123, 6123)).toEqual([]);
  });

  it('names another process by pid and name, and sees a holder of one address (127.0.0.1) too', async () => {
    const child = spawn(
      process.execPath,
      [
        '-e',
        "const s=require('node:dgram').createSocket('udp4');s.bind(6177,'0.0.0.0',()=>console.log('ready'))",
      ],
      { stdio: ['ignore', 'pipe', 'inherit'] },
    );
    children.push(child);
    await once(child.stdout!, 'data');
    await hold(6005, '127.0.0.1');

    const result = await udpBindProbe(task(), context());
    expect(result.status).toBe('warn');
    const taken = result.detail.udpBind?.taken;
    expect(taken?.map((t) => t.port)).toEqual([6005, 6177]);
    expect(taken?.[0]).toMatchObject({ pid: process.pid, thisProcess: true });
    expect(taken?.[1]).toMatchObject({ pid: child.pid, process: 'node', thisProcess: false });
    expect(result.detail.message).toMatch(
      /^2 of 201 ports are taken by .+ \(pid \d+\), node \(pid \d+\); Onsight moves/,
    );
  });

  it('fails when no port of the range is free', async () => {
    await hold(6190);
    await hold(6191);
    const result = await udpBindProbe(task('6190-6191'), context());
    expect(result.outcome).toBe('in-use');
    expect(result.status).toBe('fail');
    expect(result.detail.udpBind).toMatchObject({ total: 2, free: 0 });
    expect(result.detail.message).toMatch(/^2 of 2 ports are taken by /);
  });

  it('stops at once when the run is already over, leaving nothing bound', async () => {
    const handlesBefore = await udpHandles();
    const result = await udpBindProbe(task(), context(AbortSignal.abort()));
    expect(result.outcome).toBe('timeout');
    expect(result.status).toBe('unverified');
    expect(await udpHandles()).toBe(handlesBefore);
    expect(await unbindable(6000, 6200)).toEqual([]);
  });

  it('releases every socket when aborted in the middle of the sweep', async () => {
    const handlesBefore = await udpHandles();
    const controller = new AbortController();
    // The probe starts its first binds synchronously: they are in flight when the abort lands.
    const pending = udpBindProbe(task(), context(controller.signal));
    controller.abort();
    const result = await pending;
    expect(result.outcome).toBe('timeout');
    expect(result.detail.udpBind?.free).toBeGreaterThan(0);
    expect(result.detail.udpBind?.free).toBeLessThan(201);
    expect(await udpHandles()).toBe(handlesBefore);
    expect(await unbindable(6000, 6200)).toEqual([]);
  });
});
