// X.1's chart in real Chromium (issue 18), before any executor measures a burst: the built
// renderer, main's own IPC handlers and run session (bridge-server.ts), and an engine that
// replays the runner's event sequence of extra-run.ts (X.1's figures written by hand). It
// opens no socket: the default profile is planned, never run. The page shows the verdict at
// verdict-ready, draws the burst live and then final; axe finds nothing, light and dark, at
// the first window size and on a large monitor. PNGs under test-output/renderer-e2e.
import { existsSync, mkdirSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EXTRA_SCREEN_TEXT, EXTRA_TEXT } from '../../../common/i18n/en';
import type { RunEvent } from '../../../common/results/events';
import { plan } from '../../../main/engine/planner';
import { defaultProfile } from '../../../main/engine/profile-loader';
import type { RunPlanFn } from '../../../main/app/run-session';
import { DEFAULT_SIZE } from '../../../main/app/window-state';
import { launchChromium, type LaunchedChromium } from '../../support/chromium';
import { needs } from '../../support/tools';
import { axeOn } from '../../lab/journey/lab-browser';
import { extraRun } from '../../support/extra-run';
import { startBridge, type Bridge } from './bridge-server';

const ROOT = resolve(import.meta.dirname, '../../..');
const RENDERER_DIR = join(ROOT, 'out/renderer');
const SCREENSHOTS = join(ROOT, 'test-output/renderer-e2e');
const WIDE_SIZE = { width: 1440, height: 900 };
const WAIT = { timeout: 20_000 };

/** Replays one run; the burst halts after 50 requests until `release()`. */
function replayEngine() {
  let release = () => {};
  const halted = new Promise<void>((resolve) => (release = resolve));
  const runPlan: RunPlanFn = async (_plan, settings, onEvent) => {
    const run = extraRun();
    const send = (events: RunEvent[]) => events.forEach(onEvent);
    // Started now, as the runner's would be: the header counts the seconds from it.
    const started = { ...run.started, startedAt: new Date().toISOString() } as RunEvent;
    send([started, ...run.guide, run.verdictReady, run.qualityStarted, run.progress50]);
    const cancelled = new Promise<void>((resolve) =>
      settings.signal?.addEventListener('abort', () => resolve(), { once: true }),
    );
    await Promise.race([halted, cancelled]);
    if (settings.signal?.aborted) {
      onEvent({
        ...(run.finished as Extract<RunEvent, { type: 'run-finished' }>),
        cancelled: true,
      });
      return run.result;
    }
    send([run.progress100, ...run.extras, run.finished]);
    return run.result;
  };
  return { runPlan, release: () => release() };
}

describe('X.1 chart in Chromium', needs('chromium'), () => {
  let bridge: Bridge | undefined;
  let browser: LaunchedChromium | undefined;
  let page: Page;
  const engine = replayEngine();
  const pageErrors: string[] = [];

  beforeAll(async () => {
    if (!existsSync(join(RENDERER_DIR, 'index.html')))
      throw new Error(
        'out/renderer is missing: run npx vite build --config renderer/vite.config.ts',
      );
    mkdirSync(SCREENSHOTS, { recursive: true });
    const loaded = defaultProfile();
    bridge = await startBridge({
      rendererDir: RENDERER_DIR,
      // The replay opens no socket: nothing of the default profile is ever sent.
      checkTargets: () => undefined,
      engine: {
        profile: loaded,
        plan,
        runPlan: engine.runPlan,
        settings: {
          timeoutMs: 2000,
          deadlineMs: 10_000,
          concurrency: 16,
          toolVersion: 'test',
          profile: loaded.profile,
        },
      },
      hostInfo: {
        os: 'Test bridge (replayed events)',
        interfaces: [{ name: 'lo', type: 'wired', ipv4: '127.0.0.1', default: true }],
        defaultGateway: null,
        dnsServers: [],
      },
    });
    browser = await launchChromium(DEFAULT_SIZE);
    page = browser.page;
    page.on('pageerror', (error) => pageErrors.push(error.message));
  });

  afterAll(async () => {
    engine.release();
    await browser?.close();
    await bridge?.close();
  });

  const x1 = () => page.locator('tr[data-row-id="X.1"]');
  const header = () => page.getByTestId('verdict');

  const shoot = async (name: string) => {
    for (const size of [DEFAULT_SIZE, WIDE_SIZE]) {
      await page.setViewportSize(size);
      await x1().scrollIntoViewIfNeeded();
      for (const colorScheme of ['light', 'dark'] as const) {
        await page.emulateMedia({ colorScheme });
        const path = join(SCREENSHOTS, `${name}-${colorScheme}-${size.width}x${size.height}.png`);
        await page.screenshot({ path });
        expect(statSync(path).size).toBeGreaterThan(10_000);
        expect(await axeOn(page), `axe: ${name}, ${colorScheme}, ${size.width}`).toEqual([]);
      }
    }
    await page.setViewportSize(DEFAULT_SIZE);
    await page.emulateMedia({ colorScheme: null });
  };

  it('shows the verdict while the burst runs, and draws it live', async () => {
    await page.goto(bridge!.url);
    await x1().locator('figure[data-live="true"]').waitFor(WAIT);
    expect(await header().getAttribute('data-phase')).toBe('running');
    expect(await header().locator('h1').innerText()).toBe('Onsight will work here');
    expect(await page.getByTestId('extras-running').innerText()).toBe(
      EXTRA_SCREEN_TEXT.extrasRunning,
    );
    const name = await x1().getByRole('img').getAttribute('aria-label');
    expect(name).toBe(
      `${EXTRA_TEXT.qualityLabel}: so far, 50 of 150 packets sent: median 52 ms, 95th percentile 56 ms, jitter 2.1 ms, 1 lost, estimated MOS 4.3 of 5`,
    );
    await shoot('extras-chart-live');
    // The first screen meanwhile: the verdict, the next step, and the code still to come.
    await page.evaluate(() =>
      (globalThis as unknown as { scrollTo(x: number, y: number): void }).scrollTo(0, 0),
    );
    const top = join(SCREENSHOTS, 'extras-chart-live-top-light-1100x760.png');
    await page.screenshot({ path: top });
    expect(statSync(top).size).toBeGreaterThan(10_000);
  });

  it('draws the final burst once the run ends', async () => {
    engine.release();
    await page.locator('[data-testid="verdict"][data-phase="finished"]').waitFor(WAIT);
    await x1().locator('figure[data-live="false"]').waitFor(WAIT);
    const chart = x1().getByRole('img');
    expect(await chart.getAttribute('aria-label')).toBe(
      `${EXTRA_TEXT.qualityLabel}: median 52 ms, 95th percentile 56 ms, jitter 2.4 ms, 3 of 150 packets lost (2%), 1 out of order, estimated MOS 4.2 of 5`,
    );
    // The chart is drawn, not empty: its line spans the plot from left to right.
    const box = await chart.locator('.quality-line').boundingBox();
    const frame = await chart.boundingBox();
    expect(box!.width).toBeGreaterThan(frame!.width * 0.7);
    await shoot('extras-chart-final');
    // Windows high contrast: the line, the axis and the losses keep a system colour.
    await page.emulateMedia({ forcedColors: 'active' });
    await x1().scrollIntoViewIfNeeded();
    const forced = join(SCREENSHOTS, 'extras-chart-final-forced-colors.png');
    await page.screenshot({ path: forced });
    expect(statSync(forced).size).toBeGreaterThan(10_000);
    expect(await axeOn(page), 'axe: forced colours').toEqual([]);
    await page.emulateMedia({ forcedColors: 'none' });
    expect(pageErrors).toEqual([]);
  });
});
