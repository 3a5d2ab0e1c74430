// The bridge exposes exactly the contract's methods and nothing of Electron itself.
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { CHANNELS } from '../../../common/ipc/channels';
import { INVOKE_ARGUMENTS } from '../../../common/ipc/map';
import type { MenuCommand, NetcheckApi } from '../../../common/ipc/contract';
import type { RunEvent } from '../../../common/results/events';

const electron = vi.hoisted(() => {
  const listeners = new Map<string, Set<(...args: unknown[]) => void>>();
  return {
    exposed: new Map<string, unknown>(),
    listeners,
    invoke: vi.fn(async (..._args: unknown[]) => 'answer'),
  };
});

vi.mock('electron', () => ({
  contextBridge: {
    exposeInMainWorld: (key: string, api: unknown) => electron.exposed.set(key, api),
  },
  ipcRenderer: {
    invoke: electron.invoke,
    on(channel: string, listener: (...args: unknown[]) => void) {
      const set = electron.listeners.get(channel) ?? new Set();
      set.add(listener);
      electron.listeners.set(channel, set);
    },
    removeListener(channel: string, listener: (...args: unknown[]) => void) {
      electron.listeners.get(channel)?.delete(listener);
    },
  },
}));

let api: NetcheckApi;
beforeAll(async () => {
  await import('../../../preload/preload');
  api = electron.exposed.get('netcheck') as NetcheckApi;
});

describe('preload', () => {
  it('exposes window.netcheck only, with exactly the contract methods', () => {
    expect([...electron.exposed.keys()]).toEqual(['netcheck']);
    const expected = [
      ...Object.keys(INVOKE_ARGUMENTS),
      'onEvent',
      'onMenuCommand',
      'onLanguage',
    ].sort();
    expect(Object.keys(api).sort()).toEqual(expected);
    for (const value of Object.values(api)) expect(typeof value).toBe('function');
  });

  it('sends each call on its channel with its arguments', async () => {
    const options = {
      options: { teamlink: true, legacy: false, china: false, customDomains: [] },
      proxy: 'direct' as const,
    };
    const calls: Array<[() => Promise<unknown>, unknown[]]> = [
      [() => api.ready(), [CHANNELS.ready]],
      [() => api.start(options), [CHANNELS.start, options]],
      [() => api.cancel('id'), [CHANNELS.cancel, 'id']],
      [() => api.rerun('id', ['2-2.2']), [CHANNELS.rerun, 'id', ['2-2.2']]],
      [() => api.plan(options), [CHANNELS.plan, options]],
      [() => api.hostInfo(), [CHANNELS.hostInfo]],
      [
        () => api.exportReport('pdf', { includeComputerDetails: false }),
        [CHANNELS.exportReport, 'pdf', { includeComputerDetails: false }],
      ],
      [() => api.copyText('text'), [CHANNELS.copyText, 'text']],
      [() => api.decode('CODE'), [CHANNELS.decode, 'CODE']],
      [() => api.appInfo(), [CHANNELS.appInfo]],
    ];
    for (const [call, expected] of calls) {
      electron.invoke.mockClear();
      await expect(call()).resolves.toBe('answer');
      expect(electron.invoke).toHaveBeenCalledWith(...expected);
    }
  });

  it('onEvent hands over the run event alone and unsubscribes', () => {
    const received: RunEvent[] = [];
    const unsubscribe = api.onEvent((event) => received.push(event));
    const listeners = electron.listeners.get(CHANNELS.event)!;
    expect(listeners.size).toBe(1);
    const event = { type: 'row-updated', runId: 'r' } as unknown as RunEvent;
    for (const listener of listeners) listener({ sender: 'ipc internals' }, event);
    expect(received).toEqual([event]);
    unsubscribe();
    expect(listeners.size).toBe(0);
  });

  it('onMenuCommand hands over the command alone and unsubscribes', () => {
    const received: MenuCommand[] = [];
    const unsubscribe = api.onMenuCommand((command) => received.push(command));
    const listeners = electron.listeners.get(CHANNELS.menuCommand)!;
    expect(listeners.size).toBe(1);
    for (const listener of listeners) listener({ sender: 'ipc internals' }, 'enter-helpdesk-code');
    expect(received).toEqual(['enter-helpdesk-code']);
    unsubscribe();
    expect(listeners.size).toBe(0);
  });
});
