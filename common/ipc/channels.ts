// IPC channel names, shared by main and preload only (the renderer never sees them). Kept
// apart from map.ts so the preload bundle does not pull in zod and the schemas; the map says
// which are invoked and which are pushed, and `satisfies` keeps the two lists the same.
import type { InvokeChannel, PushChannel } from './map';

export const CHANNELS = {
  ready: 'netcheck:ready',
  start: 'netcheck:start',
  cancel: 'netcheck:cancel',
  rerun: 'netcheck:rerun',
  event: 'netcheck:event',
  plan: 'netcheck:plan',
  hostInfo: 'netcheck:host-info',
  exportReport: 'netcheck:export-report',
  /** Compare with a saved report (issue 20): main's open dialog, and the chosen file's text. */
  openSavedResult: 'netcheck:open-saved-result',
  copyText: 'netcheck:copy-text',
  decode: 'netcheck:decode',
  appInfo: 'netcheck:app-info',
  /** Keep checking (issue 20): the verdict changed, main shows a system notification. */
  notify: 'netcheck:notify',
  /** Pushed by main (like `event`): a menu item the page acts on. */
  menuCommand: 'netcheck:menu-command',
  /** Pushed by main: the Language menu's choice. */
  language: 'netcheck:language',
} as const satisfies Record<InvokeChannel | PushChannel, `netcheck:${string}`>;
