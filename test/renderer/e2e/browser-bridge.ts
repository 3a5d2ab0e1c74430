// Runs in the page, before the app's bundle: defines `window.netcheck` (the contract of the
// preload bridge) over a WebSocket to the test bridge, which answers with the real engine.
// Bundled by esbuild into one classic script and served from 'self', since the app's CSP
// refuses inline scripts.
import type { MenuCommand, NetcheckApi } from '../../../common/ipc/contract';
import type { RunEvent } from '../../../common/results/events';
import type { Language } from '../../../common/i18n/languages';
import {
  BRIDGE_PATH,
  type BridgeCall,
  type BridgeMessage,
  type BridgeMethod,
} from './bridge-protocol';

// The few browser globals this script uses (the project's Node tsconfig has no DOM library).
interface PageSocket {
  send(data: string): void;
  addEventListener(type: 'open' | 'close' | 'error', listener: () => void): void;
  addEventListener(type: 'message', listener: (message: { data: unknown }) => void): void;
}
declare const WebSocket: new (url: string) => PageSocket;
declare const location: { host: string };
declare const window: { netcheck: NetcheckApi };

const socket = new WebSocket(`ws://${location.host}${BRIDGE_PATH}`);
const pending = new Map<number, { resolve(value: unknown): void; reject(error: Error): void }>();
const listeners = new Set<(event: RunEvent) => void>();
const menuListeners = new Set<(command: MenuCommand) => void>();
const languageListeners = new Set<(language: Language) => void>();
let nextId = 1;
let closed = false;

const opened = new Promise<void>((resolve, reject) => {
  socket.addEventListener('open', () => resolve());
  socket.addEventListener('error', () => reject(new Error('the test bridge cannot be reached')));
});

socket.addEventListener('message', ({ data }) => {
  const message = JSON.parse(String(data)) as BridgeMessage;
  if (message.type === 'event') {
    for (const listener of listeners) listener(message.event);
    return;
  }
  if (message.type === 'menu-command') {
    for (const listener of menuListeners) listener(message.command);
    return;
  }
  if (message.type === 'language') {
    for (const listener of languageListeners) listener(message.language);
    return;
  }
  const call = pending.get(message.id);
  if (!call) return;
  pending.delete(message.id);
  if (message.type === 'result') call.resolve(message.value);
  else call.reject(new Error(message.message));
});

socket.addEventListener('close', () => {
  closed = true;
  for (const call of pending.values()) call.reject(new Error('the test bridge closed'));
  pending.clear();
});

async function invoke<T>(method: BridgeMethod, ...args: unknown[]): Promise<T> {
  await opened;
  if (closed) throw new Error('the test bridge closed');
  const call: BridgeCall = { id: nextId++, method, args };
  return new Promise<T>((resolve, reject) => {
    pending.set(call.id, { resolve: (value) => resolve(value as T), reject });
    socket.send(JSON.stringify(call));
  });
}

window.netcheck = {
  ready: () => invoke('ready'),
  start: (options) => invoke('start', options),
  cancel: (runId) => invoke('cancel', runId),
  rerun: (runId, rowIds) => invoke('rerun', runId, rowIds),
  onEvent(listener) {
    listeners.add(listener);
    return () => {
      listeners.delete(listener);
    };
  },
  plan: (options) => invoke('plan', options),
  hostInfo: () => invoke('hostInfo'),
  exportReport: (format, options) => invoke('exportReport', format, options),
  openSavedResult: () => invoke('openSavedResult'),
  copyText: (text) => invoke('copyText', text),
  decode: (code) => invoke('decode', code),
  appInfo: () => invoke('appInfo'),
  notify: (text) => invoke('notify', text),
  onMenuCommand(listener) {
    menuListeners.add(listener);
    return () => {
      menuListeners.delete(listener);
    };
  },
  onLanguage(listener) {
    languageListeners.add(listener);
    return () => {
      languageListeners.delete(listener);
    };
  },
};
