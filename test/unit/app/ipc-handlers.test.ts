// The main side of window.netcheck, driven as the renderer would, with Electron mocked and the
// real planner and runner (their TCP probe against a closed port on 127.0.0.1).
import { ROW_WORDS, TABLE_WORDS } from '../../../common/i18n/en';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { CHANNELS } from '../../../common/ipc/channels';
import { INVOKE_ARGUMENTS } from '../../../common/ipc/map';
import type { BrowserWindowConstructorOptions, IpcMainInvokeEvent } from 'electron';
import type {
  AppInfo,
  DecodeResult,
  ExportOptions,
  ReportFormat,
  StartOptions,
} from '../../../common/ipc/contract';
import { DEFAULT_OPTIONS } from '../../../common/options';
import { CODE_LENGTHS } from '../../../common/helpdesk/code';
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
import { PDF_WINDOW_OPTIONS, type CreatePdfWindow } from '../../../main/app/report-export';
import { closedPort, fakeContents, fakeIpcMain, loopbackProfile, RENDERER_URL } from './support';

vi.mock('electron', () => ({}));

const START: StartOptions = { options: DEFAULT_OPTIONS, proxy: 'direct' };
const APP_INFO: Omit<AppInfo, 'profileDocument'> = {
  appVersion: '0.1.0',
  electronVersion: '45.5.0',
  profile: { id: 'app-test', version: '1', revision: 1, hash: 'abcdef01' },
  language: 'en',
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
  const loaded = loopbackProfile(port);
  const deps: HandlerDeps = {
    engine: {
      profile: loaded,
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
        profile: loaded.profile,
        ...(overrides.executors ? { executors: overrides.executors } : {}),
      },
    },
    isTrustedSender: trustedSenderCheck({ pageUrl: RENDERER_URL }),
    appInfo: () => ({ ...APP_INFO, profileDocument: loaded.profile }),
    hostInfo: async () => ({ os: 'test', interfaces: [], defaultGateway: null, dnsServers: [] }),
    clipboard: { writeText: vi.fn() },
    showSaveDialog: async () => ({ canceled: true, filePath: '' }),
    showOpenDialog: async () => ({ canceled: true, filePaths: [] }),
    pdf: { createWindow: fakePdfWindow([]), pageSize: 'A4' },
    notify: vi.fn(() => true),
    log: {
      info: vi.fn(),
      warn: vi.fn(),
      error: vi.fn(),
      setIncludeComputerDetails: vi.fn(),
    },
    ...overrides.deps,
  };
  const handlers = registerIpcHandlers(ipc, deps);
  opened.push(handlers);
  const contents = fakeContents();
  const call = (channel: string, ...args: unknown[]) => ipc.invoke(contents, channel, args);
  return { ipc, deps, handlers, contents, call, engineEvents, runs, plans };
}

const WITH_DETAILS: ExportOptions = { includeComputerDetails: true };

interface FakePdfWindow {
  options: BrowserWindowConstructorOptions;
  loaded?: string;
  printed: unknown[];
  destroyed: boolean;
}

/** A BrowserWindow that records what it loads and answers printToPDF with a PDF header. */
function fakePdfWindow(windows: FakePdfWindow[]): CreatePdfWindow {
  return (options) => {
    const record: FakePdfWindow = { options, printed: [], destroyed: false };
    windows.push(record);
    return {
      loadURL: async (url) => void (record.loaded = url),
      webContents: {
        printToPDF: async (settings) => {
          record.printed.push(settings);
          return Buffer.from('%PDF-1.7\n% fake\n');
        },
      },
      destroy: () => void (record.destroyed = true),
    };
  };
}

/** Handlers whose save dialog answers a new file in a temp folder each time. */
async function exporting() {
  const folder = await mkdtemp(join(tmpdir(), 'netcheck-export-'));
  let count = 0;
  const showSaveDialog = vi.fn<HandlerDeps['showSaveDialog']>(async (_sender, options) => ({
    canceled: false,
    filePath: join(folder, `${(count += 1)}-${options.defaultPath}`),
  }));
  const pdfWindows: FakePdfWindow[] = [];
  const context = setUp({
    deps: {
      showSaveDialog,
      pdf: { createWindow: fakePdfWindow(pdfWindows), pageSize: 'A4' },
      hostInfo: async () => ({
        os: 'Windows 11 Pro',
        hostname: 'desk-042',
        user: 'alice',
        interfaces: [{ name: 'Wi-Fi', type: 'wireless', ipv4: '192.168.1.23', default: true }],
        defaultGateway: '192.168.1.1',
        dnsServers: ['192.168.1.1'],
      }),
    },
  });
  async function saved(format: ReportFormat, options: ExportOptions): Promise<string>;
  async function saved(format: ReportFormat, options: ExportOptions, as: 'buffer'): Promise<Buffer>;
  async function saved(
    format: ReportFormat,
    options: ExportOptions,
    as?: 'buffer',
  ): Promise<string | Buffer> {
    const answer = (await context.call(CHANNELS.exportReport, format, options)) as {
      saved: boolean;
      path?: string;
    };
    expect(answer.saved).toBe(true);
    const bytes = await readFile(answer.path!);
    return as === 'buffer' ? bytes : bytes.toString('utf8');
  }
  return {
    ...context,
    showSaveDialog,
    pdfWindows,
    saved,
    cleanUp: () => rm(folder, { recursive: true, force: true }),
  };
}

describe('IPC handlers: who may call', () => {
  it('refuses a call from a page that is not the app', async () => {
    const { ipc, contents, deps } = setUp();
    for (const url of [
      'https://evil.example/index.html',
      'file:///tmp/other/index.html',
      // The built page itself, opened from the disk rather than through app://.
      'file:///opt/netcheck/out/renderer/index.html',
      'app://other/index.html',
      'app://renderer/other.html',
      'http://localhost:5173/',
      'not a url',
    ]) {
      await expect(ipc.invoke(contents, CHANNELS.appInfo, [], url)).rejects.toThrow(
        /refused, the call does not come from the app's own page/,
      );
    }
    await expect(ipc.invoke(contents, CHANNELS.start, [START], null)).rejects.toThrow(/refused/);
    // Each refusal is in the log, with the page that tried.
    const warned = vi.mocked(deps.log!.warn).mock.calls;
    expect(warned).toHaveLength(8);
    expect(warned[0]).toEqual([
      'IPC call refused: not the app page',
      { channel: 'appInfo', frameUrl: 'https://evil.example/index.html', subframe: false },
    ]);
  });

  it("refuses a subframe, even one showing the app's own page", async () => {
    const { ipc, contents } = setUp();
    const listener = ipc.handlers.get(CHANNELS.appInfo)!;
    const top = { url: RENDERER_URL, parent: null };
    const event = { sender: contents, senderFrame: { url: RENDERER_URL, parent: top } };
    await expect(
      Promise.resolve().then(() => listener(event as unknown as IpcMainInvokeEvent)),
    ).rejects.toThrow(/refused/);
    const fromTop = { sender: contents, senderFrame: top };
    await expect(listener(fromTop as unknown as IpcMainInvokeEvent)).resolves.toMatchObject(
      APP_INFO,
    );
  });

  it("answers the app's own page, with or without a fragment", async () => {
    const { ipc, contents } = setUp();
    const url = 'app://renderer/index.html#/results';
    await expect(ipc.invoke(contents, CHANNELS.appInfo, [], url)).resolves.toMatchObject(APP_INFO);
  });

  it('accepts the Vite dev server only when one is configured', () => {
    const check = trustedSenderCheck({
      pageUrl: RENDERER_URL,
      devServerUrl: 'http://localhost:5173',
    });
    expect(check('http://localhost:5173/')).toBe(true);
    expect(check('http://localhost:5174/')).toBe(false);
    expect(trustedSenderCheck({ pageUrl: RENDERER_URL })('http://localhost:5173/')).toBe(false);
  });
});

describe('IPC handlers: arguments', () => {
  it('rejects malformed arguments with a message naming what is wrong', async () => {
    const { call, runs, deps } = setUp();
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
    // X.1's burst (issue 18): whole seconds, up to 300.
    await expect(call(CHANNELS.start, { ...START, qualitySeconds: 301 })).rejects.toThrow(
      /^options\.qualitySeconds: /,
    );
    await expect(call(CHANNELS.start, { ...START, qualitySeconds: '30' })).rejects.toThrow(
      /^options\.qualitySeconds: /,
    );
    await expect(call(CHANNELS.cancel, 'run-1')).rejects.toThrow(/^runId: /);
    await expect(call(CHANNELS.rerun, crypto.randomUUID(), [])).rejects.toThrow(/^rowIds: /);
    await expect(call(CHANNELS.exportReport, 'docx', WITH_DETAILS)).rejects.toThrow(/^format: /);
    await expect(call(CHANNELS.copyText, 42)).rejects.toThrow(/^text: /);
    await expect(call(CHANNELS.decode, '')).rejects.toThrow(/^code: /);
    // The map fixes the number of arguments: an extra one is refused, not ignored.
    await expect(call(CHANNELS.start, START, 'extra')).rejects.toThrow(
      'start: takes 1 argument(s), was given 2',
    );
    await expect(call(CHANNELS.appInfo, 'x')).rejects.toThrow(/^appInfo: takes 0/);
    expect(runs).toHaveLength(0);
    expect(vi.mocked(deps.log!.warn)).toHaveBeenLastCalledWith('IPC call refused: bad arguments', {
      channel: 'appInfo',
      reason: 'appInfo: takes 0 argument(s), was given 1',
    });
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
    const earlier = (await first).result;
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
    // The engine ran 2-2.2 alone (its own document says 2-1.1 was skipped); the window gets
    // the merged document: 2-1.1 keeps its earlier answer, and the result is whole again,
    // with a diagnosis and a helpdesk code of its own.
    const engineResult = await runs[1]!;
    expect(engineResult.rows.find((row) => row.id === '2-1.1')?.status).toBe('skipped');
    expect(result.rows.find((row) => row.id === '2-1.1')).toEqual(
      earlier.rows.find((row) => row.id === '2-1.1'),
    );
    expect(result.verdict.partial).toBe(false);
    expect(result.helpdeskCode).not.toBeNull();
    const decoded = (await call(CHANNELS.decode, result.helpdeskCode)) as DecodeResult;
    expect(decoded.ok && decoded.decoded.diagnosis).toEqual(result.diagnosis);
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
    // An extra check's id passes the argument check (issue 18); this profile has none.
    await expect(call(CHANNELS.rerun, runId, ['X.1'])).rejects.toThrow(
      'not rows of the profile: X.1',
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
  it('exportReport writes each format where the user chose, with the right filter', async () => {
    const { call, contents, runs, showSaveDialog, pdfWindows, saved, cleanUp } = await exporting();
    try {
      await expect(call(CHANNELS.exportReport, 'html', WITH_DETAILS)).rejects.toThrow(
        /run a check first/,
      );
      await call(CHANNELS.start, START);
      const result = (await runs[0])!;

      const html = await saved('html', WITH_DETAILS);
      expect(html).toMatch(/^<!doctype html>/i);
      expect(html).toContain(result.diagnosis.headline);
      expect(html).not.toMatch(/<script/i);

      const text = await saved('text', WITH_DETAILS);
      expect(text).toContain(result.diagnosis.headline);
      for (const line of text.split('\n')) expect(line.length).toBeLessThanOrEqual(80);

      const json = JSON.parse(await saved('json', WITH_DETAILS)) as ResultDocument;
      expect(json.rows.map((r) => r.status)).toEqual(result.rows.map((r) => r.status));
      expect(json.helpdeskCode).toMatch(/^[0-9A-Z]{4}(-[0-9A-Z]{1,4})+$/);
      expect(json.changeRequest.length).toBeGreaterThan(0);

      const pdf = await saved('pdf', WITH_DETAILS, 'buffer');
      expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
      expect(pdfWindows).toHaveLength(1);

      const dialogs = showSaveDialog.mock.calls.map(([sender, options]) => {
        expect(sender).toBe(contents);
        return [options.defaultPath?.replace(/^onsight-network-check-[\d-]+/, ''), options.filters];
      });
      expect(dialogs).toEqual([
        ['.html', [{ name: 'Web page (HTML)', extensions: ['html'] }]],
        ['.txt', [{ name: 'Plain text', extensions: ['txt'] }]],
        ['.json', [{ name: 'JSON', extensions: ['json'] }]],
        ['.pdf', [{ name: 'PDF document', extensions: ['pdf'] }]],
      ]);

      showSaveDialog.mockResolvedValueOnce({ canceled: true, filePath: '' });
      await expect(call(CHANNELS.exportReport, 'pdf', WITH_DETAILS)).resolves.toEqual({
        saved: false,
      });
      expect(pdfWindows).toHaveLength(1);
      await expect(call(CHANNELS.exportReport, 'html')).rejects.toThrow(/^options: /);
      await expect(
        call(CHANNELS.exportReport, 'html', { includeComputerDetails: 'yes' }),
      ).rejects.toThrow(/^options\.includeComputerDetails: /);
    } finally {
      await cleanUp();
    }
  });

  it('PDF: the HTML report printed in a hidden window that runs nothing', async () => {
    const { call, runs, pdfWindows, saved, cleanUp } = await exporting();
    try {
      await call(CHANNELS.start, START);
      await runs[0];
      const html = await saved('html', WITH_DETAILS);
      await saved('pdf', WITH_DETAILS, 'buffer');
      const [window] = pdfWindows;
      expect(window!.options).toEqual(PDF_WINDOW_OPTIONS);
      expect(window!.options.show).toBe(false);
      expect(window!.options.webPreferences).toMatchObject({
        sandbox: true,
        javascript: false,
        offscreen: true,
        contextIsolation: true,
        nodeIntegration: false,
      });
      expect(window!.options.webPreferences?.preload).toBeUndefined();
      const url = window!.loaded!;
      expect(url).toMatch(/^data:text\/html;charset=utf-8;base64,/);
      expect(Buffer.from(url.split(',')[1]!, 'base64').toString('utf8')).toBe(html);
      expect(window!.printed).toEqual([{ pageSize: 'A4', printBackground: true }]);
      expect(window!.destroyed).toBe(true);
    } finally {
      await cleanUp();
    }
  });

  it('"include computer details" decides whether name, user and addresses are written', async () => {
    const { call, runs, saved, cleanUp } = await exporting();
    try {
      await call(CHANNELS.start, START);
      await runs[0];
      const identity = ['desk-042', 'alice', '192.168.1.23'];
      for (const format of ['html', 'text', 'json'] as const) {
        const withDetails = await saved(format, WITH_DETAILS);
        const without = await saved(format, { includeComputerDetails: false });
        for (const fact of identity) {
          expect(withDetails).toContain(fact);
          expect(without).not.toContain(fact);
        }
        // Still the same report: the system and gateway are not personal.
        expect(without).toContain('Windows 11');
      }
    } finally {
      await cleanUp();
    }
  });

  it('after a re-run, the report shows the earlier answers for the rows left out', async () => {
    const { call, contents, runs, saved, cleanUp } = await exporting();
    try {
      await call(CHANNELS.ready);
      const runId = (await call(CHANNELS.start, START)) as string;
      const first = await runs[0]!;
      const again = contents.next('run-finished');
      await call(CHANNELS.rerun, runId, ['2-2.2']);
      await again;
      await runs[1];
      const json = JSON.parse(await saved('json', WITH_DETAILS)) as ResultDocument;
      expect(json.rows.find((r) => r.id === '2-1.1')).toEqual(
        first.rows.find((r) => r.id === '2-1.1'),
      );
      expect(json.verdict.status).toBe(first.verdict.status);
    } finally {
      await cleanUp();
    }
  });

  it("decode reads a run's code into the run's own diagnosis and its grouped table", async () => {
    const { call, runs } = setUp();
    await call(CHANNELS.start, START);
    const result = await runs[0]!;
    const code = result.helpdeskCode!;
    const answer = (await call(CHANNELS.decode, code.toLowerCase())) as DecodeResult;
    expect(answer).toEqual({
      ok: true,
      decoded: {
        code,
        profile: { id: 'app-test', version: '1' },
        // A profile without `guide` is named by its title (issue 20).
        guide: 'App test',
        options: { teamlink: true, legacy: false, china: false, customDomains: false },
        diagnosis: result.diagnosis,
        notice: null,
        tables: [
          {
            id: '2-1',
            // The catalogue's words for the guide's ids, not the test profile's (issue 19).
            title: TABLE_WORDS['2-1'],
            rows: [
              {
                id: '2-1.1',
                table: '2-1',
                title: ROW_WORDS['2-1.1'].title,
                level: 'required',
                status: 'fail',
                coverage: { kind: 'tested' },
              },
            ],
          },
          {
            id: '2-2',
            title: TABLE_WORDS['2-2'],
            rows: [
              {
                id: '2-2.2',
                table: '2-2',
                title: ROW_WORDS['2-2.2'].title,
                level: 'required',
                status: 'fail',
                coverage: { kind: 'tested' },
              },
            ],
          },
        ],
      },
    });
    // The story is the caller's: HTTPS refused by the loopback port, nothing about DNS.
    expect(result.diagnosis).toMatchObject({ verdict: 'not-ready', cause: 'web-blocked' });
  });

  it('decode names the mistake in a mistyped code instead of showing a table', async () => {
    const { call, runs, deps } = setUp();
    await call(CHANNELS.start, START);
    const code = (await runs[0])!.helpdeskCode!;
    const plain = code.replaceAll('-', '');
    // The first two neighbours that differ: swapping them must fail the check (Damm's
    // algorithm catches every neighbour swap); a code of one repeated character cannot occur.
    const at = [...plain].findIndex((c, i) => i + 1 < plain.length && c !== plain[i + 1]);
    expect(at).toBeGreaterThanOrEqual(0);
    const swapped = `${plain.slice(0, at)}${plain[at + 1]}${plain[at]}${plain.slice(at + 2)}`;
    expect(swapped).not.toBe(plain);
    const reasons = async (typed: string) => (await call(CHANNELS.decode, typed)) as DecodeResult;
    expect(await reasons(plain.padEnd(CODE_LENGTHS.max + 1, '0'))).toMatchObject({
      ok: false,
      reason: 'length',
    });
    expect(await reasons(`${plain.slice(0, 2)}U${plain.slice(3)}`)).toMatchObject({
      ok: false,
      reason: 'character',
    });
    expect(await reasons(swapped)).toMatchObject({ ok: false, reason: 'check' });

    // A code names its rows' layout: a profile with other rows cannot read it.
    const { profile } = deps.engine.profile;
    const otherRows = { ...profile, rows: profile.rows.slice(1) };
    const other = setUp({
      deps: { engine: { ...deps.engine, profile: { ...deps.engine.profile, profile: otherRows } } },
    });
    expect(await other.call(CHANNELS.decode, code)).toMatchObject({
      ok: false,
      reason: 'profile',
      message: expect.stringContaining('another version'),
    });
  });

  it('copyText, hostInfo and appInfo go to their dependencies', async () => {
    const { call, deps } = setUp();
    await call(CHANNELS.copyText, 'allow TCP 5061');
    expect(deps.clipboard.writeText).toHaveBeenCalledWith('allow TCP 5061');
    await expect(call(CHANNELS.hostInfo)).resolves.toMatchObject({ os: 'test' });
    await expect(call(CHANNELS.appInfo)).resolves.toMatchObject(APP_INFO);
  });

  it('registers every invoked channel of the contract (none of the pushed), and removes them', () => {
    const { ipc, handlers } = setUp();
    const invoked = Object.keys(INVOKE_ARGUMENTS).map(
      (name) => CHANNELS[name as keyof typeof INVOKE_ARGUMENTS],
    );
    expect([...ipc.handlers.keys()].sort()).toEqual(invoked.sort());
    handlers.dispose();
    expect(ipc.handlers.size).toBe(0);
  });
});
