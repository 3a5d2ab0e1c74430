// The main side of `window.netcheck` (ARCHITECTURE.md, "IPC contract"). Every handler first
// checks who calls and validates every argument against the contract's schemas; the engine,
// clipboard and dialog come in as dependencies so tests run this without Electron.
import { writeFile } from 'node:fs/promises';
import type { z } from 'zod';
import type {
  IpcMain,
  IpcMainInvokeEvent,
  SaveDialogOptions,
  SaveDialogReturnValue,
  WebContents,
} from 'electron';
import { CHANNELS } from '../../common/ipc/channels';
import {
  copyTextSchema,
  helpdeskCodeInputSchema,
  reportFormatSchema,
  rowIdsSchema,
  runIdSchema,
  startOptionsSchema,
  type AppInfo,
  type DecodeResult,
  type ReportFormat,
} from '../../common/ipc/contract';
import { formatIssuePath } from '../../common/profile/schema';
import type { HostInfo } from '../../common/results/schema';
import { createEventQueue, type EventQueue } from './event-queue';
import { createRunSession, type Engine, type RunSession } from './run-session';

/** What a handler needs of the calling page. */
export type SenderContents = Pick<WebContents, 'id' | 'send' | 'isDestroyed' | 'on' | 'once'>;

export interface HandlerDeps {
  engine: Engine;
  /** True only for the app's own page (security.ts, trustedSenderCheck). */
  isTrustedSender(frameUrl: string | undefined): boolean;
  appInfo: AppInfo;
  hostInfo(): Promise<HostInfo>;
  clipboard: { writeText(text: string): void };
  /** Shows the save dialog attached to the window of `sender`. */
  showSaveDialog(
    sender: SenderContents,
    options: SaveDialogOptions,
  ): Promise<SaveDialogReturnValue>;
}

export interface IpcHandlers {
  /** "Save report…" from the menu takes the same path as the renderer's button. */
  exportReport(
    sender: SenderContents,
    format: ReportFormat,
  ): Promise<{ saved: boolean; path?: string }>;
  /** Removes the handlers and stops every run (app shutdown, tests). */
  dispose(): void;
}

export const NOT_AVAILABLE_YET = 'not available yet';

/** Parses one argument; the error names the argument, the path inside it and the problem. */
function parseArgument<T>(schema: z.ZodType<T>, value: unknown, name: string): T {
  const parsed = schema.safeParse(value);
  if (parsed.success) return parsed.data;
  const issue = parsed.error.issues[0]!;
  const path = formatIssuePath(issue.path);
  throw new Error(
    `${name}${path ? (path.startsWith('[') ? path : `.${path}`) : ''}: ${issue.message}`,
  );
}

const reportFileName = (startedAt: string) =>
  `onsight-network-check-${startedAt.slice(0, 19).replace(/[T:]/g, '-')}`;

export function registerIpcHandlers(
  ipc: Pick<IpcMain, 'handle' | 'removeHandler'>,
  deps: HandlerDeps,
): IpcHandlers {
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
      if (!page.retired && !sender.isDestroyed()) sender.send(CHANNELS.event, event);
    });
    const page = { session: createRunSession(deps.engine, queue), queue, retired: false };
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

  const exportReport: IpcHandlers['exportReport'] = async (sender, format) => {
    if (format !== 'json')
      throw new Error(`${format.toUpperCase()} reports are ${NOT_AVAILABLE_YET}`);
    const result = sessionOf(sender).lastResult();
    if (!result) throw new Error('there is no result to save yet: run a check first');
    const choice = await deps.showSaveDialog(sender, {
      title: 'Save report',
      defaultPath: `${reportFileName(result.startedAt)}.json`,
      filters: [{ name: 'JSON', extensions: ['json'] }],
    });
    if (choice.canceled || !choice.filePath) return { saved: false };
    await writeFile(choice.filePath, `${JSON.stringify(result, null, 2)}\n`, 'utf8');
    return { saved: true, path: choice.filePath };
  };

  type Handler = (sender: SenderContents, ...args: unknown[]) => unknown;
  const handlers: Record<Exclude<keyof typeof CHANNELS, 'event'>, Handler> = {
    ready: (sender) => pageFor(sender).queue.ready(),
    start: (sender, options) =>
      sessionOf(sender).start(parseArgument(startOptionsSchema, options, 'options')),
    cancel: (sender, runId) => sessionOf(sender).cancel(parseArgument(runIdSchema, runId, 'runId')),
    rerun: (sender, runId, rowIds) =>
      sessionOf(sender).rerun(
        parseArgument(runIdSchema, runId, 'runId'),
        parseArgument(rowIdsSchema, rowIds, 'rowIds'),
      ),
    plan: (sender, options) =>
      sessionOf(sender).plan(parseArgument(startOptionsSchema, options, 'options')),
    hostInfo: () => deps.hostInfo(),
    exportReport: (sender, format) =>
      exportReport(sender, parseArgument(reportFormatSchema, format, 'format')),
    copyText: (_sender, text) =>
      deps.clipboard.writeText(parseArgument(copyTextSchema, text, 'text')),
    decode: (_sender, code): DecodeResult => {
      parseArgument(helpdeskCodeInputSchema, code, 'code');
      return { ok: false, message: NOT_AVAILABLE_YET };
    },
    appInfo: () => deps.appInfo,
  };

  for (const [name, handler] of Object.entries(handlers)) {
    const channel = CHANNELS[name as keyof typeof handlers];
    ipc.handle(channel, async (event: IpcMainInvokeEvent, ...args: unknown[]) => {
      if (!deps.isTrustedSender(event.senderFrame?.url)) {
        throw new Error(`${name}: refused, the call does not come from the app's own page`);
      }
      return handler(event.sender, ...args);
    });
  }

  return {
    exportReport,
    dispose() {
      for (const name of Object.keys(handlers))
        ipc.removeHandler(CHANNELS[name as keyof typeof handlers]);
      for (const id of [...pages.keys()]) retire(id);
    },
  };
}
