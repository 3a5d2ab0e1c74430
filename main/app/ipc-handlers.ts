// The main side of `window.netcheck` (ARCHITECTURE.md, "IPC contract"). Every handler first
// checks who calls and validates every argument against the contract's schemas; the engine,
// clipboard and dialog come in as dependencies so tests run this without Electron.
import { writeFile } from 'node:fs/promises';
import type {
  OpenDialogOptions,
  OpenDialogReturnValue,
  SaveDialogOptions,
  SaveDialogReturnValue,
  WebContents,
} from 'electron';
import type { AppInfo, ExportOptions, MenuCommand, ReportFormat } from '../../common/ipc/contract';
import type { InvokeHandlers, InvokeResults } from '../../common/ipc/map';
import type { HostInfo } from '../../common/results/schema';
import type { Language } from '../../common/i18n/languages';
import { handleInvokes, push, type IpcRegistrar } from './ipc-main';
import { silentLog, type AppLog } from './log';
import { createEventQueue, type EventQueue } from './event-queue';
import { createRunSession, type Engine, type RunSession } from './run-session';
import { decodeForDisplay } from '../../common/helpdesk/decoded-table';
import { renderReport, reportFileType, type PdfPrinter } from './report-export';
import { readSavedResult } from './saved-result';
import { APP_TEXT, DIALOG_TEXT } from '../../common/i18n';
import type { NotificationText } from './notification';

/** What a handler needs of the calling page. */
export type SenderContents = Pick<WebContents, 'id' | 'send' | 'isDestroyed' | 'on' | 'once'>;

/** A menu item the page acts on (it holds the report's privacy choice and the decode panel). */
export function sendMenuCommand(contents: SenderContents, command: MenuCommand): void {
  push(contents, 'menuCommand', command);
}

/** Tells the page the Language menu's choice (the page speaks it from then on). */
export function sendLanguage(contents: SenderContents, language: Language): void {
  push(contents, 'language', language);
}

export interface HandlerDeps {
  engine: Engine;
  /** True only for the app's own page (security.ts, trustedSenderCheck). */
  isTrustedSender(frameUrl: string | undefined): boolean;
  /** Read at each call: the language changes with the Language menu. */
  appInfo(): AppInfo;
  hostInfo(): Promise<HostInfo>;
  clipboard: { writeText(text: string): void };
  /** Shows the save dialog attached to the window of `sender`. */
  showSaveDialog(
    sender: SenderContents,
    options: SaveDialogOptions,
  ): Promise<SaveDialogReturnValue>;
  /** Shows the open dialog attached to the window of `sender`. */
  showOpenDialog(
    sender: SenderContents,
    options: OpenDialogOptions,
  ): Promise<OpenDialogReturnValue>;
  /** The hidden window that prints the HTML report to PDF, and the paper it prints on. */
  pdf: PdfPrinter;
  /** Shows a system notification (notification.ts); false where the system has none. */
  notify(text: NotificationText): boolean;
  /** Refused calls and every run's start and end go here. */
  log?: AppLog;
}

export interface IpcHandlers {
  /** Asks for a file name, then writes the last result's report in `format` there. */
  exportReport(
    sender: SenderContents,
    format: ReportFormat,
    options: ExportOptions,
  ): Promise<InvokeResults['exportReport']>;
  /** Removes the handlers and stops every run (app shutdown, tests). */
  dispose(): void;
}

const reportFileName = (startedAt: string) =>
  `onsight-network-check-${startedAt.slice(0, 19).replace(/[T:]/g, '-')}`;

export function registerIpcHandlers(ipc: IpcRegistrar, deps: HandlerDeps): IpcHandlers {
  const log = deps.log ?? silentLog;
  /** Each page's runs and the events held for it, by webContents id. */
  const pages = new Map<number, { session: RunSession; queue: EventQueue; retired: boolean }>();
  /** webContents whose reload and destruction are already watched. */
  const watched = new Set<number>();

  /** The page is gone (closed or reloading): its run stops and its events go nowhere. */
  const retire = (id: number) => {
    const page = pages.get(id);
    if (!page) return;
    pages.delete(id);
    page.retired = true;
    page.session.dispose();
  };

  const pageFor = (sender: SenderContents) => {
    const existing = pages.get(sender.id);
    if (existing) return existing;
    const queue = createEventQueue((event) => {
      if (!page.retired) push(sender, 'event', event);
    });
    const page = { session: createRunSession(deps.engine, queue, log), queue, retired: false };
    pages.set(sender.id, page);
    if (!watched.has(sender.id)) {
      watched.add(sender.id);
      // A reload is a new page that knows nothing of the old run: it starts afresh.
      sender.on('did-start-loading', () => retire(sender.id));
      sender.once('destroyed', () => {
        retire(sender.id);
        watched.delete(sender.id);
      });
    }
    return page;
  };
  const sessionOf = (sender: SenderContents) => pageFor(sender).session;

  const exportReport: IpcHandlers['exportReport'] = async (sender, format, options) => {
    // The only place main hears the user's privacy choice: the log follows it from now on.
    log.setIncludeComputerDetails(options.includeComputerDetails);
    const result = sessionOf(sender).lastResult();
    if (!result) throw new Error('there is no result to save yet: run a check first');
    const type = reportFileType(format);
    const choice = await deps.showSaveDialog(sender, {
      // Read at each call, as the menu is built: the dialog speaks the app's language now.
      title: DIALOG_TEXT.saveTitle,
      defaultPath: `${reportFileName(result.startedAt)}.${type.extension}`,
      filters: [{ name: type.name, extensions: [type.extension] }],
    });
    if (choice.canceled || !choice.filePath) return { saved: false };
    // The engine leaves `host` empty; the window reads it beside the run, and so does the report.
    const host = result.host ?? (await deps.hostInfo().catch(() => null));
    const content = await renderReport(
      format,
      {
        result: { ...result, host },
        profile: deps.engine.profile.profile,
        includeComputerDetails: options.includeComputerDetails,
        ...(options.englishCopy !== undefined && { englishCopy: options.englishCopy }),
      },
      deps.pdf,
    );
    await writeFile(choice.filePath, content);
    return { saved: true, path: choice.filePath };
  };

  /** "Compare with a saved report…": a JSON file's text; the page compares it with its run. */
  const openSavedResult = async (
    sender: SenderContents,
  ): Promise<InvokeResults['openSavedResult']> => {
    const json = reportFileType('json');
    const choice = await deps.showOpenDialog(sender, {
      title: DIALOG_TEXT.openTitle,
      filters: [{ name: json.name, extensions: [json.extension] }],
      properties: ['openFile'],
    });
    const path = choice.filePaths[0];
    if (choice.canceled || path === undefined) return { status: 'canceled' };
    const answer = await readSavedResult(path);
    if (answer.status === 'failed') log.warn('saved report not opened', answer);
    return answer;
  };

  const handlers: InvokeHandlers<SenderContents> = {
    ready: (sender) => pageFor(sender).queue.ready(),
    start: (sender, options) => sessionOf(sender).start(options),
    cancel: (sender, runId) => sessionOf(sender).cancel(runId),
    rerun: (sender, runId, rowIds) => sessionOf(sender).rerun(runId, rowIds),
    plan: (sender, options) => sessionOf(sender).plan(options),
    hostInfo: () => deps.hostInfo(),
    exportReport: (sender, format, options) => exportReport(sender, format, options),
    openSavedResult: (sender) => openSavedResult(sender),
    copyText: (_sender, text) => deps.clipboard.writeText(text),
    decode: (_sender, code) =>
      decodeForDisplay(code, deps.engine.profile.profile, deps.engine.profile.hash),
    appInfo: () => deps.appInfo(),
    // Keep checking's verdict changed: the page words it, main names the app it comes from.
    notify: (_sender, text) => {
      if (!deps.notify({ title: APP_TEXT.appName, body: text }))
        log.info('notification not shown: the system has none');
    },
  };

  const removeHandlers = handleInvokes(
    ipc,
    handlers,
    (channel, event) => {
      // Only the page's top frame: the preload runs there alone, so a subframe calling is
      // an attack whatever URL it shows.
      const frame = event.senderFrame;
      if (!frame || frame.parent || !deps.isTrustedSender(frame.url)) {
        log.warn('IPC call refused: not the app page', {
          channel,
          frameUrl: frame?.url ?? null,
          subframe: Boolean(frame?.parent),
        });
        throw new Error(`${channel}: refused, the call does not come from the app's own page`);
      }
      return event.sender;
    },
    (channel, reason) => log.warn('IPC call refused: bad arguments', { channel, reason }),
  );

  return {
    exportReport,
    dispose() {
      removeHandlers();
      for (const id of [...pages.keys()]) retire(id);
    },
  };
}
