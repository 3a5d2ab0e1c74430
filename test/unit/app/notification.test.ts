// Keep checking's system notification (issue 20): main's handler of `notify`, with Electron's
// Notification mocked, shows the page's words under the app's name, only where the system can
// show notifications, and refuses what is not a short text.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { CHANNELS } from '../../../common/ipc/channels';
import { setLanguage } from '../../../common/i18n';
import { registerIpcHandlers } from '../../../main/app/ipc-handlers';
import { showNotification } from '../../../main/app/notification';
import { fakeContents, fakeIpcMain, handlerDepsFor } from './support';

const electron = vi.hoisted(() => {
  const shown: Array<{ title: string; body: string }> = [];
  const state = { supported: true };
  class Notification {
    static isSupported = () => state.supported;
    constructor(private readonly options: { title: string; body: string }) {}
    show() {
      shown.push(this.options);
    }
  }
  return { shown, state, Notification };
});
vi.mock('electron', () => ({ Notification: electron.Notification }));

function setUp() {
  const ipc = fakeIpcMain();
  const deps = handlerDepsFor({ notify: showNotification });
  const { log } = deps;
  const handlers = registerIpcHandlers(ipc, deps);
  const contents = fakeContents();
  return {
    handlers,
    log,
    call: (...args: unknown[]) => ipc.invoke(contents, CHANNELS.notify, args),
    callFrom: (url: string, ...args: unknown[]) => ipc.invoke(contents, CHANNELS.notify, args, url),
  };
}

beforeEach(() => {
  electron.shown.length = 0;
  electron.state.supported = true;
});
afterEach(() => setLanguage('en'));

describe('notify: the system notification of Keep checking', () => {
  it("shows the page's text under the app's name", async () => {
    const { call, handlers } = setUp();
    await call('Onsight will work here');
    expect(electron.shown).toEqual([
      { title: 'Onsight Network Check', body: 'Onsight will work here' },
    ]);
    handlers.dispose();
  });

  it('shows nothing where the system has no notifications, and says so in the log', async () => {
    electron.state.supported = false;
    const { call, log, handlers } = setUp();
    await expect(call('Onsight will work here')).resolves.toBeUndefined();
    expect(electron.shown).toEqual([]);
    expect(log.info).toHaveBeenCalledWith('notification not shown: the system has none');
    handlers.dispose();
  });

  it('refuses an empty or over-long text, a second argument, and another page', async () => {
    const { call, callFrom, handlers } = setUp();
    await expect(call('')).rejects.toThrow(/^text: /);
    await expect(call('   ')).rejects.toThrow(/^text: /);
    await expect(call('x'.repeat(301))).rejects.toThrow(/^text: /);
    await expect(call(42)).rejects.toThrow(/^text: /);
    await expect(call('Ready', 'extra')).rejects.toThrow(
      'notify: takes 1 argument(s), was given 2',
    );
    await expect(callFrom('https://example.com/', 'Ready')).rejects.toThrow(/refused/);
    expect(electron.shown).toEqual([]);
    handlers.dispose();
  });

  it('showNotification answers whether it could show one', () => {
    expect(showNotification({ title: 'T', body: 'B' })).toBe(true);
    electron.state.supported = false;
    expect(showNotification({ title: 'T', body: 'B' })).toBe(false);
    expect(electron.shown).toEqual([{ title: 'T', body: 'B' }]);
  });
});
