// The built renderer in headless Chromium, main's own handlers and the real engine behind the
// test bridge, against the servers of the loopback test network (test-network.ts): what the
// renderer journeys share. Each test says its attempt timeouts; page errors are collected.
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { ConsoleMessage, Page } from 'playwright-core';
import { plan } from '../../../main/engine/planner';
import { runPlan } from '../../../main/engine/runner';
import { TOOL_VERSION } from '../../../main/engine/version';
import { DEFAULT_SIZE } from '../../../main/app/window-state';
import { launchChromium, type LaunchedChromium } from '../../support/chromium';
import { startBridge, type Bridge, type BridgeOptions } from './bridge-server';
import { startTestNetwork, type TestNetwork } from './test-network';

const RENDERER_DIR = join(resolve(import.meta.dirname, '../../..'), 'out/renderer');

export interface LoopbackSession {
  network: TestNetwork;
  bridge: Bridge;
  browser: LaunchedChromium;
  /** Sized like the app's window when it first opens. */
  page: Page;
  /** Uncaught errors and console errors of the page. */
  pageErrors: string[];
  /** Where "Save report…" writes (the bridge's dialog answers a file here). */
  reportDir: string;
  close(): Promise<void>;
}

export async function openLoopbackSession({
  name,
  timeoutMs,
  deadlineMs,
  openFile,
}: {
  /** Names the report folder: netcheck-`name`-XXXXXX. */
  name: string;
  timeoutMs: number;
  deadlineMs: number;
  openFile?: BridgeOptions['openFile'];
}): Promise<LoopbackSession> {
  if (!existsSync(join(RENDERER_DIR, 'index.html')))
    throw new Error(
      'out/renderer is missing: run npm run build (or npx vite build --config renderer/vite.config.ts) first',
    );
  const reportDir = mkdtempSync(join(tmpdir(), `netcheck-${name}-`));
  const network = await startTestNetwork();
  const bridge = await startBridge({
    rendererDir: RENDERER_DIR,
    engine: {
      profile: network.profile,
      runPlan,
      plan,
      settings: {
        timeoutMs,
        deadlineMs,
        concurrency: 16,
        extraCa: [network.extraCa],
        toolVersion: TOOL_VERSION,
        profile: network.profile.profile,
      },
    },
    reportDir,
    ...(openFile && { openFile }),
    hostInfo: {
      os: 'Test bridge (loopback only)',
      interfaces: [{ name: 'lo', type: 'wired', ipv4: '127.0.0.1', default: true }],
      defaultGateway: null,
      dnsServers: [],
    },
  });
  const browser = await launchChromium(DEFAULT_SIZE);
  const pageErrors: string[] = [];
  browser.page.on('pageerror', (error) => pageErrors.push(error.message));
  browser.page.on('console', (message: ConsoleMessage) => {
    if (message.type() === 'error') pageErrors.push(message.text());
  });
  return {
    network,
    bridge,
    browser,
    page: browser.page,
    pageErrors,
    reportDir,
    close: async () => {
      await browser.close();
      await bridge.close();
      await network.close();
      rmSync(reportDir, { recursive: true, force: true });
    },
  };
}
