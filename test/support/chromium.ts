// Debian's Chromium driven by playwright-core, for tests of the built renderer. Each launch
// gets a fresh profile folder, removed on close, and Chromium is kept off the network: it
// has no reason to contact anything but the test's own server on 127.0.0.1.
import { chmodSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { which } from './tools';

/** Debian's Chromium on PATH; callers gate their suites with needs('chromium'). */
export function chromiumPath(): string {
  const path = which('chromium');
  if (!path) throw new Error('chromium is not on PATH (Debian package chromium)');
  return path;
}

export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  // Needed, not decoration: a net log shows Chromium still calling update.googleapis.com,
  // accounts.google.com and content-autofill.googleapis.com despite the switches above. No
  // name resolves (so no DNS query leaves), and anything not on loopback goes to a proxy on
  // a closed loopback port; Chromium never sends loopback through a proxy.
  '--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1',
  '--proxy-server=http://127.0.0.1:9',
];

export interface LaunchedChromium {
  context: BrowserContext;
  page: Page;
  /** Closes the browser and removes its profile folder. */
  close(): Promise<void>;
}

export interface LaunchOptions {
  /**
   * A network namespace to run Chromium in (the lab's client namespace). Playwright talks to
   * Chromium over inherited pipes (fds 3 and 4), which `ip netns exec` passes on unchanged.
   */
  namespace?: string;
}

export async function launchChromium(
  viewport: { width: number; height: number } = { width: 1280, height: 900 },
  { namespace }: LaunchOptions = {},
): Promise<LaunchedChromium> {
  const userDataDir = mkdtempSync(join(tmpdir(), 'nc-chromium-'));
  let executablePath = chromiumPath();
  if (namespace !== undefined) {
    // Outside the profile folder, which Chromium fills; removed with it on close.
    const wrapper = `${userDataDir}-in-netns.sh`;
    writeFileSync(
      wrapper,
      `#!/bin/sh\nexec ip netns exec '${namespace}' '${executablePath}' "$@"\n`,
    );
    chmodSync(wrapper, 0o755);
    executablePath = wrapper;
  }
  let context: BrowserContext;
  try {
    context = await chromium.launchPersistentContext(userDataDir, {
      executablePath,
      headless: true,
      args: CHROMIUM_ARGS,
      viewport,
      timeout: 60_000,
    });
  } catch (error) {
    rmSync(userDataDir, { recursive: true, force: true });
    rmSync(`${userDataDir}-in-netns.sh`, { force: true });
    throw error;
  }
  const page = context.pages()[0] ?? (await context.newPage());
  return {
    context,
    page,
    async close() {
      await context.close();
      rmSync(userDataDir, { recursive: true, force: true });
      rmSync(`${userDataDir}-in-netns.sh`, { force: true });
    },
  };
}
