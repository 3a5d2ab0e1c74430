// The bridge (bundled to out/preload/preload.cjs): `window.netcheck` and nothing else. The
// renderer never sees ipcRenderer or a channel name, only the contract's methods.
import { contextBridge, ipcRenderer, type IpcRendererEvent } from 'electron';
import { CHANNELS } from '../common/ipc/channels';
import type { MenuCommand, NetcheckApi } from '../common/ipc/contract';
import type { RunEvent } from '../common/results/events';

const api: NetcheckApi = {
  ready: () => ipcRenderer.invoke(CHANNELS.ready),
  start: (options) => ipcRenderer.invoke(CHANNELS.start, options),
  cancel: (runId) => ipcRenderer.invoke(CHANNELS.cancel, runId),
  rerun: (runId, rowIds) => ipcRenderer.invoke(CHANNELS.rerun, runId, rowIds),
  onEvent(listener) {
    // The IPC event object (with its sender) stays on this side of the bridge.
    const forward = (_event: IpcRendererEvent, runEvent: RunEvent) => listener(runEvent);
    ipcRenderer.on(CHANNELS.event, forward);
    return () => {
      ipcRenderer.removeListener(CHANNELS.event, forward);
    };
  },
  plan: (options) => ipcRenderer.invoke(CHANNELS.plan, options),
  hostInfo: () => ipcRenderer.invoke(CHANNELS.hostInfo),
  exportReport: (format, options) => ipcRenderer.invoke(CHANNELS.exportReport, format, options),
  copyText: (text) => ipcRenderer.invoke(CHANNELS.copyText, text),
  decode: (code) => ipcRenderer.invoke(CHANNELS.decode, code),
  appInfo: () => ipcRenderer.invoke(CHANNELS.appInfo),
  onMenuCommand(listener) {
    const forward = (_event: IpcRendererEvent, command: MenuCommand) => listener(command);
    ipcRenderer.on(CHANNELS.menuCommand, forward);
    return () => {
      ipcRenderer.removeListener(CHANNELS.menuCommand, forward);
    };
  },
};

contextBridge.exposeInMainWorld('netcheck', api);
