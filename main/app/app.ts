// The Electron entry (bundled to out/main/app.cjs): one hardened window over the engine.
// Everything that can be tested without Electron lives in the modules it wires together.
import { join } from 'node:path';
// The Node entry, not electron-log/main: that one also opens an IPC channel any page could
// write to, outside the IPC map.
import electronLog from 'electron-log/node';
import {
  app,
  BrowserWindow,
  clipboard,
  dialog,
  ipcMain,
  Menu,
  net,
  protocol,
  session,
  shell,
} from 'electron';
import type { AppInfo } from '../../common/ipc/contract';
import { RUN_DEFAULTS } from '../../common/run-defaults';
import { collectHostInfo } from '../engine/host-info';
import { plan } from '../engine/planner';
import { defaultProfile } from '../engine/profile-loader';
import { runPlan } from '../engine/runner';
import { chromiumCheckFactory } from './chromium-check-session';
import { appRunProxy } from './run-proxy';
import { TOOL_VERSION } from '../engine/version';
import { main as cliMain } from '../cli/main';
import { headlessArgv, runHeadless } from './headless';
import { utilityLookups } from './lookup-process';
import { registerIpcHandlers, sendLanguage, sendMenuCommand } from './ipc-handlers';
import { languageFor, readLanguageChoice, writeLanguageChoice } from './language-setting';
import { currentLanguage, MENU_TEXT, setLanguage } from '../../common/i18n';
import { aboutDetail, menuTemplate } from './menu';
import { paperSizeFor } from './report-export';
import { applySessionPolicy, lockDownContents, trustedSenderCheck } from './security';
import { APP_PAGE_URL, APP_SCHEME, APP_SCHEME_PRIVILEGES, appSchemeHandler } from './app-scheme';
import { createAppLog, type AppLog } from './log';
import { fileLogWriter } from './log-file';
import { createMainWindow } from './window';
import { showNotification } from './notification';

const PRODUCT_NAME = 'Onsight Network Check';
/** Only in development, and only when the dev script sets it. */
const DEV_SERVER_URL = app.isPackaged ? undefined : process.env.VITE_DEV_SERVER_URL;
const RENDERER_FOLDER = join(__dirname, '../renderer');
const PRELOAD_FILE = join(__dirname, '../preload/preload.cjs');
/** The window a page is in: its dialogs are attached to it (modal there, not app-wide). */
const windowOf = (sender: { id: number }) =>
  BrowserWindow.getAllWindows().find((w) => w.webContents.id === sender.id);
/** Every run's name lookups, in a process the run kills at its end (built by scripts/build.mjs). */
const lookups = utilityLookups(join(__dirname, 'lookup-child.cjs'), () => app.whenReady());

app.enableSandbox();
// Windows shows a notification (Keep checking) only for an app with this id, the one the
// installer gives its shortcut (electron-builder.yml, appId).
if (process.platform === 'win32') app.setAppUserModelId('com.librestream.onsight.networkcheck');
// Covers every page, including any the app never meant to create.
app.on('web-contents-created', (_event, contents) => lockDownContents(contents));
app.on('window-all-closed', () => {
  // macOS apps stay open without windows until Quit.
  if (process.platform !== 'darwin') app.quit();
});

async function start(log: AppLog): Promise<void> {
  await app.whenReady();
  applySessionPolicy(session.defaultSession, DEV_SERVER_URL);
  protocol.handle(
    APP_SCHEME,
    appSchemeHandler(
      RENDERER_FOLDER,
      (fileUrl) => net.fetch(fileUrl),
      (url, reason) => log.warn('app:// request refused', { url, reason }),
    ),
  );
  log.info('app started', { version: app.getVersion(), electron: process.versions.electron });
  const loaded = defaultProfile();
  // The Language menu's choice, else the first of the system's preferred languages we have.
  const languageFile = join(app.getPath('userData'), 'language.json');
  let languageChoice = readLanguageChoice(languageFile);
  const systemLanguage = () => languageFor(languageChoice, app.getPreferredSystemLanguages());
  setLanguage(systemLanguage());
  const appInfo = (): AppInfo => ({
    appVersion: app.getVersion(),
    electronVersion: process.versions.electron ?? 'unknown',
    profile: {
      id: loaded.profile.id,
      version: loaded.profile.version,
      revision: loaded.profile.revision,
      hash: loaded.hash,
    },
    profileDocument: loaded.profile,
    language: currentLanguage(),
  });
  const handlers = registerIpcHandlers(ipcMain, {
    engine: {
      profile: loaded,
      runPlan,
      plan,
      settings: {
        ...RUN_DEFAULTS,
        toolVersion: TOOL_VERSION,
        profile: loaded.profile,
        lookups,
      },
      // Chromium signs in to NTLM/Kerberos proxies with the user's account, as Onsight does,
      // through the proxy of the run (a typed one on a session of its own).
      chromiumCheck: chromiumCheckFactory({
        net,
        fromPartition: (partition) => session.fromPartition(partition),
      }),
      proxy: (typed, signIn) =>
        appRunProxy(typed, session.defaultSession, RUN_DEFAULTS.timeoutMs, signIn),
    },
    log,
    isTrustedSender: trustedSenderCheck({
      pageUrl: APP_PAGE_URL,
      ...(DEV_SERVER_URL ? { devServerUrl: DEV_SERVER_URL } : {}),
    }),
    appInfo,
    hostInfo: () => collectHostInfo(),
    clipboard,
    showSaveDialog: (sender, options) => {
      const window = windowOf(sender);
      return window ? dialog.showSaveDialog(window, options) : dialog.showSaveDialog(options);
    },
    showOpenDialog: (sender, options) => {
      const window = windowOf(sender);
      return window ? dialog.showOpenDialog(window, options) : dialog.showOpenDialog(options);
    },
    pdf: {
      createWindow: (options) => new BrowserWindow(options),
      pageSize: paperSizeFor(app.getLocaleCountryCode()),
    },
    notify: showNotification,
  });

  const openWindow = () =>
    createMainWindow({
      title: PRODUCT_NAME,
      preloadPath: PRELOAD_FILE,
      stateFile: join(app.getPath('userData'), 'window-state.json'),
      pageUrl: DEV_SERVER_URL ?? APP_PAGE_URL,
      log,
      showError: (title, message) => dialog.showErrorBox(title, message),
    });
  const currentWindow = () => BrowserWindow.getFocusedWindow() ?? BrowserWindow.getAllWindows()[0];

  const buildMenu = () =>
    menuTemplate(
      {
        isPackaged: app.isPackaged,
        isMac: process.platform === 'darwin',
        productName: PRODUCT_NAME,
        language: languageChoice,
      },
      {
        // The page holds the format and the "include computer details" choice: it saves.
        saveReport: () => {
          const window = currentWindow();
          if (window) sendMenuCommand(window.webContents, 'save-report');
        },
        print: () => currentWindow()?.webContents.print(),
        enterHelpdeskCode: () => {
          const window = currentWindow();
          if (window) sendMenuCommand(window.webContents, 'enter-helpdesk-code');
        },
        openLogFolder: () => void shell.openPath(app.getPath('logs')),
        about: () => {
          const options = {
            type: 'info' as const,
            title: MENU_TEXT.about(PRODUCT_NAME),
            message: PRODUCT_NAME,
            detail: aboutDetail(appInfo()),
          };
          const window = currentWindow();
          void (window ? dialog.showMessageBox(window, options) : dialog.showMessageBox(options));
        },
        chooseLanguage: (choice) => {
          languageChoice = choice;
          if (!writeLanguageChoice(languageFile, choice))
            log.warn('could not remember the language', { file: languageFile });
          setLanguage(systemLanguage());
          // The menu speaks it too, and every window's page from now on.
          Menu.setApplicationMenu(Menu.buildFromTemplate(buildMenu()));
          for (const open of BrowserWindow.getAllWindows())
            sendLanguage(open.webContents, currentLanguage());
        },
      },
    );
  Menu.setApplicationMenu(Menu.buildFromTemplate(buildMenu()));

  let window = openWindow();
  // One window only: a second launch brings the first one forward.
  app.on('second-instance', () => {
    if (window.isDestroyed()) window = openWindow();
    if (window.isMinimized()) window.restore();
    window.focus();
  });
  app.on('activate', () => {
    if (BrowserWindow.getAllWindows().length === 0) window = openWindow();
  });
  app.on('before-quit', () => handlers.dispose());
}

// `--cli`: the engine without a window, for scripts (main/app/headless.ts). It takes no
// single-instance lock, so it also runs while the window is open.
const cliArgv = headlessArgv(process.argv, app.isPackaged);
if (cliArgv) {
  void runHeadless(cliArgv, {
    app,
    cli: (argv, out, err) => cliMain(argv, out, err, { lookups }),
    stdout: process.stdout,
    stderr: process.stderr,
    electronVersion: process.versions.electron,
  });
} else if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  // The window's log only: `--cli` prints what it has to say.
  const log = createAppLog(fileLogWriter(electronLog, app.getPath('logs'), !app.isPackaged));
  // Failures nobody awaits, and helper processes (GPU, network service) that die: logged only,
  // Electron's own handling stays as it is.
  process.on('unhandledRejection', (reason) => log.error('unhandled rejection', { reason }));
  app.on('child-process-gone', (_event, details) =>
    log.error('a helper process stopped', {
      type: details.type,
      reason: details.reason,
      exitCode: details.exitCode,
    }),
  );
  // Only possible before `ready`: the page's own origin, app://renderer (app-scheme.ts).
  protocol.registerSchemesAsPrivileged([APP_SCHEME_PRIVILEGES]);
  start(log).catch((error: unknown) => {
    log.error('the app could not start', { error });
    dialog.showErrorBox(
      MENU_TEXT.couldNotStart(PRODUCT_NAME),
      error instanceof Error ? error.message : String(error),
    );
    app.exit(1);
  });
}
