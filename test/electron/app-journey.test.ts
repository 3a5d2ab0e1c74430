// The whole app through Playwright's Electron driver: the window opens, the check runs by
// itself, every row ends with a result and the verdict shows. The app runs the real default
// profile, so it runs inside an empty network namespace where every probe ends at once
// (ARCHITECTURE.md, "Safety on development machines"). Runs only where an Electron binary
// exists; `require('electron')` is never called, since it would try to download one.
import { chmodSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { _electron, type ElectronApplication, type Page } from 'playwright-core';
import { ROW_STATUS_WORDS, VERDICT_HEADLINES } from '../../common/i18n/en';
import { CHANNELS } from '../../common/ipc/channels';
import { createEmptyNamespace, type Namespace } from '../support/netns';
import { electronBinary, needs } from '../support/tools';

const ROOT = resolve(import.meta.dirname, '../..');
const binary = electronBinary();
const defaultProfile = JSON.parse(
  readFileSync(join(ROOT, 'common/profiles/onsight-default.json'), 'utf8'),
) as { rows: Array<{ id: string; title: string }> };

describe(
  'app journey',
  // The default profile must never reach this machine's network; a namespace is the only
  // safe place for it, and making one needs root.
  needs('electron', 'root'),
  () => {
    let namespace: Namespace | undefined;
    let folder: string;
    let app: ElectronApplication | undefined;
    let page: Page;

    beforeAll(async () => {
      for (const built of [
        'out/main/app.cjs',
        'out/preload/preload.cjs',
        'out/renderer/index.html',
      ]) {
        if (!existsSync(join(ROOT, built)))
          throw new Error(`${built} is missing: run npm run build first`);
      }
      namespace = createEmptyNamespace('nc-electron');
      folder = mkdtempSync(join(tmpdir(), 'netcheck-journey-'));
      // Playwright puts its own switches first; a wrapper hands all of them to Electron
      // inside the namespace.
      const wrapper = join(folder, 'electron-in-namespace.sh');
      writeFileSync(wrapper, `#!/bin/sh\nexec ip netns exec ${namespace.name} "${binary}" "$@"\n`);
      chmodSync(wrapper, 0o755);
      app = await _electron.launch({
        executablePath: wrapper,
        args: [
          '-r',
          join(ROOT, 'node_modules/playwright-core/lib/server/electron/loader.js'),
          ROOT,
        ],
        cwd: ROOT,
        // The remembered window size and Chromium's profile go to a temporary folder.
        env: { ...process.env, XDG_CONFIG_HOME: folder, HOME: folder },
        timeout: 60_000,
      });
      page = await app.firstWindow();
    });

    afterAll(async () => {
      await app?.close();
      namespace?.remove();
      if (folder) rmSync(folder, { recursive: true, force: true });
    });

    it('opens one window whose page sees window.netcheck and nothing of Node', async () => {
      const windows = await app!.evaluate(
        ({ BrowserWindow }) => BrowserWindow.getAllWindows().length,
      );
      expect(windows).toBe(1);
      expect(await page.title()).toBe('Onsight Network Check');
      expect(page.url()).toBe('app://renderer/index.html');
      expect(await page.evaluate('typeof require')).toBe('undefined');
      expect(await page.evaluate('typeof process')).toBe('undefined');
      const methods = (await page.evaluate('Object.keys(window.netcheck).sort()')) as string[];
      const expected = [
        ...Object.keys(CHANNELS).filter((name) => name !== 'event' && name !== 'menuCommand'),
        'onEvent',
        'onMenuCommand',
      ].sort();
      expect(methods).toEqual(expected);
    });

    it('checks every row by itself and shows the verdict', async () => {
      await page.getByText(defaultProfile.rows[0]!.title).first().waitFor({ timeout: 15_000 });
      // Nothing gets out of an empty namespace: HTTPS to Librestream fails, so not ready.
      await page.getByText(VERDICT_HEADLINES['not-ready']).waitFor({ timeout: 30_000 });
      expect(await page.getByText(ROW_STATUS_WORDS.running, { exact: true }).count()).toBe(0);
      expect(await page.getByText(ROW_STATUS_WORDS.fail, { exact: true }).count()).toBeGreaterThan(
        0,
      );
    });
  },
);
