// The bridge (bundled to out/preload/preload.cjs): `window.netcheck` and nothing else. The
// renderer never sees ipcRenderer or a channel name, only the IPC map's methods. This is the
// one module that touches ipcRenderer (lint forbids it elsewhere).
import { contextBridge, ipcRenderer, type IpcRendererEvent } from 'electron';
import { CHANNELS } from '../common/ipc/channels';
import type {
  InvokeArgs,
  InvokeChannel,
  InvokeResults,
  NetcheckApi,
  PushChannel,
  PushPayloads,
} from '../common/ipc/map';

/** A call on an invoked channel, typed by the map (ipcRenderer.invoke itself answers `any`). */
function invoke<K extends InvokeChannel>(channel: K) {
  return (...args: InvokeArgs<K>): Promise<InvokeResults[K]> =>
    ipcRenderer.invoke(CHANNELS[channel], ...args) as Promise<InvokeResults[K]>;
}

/** A listener on a pushed channel; the IPC event object (with its sender) stays on this side. */
function listen<K extends PushChannel>(channel: K) {
  return (listener: (payload: PushPayloads[K]) => void): (() => void) => {
    const forward = (_event: IpcRendererEvent, payload: PushPayloads[K]) => listener(payload);
    ipcRenderer.on(CHANNELS[channel], forward);
    return () => {
      ipcRenderer.removeListener(CHANNELS[channel], forward);
    };
  };
}

const api: NetcheckApi = {
  ready: invoke('ready'),
  start: invoke('start'),
  cancel: invoke('cancel'),
  rerun: invoke('rerun'),
  plan: invoke('plan'),
  hostInfo: invoke('hostInfo'),
  exportReport: invoke('exportReport'),
  openSavedResult: invoke('openSavedResult'),
  copyText: invoke('copyText'),
  decode: invoke('decode'),
  appInfo: invoke('appInfo'),
  notify: invoke('notify'),
  onEvent: listen('event'),
  onMenuCommand: listen('menuCommand'),
  onLanguage: listen('language'),
};

contextBridge.exposeInMainWorld('netcheck', api);
