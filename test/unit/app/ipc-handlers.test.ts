// The main side of window.netcheck, driven as the renderer would, with Electron mocked and the
// real planner and runner (their TCP probe against a closed port on 127.0.0.1).
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { CHANNELS } from '../../../common/ipc/channels';
import type { AppInfo, StartOptions } from '../../../common/ipc/contract';
import { DEFAULT_OPTIONS } from '../../../common/options';
import type { Plan } from '../../../common/plan';
import type { RunEvent } from '../../../common/results/events';
import type { ResultDocument } from '../../../common/results/schema';
import { plan } from '../../../main/engine/planner';
import type { ProbeExecutor } from '../../../main/engine/probe-types';
import { runPlan } from '../../../main/engine/runner';
import {
  registerIpcHandlers,
  type HandlerDeps,
  type IpcHandlers,
} from '../../../main/app/ipc-handlers';
import { trustedSenderCheck } from '../../../main/app/security';
import { closedPort, fakeContents, fakeIpcMain, loopbackProfile, RENDERER_FILE } from './support';

vi.mock('electron', () => ({}));

const START: StartOptions = { options: DEFAULT_OPTIONS, proxy: 'direct' };
const APP_INFO: AppInfo = {
  appVersion: '0.1.0',
  electronVersion: '45.5.0',
  profile: { id: 'app-test', version: '1', revision: 1, hash: 'abcdef01' },
};

/** A TCP probe that only ends when the run is cancelled or its deadline passes. */
const hangs: ProbeExecutor = (_task, ctx) =>
  new Promise((resolve) =>
    ctx.signal.addEventListener('abort', () =>
      resolve({ outcome: 'timeout', address: null, rttMs: null, detail: {} }),
    ),
  );

let port: number;
beforeAll(async () => {
  port = await closedPort();
});

const opened: IpcHandlers[] = [];
afterEach(() => {
  for (const handlers of opened.splice(0)) handlers.dispose();
});

function setUp(
  overrides: { executors?: { tcp: ProbeExecutor }; deps?: Partial<HandlerDeps> } = {},
) {
  const ipc = fakeIpcMain();
  const engineEvents: RunEvent[] = [];
  const runs: Array<Promise<ResultDocument>> = [];
  const plans: Plan[] = [];
  const deps: HandlerDeps = {
    engine: {
      profile: loopbackProfile(port),
      plan: (input) => {
        const made = plan(input);
        plans.push(made);
        return made;
      },
      runPlan: (p, settings, onEvent) => {
        const run = runPlan(p, settings, (event) => {
          engineEvents.push(event);
          onEvent(event);
        });
        runs.push(run);
        return run;
      },
      settings: {
        timeoutMs: 2000,
        deadlineMs: 20_000,
        concurrency: 8,
        toolVersion: 'test',
        ...(overrides.executors ? { executors: overrides.executors } : {}),
      },
    },
    isTrustedSender: trustedSenderCheck({ rendererFile: RENDERER_FILE }),
    appInfo: APP_INFO,
    hostInfo: async () => ({ os: 'test', interfaces: [], defaultGateway: null, dnsServers: [] }),
    clipboard: { writeText: vi.fn() },
    showSaveDialog: async () => ({ canceled: true, filePath: '' }),
    ...overrides.deps,
  };
  const handlers = registerIpcHandlers(ipc, deps);
  opened.push(handlers);
  const contents = fakeContents();
  const call = (channel: string, ...args: unknown[]) => ipc.invoke(contents, channel, args);
  return { ipc, deps, handlers, contents, call, engineEvents, runs, plans };
}

describe('IPC handlers: who may call', () => {
  it('refuses a call from a page that is not the app', async () => {
    const { ipc, contents } = setUp();
    for (const url of [
      'https://evil.example/index.html',
      'file:///tmp/other/index.html',
      'http://localhost:5173/',
      'not a url',
    ]) {
      await expect(ipc.invoke(contents, CHANNELS.appInfo, [], url)).rejects.toThrow(
        /refused, the call does not come from the app's own page/,
      );
    }
    await expect(ipc.invoke(contents, CHANNELS.start, [START], null)).rejects.toThrow(/refused/);
  });

  it("answers the app's own page, with or without a fragment", async () => {
    const { ipc, contents } = setUp();
    const url = 'file:///opt/netcheck/out/renderer/index.html#/results';
    await expect(ipc.invoke(contents, CHANNELS.appInfo, [], url)).resolves.toEqual(APP_INFO);
  });

  it('accepts the Vite dev server only when one is configured', () => {
    const check = trustedSenderCheck({
      rendererFile: RENDERER_FILE,
      devServerUrl: 'http://localhost:5173',
    });
    expect(check('http://localhost:5173/')).toBe(true);
    expect(check('http://localhost:5174/')).toBe(false);
    expect(trustedSenderCheck({ rendererFile: RENDERER_FILE })('http://localhost:5173/')).toBe(
      false,
    );
  });
});

describe('IPC handlers: arguments', () => {
  it('rejects malformed arguments with a message naming what is wrong', async () => {
    const { call, runs } = setUp();
    await expect(call(CHANNELS.start, { ...START, proxy: 'ftp://proxy:21' })).rejects.toThrow(
      /^options\.proxy: /,
    );
    await expect(call(CHANNELS.start, { ...START, extra: true })).rejects.toThrow(
      /^options: .*extra/,
    );
    await expect(call(CHANNELS.start)).rejects.toThrow(/^options: /);
    await expect(
      call(CHANNELS.start, {
        ...START,
        options: { ...DEFAULT_OPTIONS, customDomains: ['not a host'] },
      }),
    ).rejects.toThrow(/^options\.options\.customDomains\[0\]: "not a host" is not a host name/);
    await expect(call(CHANNELS.cancel, 'run-1')).rejects.toThrow(/^runId: /);
    await expect(call(CHANNELS.rerun, crypto.randomUUID(), [])).rejects.toThrow(/^rowIds: /);
    await expect(call(CHANNELS.exportReport, 'docx')).rejects.toThrow(/^format: /);
    await expect(call(CHANNELS.copyText, 42)).rejects.toThrow(/^text: /);
    await expect(call(CHANNELS.decode, '')).rejects.toThrow(/^code: /);
    expect(runs).toHaveLength(0);
  });
});

describe('IPC handlers: runs', () => {
  it('holds events until the renderer is ready, then delivers them in order', async () => {
    const { call, contents, engineEvents, runs } = setUp();
    const runId = await call(CHANNELS.start, START);
    await runs[0];
    expect(contents.sent).toEqual([]);
    await call(CHANNELS.ready);
    expect(contents.sent).toEqual(engineEvents);
    expect(contents.sent[0]).toMatchObject({ type: 'run-started', runId });
    const finished = contents.sent.at(-1);
    expect(finished).toMatchObject({ type: 'run-finished', runId, cancelled: false });
    // The real probe met a closed port on loopback: both required rows fail.
    if (finished?.type !== 'run-finished') throw new Error('no result');
    expect(finished.result.rows.map((row) => [row.id, row.status])).toEqual([
      ['2-1.1', 'fail'],
      ['2-2.2', 'fail'],
    ]);
    expect(finished.result.rows[0]!.probes[0]).toMatchObject({ outcome: 'refused', port });

    // Once ready, events go straight through.
    const second = contents.next('run-finished');
    await call(CHANNELS.start, START);
    await expect(second).resolves.toMatchObject({ cancelled: false });
    expect(contents.sent.length).toBe(engineEvents.length);
  });

  it("a reload stops the old page's run; the new page starts afresh", async () => {
    const { call, contents, engineEvents, runs } = setUp({ executors: { tcp: hangs } });
    await call(CHANNELS.ready);
    const oldRun = await call(CHANNELS.start, START);
    contents.emit('did-start-loading');
    await runs[0];
    expect(engineEvents.at(-1)).toMatchObject({
      type: 'run-finished',
      runId: oldRun,
      cancelled: true,
    });
    // The old run's end is not sent to the new page, which never knew it.
    expect(contents.sent.some((e) => e.type === 'run-finished')).toBe(false);
    const sentBefore = contents.sent.length;
    const newRun = await call(CHANNELS.start, START);
    expect(contents.sent.length).toBe(sentBefore);
    await call(CHANNELS.ready);
    expect(contents.sent.slice(sentBefore)[0]).toMatchObject({
      type: 'run-started',
      runId: newRun,
    });
    await call(CHANNELS.cancel, newRun);
  });

  it('refuses a second start while a run is going, and starts again once it ended', async () => {
    const { call, runs } = setUp({ executors: { tcp: hangs } });
    await call(CHANNELS.ready);
    const runId = await call(CHANNELS.start, START);
    await expect(call(CHANNELS.start, START)).rejects.toThrow('a check is already running');
    await expect(call(CHANNELS.rerun, runId, ['2-1.1'])).rejects.toThrow(
      'a check is already running',
    );
    expect(runs).toHaveLength(1);
    // The renderer's "Run again" during a run: cancel, then start at once.
    await call(CHANNELS.cancel, runId);
    const next = await call(CHANNELS.start, START);
    expect(next).not.toBe(runId);
    await call(CHANNELS.cancel, next);
  });

  it('cancel aborts the run: it finishes at once, marked cancelled', async () => {
    const { call, contents, runs } = setUp({ executors: { tcp: hangs } });
    await call(CHANNELS.ready);
    const runId = await call(CHANNELS.start, START);
    expect(contents.sent.some((e) => e.type === 'run-finished')).toBe(false);
    await call(CHANNELS.cancel, runId);
    // cancel resolves once the run has ended: its last event is already out.
    const event = contents.sent.at(-1);
    if (event?.type !== 'run-finished') throw new Error('the run did not finish');
    expect(event).toMatchObject({ runId, cancelled: true });
    expect(
      event.result.rows.every((row) => row.probes.every((p) => p.status === 'unverified')),
    ).toBe(true);
    await runs[0];
    // Cancelling a run that already ended changes nothing.
    await expect(call(CHANNELS.cancel, runId)).resolves.toBeUndefined();
  });

  it('a closing window stops its run', async () => {
    const { call, contents, engineEvents, runs } = setUp({ executors: { tcp: hangs } });
    await call(CHANNELS.start, START);
    contents.emit('destroyed');
    await runs[0];
    expect(engineEvents.at(-1)).toMatchObject({ type: 'run-finished', cancelled: true });
  });

  it('rerun runs only the given rows, with the options of the first run', async () => {
    const { call, contents, plans, runs } = setUp();
    await call(CHANNELS.ready);
    const options: StartOptions = {
      options: { ...DEFAULT_OPTIONS, teamlink: false },
      proxy: 'direct',
    };
    const first = contents.next('run-finished');
    const runId = (await call(CHANNELS.start, options)) as string;
    await first;
    await runs[0];

    const again = contents.next('run-finished');
    const started = contents.next('run-started');
    const rerunId = await call(CHANNELS.rerun, runId, ['2-2.2']);
    expect(rerunId).not.toBe(runId);
    expect((await started).plan.rows.map((row) => [row.id, row.enabled])).toEqual([
      ['2-1.1', false],
      ['2-2.2', true],
    ]);
    const result = (await again).result;
    expect(plans.at(-1)?.partial).toBe(true);
    expect(result.options.teamlink).toBe(false);
    const probed = contents.sent.filter((e) => e.type === 'probe-started' && e.runId === rerunId);
    expect(probed.map((e) => (e.type === 'probe-started' ? e.rowId : ''))).toEqual(['2-2.2']);
    expect(result.rows.find((row) => row.id === '2-1.1')?.status).toBe('skipped');
    expect(result.verdict.partial).toBe(true);
  });

  it('rerun refuses an unknown run or rows the profile does not have', async () => {
    const { call, runs } = setUp();
    const runId = await call(CHANNELS.start, START);
    await runs[0];
    await expect(call(CHANNELS.rerun, crypto.randomUUID(), ['2-1.1'])).rejects.toThrow(
      /no run .* in this window/,
    );
    await expect(call(CHANNELS.rerun, runId, ['2-1.1', '9-9.9'])).rejects.toThrow(
      'not rows of the profile: 9-9.9',
    );
  });

  it('plan answers without running anything', async () => {
    const { call, runs } = setUp();
    const planned = (await call(CHANNELS.plan, START)) as Plan;
    expect(planned.profile).toEqual({
      id: 'app-test',
      version: '1',
      revision: 1,
      hash: 'abcdef01',
    });
    expect(planned.rows.map((row) => row.id)).toEqual(['2-1.1', '2-2.2']);
    expect(runs).toHaveLength(0);
  });
});

describe('IPC handlers: the rest of the contract', () => {
  it('exportReport saves the last result as JSON where the user chose', async () => {
    const folder = await mkdtemp(join(tmpdir(), 'netcheck-export-'));
    try {
      const file = join(folder, 'report.json');
      const showSaveDialog = vi.fn<HandlerDeps['showSaveDialog']>(async () => ({
        canceled: false,
        filePath: file,
      }));
      const { call, contents, runs } = setUp({ deps: { showSaveDialog } });
      await expect(call(CHANNELS.exportReport, 'json')).rejects.toThrow(/run a check first/);
      await call(CHANNELS.start, START);
      const result = await runs[0];
      await expect(call(CHANNELS.exportReport, 'json')).resolves.toEqual({
        saved: true,
        path: file,
      });
      expect(showSaveDialog).toHaveBeenCalledWith(
        contents,
        expect.objectContaining({ title: 'Save report' }),
      );
      expect(showSaveDialog.mock.calls[0]![1].defaultPath).toMatch(
        /^onsight-network-check-[\d-]+\.json$/,
      );
      expect(JSON.parse(await readFile(file, 'utf8'))).toEqual(result);

      showSaveDialog.mockResolvedValueOnce({ canceled: true, filePath: '' });
      await expect(call(CHANNELS.exportReport, 'json')).resolves.toEqual({ saved: false });
      for (const format of ['html', 'text', 'pdf']) {
        await expect(call(CHANNELS.exportReport, format)).rejects.toThrow(/not available yet/);
      }
    } finally {
      await rm(folder, { recursive: true, force: true });
    }
  });

  it('decode says plainly that it is not there yet', async () => {
    const { call } = setUp();
    await expect(call(CHANNELS.decode, 'ALFA-BRAVO')).resolves.toEqual({
      ok: false,
      message: 'not available yet',
    });
  });

  it('copyText, hostInfo and appInfo go to their dependencies', async () => {
    const { call, deps } = setUp();
    await call(CHANNELS.copyText, 'allow TCP 5061');
    expect(deps.clipboard.writeText).toHaveBeenCalledWith('allow TCP 5061');
    await expect(call(CHANNELS.hostInfo)).resolves.toMatchObject({ os: 'test' });
    await expect(call(CHANNELS.appInfo)).resolves.toEqual(APP_INFO);
  });

  it('registers every channel of the contract except the event push, and removes them', () => {
    const { ipc, handlers } = setUp();
    const invoked = Object.entries(CHANNELS)
      .filter(([name]) => name !== 'event')
      .map(([, channel]) => channel);
    expect([...ipc.handlers.keys()].sort()).toEqual(invoked.sort());
    handlers.dispose();
    expect(ipc.handlers.size).toBe(0);
  });
});
