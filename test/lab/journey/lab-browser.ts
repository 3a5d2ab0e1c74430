// The lab's Chromium harness: the built renderer in real Chromium, talking through the test
// bridge to main's own IPC handlers and the real engine running the default profile mapped
// into the lab. The bridge and the engine (bridge-main.ts) and Chromium all run inside the
// lab's client namespace, which has no route out; only Playwright's pipes to Chromium and
// the bridge's stdio cross into this process. The lab itself is the caller's (lab('up')).
import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { build } from 'esbuild';
import type { ConsoleMessage, Page } from 'playwright-core';
import { expect } from 'vitest';
import { CATALOGUES } from '../../../common/i18n';
import type { Language } from '../../../common/i18n/languages';
import type { RunEvent } from '../../../common/results/events';
import type { ResultDocument } from '../../../common/results/schema';
import { DEFAULT_SIZE } from '../../../main/app/window-state';
import type { Bridge } from '../../renderer/e2e/bridge-server';
import { measureFirstScreen } from '../../renderer/e2e/layout-probe';
import { launchChromium, type LaunchedChromium } from '../../support/chromium';
import { lab } from '../lab-control';
import { findScenarioRun, type ScenarioRun } from '../scenarios';
import { CLIENT_NS, CUSTOM_DOMAIN, REPO_ROOT } from '../topology';
import type { BridgeCommand, BridgeMainArgs } from './bridge-main';

export const RENDERER_DIR = join(REPO_ROOT, 'out/renderer');
const AXE_SOURCE = join(REPO_ROOT, 'node_modules/axe-core/axe.min.js');
/** The app's first window. */
export const FIRST_WINDOW = DEFAULT_SIZE;
/** A large monitor. */
export const WIDE_WINDOW = { width: 1440, height: 900 } as const;

export type BridgeSnapshot = Pick<Bridge, 'calls' | 'events' | 'copied' | 'notifications'>;

/** One axe-core violation, as much as a failure message needs. */
export interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: string[];
}

export interface LabBrowser {
  page: Page;
  /** Where "Save report…" writes, as if picked in the dialog. */
  reportDir: string;
  /** Errors the page threw or logged. */
  pageErrors: string[];
  /** The bridge's calls, events, copied texts and notifications so far. */
  snapshot(): Promise<BridgeSnapshot>;
  /** What the options panel's "system" means from now on (the workstation's proxy). */
  setSystemProxy(proxy: string | null): Promise<void>;
  /** `lab scenario ID`, and the scenario's --proxy as the system proxy. */
  scenario(id: string): Promise<ScenarioRun>;
  /** The lab's options (LAB_RUN_ARGS: legacy, China, the custom domain), through the panel. */
  applyLabOptions(): Promise<void>;
  /** Presses Run again and waits for that run's finished screen. */
  runAndWait(): Promise<ResultDocument>;
  /** Waits until the latest run has finished (not cancelled) and the page shows it. */
  waitForFinished(): Promise<ResultDocument>;
  /** axe-core on the page as it is now (WCAG 2.x A/AA and best practices). */
  axe(): Promise<AxeViolation[]>;
  close(): Promise<void>;
}

export interface LabBrowserOptions {
  viewport?: { width: number; height: number };
  timeoutMs?: number;
  deadlineMs?: number;
  /** The page's language (issue 19); English unless asked. */
  language?: Language;
}

const WAIT_MS = 60_000;

/** Omit over each member of a union. */
type WithoutId<T> = T extends unknown ? Omit<T, 'id'> : never;

/** The bridge's entry bundled (like lab.mjs bundles the lab), then started in CLIENT_NS. */
async function startBridgeProcess(args: BridgeMainArgs) {
  const here = import.meta.dirname;
  const outDir = join(REPO_ROOT, 'out/lab');
  mkdirSync(outDir, { recursive: true });
  const bundle = join(outDir, `journey-bridge-${process.pid}.cjs`);
  await build({
    entryPoints: [join(here, 'bridge-main.ts')],
    outfile: bundle,
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: 'node20',
    packages: 'external',
    logLevel: 'warning',
    // Paths in the modules are relative to their own folders, not to the bundle's.
    define: {
      __dirname: JSON.stringify(join(REPO_ROOT, 'test/lab')),
      'import.meta.dirname': JSON.stringify(join(REPO_ROOT, 'test/renderer/e2e')),
    },
  });
  const child: ChildProcessWithoutNullStreams = spawn(
    'ip',
    ['netns', 'exec', CLIENT_NS, process.execPath, bundle, JSON.stringify(args)],
    { stdio: 'pipe', cwd: REPO_ROOT },
  );
  let stderr = '';
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const lines = createInterface({ input: child.stdout });
  const waiting = new Map<number, (answer: Record<string, unknown>) => void>();
  let nextId = 1;
  const url = await new Promise<string>((resolve, reject) => {
    child.once('exit', (code) => reject(new Error(`lab bridge exited (${code}): ${stderr}`)));
    lines.once('line', (line) => resolve((JSON.parse(line) as { url: string }).url));
  });
  rmSync(bundle, { force: true });
  lines.on('line', (line) => {
    const answer = JSON.parse(line) as { id: number };
    waiting.get(answer.id)?.(answer);
    waiting.delete(answer.id);
  });
  const ask = <T>(call: WithoutId<BridgeCommand>) =>
    new Promise<T>((resolve) => {
      const id = nextId++;
      waiting.set(id, (answer) => resolve(answer as T));
      child.stdin.write(`${JSON.stringify({ ...call, id })}\n`);
    });
  return {
    url,
    ask,
    async close() {
      if (child.exitCode !== null) return;
      const exited = new Promise((resolve) => child.once('exit', resolve));
      child.stdin.write(`${JSON.stringify({ id: 0, command: 'close' })}\n`);
      const killer = setTimeout(() => child.kill('SIGKILL'), 5000);
      await exited;
      clearTimeout(killer);
    },
  };
}

/** axe-core's script, read on first use. */
let axeSource: string | undefined;

/** axe-core on a page as it is now (WCAG 2.x A/AA and best practices): the lab's and e2e's. */
export async function axeOn(page: Page): Promise<AxeViolation[]> {
  // Evaluated over the DevTools protocol, so the app's CSP (no inline script) does not apply.
  if (!(await page.evaluate(() => 'axe' in globalThis)))
    await page.evaluate((axeSource ??= readFileSync(AXE_SOURCE, 'utf8')));
  return page.evaluate(async () => {
    const run = (
      globalThis as unknown as {
        axe: {
          run(
            context: unknown,
            options: unknown,
          ): Promise<{
            violations: Array<{
              id: string;
              impact: string | null;
              help: string;
              nodes: Array<{ target: unknown[] }>;
            }>;
          }>;
        };
      }
    ).axe.run(globalThis as unknown as object, {
      runOnly: {
        type: 'tag',
        values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'],
      },
    });
    const { violations } = await run;
    return violations.map((v) => ({
      id: v.id,
      impact: v.impact,
      help: v.help,
      nodes: v.nodes.map((n) => n.target.join(' ')),
    }));
  });
}

export async function startLabBrowser({
  viewport = FIRST_WINDOW,
  timeoutMs = 2000,
  deadlineMs = 10_000,
  language = 'en',
}: LabBrowserOptions = {}): Promise<LabBrowser> {
  // The buttons and fields are found by the names the page speaks.
  const words = CATALOGUES[language].APP_TEXT;
  const reportDir = mkdtempSync(join(tmpdir(), 'nc-lab-journey-'));
  const bridge = await startBridgeProcess({
    rendererDir: RENDERER_DIR,
    reportDir,
    timeoutMs,
    deadlineMs,
    language,
  });
  let browser: LaunchedChromium;
  try {
    browser = await launchChromium(viewport, { namespace: CLIENT_NS });
  } catch (error) {
    await bridge.close();
    throw error;
  }
  const { page } = browser;
  const pageErrors: string[] = [];
  page.on('pageerror', (error) => pageErrors.push(error.message));
  page.on('console', (message: ConsoleMessage) => {
    if (message.type() === 'error') pageErrors.push(message.text());
  });
  await page.goto(bridge.url);

  const snapshot = () => bridge.ask<BridgeSnapshot>({ command: 'snapshot' });
  const setSystemProxy = async (proxy: string | null) => {
    await bridge.ask({ command: 'system-proxy', proxy });
  };

  const waitForFinished = async (): Promise<ResultDocument> => {
    const deadline = Date.now() + WAIT_MS;
    for (;;) {
      const { events } = await snapshot();
      const started = events.filter((e) => e.type === 'run-started').at(-1);
      const finished = events.find(
        (e): e is Extract<RunEvent, { type: 'run-finished' }> =>
          e.type === 'run-finished' && e.runId === started?.runId,
      );
      if (finished && !finished.cancelled) {
        await page
          .locator('[data-testid="verdict"][data-phase="finished"]')
          .waitFor({ timeout: WAIT_MS });
        return finished.result;
      }
      if (events.some((e) => e.type === 'run-failed' && e.runId === started?.runId))
        throw new Error('the run failed');
      if (Date.now() > deadline) throw new Error('no finished run within a minute');
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
  };

  const runAndWait = async () => {
    const before = (await snapshot()).events.filter((e) => e.type === 'run-started').length;
    await page.getByRole('button', { name: words.actions.runAgain, exact: true }).click();
    const deadline = Date.now() + WAIT_MS;
    while ((await snapshot()).events.filter((e) => e.type === 'run-started').length === before) {
      if (Date.now() > deadline) throw new Error('Run again started no run');
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    return waitForFinished();
  };

  const applyLabOptions = async () => {
    // Each switch re-runs at once; wait for each run so the next change is not queued behind.
    for (const label of [words.options.legacy, words.options.china]) {
      const box = page.getByRole('checkbox', { name: label, exact: true });
      if (!(await box.isChecked())) {
        await box.check();
        await waitForFinished();
      }
    }
    await page
      .getByRole('textbox', { name: words.options.domains, exact: true })
      .fill(CUSTOM_DOMAIN);
    await page.getByRole('button', { name: words.options.apply, exact: true }).click();
    await waitForFinished();
  };

  const axe = () => axeOn(page);

  return {
    page,
    reportDir,
    pageErrors,
    snapshot,
    setSystemProxy,
    async scenario(id) {
      const run = findScenarioRun(id);
      const extra = run.args.filter((_, i) => run.args[i - 1] !== '--proxy' && _ !== '--proxy');
      if (extra.length > 0) throw new Error(`${id}: the harness knows only --proxy, not ${extra}`);
      const proxyAt = run.args.indexOf('--proxy');
      lab('scenario', id);
      await setSystemProxy(proxyAt < 0 ? null : run.args[proxyAt + 1]!);
      return run;
    },
    applyLabOptions,
    runAndWait,
    waitForFinished,
    axe,
    async close() {
      await browser.close();
      await bridge.close();
      rmSync(reportDir, { recursive: true, force: true });
    },
  };
}

/** Where the lab journeys keep their screenshots (gitignored). */
export const JOURNEY_SCREENSHOTS = join(REPO_ROOT, 'test-output/lab-journey');

/**
 * A journey's start: the lab up on `open`, the page's first run finished, then the lab's
 * options set as every lab run has them (the scenarios' ground truth counts on them).
 */
export async function openLabJourney(options: LabBrowserOptions = {}): Promise<LabBrowser> {
  mkdirSync(JOURNEY_SCREENSHOTS, { recursive: true });
  lab('up');
  lab('scenario', 'open');
  const browser = await startLabBrowser(options);
  await browser.waitForFinished();
  await browser.applyLabOptions();
  return browser;
}

/** A journey's end: the browser and bridge closed, the lab down. */
export async function closeLabJourney(browser: LabBrowser | undefined): Promise<void> {
  await browser?.close();
  lab('down');
}

/** The first screen's layout assertion (issue 17): every box shown, none below the fold. */
export async function expectFirstScreenFits(page: Page, label: string): Promise<void> {
  const layout = await page.evaluate(measureFirstScreen);
  for (const box of layout.boxes) {
    expect(box.found, `${label}: ${box.name} is shown`).toBe(true);
    expect(box.top, `${label}: ${box.name}`).toBeGreaterThanOrEqual(0);
    expect(box.bottom, `${label}: ${box.name}`).toBeLessThanOrEqual(layout.viewportHeight);
  }
}
