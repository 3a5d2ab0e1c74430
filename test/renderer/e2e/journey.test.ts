// The built renderer in real headless Chromium, talking through a test bridge to main's own
// IPC handlers and the real engine, which checks servers this test started on 127.0.0.1 (issue
// 6, acceptance: the end-to-end test). The journey: rows go from "Checking" to their results,
// the verdict appears, "Re-run failed rows" re-runs only those rows, and "Cancel" stops a run.
import { mkdirSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  APP_HELPDESK_TEXT,
  APP_TEXT,
  ROW_STATUS_WORDS,
  SCREEN_TEXT,
} from '../../../common/i18n/en';
import type { DecodeResult, NetcheckApi } from '../../../common/ipc/contract';
import type { ResultDocument } from '../../../common/results/schema';
import type { RowStatus } from '../../../common/outcomes';
import type { RunEvent } from '../../../common/results/events';
import { DEFAULT_SIZE, MIN_SIZE } from '../../../main/app/window-state';
import { needs } from '../../support/tools';
import type { Bridge } from './bridge-server';
import { openLoopbackSession, type LoopbackSession } from './loopback-session';
import { measureFirstScreen, measureResultsLayout } from './layout-probe';
import { ROWS, type TestNetwork } from './test-network';

const ROOT = resolve(import.meta.dirname, '../../..');
const SCREENSHOTS = join(ROOT, 'test-output/renderer-e2e');
const WAIT = { timeout: 20_000 };
/** The diagnosis of the test network: SIP refused on both ports, TeamLink carries calls. */
const TEAMLINK_ONLY = 'Onsight will work here through TeamLink only';
/** A large monitor: wide enough for the panels beside the results. */
const WIDE_SIZE = { width: 1440, height: 900 };

describe('renderer journey in Chromium', needs('chromium', 'turnserver', 'openssl'), () => {
  let session: LoopbackSession | undefined;
  let network: TestNetwork;
  let bridge: Bridge;
  let page: Page;
  let pageErrors: string[] = [];
  let reportDir = '';

  beforeAll(async () => {
    // Long attempts: the gated row stays "Checking" until the test releases it or cancels.
    session = await openLoopbackSession({ name: 'journey', timeoutMs: 30_000, deadlineMs: 60_000 });
    ({ network, bridge, page, pageErrors, reportDir } = session);
  });

  afterAll(() => session?.close());

  const row = (id: string) => page.locator(`tr[data-row-id="${id}"]`);
  const waitForStatus = (id: string, status: RowStatus) =>
    page.locator(`tr[data-row-id="${id}"].row-${status}`).waitFor(WAIT);
  const statusWord = (id: string) => row(id).locator('td.row-status').innerText();
  /** The engine's one-line result: the tooltip of the row's plain result (issue 17). */
  const summary = async (id: string) =>
    (await row(id).locator('td.row-summary .summary-text').getAttribute('title')) ?? '';
  const plainResult = (id: string) => row(id).locator('td.row-summary').innerText();
  const headline = () => page.getByTestId('verdict').locator('h1').innerText();
  const waitForHeadline = (text: string) =>
    page.getByTestId('verdict').locator('h1', { hasText: text }).waitFor(WAIT);
  const runsStarted = () =>
    bridge.events.filter(
      (e): e is Extract<RunEvent, { type: 'run-started' }> => e.type === 'run-started',
    );
  const finishedRun = (runId: string) =>
    bridge.events.find(
      (e): e is Extract<RunEvent, { type: 'run-finished' }> =>
        e.type === 'run-finished' && e.runId === runId,
    );

  it('shows rows checking, then their results, then the verdict', async () => {
    await page.goto(bridge.url);
    // The TLS row waits behind the gate while the others answer at once.
    await waitForStatus(ROWS.gatedTls, 'running');
    expect(await statusWord(ROWS.gatedTls)).toContain(ROW_STATUS_WORDS.running);
    await waitForStatus(ROWS.https, 'pass');
    await waitForStatus(ROWS.stun, 'pass');
    await waitForStatus(ROWS.tcpOpen, 'pass');
    await waitForStatus(ROWS.sipRefused, 'fail');
    await waitForStatus(ROWS.sipTlsRefused, 'fail');
    await waitForStatus(ROWS.push, 'fail');
    // Still running: no verdict until the last row has answered.
    expect(await headline()).toBe(APP_TEXT.header.startingHeadline);
    const progress = page.getByTestId('verdict').locator('.progress-text');
    expect(await progress.innerText()).toContain(APP_TEXT.header.progress(6, 7));
    expect(await statusWord(ROWS.gatedTls)).toContain(ROW_STATUS_WORDS.running);
    expect(network.gate.waiting()).toBe(1);

    network.gate.release();
    await waitForStatus(ROWS.gatedTls, 'pass');
    await waitForHeadline(TEAMLINK_ONLY);
    // The code the person on site reads out: Crockford Base32 in groups of four.
    expect(await page.getByTestId('helpdesk-code').innerText()).toMatch(
      /^[0-9A-HJKMNP-TV-Z]{4}(-[0-9A-HJKMNP-TV-Z]{1,4})+$/,
    );

    expect(await statusWord(ROWS.https)).toContain(ROW_STATUS_WORDS.pass);
    expect(await statusWord(ROWS.sipRefused)).toContain(ROW_STATUS_WORDS.fail);
    // One-line results name what answered and what refused.
    expect(await summary(ROWS.https)).toMatch(/HTTPS answered "200 OK".*127\.0\.0\.1/);
    expect(await summary(ROWS.stun)).toContain('127.0.0.1');
    expect(await summary(ROWS.sipRefused)).toMatch(/refused/i);
    expect(await summary(ROWS.push)).toMatch(/refused/i);
    // On screen, plain words; an optional rule that failed is advice, not a red "Fail".
    expect(await plainResult(ROWS.sipRefused)).toBe('Blocked: the connection was refused');
    expect(await plainResult(ROWS.https)).toBe('Works');
    expect(await statusWord(ROWS.push)).toContain(SCREEN_TEXT.recommendedWord);
    expect(await row(ROWS.push).getAttribute('class')).toContain('row-fail');
    const reason = await page.getByTestId('verdict').locator('.reason').innerText();
    expect(reason).toContain(`${ROWS.sipRefused}, ${ROWS.sipTlsRefused}`);
    expect(await page.getByText(ROW_STATUS_WORDS.running, { exact: true }).count()).toBe(0);

    expect(runsStarted()).toHaveLength(1);
    expect(bridge.calls.map((c) => c.method)).toContain('ready');
    expect(pageErrors).toEqual([]);
  });

  it('re-runs only the failed rows when "Re-run failed rows" is pressed', async () => {
    const firstRun = runsStarted()[0]!.runId;
    const httpsSummary = await summary(ROWS.https);
    const callsBefore = bridge.calls.length;
    // Whoever fixes the firewall between runs: row 4.1's port now answers.
    await network.openPushPort();

    await page.getByRole('button', { name: APP_TEXT.actions.rerunFailed }).click();
    await expect.poll(() => runsStarted().length, WAIT).toBe(2);
    const rerun = runsStarted()[1]!;
    await expect.poll(() => finishedRun(rerun.runId)?.cancelled, WAIT).toBe(false);
    await waitForStatus(ROWS.push, 'pass');
    await waitForHeadline(TEAMLINK_ONLY);

    const failed = [ROWS.sipRefused, ROWS.sipTlsRefused, ROWS.push];
    const calls = bridge.calls.slice(callsBefore);
    expect(calls.filter((c) => c.method === 'rerun').map((c) => c.args)).toEqual([
      [firstRun, failed],
    ]);
    expect(calls.some((c) => c.method === 'start')).toBe(false);
    // The engine planned the other rows as left out and probed only the failed ones.
    const enabled = rerun.plan.rows.filter((r) => r.enabled).map((r) => r.id);
    expect(enabled).toEqual(failed);
    const probed = new Set(
      bridge.events
        .filter((e) => e.type === 'probe-started' && e.runId === rerun.runId)
        .map((e) => (e as Extract<RunEvent, { type: 'probe-started' }>).rowId),
    );
    expect([...probed].sort()).toEqual([...failed].sort());

    // On screen: the rows not re-run keep their answers, the re-run rows have new ones.
    expect(await summary(ROWS.https)).toBe(httpsSummary);
    expect(await statusWord(ROWS.https)).toContain(ROW_STATUS_WORDS.pass);
    expect(await statusWord(ROWS.sipRefused)).toContain(ROW_STATUS_WORDS.fail);
    expect(await statusWord(ROWS.push)).toContain(ROW_STATUS_WORDS.pass);
    expect(await summary(ROWS.push)).not.toMatch(/refused/i);

    // One merged result: the screen, a saved report and the decoded code tell the same story.
    const code = await page.getByTestId('helpdesk-code').innerText();
    expect(code).toMatch(/^[0-9A-HJKMNP-TV-Z]{4}(-[0-9A-HJKMNP-TV-Z]{1,4})+$/);
    await page.getByLabel(APP_HELPDESK_TEXT.save.format).selectOption('json');
    await page.getByRole('button', { name: APP_HELPDESK_TEXT.save.save }).click();
    await expect.poll(() => readdirSync(reportDir).length, WAIT).toBe(1);
    const saved = JSON.parse(
      readFileSync(join(reportDir, readdirSync(reportDir)[0]!), 'utf8'),
    ) as ResultDocument;
    expect(saved.helpdeskCode).toBe(code);
    expect(saved.diagnosis.headline).toBe(TEAMLINK_ONLY);
    expect(saved.rows.find((r) => r.id === ROWS.push)?.status).toBe('pass');
    const decoded = (await page.evaluate(
      (typed) => (globalThis as unknown as { netcheck: NetcheckApi }).netcheck.decode(typed),
      code,
    )) as DecodeResult;
    expect(decoded.ok && decoded.decoded.diagnosis).toEqual(saved.diagnosis);
    await page.getByLabel(APP_HELPDESK_TEXT.save.format).selectOption('html');
  });

  it('fits the results table in its column, one-line results, at the smallest, default and a wide window', async () => {
    for (const size of [MIN_SIZE, DEFAULT_SIZE, WIDE_SIZE]) {
      await page.setViewportSize(size);
      const layout = await page.evaluate(measureResultsLayout);
      expect(layout, `${size.width}x${size.height}`).toMatchObject({
        sideways: 0,
        clipped: 0,
        sideBeside: size.width >= 1280,
      });
      expect(layout.resultWidth).toBeGreaterThan(220);
      // Issue 17: the verdict, the next step, the code, Run again and Send to IT in view.
      const first = await page.evaluate(measureFirstScreen);
      for (const box of first.boxes)
        expect(box.found && box.bottom <= first.viewportHeight, `${size.width}: ${box.name}`).toBe(
          true,
        );
      expect(layout.tallestResult).toBeLessThanOrEqual(2.05);
    }
    // The HTTPS row's long certificate story is the tooltip of its plain result.
    const https = row(ROWS.https).locator('.summary-text');
    expect(await https.getAttribute('title')).toMatch(/HTTPS answered "200 OK".*127\.0\.0\.1/);
    await page.setViewportSize(DEFAULT_SIZE);
  });

  it('saves screenshots of the finished screen: light, dark, the smallest and a wide window', async () => {
    mkdirSync(SCREENSHOTS, { recursive: true });
    for (const colorScheme of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme });
      const path = join(SCREENSHOTS, `finished-${colorScheme}.png`);
      await page.screenshot({ path, fullPage: true });
      expect(statSync(path).size).toBeGreaterThan(10_000);
    }
    // The smallest window the app allows: the side panel moves under the table.
    await page.setViewportSize(MIN_SIZE);
    await page.emulateMedia({ colorScheme: 'light' });
    const path = join(SCREENSHOTS, 'finished-light-min-size.png');
    await page.screenshot({ path, fullPage: true });
    expect(statSync(path).size).toBeGreaterThan(10_000);
    // A large monitor: the panels beside the results.
    await page.setViewportSize(WIDE_SIZE);
    const widePath = join(SCREENSHOTS, 'finished-light-wide.png');
    await page.screenshot({ path: widePath, fullPage: true });
    expect(statSync(widePath).size).toBeGreaterThan(10_000);
    await page.setViewportSize(DEFAULT_SIZE);
    await page.emulateMedia({ colorScheme: null });
  });

  it('copies a short summary: verdict, problem rows and the change request', async () => {
    const copy = page.getByRole('button', { name: APP_HELPDESK_TEXT.save.copySummary });
    await copy.click();
    await page.getByRole('button', { name: APP_HELPDESK_TEXT.save.summaryCopied }).waitFor(WAIT);
    const text = bridge.copied.at(-1) ?? '';
    expect(text).toContain(TEAMLINK_ONLY);
    expect(text).toMatch(
      new RegExp(`^${ROWS.sipRefused.replace('.', '\\.')} Fail: .*refused`, 'm'),
    );
    expect(text).toMatch(/^ {2}- Allow outbound TCP \d+ \(SIP\) to 127\.0\.0\.1/m);
    expect(text).not.toMatch(new RegExp(`^${ROWS.https.replace('.', '\\.')} `, 'm'));
  });

  it('stops a run when "Cancel" is pressed', async () => {
    network.gate.hold();
    const runsBefore = runsStarted().length;
    await page.getByRole('button', { name: APP_TEXT.actions.runAgain }).click();
    await waitForStatus(ROWS.gatedTls, 'running');
    await expect.poll(() => runsStarted().length, WAIT).toBe(runsBefore + 1);
    const run = runsStarted()[runsBefore]!.runId;

    await page.getByRole('button', { name: APP_TEXT.actions.cancel }).click();
    await waitForHeadline(APP_TEXT.header.cancelledHeadline);
    await expect.poll(() => finishedRun(run)?.cancelled, WAIT).toBe(true);

    expect(bridge.calls.filter((c) => c.method === 'cancel').map((c) => c.args)).toEqual([[run]]);
    // The held TLS attempt was abandoned: its connection is closed, nothing is left checking.
    await expect.poll(() => network.gate.waiting(), WAIT).toBe(0);
    expect(await page.getByText(ROW_STATUS_WORDS.running, { exact: true }).count()).toBe(0);
    await expect
      .poll(() => page.getByRole('button', { name: APP_TEXT.actions.cancel }).count())
      .toBe(0);
    expect(pageErrors).toEqual([]);
  });
});
