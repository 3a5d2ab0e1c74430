// Issue 20, acceptance: the app's Keep checking in real Chromium through the test bridge, the
// bridge, the engine and Chromium inside the lab's client namespace (lab-browser.ts), while the
// lab's scenario switch plays IT changing the firewall. Keep checking goes on behind a host
// firewall (TeamLink only); the switch to `udp-blocked` opens SIP over TLS (rows listed, the
// verdict the same: no notification), the switch to `open` turns the verdict ready: every row
// that changed is listed with both states, the toggle switches itself off, and the bridge's
// stand-in for Electron's Notification holds exactly one call, the ready headline. Axe, the Tab
// order and a screenshot (test-output/lab-journey) with Keep checking on and a change listed.
import { statSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { APP_TEXT, KEEP_CHECKING_TEXT, VERDICT_HEADLINES } from '../../../common/i18n/en';
import { rowsToCheckAgain } from '../../../common/results/recheck';
import type { ResultDocument } from '../../../common/results/schema';
import { needs } from '../../support/tools';
import { LAB_TOOLS } from '../lab-control';
import { findScenarioRun } from '../scenarios';
import {
  closeLabJourney,
  FIRST_WINDOW,
  WIDE_WINDOW,
  JOURNEY_SCREENSHOTS,
  openLabJourney,
  type LabBrowser,
} from './lab-browser';

const t = KEEP_CHECKING_TEXT;
const WAIT_MS = 60_000;

/** Rows the ground truth of scenario `from` fails and that of `to` passes. */
function turnedGreen(from: string, to: string): string[] {
  const before = findScenarioRun(from).expect.rows;
  const after = findScenarioRun(to).expect.rows;
  return Object.keys(before).filter((id) => before[id] === 'fail' && after[id] === 'pass');
}

describe('Keep checking in the lab, in Chromium', needs(...LAB_TOOLS, 'chromium'), () => {
  let browser: LabBrowser | undefined;

  beforeAll(async () => {
    browser = await openLabJourney();
  }, 180_000);

  afterAll(() => closeLabJourney(browser), 60_000);

  it('re-checks while the firewall changes, lists the changes, notifies once when ready', async () => {
    const b = browser!;
    const { page } = b;
    const toggle = page.getByRole('checkbox', { name: t.toggle, exact: true });
    const lines = page.getByTestId('keep-checking-changes').locator('li');

    await b.scenario('host-firewall');
    const before = await b.runAndWait();
    expect(before.verdict.status).toBe('teamlink-only');
    const { calls: callsBefore, events: eventsBefore } = await b.snapshot();
    const plan = eventsBefore.filter((e) => e.type === 'run-started').at(-1)!.plan;
    await toggle.check();
    await expect(toggle.isChecked()).resolves.toBe(true);

    // IT opens SIP over TLS: those rows turn green, the verdict stays (no notification).
    await b.scenario('udp-blocked');
    const sipTls = turnedGreen('host-firewall', 'udp-blocked');
    expect(sipTls.length).toBeGreaterThan(0);
    await lines.nth(sipTls.length - 1).waitFor({ timeout: WAIT_MS });
    const firstLines = await lines.allInnerTexts();
    for (const id of sipTls)
      expect(firstLines).toContainEqual(expect.stringMatching(rowLine(id, 'Fail', 'Pass')));
    await expect(toggle.isChecked()).resolves.toBe(true);
    await expect(page.getByTestId('keep-checking-status').innerText()).resolves.toMatch(
      /^Last checked \d\d:\d\d:\d\d$/,
    );
    expect((await b.snapshot()).notifications).toEqual([]);

    // The page with Keep checking on and a change listed: calm, accessible, reachable by Tab.
    for (const size of [FIRST_WINDOW, WIDE_WINDOW]) {
      await page.setViewportSize(size);
      await page.locator('#keep-checking').scrollIntoViewIfNeeded();
      for (const colorScheme of ['light', 'dark'] as const) {
        await page.emulateMedia({ colorScheme });
        const path = join(
          JOURNEY_SCREENSHOTS,
          `keep-checking-on-${colorScheme}-${size.width}x${size.height}.png`,
        );
        await page.screenshot({ path });
        expect(statSync(path).size).toBeGreaterThan(10_000);
        expect(await b.axe(), `axe, Keep checking on, ${colorScheme}, ${size.width}`).toEqual([]);
      }
    }
    await page.setViewportSize(FIRST_WINDOW);
    await page.emulateMedia({ colorScheme: null });
    expect(await tabsTo(b, 'keep-checking'), 'Tab reaches the toggle').toBe(true);

    // IT opens UDP: the verdict turns ready, Keep checking says so and switches itself off.
    await b.scenario('open');
    await page
      .locator('#keep-checking:not(:checked)')
      .waitFor({ state: 'attached', timeout: WAIT_MS });
    await expect(page.getByTestId('keep-checking-status').innerText()).resolves.toBe(
      t.stoppedReady,
    );
    const snapshot = await b.snapshot();
    const last = snapshot.events.filter((e) => e.type === 'run-finished').at(-1)!;
    const ready: ResultDocument = last.result;
    expect(ready.verdict.status).toBe('ready');
    await expect(page.getByTestId('verdict').innerText()).resolves.toContain(
      VERDICT_HEADLINES.ready,
    );

    const all = await lines.allInnerTexts();
    expect(all[0]).toMatch(
      new RegExp(`^\\d\\d:\\d\\d:\\d\\d Verdict: ${VERDICT_HEADLINES.ready}$`),
    );
    const udp = turnedGreen('udp-blocked', 'open');
    expect(udp.length).toBeGreaterThan(0);
    for (const id of [...udp, ...sipTls])
      expect(all).toContainEqual(expect.stringMatching(rowLine(id, 'Fail', 'Pass')));

    // Exactly one notification, while it was on: the new verdict's headline under the app's name.
    expect(snapshot.notifications).toEqual([
      { title: APP_TEXT.appName, body: ready.diagnosis.headline },
    ]);
    expect(ready.diagnosis.headline).toBe(VERDICT_HEADLINES.ready);

    // Every round asked only for rows not passing before it, never the whole plan.
    const rounds = snapshot.calls.slice(callsBefore.length).filter((c) => c.method === 'rerun');
    expect(rounds.length).toBeGreaterThanOrEqual(2);
    const notPassing = rowsToCheckAgain(before.rows, plan.rows, { warnings: true });
    expect(notPassing.length).toBeLessThan(plan.rows.length);
    for (const round of rounds)
      for (const id of round.args[1] as string[]) expect(notPassing).toContain(id);
    // Stopped: no round after the ready one.
    await new Promise((resolve) => setTimeout(resolve, 12_000));
    const after = (await b.snapshot()).calls.filter((c) => c.method === 'rerun');
    expect(after.length).toBe(rounds.length);
    expect(b.pageErrors).toEqual([]);
  }, 240_000);
});

/** "14:02:31 2-2.3 Calls can be set up securely: Fail → Pass", for row `id`. */
function rowLine(id: string, before: string, after: string): RegExp {
  return new RegExp(`^\\d\\d:\\d\\d:\\d\\d ${id.replace(/\./g, '\\.')} .+: ${before} → ${after}$`);
}

/** From the page's first link, presses Tab until the element `id` has focus, or 60 presses. */
async function tabsTo(b: LabBrowser, id: string): Promise<boolean> {
  const { page } = b;
  await page.locator('.skip-links a').first().focus();
  for (let i = 0; i < 60; i += 1) {
    await page.keyboard.press('Tab');
    const focused = await page.evaluate(
      () =>
        (globalThis as unknown as { document: { activeElement: { id: string } | null } }).document
          .activeElement?.id ?? '',
    );
    if (focused === id) return true;
  }
  return false;
}
