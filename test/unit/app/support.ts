// Fakes of the Electron objects the handlers touch, and a tiny profile on loopback.
import type { IpcMainInvokeEvent } from 'electron';
import { CHANNELS } from '../../../common/ipc/channels';
import type { RunEvent } from '../../../common/results/events';
import { parseProfile } from '../../../common/profile/schema';
import { vi } from 'vitest';
import type { HandlerDeps, SenderContents } from '../../../main/app/ipc-handlers';
import { trustedSenderCheck } from '../../../main/app/security';

type Listener = (event: IpcMainInvokeEvent, ...args: unknown[]) => unknown;

/** ipcMain as the handlers use it: `invoke` plays the renderer's side of a call. */
export function fakeIpcMain() {
  const handlers = new Map<string, Listener>();
  return {
    handle: (channel: string, listener: Listener) => void handlers.set(channel, listener),
    removeHandler: (channel: string) => void handlers.delete(channel),
    handlers,
    invoke(
      contents: SenderContents,
      channel: string,
      args: unknown[] = [],
      frameUrl: string | null = RENDERER_URL,
    ): Promise<unknown> {
      const listener = handlers.get(channel);
      if (!listener) throw new Error(`no handler for ${channel}`);
      const event = { sender: contents, senderFrame: frameUrl === null ? null : { url: frameUrl } };
      return Promise.resolve(listener(event as unknown as IpcMainInvokeEvent, ...args));
    },
  };
}

/** The page as the window loads it, from the app's own scheme (main/app/app-scheme.ts). */
export const RENDERER_URL = 'app://renderer/index.html';

/** A page's webContents: records what main sends it and lets the test fire its events. */
export function fakeContents(id = 1) {
  const sent: RunEvent[] = [];
  const listeners = new Map<string, Array<() => void>>();
  const waiters: Array<{ test: (event: RunEvent) => boolean; resolve: (event: RunEvent) => void }> =
    [];
  let destroyed = false;
  const add = (name: string, listener: () => void) => {
    listeners.set(name, [...(listeners.get(name) ?? []), listener]);
  };
  const contents = {
    id,
    send(channel: string, event: RunEvent) {
      if (channel !== CHANNELS.event) throw new Error(`unexpected channel ${channel}`);
      sent.push(event);
      for (const waiter of waiters.splice(0)) {
        if (waiter.test(event)) waiter.resolve(event);
        else waiters.push(waiter);
      }
    },
    isDestroyed: () => destroyed,
    on(name: string, listener: () => void) {
      add(name, listener);
      return contents;
    },
    once(name: string, listener: () => void) {
      add(name, listener);
      return contents;
    },
    emit(name: string) {
      if (name === 'destroyed') destroyed = true;
      for (const listener of listeners.get(name) ?? []) listener();
    },
    sent,
    /** Resolves with the first event sent from now on that matches. */
    next<T extends RunEvent['type']>(type: T): Promise<Extract<RunEvent, { type: T }>> {
      return new Promise((resolve) =>
        waiters.push({
          test: (e) => e.type === type,
          resolve: resolve as (event: RunEvent) => void,
        }),
      );
    },
  };
  return contents as typeof contents & SenderContents;
}

export { closedLoopbackPort as closedPort } from '../../support/loopback-server';

/** Two required rows, each one TCP probe to 127.0.0.1:`port`. */
export function loopbackProfile(port: number) {
  const row = (id: string, table: string) => ({
    id,
    table,
    title: `row ${id}`,
    explanation: 'A loopback row for tests.',
    remediation: `Allow ${id}`,
    level: 'required',
    probes: [
      {
        kind: 'tcp',
        transport: 'tcp',
        targets: ['127.0.0.1'],
        ports: String(port),
        expectsReply: true,
      },
    ],
  });
  const parsed = parseProfile({
    id: 'app-test',
    version: '1',
    revision: 1,
    title: 'App test',
    source: 'test',
    tables: [
      { id: '2-1', title: 'Web' },
      { id: '2-2', title: 'Calls' },
    ],
    rows: [row('2-1.1', '2-1'), row('2-2.2', '2-2')],
  });
  if (!parsed.ok) throw new Error(parsed.message);
  return { profile: parsed.profile, hash: 'abcdef01' };
}

/**
 * The handlers' world for a test of one channel: the loopback profile, the app page trusted,
 * a log to read, and every other dependency refusing, so a stray call fails the test.
 */
export function handlerDepsFor(
  overrides: Partial<Omit<HandlerDeps, 'engine' | 'log' | 'isTrustedSender'>>,
): HandlerDeps & {
  log: { [K in 'info' | 'warn' | 'error' | 'setIncludeComputerDetails']: ReturnType<typeof vi.fn> };
} {
  const loaded = loopbackProfile(9);
  const notAsked = () => {
    throw new Error('not asked');
  };
  const log = { info: vi.fn(), warn: vi.fn(), error: vi.fn(), setIncludeComputerDetails: vi.fn() };
  return {
    engine: {
      profile: loaded,
      plan: notAsked,
      runPlan: () => Promise.reject(new Error('not asked')),
      settings: {
        timeoutMs: 2000,
        deadlineMs: 10_000,
        concurrency: 8,
        toolVersion: 'test',
        profile: loaded.profile,
      },
    },
    isTrustedSender: trustedSenderCheck({ pageUrl: RENDERER_URL }),
    appInfo: notAsked,
    hostInfo: () => Promise.reject(new Error('not asked')),
    clipboard: { writeText: vi.fn() },
    showSaveDialog: () => Promise.reject(new Error('not asked')),
    showOpenDialog: () => Promise.reject(new Error('not asked')),
    pdf: { createWindow: notAsked, pageSize: 'A4' },
    notify: () => true,
    log,
    ...overrides,
  };
}
