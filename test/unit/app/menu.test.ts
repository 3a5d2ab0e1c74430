// The native menu's shape: what a packaged app offers and what only development does.
import { describe, expect, it, vi } from 'vitest';
import type { MenuItemConstructorOptions } from 'electron';
import { aboutDetail, menuTemplate, type MenuActions } from '../../../main/app/menu';

vi.mock('electron', () => ({}));

const actions = (): MenuActions => ({
  saveReport: vi.fn(),
  print: vi.fn(),
  enterHelpdeskCode: vi.fn(),
  openLogFolder: vi.fn(),
  about: vi.fn(),
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
      { isPackaged: true, isMac: false, productName: 'Onsight Network Check' },
      act,
    );
    expect(menu.map((item) => item.label ?? item.role)).toEqual(['File', 'Edit', 'View', 'help']);
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
      submenu(menuTemplate({ isPackaged, isMac: false, productName: 'X' }, actions()), 'View').map(
        (i) => i.role,
      );
    expect(roles(true)).not.toContain('reload');
    expect(roles(true)).not.toContain('toggleDevTools');
    expect(roles(false)).toContain('reload');
  });

  it("follows macOS's convention: the application menu first, Close in File", () => {
    const menu = menuTemplate({ isPackaged: true, isMac: true, productName: 'X' }, actions());
    expect(menu[0]?.role).toBe('appMenu');
    expect(submenu(menu, 'File').at(-1)?.role).toBe('close');
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
