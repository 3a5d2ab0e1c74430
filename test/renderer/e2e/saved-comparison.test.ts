// Issue 20, "The app can open a saved JSON report and show it beside the current run": the
// built renderer in headless Chromium, main's own handlers and the real engine behind the test
// bridge, against servers on 127.0.0.1 (test-network.ts). The first run finds SIP (2-2.2) and
// Apple push (4.1) closed; its JSON report is saved through the page; then their ports are
// opened, as IT would, and the check runs again. "Compare with a saved report…" opens the
// saved file (the bridge answers the dialog with it) and the panel shows both headlines and,
// by hand, "2-2.2 Calls can be set up: Fail → Pass" and the push row "Recommended → Pass",
// not 2-2.3 (still refused). A file that is no JSON is one sentence. Axe in light and dark,
// and screenshots at the first window's size and a large monitor's (test-output/).
import { mkdirSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { APP_HELPDESK_TEXT, APP_TEXT, OPEN_SAVED_TEXT } from '../../../common/i18n/en';
import type { RunEvent } from '../../../common/results/events';
import { DEFAULT_SIZE } from '../../../main/app/window-state';
import { needs } from '../../support/tools';
import { axeOn } from '../../lab/journey/lab-browser';
import type { Bridge } from './bridge-server';
import { openLoopbackSession, type LoopbackSession } from './loopback-session';
import { ROWS, type TestNetwork } from './test-network';

const ROOT = resolve(import.meta.dirname, '../../..');
const SCREENSHOTS = join(ROOT, 'test-output/renderer-e2e');
const WAIT = { timeout: 20_000 };
const WIDE_SIZE = { width: 1440, height: 900 };
const t = OPEN_SAVED_TEXT;
/** The first run's diagnosis: SIP refused on both ports, TeamLink carries calls. */
const TEAMLINK_ONLY = 'Onsight will work here through TeamLink only';
/** By hand: the row's id, its plain title (ROW_WORDS), the status words before and after. */
const SIP_OPENED = `${ROWS.sipRefused} Calls can be set up: Fail → Pass`;
const PUSH_OPENED = `${ROWS.push} iPhones and iPads here get call notifications: Recommended → Pass`;

describe(
  'Compare with a saved report, in Chromium',
  needs('chromium', 'turnserver', 'openssl'),
  () => {
    let session: LoopbackSession | undefined;
    let network: TestNetwork;
    let bridge: Bridge;
    let page: Page;
    let pageErrors: string[] = [];
    let reportDir = '';
    /** What the open dialog answers next: the test "picks" a file. */
    let pick: string | null = null;

    beforeAll(async () => {
      session = await openLoopbackSession({
        name: 'compare',
        timeoutMs: 3000,
        deadlineMs: 20_000,
        openFile: () => pick,
      });
      ({ network, bridge, page, pageErrors, reportDir } = session);
      network.gate.release();
    }, 60_000);

    afterAll(() => session?.close());

    const finishedRuns = () =>
      bridge.events.filter(
        (e): e is Extract<RunEvent, { type: 'run-finished' }> => e.type === 'run-finished',
      );
    const compare = () => page.getByRole('button', { name: t.open });
    const panel = () => page.getByRole('region', { name: t.heading });

    it('saves the JSON report of a run where SIP and push are closed', async () => {
      await page.goto(bridge.url);
      await page.getByTestId('verdict').locator('h1', { hasText: TEAMLINK_ONLY }).waitFor(WAIT);
      expect(await page.locator(`tr[data-row-id="${ROWS.sipRefused}"].row-fail`).count()).toBe(1);
      await page.getByLabel(APP_HELPDESK_TEXT.save.format).selectOption('json');
      await page.getByRole('button', { name: APP_HELPDESK_TEXT.save.save }).click();
      await expect.poll(() => readdirSync(reportDir).length, WAIT).toBe(1);
      pick = join(reportDir, readdirSync(reportDir)[0]!);
    });

    it('shows the saved report beside the run after IT opened the ports', async () => {
      await network.openSipPort();
      await network.openPushPort();
      await page.getByRole('button', { name: APP_TEXT.actions.runAgain }).click();
      await expect.poll(() => finishedRuns().length, WAIT).toBe(2);
      await page.locator(`tr[data-row-id="${ROWS.sipRefused}"].row-pass`).waitFor(WAIT);
      const now = finishedRuns()[1]!.result;
      expect(now.rows.find((r) => r.id === ROWS.sipTlsRefused)?.status).toBe('fail');

      await compare().click();
      await panel().waitFor(WAIT);
      const lines = await panel().getByTestId('comparison-changes').locator('li').allInnerTexts();
      expect(lines).toEqual([SIP_OPENED, PUSH_OPENED]);
      const [saved, current] = await panel().getByTestId('comparison-side').allInnerTexts();
      expect(saved).toContain(t.savedLabel);
      expect(saved).toContain(pick!.slice(reportDir.length + 1));
      expect(saved).toMatch(/Run started \w+ \d+, \d{4} at \d+:\d\d [AP]M UTC/);
      expect(saved).toContain(TEAMLINK_ONLY);
      expect(current).toContain(t.currentLabel);
      expect(current).toContain(now.diagnosis.headline);
      // Focus went to the panel's heading; the count was read out.
      await expect(
        page.evaluate(() => {
          const focused = (
            globalThis as unknown as {
              document: { activeElement: { textContent: string; tagName: string } };
            }
          ).document.activeElement;
          return `${focused.tagName} ${focused.textContent}`;
        }),
      ).resolves.toBe(`H2 ${t.heading}`);
      await expect(page.getByTestId('announcer').innerText()).resolves.toContain(
        `${t.heading}: 2 rows changed:`,
      );
      expect(pageErrors).toEqual([]);
    });

    it('is accessible and fits, light and dark, at the first window and a large monitor', async () => {
      mkdirSync(SCREENSHOTS, { recursive: true });
      for (const size of [DEFAULT_SIZE, WIDE_SIZE]) {
        await page.setViewportSize(size);
        for (const colorScheme of ['light', 'dark'] as const) {
          await page.emulateMedia({ colorScheme });
          await panel().scrollIntoViewIfNeeded();
          const path = join(
            SCREENSHOTS,
            `saved-comparison-${colorScheme}-${size.width}x${size.height}.png`,
          );
          await page.screenshot({ path });
          expect(statSync(path).size).toBeGreaterThan(10_000);
          expect(await axeOn(page), `axe, ${colorScheme}, ${size.width}`).toEqual([]);
          // Nothing of the panel runs out sideways.
          const box = await panel().boundingBox();
          expect(box!.x + box!.width).toBeLessThanOrEqual(size.width);
        }
      }
      await page.setViewportSize(DEFAULT_SIZE);
      await page.emulateMedia({ colorScheme: null });
    });

    it('says in one sentence when the file is not a report, and closes back to its button', async () => {
      pick = join(reportDir, 'notes.json');
      writeFileSync(pick, 'firewall changed at 14:00, see ticket 4711\n');
      await compare().click();
      await expect(page.getByTestId('comparison-error').innerText()).resolves.toBe(
        t.errors.notJson('notes.json', APP_HELPDESK_TEXT.save.formats.json),
      );
      expect(await panel().getByTestId('comparison-side').count()).toBe(0);
      await panel().getByRole('button', { name: t.close }).click();
      expect(await page.getByTestId('comparison').count()).toBe(0);
      await expect(
        page.evaluate(
          () =>
            (globalThis as unknown as { document: { activeElement: { textContent: string } } })
              .document.activeElement.textContent,
        ),
      ).resolves.toBe(t.open);
      // Cancelled: nothing opens.
      pick = null;
      await compare().click();
      await expect
        .poll(() => bridge.calls.filter((c) => c.method === 'openSavedResult').length)
        .toBe(3);
      expect(await page.getByTestId('comparison').count()).toBe(0);
      expect(pageErrors).toEqual([]);
    });
  },
);
