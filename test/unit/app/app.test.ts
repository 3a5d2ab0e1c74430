// The entry's wiring, with the whole of Electron faked: one hardened window on the built page,
// the IPC handlers, the menu, the session policy, remembered bounds, quitting on last close.
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { CHANNELS } from '../../../common/ipc/channels';
import type { AppInfo } from '../../../common/ipc/contract';

type Listener = (...args: unknown[]) => unknown;

const fake = vi.hoisted(() => {
  const on = (listeners: Map<string, Listener[]>) => (name: string, listener: Listener) => {
    listeners.set(name, [...(listeners.get(name) ?? []), listener]);
  };
  const emit = (listeners: Map<string, Listener[]>, name: string, ...args: unknown[]) => {
    for (const listener of listeners.get(name) ?? []) listener(...args);
  };

  class FakeWindow {
    static all: FakeWindow[] = [];
    static getAllWindows = () => FakeWindow.all;
    static getFocusedWindow = () => FakeWindow.all[0] ?? null;
    listeners = new Map<string, Listener[]>();
    loaded: { file?: string; url?: string } = {};
    shown = false;
    webContents = {
      id: 7,
      listeners: new Map<string, Listener[]>(),
      on: (name: string, listener: Listener) => on(this.webContents.listeners)(name, listener),
      reload: vi.fn(),
      print: () => {},
      sent: [] as unknown[][],
      isDestroyed: () => false,
      send: (...args: unknown[]) => void this.webContents.sent.push(args),
    };
    constructor(public options: Record<string, unknown>) {
      FakeWindow.all.push(this);
    }
    on = on(this.listeners);
    once = on(this.listeners);
    emit = (name: string) => emit(this.listeners, name);
    loadURL = async (url: string) => void (this.loaded = { url });
    show = () => void (this.shown = true);
    maximize = () => {};
    isMaximized = () => false;
    getNormalBounds = () => ({ x: 30, y: 40, width: 1000, height: 700 });
  }

  const appListeners = new Map<string, Listener[]>();
  const handlers = new Map<string, Listener>();
  const schemes = { privileged: [] as unknown[], handlers: new Map<string, Listener>() };
  return {
    schemes,
    openPath: vi.fn(async () => ''),
    logLines: [] as string[],
    FakeWindow,
    handlers,
    appListeners,
    emitApp: (name: string, ...args: unknown[]) => emit(appListeners, name, ...args),
    userData: '',
    quit: vi.fn(),
    enableSandbox: vi.fn(),
    setApplicationMenu: vi.fn(),
    setPermissionRequestHandler: vi.fn(),
  };
});

// The log writes nowhere on disk here: its lines are kept for the test.
vi.mock('electron-log/node', () => {
  const keep = (...params: unknown[]) => void fake.logLines.push(params.join(' '));
  return {
    default: {
      transports: { file: {}, console: {} },
      info: keep,
      warn: keep,
      error: keep,
    },
  };
});

vi.mock('electron', () => ({
  app: {
    isPackaged: false,
    enableSandbox: fake.enableSandbox,
    on: (name: string, listener: Listener) =>
      fake.appListeners.set(name, [...(fake.appListeners.get(name) ?? []), listener]),
    whenReady: async () => {},
    getVersion: () => '0.1.0',
    getLocaleCountryCode: () => 'DE',
    getPreferredSystemLanguages: () => ['en-US', 'de-DE'],
    getPath: (name: string) => (name === 'userData' ? fake.userData : `/nonexistent/${name}`),
    requestSingleInstanceLock: () => true,
    quit: fake.quit,
    exit: vi.fn(),
  },
  BrowserWindow: fake.FakeWindow,
  clipboard: { writeText: vi.fn() },
  dialog: {
    showSaveDialog: vi.fn(),
    showOpenDialog: vi.fn(),
    showMessageBox: vi.fn(),
    showErrorBox: vi.fn(),
  },
  ipcMain: {
    handle: (channel: string, listener: Listener) => fake.handlers.set(channel, listener),
    removeHandler: (channel: string) => fake.handlers.delete(channel),
  },
  Menu: {
    buildFromTemplate: (template: unknown) => template,
    setApplicationMenu: fake.setApplicationMenu,
  },
  net: { request: vi.fn(), fetch: vi.fn() },
  protocol: {
    registerSchemesAsPrivileged: (schemes: unknown[]) => fake.schemes.privileged.push(...schemes),
    handle: (scheme: string, handler: Listener) => fake.schemes.handlers.set(scheme, handler),
  },
  shell: { openPath: fake.openPath },
  screen: { getAllDisplays: () => [{ workArea: { x: 0, y: 0, width: 1920, height: 1080 } }] },
  session: {
    defaultSession: {
      webRequest: { onBeforeRequest: vi.fn(), onHeadersReceived: vi.fn() },
      setPermissionRequestHandler: fake.setPermissionRequestHandler,
      setPermissionCheckHandler: vi.fn(),
    },
  },
}));

let window: InstanceType<typeof fake.FakeWindow>;
beforeAll(async () => {
  fake.userData = await mkdtemp(join(tmpdir(), 'netcheck-app-'));
  await import('../../../main/app/app');
  await vi.waitFor(() => expect(fake.FakeWindow.all).toHaveLength(1));
  window = fake.FakeWindow.all[0]!;
});
afterAll(async () => {
  fake.emitApp('before-quit');
  await rm(fake.userData, { recursive: true, force: true });
});

describe('app entry', () => {
  it('opens one hardened window on the built renderer page', () => {
    expect(fake.enableSandbox).toHaveBeenCalled();
    const { webPreferences, ...options } = window.options as {
      webPreferences: Record<string, unknown>;
    };
    expect(webPreferences).toMatchObject({
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      webSecurity: true,
      webviewTag: false,
    });
    expect(webPreferences.preload).toMatch(/[/\\]preload[/\\]preload\.cjs$/);
    expect(options).toMatchObject({ minWidth: 880, minHeight: 640, show: false });
    expect(window.loaded.url).toBe('app://renderer/index.html');
    expect(window.shown).toBe(false);
    window.emit('ready-to-show');
    expect(window.shown).toBe(true);
  });

  it('locks down every page and applies the session policy', () => {
    const contents = { on: vi.fn(), setWindowOpenHandler: vi.fn() };
    fake.emitApp('web-contents-created', {}, contents);
    expect(contents.on).toHaveBeenCalledWith('will-navigate', expect.any(Function));
    expect(contents.setWindowOpenHandler).toHaveBeenCalled();
    expect(fake.setPermissionRequestHandler).toHaveBeenCalled();
    expect(fake.setApplicationMenu).toHaveBeenCalled();
  });

  it("answers the page it loaded, with the default profile's identity", async () => {
    const url = window.loaded.url!;
    const event = { sender: { id: 7 }, senderFrame: { url } };
    const info = (await fake.handlers.get(CHANNELS.appInfo)!(event)) as AppInfo;
    expect(info).toMatchObject({ appVersion: '0.1.0', profile: { id: 'onsight-default' } });
    expect(info.profile.hash).toMatch(/^[0-9a-f]{8}$/);
    await expect(
      Promise.resolve().then(() =>
        fake.handlers.get(CHANNELS.appInfo)!({ ...event, senderFrame: { url: 'https://x.test/' } }),
      ),
    ).rejects.toThrow(/refused/);
  });

  it('File > Save report… and Help > Enter a helpdesk code… go to the page', () => {
    const template = fake.setApplicationMenu.mock.calls[0]![0] as Array<{
      label?: string;
      role?: string;
      submenu?: Array<{ label?: string; click?: () => void }>;
    }>;
    const item = (menu: string, label: string) =>
      template
        .find((m) => m.label === menu || m.role === menu)
        ?.submenu?.find((i) => i.label === label);
    item('File', 'Save report…')?.click?.();
    item('help', 'Enter a helpdesk code…')?.click?.();
    expect(window.webContents.sent).toEqual([
      [CHANNELS.menuCommand, 'save-report'],
      [CHANNELS.menuCommand, 'enter-helpdesk-code'],
    ]);
  });

  it('Language > Deutsch: the menu is built again in German, the page is told, the choice is kept', async () => {
    const template = fake.setApplicationMenu.mock.calls.at(-1)![0] as Array<{
      label?: string;
      submenu?: Array<{ label?: string; checked?: boolean; click?: () => void }>;
    }>;
    const languages = template.find((m) => m.label === 'Language')!.submenu!;
    // The system's preferred languages are en-US, then de-DE: English, with "system" checked.
    expect(languages.find((i) => i.checked)?.label).toBe("The system's language");
    window.webContents.sent.length = 0;
    languages.find((i) => i.label === 'Deutsch')!.click!();
    expect(window.webContents.sent).toEqual([[CHANNELS.language, 'de']]);
    const rebuilt = fake.setApplicationMenu.mock.calls.at(-1)![0] as typeof template;
    const german = rebuilt.find((m) => m.label === 'Sprache')!.submenu!;
    expect(german.find((i) => i.checked)?.label).toBe('Deutsch');
    expect(JSON.parse(await readFile(join(fake.userData, 'language.json'), 'utf8'))).toEqual({
      language: 'de',
    });
    // Back to the system's language: English again, and the page hears it.
    german.find((i) => i.label === 'Systemsprache')!.click!();
    expect(window.webContents.sent.at(-1)).toEqual([CHANNELS.language, 'en']);
  });

  it('serves the page from app://, registered as privileged before ready', () => {
    expect(fake.schemes.privileged).toEqual([
      { scheme: 'app', privileges: { standard: true, secure: true } },
    ]);
    expect([...fake.schemes.handlers.keys()]).toEqual(['app']);
  });

  it('Help > Open log folder opens the log folder; the log says the app started', () => {
    const template = fake.setApplicationMenu.mock.calls[0]![0] as Array<{
      role?: string;
      submenu?: Array<{ label?: string; click?: () => void }>;
    }>;
    const help = template.find((m) => m.role === 'help')!.submenu!;
    help.find((i) => i.label === 'Open log folder')!.click!();
    expect(fake.openPath).toHaveBeenCalledWith('/nonexistent/logs');
    expect(fake.logLines[0]).toMatch(/^app started /);
  });

  it('reloads a page whose renderer crashed, and logs why', () => {
    const gone = window.webContents.listeners.get('render-process-gone')![0]!;
    gone({}, { reason: 'crashed', exitCode: 139 });
    expect(window.webContents.reload).toHaveBeenCalledOnce();
    expect(fake.logLines.at(-1)).toMatch(/^the page stopped .*"reason":"crashed"/);
  });

  it('remembers the window bounds when it closes', async () => {
    window.emit('close');
    const saved = JSON.parse(await readFile(join(fake.userData, 'window-state.json'), 'utf8'));
    expect(saved).toEqual({ x: 30, y: 40, width: 1000, height: 700, maximized: false });
  });

  it('quits when the last window closes (outside macOS)', () => {
    fake.emitApp('window-all-closed');
    expect(fake.quit).toHaveBeenCalledTimes(process.platform === 'darwin' ? 0 : 1);
  });
});
