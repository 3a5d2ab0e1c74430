// The one window: hardened web preferences, remembered size and position.
import { BrowserWindow, screen } from 'electron';
import type { AppLog } from './log';
import { watchPageHealth } from './page-health';
import { MIN_SIZE, readWindowState, writeWindowState } from './window-state';

export interface MainWindowOptions {
  title: string;
  /** The bundled preload, out/preload/preload.cjs. */
  preloadPath: string;
  /** window-state.json in the user-data folder. */
  stateFile: string;
  /** app://renderer/index.html, or the Vite dev server in development. */
  pageUrl: string;
  log: AppLog;
  showError(title: string, message: string): void;
}

export function createMainWindow(options: MainWindowOptions): BrowserWindow {
  const state = readWindowState(
    options.stateFile,
    screen.getAllDisplays().map((display) => display.workArea),
  );
  const window = new BrowserWindow({
    title: options.title,
    ...(state.x !== undefined && state.y !== undefined ? { x: state.x, y: state.y } : {}),
    width: state.width,
    height: state.height,
    minWidth: MIN_SIZE.width,
    minHeight: MIN_SIZE.height,
    // Shown once painted, so the user never sees an empty white frame.
    show: false,
    webPreferences: {
      preload: options.preloadPath,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      navigateOnDragDrop: false,
      spellcheck: false,
    },
  });
  if (state.maximized) window.maximize();
  window.once('ready-to-show', () => window.show());
  window.on('close', () =>
    writeWindowState(options.stateFile, window.getNormalBounds(), window.isMaximized()),
  );
  watchPageHealth(window.webContents, options);
  window
    .loadURL(options.pageUrl)
    .catch((error: unknown) => options.log.error('the window could not load its page', { error }));
  return window;
}
