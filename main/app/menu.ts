// The native menu: File (Save report…, Print…), Edit (Copy), View, Help (Enter a helpdesk
// code…, Open log folder, About).
import type { MenuItemConstructorOptions } from 'electron';
import type { AppInfo } from '../../common/ipc/contract';

export interface MenuActions {
  saveReport(): void;
  print(): void;
  enterHelpdeskCode(): void;
  /** Shows the folder of main.log, for a helpdesk that asks for it. */
  openLogFolder(): void;
  about(): void;
}

export interface MenuSettings {
  /** Reload and developer tools only in development: a packaged app has nothing to reload. */
  isPackaged: boolean;
  /** macOS keeps the application menu first and Quit in it (its convention). */
  isMac: boolean;
  productName: string;
}

export function menuTemplate(
  settings: MenuSettings,
  actions: MenuActions,
): MenuItemConstructorOptions[] {
  const file: MenuItemConstructorOptions = {
    label: 'File',
    submenu: [
      { label: 'Save report…', accelerator: 'CmdOrCtrl+S', click: () => actions.saveReport() },
      { label: 'Print…', accelerator: 'CmdOrCtrl+P', click: () => actions.print() },
      { type: 'separator' },
      settings.isMac ? { role: 'close' } : { role: 'quit' },
    ],
  };
  const edit: MenuItemConstructorOptions = {
    label: 'Edit',
    submenu: [{ role: 'copy' }, { role: 'selectAll' }],
  };
  const view: MenuItemConstructorOptions = {
    label: 'View',
    submenu: [
      ...(settings.isPackaged
        ? []
        : ([{ role: 'reload' }, { role: 'toggleDevTools' }, { type: 'separator' }] as const)),
      { role: 'resetZoom' },
      { role: 'zoomIn' },
      { role: 'zoomOut' },
    ],
  };
  const help: MenuItemConstructorOptions = {
    role: 'help',
    submenu: [
      { label: 'Enter a helpdesk code…', click: () => actions.enterHelpdeskCode() },
      { label: 'Open log folder', click: () => actions.openLogFolder() },
      { type: 'separator' },
      { label: `About ${settings.productName}`, click: () => actions.about() },
    ],
  };
  return [...(settings.isMac ? [{ role: 'appMenu' } as const] : []), file, edit, view, help];
}

/** The About box's text: what a helpdesk asks for first. */
export function aboutDetail(info: AppInfo): string {
  const { profile } = info;
  return [
    `Version ${info.appVersion}`,
    `Electron ${info.electronVersion}`,
    `Profile ${profile.id} ${profile.version}, revision ${profile.revision} (${profile.hash})`,
  ].join('\n');
}
