// Debian's Chromium driven by playwright-core, for tests of the built renderer. Each launch
// gets a fresh profile folder, removed on close, and Chromium is kept off the network: it
// has no reason to contact anything but the test's own server on 127.0.0.1.
import { mkdtempSync, rmSync } from 'node:fs';
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

export async function launchChromium(
  viewport: { width: number; height: number } = { width: 1280, height: 900 },
): Promise<LaunchedChromium> {
  const executablePath = chromiumPath();
  const userDataDir = mkdtempSync(join(tmpdir(), 'nc-chromium-'));
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
    throw error;
  }
  const page = context.pages()[0] ?? (await context.newPage());
  return {
    context,
    page,
    async close() {
      await context.close();
      rmSync(userDataDir, { recursive: true, force: true });
    },
  };
}
