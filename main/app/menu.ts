// The native menu: File (Save report…, Print…), Edit (Copy), View, Language (issue 19), Help
// (Enter a helpdesk code…, Open log folder, About), in the language the app speaks: it is
// built again when the Language menu changes it.
import type { MenuItemConstructorOptions } from 'electron';
import type { AppInfo } from '../../common/ipc/contract';
import { MENU_TEXT } from '../../common/i18n';
import { LANGUAGE_NAMES, LANGUAGES } from '../../common/i18n/languages';
import type { LanguageChoice } from './language-setting';

export interface MenuActions {
  saveReport(): void;
  print(): void;
  enterHelpdeskCode(): void;
  /** Shows the folder of main.log, for a helpdesk that asks for it. */
  openLogFolder(): void;
  about(): void;
  chooseLanguage(choice: LanguageChoice): void;
}

export interface MenuSettings {
  /** Reload and developer tools only in development: a packaged app has nothing to reload. */
  isPackaged: boolean;
  /** macOS keeps the application menu first and Quit in it (its convention). */
  isMac: boolean;
  productName: string;
  /** The Language menu's checked item. */
  language: LanguageChoice;
}

export function menuTemplate(
  settings: MenuSettings,
  actions: MenuActions,
): MenuItemConstructorOptions[] {
  const t = MENU_TEXT;
  const file: MenuItemConstructorOptions = {
    label: t.file,
    submenu: [
      { label: t.saveReport, accelerator: 'CmdOrCtrl+S', click: () => actions.saveReport() },
      { label: t.print, accelerator: 'CmdOrCtrl+P', click: () => actions.print() },
      { type: 'separator' },
      settings.isMac ? { role: 'close', label: t.closeWindow } : { role: 'quit', label: t.quit },
    ],
  };
  const edit: MenuItemConstructorOptions = {
    label: t.edit,
    submenu: [
      { role: 'copy', label: t.copy },
      { role: 'selectAll', label: t.selectAll },
    ],
  };
  const view: MenuItemConstructorOptions = {
    label: t.view,
    submenu: [
      ...(settings.isPackaged
        ? []
        : ([
            { role: 'reload', label: t.reload },
            { role: 'toggleDevTools', label: t.toggleDevTools },
            { type: 'separator' },
          ] as const)),
      { role: 'resetZoom', label: t.resetZoom },
      { role: 'zoomIn', label: t.zoomIn },
      { role: 'zoomOut', label: t.zoomOut },
    ],
  };
  // Each language by its own name (an endonym), so a person lost in a language they cannot
  // read still finds theirs.
  const choices: { choice: LanguageChoice; label: string }[] = [
    { choice: 'system', label: t.systemLanguage },
    ...LANGUAGES.map((language) => ({ choice: language, label: LANGUAGE_NAMES[language] })),
  ];
  const language: MenuItemConstructorOptions = {
    label: t.language,
    submenu: choices.map(({ choice, label }) => ({
      label,
      type: 'radio' as const,
      checked: settings.language === choice,
      click: () => actions.chooseLanguage(choice),
    })),
  };
  const help: MenuItemConstructorOptions = {
    label: t.help,
    role: 'help',
    submenu: [
      { label: t.enterHelpdeskCode, click: () => actions.enterHelpdeskCode() },
      { label: t.openLogFolder, click: () => actions.openLogFolder() },
      { type: 'separator' },
      { label: t.about(settings.productName), click: () => actions.about() },
    ],
  };
  return [
    ...(settings.isMac ? [{ role: 'appMenu' } as const] : []),
    file,
    edit,
    view,
    language,
    help,
  ];
}

/** The About box's text: what a helpdesk asks for first. */
export function aboutDetail(
  info: Pick<AppInfo, 'appVersion' | 'electronVersion' | 'profile'>,
): string {
  const { profile } = info;
  return [
    MENU_TEXT.aboutVersion(info.appVersion),
    `Electron ${info.electronVersion}`,
    MENU_TEXT.aboutProfile(profile.id, profile.version, profile.revision, profile.hash),
  ].join('\n');
}
