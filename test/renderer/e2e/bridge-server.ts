// The test bridge: serves the built renderer on 127.0.0.1 and answers its `window.netcheck`
// calls over a WebSocket with main's own IPC handlers (main/app/ipc-handlers.ts) and the real
// engine. Each WebSocket stands for one window's webContents, so run management, argument
// validation and the event queue are exactly the app's.
import { EventEmitter } from 'node:events';
import { readFile } from 'node:fs/promises';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { basename, extname, join, normalize, sep } from 'node:path';
import type { IpcMain, IpcMainInvokeEvent } from 'electron';
import { build } from 'esbuild';
import { WebSocketServer, WebSocket } from 'ws';
import { CHANNELS } from '../../../common/ipc/channels';
import type { MenuCommand } from '../../../common/ipc/contract';
import { parseIpv4 } from '../../../common/net/ipv4';
import type { RunEvent } from '../../../common/results/events';
import type { Language } from '../../../common/i18n/languages';
import type { HostInfo } from '../../../common/results/schema';
import { registerIpcHandlers, type SenderContents } from '../../../main/app/ipc-handlers';
import type { Engine } from '../../../main/app/run-session';
import type { NotificationText } from '../../../main/app/notification';
import {
  BRIDGE_PATH,
  SHIM_PATH,
  type BridgeCall,
  type BridgeMessage,
  type BridgeMethod,
} from './bridge-protocol';

export interface BridgeOptions {
  /** The built renderer (index.html and assets/). */
  rendererDir: string;
  /** Must run a test profile whose every target is on loopback (unless checkTargets says). */
  engine: Engine;
  /**
   * Throws for an engine whose probes could leave the machine; by default, any target not on
   * 127.0.0.0/8. The lab's bridge (test/lab/journey) has checked instead that it runs in a
   * namespace with no route out, where the default profile's mapped targets are safe.
   */
  checkTargets?: (engine: Engine) => void;
  hostInfo: HostInfo;
  /** Where "Save report…" writes, as if the person picked it in the dialog; absent: cancelled. */
  reportDir?: string;
  /**
   * The file "Compare with a saved report…" opens, as if the person picked it in the dialog,
   * asked at each open (a test saves the report first); absent or null: cancelled.
   */
  openFile?: () => string | null;
  /** The language main tells the page (appInfo), as the Language menu would; default English. */
  language?: Language;
}

export interface Bridge {
  /** The page to open: http://127.0.0.1:PORT/ */
  url: string;
  /** Every call the page made, in order. */
  calls: Array<{ method: BridgeMethod; args: unknown[] }>;
  /** Every event sent to the page, in order. */
  events: RunEvent[];
  /** Texts the page asked to copy. */
  copied: string[];
  /** System notifications main was asked to show (Keep checking), as Electron would get them. */
  notifications: NotificationText[];
  close(): Promise<void>;
}

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
};

/** Channels the page invokes; `event` and `menuCommand` are pushed by main. */
const METHODS = new Set<string>(
  Object.keys(CHANNELS).filter(
    (name) => name !== 'event' && name !== 'menuCommand' && name !== 'language',
  ),
);

type InvokeListener = Parameters<IpcMain['handle']>[1];

/** The bridge's whole point is that no probe leaves this machine: refuse any other target. */
function assertLoopbackOnly(engine: Engine): void {
  for (const row of engine.profile.profile.rows)
    for (const probe of row.probes)
      for (const target of [...probe.targets, ...(probe.reflectors ?? [])]) {
        const address = parseIpv4(target);
        if (address === null || address >>> 24 !== 127)
          throw new Error(`the test bridge runs loopback targets only, not ${target} (${row.id})`);
      }
}

/** index.html with the shim's script ahead of the app's module (which runs deferred). */
async function pageWithShim(rendererDir: string): Promise<string> {
  const html = await readFile(join(rendererDir, 'index.html'), 'utf8');
  const appScript = html.indexOf('<script type="module"');
  if (appScript < 0) throw new Error(`${rendererDir}/index.html has no module script`);
  return `${html.slice(0, appScript)}<script src=".${SHIM_PATH}"></script>\n    ${html.slice(appScript)}`;
}

async function bundleShim(): Promise<string> {
  const built = await build({
    entryPoints: [join(import.meta.dirname, 'browser-bridge.ts')],
    bundle: true,
    format: 'iife',
    platform: 'browser',
    target: 'chrome120',
    write: false,
    logLevel: 'silent',
  });
  return built.outputFiles[0]!.text;
}

export async function startBridge({
  rendererDir,
  engine,
  hostInfo,
  reportDir,
  openFile,
  language = 'en',
  checkTargets = assertLoopbackOnly,
}: BridgeOptions): Promise<Bridge> {
  checkTargets(engine);
  const [page, shim] = await Promise.all([pageWithShim(rendererDir), bundleShim()]);
  const calls: Bridge['calls'] = [];
  const events: RunEvent[] = [];
  const copied: string[] = [];
  const notifications: NotificationText[] = [];

  const serveFile = async (request: IncomingMessage, response: ServerResponse) => {
    const path = new URL(request.url ?? '/', 'http://127.0.0.1').pathname;
    if (path === SHIM_PATH) return send(response, 200, CONTENT_TYPES['.js']!, shim);
    // Chromium asks every site for one; the app has none (Electron never asks).
    if (path === '/favicon.ico') return send(response, 204, 'image/x-icon', '');
    if (path === '/' || path === '/index.html')
      return send(response, 200, CONTENT_TYPES['.html']!, page);
    const file = normalize(join(rendererDir, decodeURIComponent(path)));
    const type = CONTENT_TYPES[extname(file)];
    if (!file.startsWith(rendererDir + sep) || type === undefined)
      return send(response, 404, 'text/plain', 'not found');
    try {
      send(response, 200, type, await readFile(file));
    } catch {
      send(response, 404, 'text/plain', 'not found');
    }
  };
  const send = (response: ServerResponse, status: number, type: string, body: string | Buffer) => {
    response.writeHead(status, { 'content-type': type, 'cache-control': 'no-store' });
    response.end(body);
  };

  const http = createServer((request, response) => void serveFile(request, response));
  await new Promise<void>((resolve, reject) => {
    http.once('error', reject);
    http.listen(0, '127.0.0.1', () => resolve());
  });
  const origin = `http://127.0.0.1:${(http.address() as AddressInfo).port}`;

  // Main's handlers, registered on a stand-in for ipcMain.
  const listeners = new Map<string, InvokeListener>();
  const ipc: Pick<IpcMain, 'handle' | 'removeHandler'> = {
    handle: (channel, listener) => void listeners.set(channel, listener),
    removeHandler: (channel) => void listeners.delete(channel),
  };
  const { profile } = engine.profile;
  const handlers = registerIpcHandlers(ipc, {
    engine,
    // Like the app's check on the page's URL: only pages this bridge served may call.
    isTrustedSender: (frameUrl) => frameUrl !== undefined && new URL(frameUrl).origin === origin,
    appInfo: () => ({
      appVersion: 'e2e',
      electronVersion: 'none (test bridge)',
      profile: {
        id: profile.id,
        version: profile.version,
        revision: profile.revision,
        hash: engine.profile.hash,
      },
      profileDocument: profile,
      language,
    }),
    hostInfo: () => Promise.resolve(hostInfo),
    clipboard: { writeText: (text) => void copied.push(text) },
    showSaveDialog: (_sender, options) =>
      Promise.resolve(
        reportDir && options.defaultPath
          ? { canceled: false, filePath: join(reportDir, basename(options.defaultPath)) }
          : { canceled: true, filePath: '' },
      ),
    showOpenDialog: () => {
      const path = openFile?.() ?? null;
      return Promise.resolve(
        path === null ? { canceled: true, filePaths: [] } : { canceled: false, filePaths: [path] },
      );
    },
    pdf: {
      createWindow: () => {
        throw new Error('the test bridge prints no PDF');
      },
      pageSize: 'A4',
    },
    // Recorded in place of Electron's Notification, as a system that shows them would.
    notify: (text) => {
      notifications.push(text);
      return true;
    },
  });

  const sockets = new WebSocketServer({ server: http, path: BRIDGE_PATH });
  let nextContentsId = 1;
  sockets.on('connection', (socket: WebSocket, request: IncomingMessage) => {
    const post = (message: BridgeMessage) => {
      if (socket.readyState === WebSocket.OPEN) socket.send(JSON.stringify(message));
    };
    // One page = one webContents: its id keys main's per-page run session.
    const lifecycle = new EventEmitter();
    const contents = {
      id: nextContentsId++,
      send: (channel: string, payload: unknown) => {
        if (channel === CHANNELS.language) {
          post({ type: 'language', language: payload as Language });
          return;
        }
        if (channel === CHANNELS.menuCommand) {
          post({ type: 'menu-command', command: payload as MenuCommand });
          return;
        }
        const event = payload as RunEvent;
        events.push(event);
        post({ type: 'event', event });
      },
      isDestroyed: () => socket.readyState !== WebSocket.OPEN,
      on: (name: string, listener: () => void) => lifecycle.on(name, listener),
      once: (name: string, listener: () => void) => lifecycle.once(name, listener),
    } as unknown as SenderContents;
    const invokeEvent = {
      sender: contents,
      senderFrame: { url: `${request.headers.origin ?? 'null'}/` },
    } as unknown as IpcMainInvokeEvent;
    socket.on('close', () => lifecycle.emit('destroyed'));

    socket.on('message', (data) => {
      const call = JSON.parse(String(data)) as BridgeCall;
      const listener = METHODS.has(call.method)
        ? listeners.get(CHANNELS[call.method as keyof typeof CHANNELS])
        : undefined;
      if (!listener) {
        post({ type: 'error', id: call.id, message: `no method ${String(call.method)}` });
        return;
      }
      calls.push({ method: call.method, args: call.args });
      Promise.resolve()
        .then(() => listener(invokeEvent, ...call.args) as unknown)
        .then(
          (value) => post({ type: 'result', id: call.id, value }),
          (error: unknown) =>
            post({
              type: 'error',
              id: call.id,
              message: error instanceof Error ? error.message : String(error),
            }),
        );
    });
  });

  return {
    url: `${origin}/`,
    calls,
    events,
    copied,
    notifications,
    async close() {
      handlers.dispose();
      for (const socket of sockets.clients) socket.terminate();
      await new Promise<void>((resolve) => sockets.close(() => resolve()));
      http.closeAllConnections();
      await new Promise<void>((resolve) => http.close(() => resolve()));
    },
  };
}
