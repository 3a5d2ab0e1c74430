// The native menu's shape: what a packaged app offers and what only development does.
import { describe, expect, it, vi } from 'vitest';
import type { MenuItemConstructorOptions } from 'electron';
import { aboutDetail, menuTemplate, type MenuActions } from '../../../main/app/menu';
import { inLanguage } from '../../../common/i18n';

vi.mock('electron', () => ({}));

const actions = (): MenuActions => ({
  saveReport: vi.fn(),
  print: vi.fn(),
  enterHelpdeskCode: vi.fn(),
  openLogFolder: vi.fn(),
  about: vi.fn(),
  chooseLanguage: vi.fn(),
});
const submenu = (menu: MenuItemConstructorOptions[], label: string) =>
  (menu.find((item) => item.label === label || item.role === label)?.submenu ??
    []) as MenuItemConstructorOptions[];
const click = (item: MenuItemConstructorOptions | undefined) =>
  (item?.click as (() => void) | undefined)?.();

describe('menu', () => {
  it('File saves and prints, Edit copies, Help decodes a code, opens the log folder, shows About', () => {
    const act = actions();
    const menu = menuTemplate(
      { isPackaged: true, isMac: false, productName: 'Onsight Network Check', language: 'system' },
      act,
    );
    expect(menu.map((item) => item.label ?? item.role)).toEqual([
      'File',
      'Edit',
      'View',
      'Language',
      'Help',
    ]);
    const file = submenu(menu, 'File');
    click(file.find((item) => item.label === 'Save report…'));
    click(file.find((item) => item.label === 'Print…'));
    expect(act.saveReport).toHaveBeenCalledOnce();
    expect(act.print).toHaveBeenCalledOnce();
    expect(file.at(-1)?.role).toBe('quit');
    expect(submenu(menu, 'Edit').map((item) => item.role)).toContain('copy');
    const about = submenu(menu, 'help').find(
      (item) => item.label === 'About Onsight Network Check',
    );
    click(about);
    expect(act.about).toHaveBeenCalledOnce();
    click(submenu(menu, 'help').find((item) => item.label === 'Enter a helpdesk code…'));
    expect(act.enterHelpdeskCode).toHaveBeenCalledOnce();
    click(submenu(menu, 'help').find((item) => item.label === 'Open log folder'));
    expect(act.openLogFolder).toHaveBeenCalledOnce();
  });

  it('offers Reload only when the app is not packaged', () => {
    const roles = (isPackaged: boolean) =>
      submenu(
        menuTemplate({ isPackaged, isMac: false, productName: 'X', language: 'system' }, actions()),
        'View',
      ).map((i) => i.role);
    expect(roles(true)).not.toContain('reload');
    expect(roles(true)).not.toContain('toggleDevTools');
    expect(roles(false)).toContain('reload');
  });

  it("follows macOS's convention: the application menu first, Close in File", () => {
    const menu = menuTemplate(
      { isPackaged: true, isMac: true, productName: 'X', language: 'system' },
      actions(),
    );
    expect(menu[0]?.role).toBe('appMenu');
    expect(submenu(menu, 'File').at(-1)?.role).toBe('close');
  });

  it('Language lists the system language and each language by its own name, the choice checked', () => {
    const act = actions();
    const menu = menuTemplate(
      { isPackaged: true, isMac: false, productName: 'X', language: 'de' },
      act,
    );
    const items = submenu(menu, 'Language');
    expect(items.map((item) => item.label)).toEqual([
      "The system's language",
      'English',
      'Français',
      'Deutsch',
      'Español',
      'Português (Brasil)',
      '简体中文',
      '日本語',
    ]);
    expect(items.filter((item) => item.checked).map((item) => item.label)).toEqual(['Deutsch']);
    expect(items.every((item) => item.type === 'radio')).toBe(true);
    click(items.find((item) => item.label === '日本語'));
    click(items[0]);
    expect(vi.mocked(act.chooseLanguage).mock.calls).toEqual([['ja'], ['system']]);
  });

  it('speaks the language the app speaks: built again after a change, in German', () => {
    const menu = inLanguage('de', () =>
      menuTemplate({ isPackaged: true, isMac: false, productName: 'X', language: 'de' }, actions()),
    );
    expect(menu.map((item) => item.label)).not.toContain('File');
    expect(menu.map((item) => item.label)).not.toContain('Language');
  });

  it('labels every item in the language, the standard roles too (Electron would say them in English)', () => {
    for (const isMac of [false, true]) {
      const items = inLanguage('de', () =>
        menuTemplate({ isPackaged: false, isMac, productName: 'X', language: 'de' }, actions()),
      )
        .filter((menu) => menu.role !== 'appMenu')
        .flatMap((menu) => [menu, ...((menu.submenu ?? []) as MenuItemConstructorOptions[])])
        .filter((item) => item.type !== 'separator');
      expect(items.filter((item) => !item.label)).toEqual([]);
      const edit = items.find((item) => item.role === 'copy');
      expect(edit?.label).toBe('Kopieren');
      expect(items.find((item) => item.role === (isMac ? 'close' : 'quit'))?.label).toBe(
        isMac ? 'Fenster schließen' : 'Beenden',
      );
    }
  });

  it('About names the app, Electron and profile versions', () => {
    const text = aboutDetail({
      appVersion: '0.1.0',
      electronVersion: '45.5.0',
      profile: { id: 'onsight-default', version: '400295-08 Rev D', revision: 3, hash: '0123abcd' },
    });
    expect(text).toBe(
      'Version 0.1.0\nElectron 45.5.0\nProfile onsight-default 400295-08 Rev D, revision 3 (0123abcd)',
    );
  });
});
