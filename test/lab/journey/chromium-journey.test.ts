// Issue 17, acceptance: the renderer in real Chromium, with the real engine and the default
// profile mapped into the lab; the bridge, the engine and Chromium all inside the lab's client
// namespace (lab-browser.ts). Every scenario is run from the page: its rows and verdict
// against the hand-written ground truth, a PNG of its finished screen at the first window size
// (light and dark) under test-output/lab-journey, axe-core on each (0 violations), the first
// screen's layout, and what a screen reader hears. Then the keyboard, forced colours and a
// large monitor.
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { APP_HELPDESK_TEXT, APP_TEXT, SCREEN_TEXT } from '../../../common/i18n/en';
import { rowTitle } from '../../../common/i18n/row-words';
import { isProblemRow } from '../../../common/reports/presented-status';
import { needs } from '../../support/tools';
import { compareWithGroundTruth } from '../compare';
import { scenarioNames } from '../scenarios';
import { CLIENT_NS } from '../topology';
import { LAB_TOOLS } from '../lab-control';
import {
  closeLabJourney,
  expectFirstScreenFits,
  FIRST_WINDOW,
  JOURNEY_SCREENSHOTS,
  openLabJourney,
  WIDE_WINDOW,
  type LabBrowser,
} from './lab-browser';

const SCREENSHOTS = JOURNEY_SCREENSHOTS;
/** The bound: from the top of the page to Save report through the skip links. */
const MAX_PRESSES_TO_SAVE = 8;

describe('the lab in Chromium', needs(...LAB_TOOLS, 'chromium'), () => {
  let browser: LabBrowser | undefined;

  beforeAll(async () => {
    browser = await openLabJourney();
  }, 180_000);

  afterAll(() => closeLabJourney(browser), 60_000);

  const firstScreenFits = (label: string) => expectFirstScreenFits(browser!.page, label);

  it('runs Chromium and the bridge inside the client namespace', () => {
    const inLab = execFileSync('ip', ['netns', 'pids', CLIENT_NS])
      .toString()
      .split('\n')
      .filter(Boolean)
      .map((pid) => readFileSync(`/proc/${pid}/comm`, 'utf8').trim());
    expect(inLab).toContain('chromium');
    expect(inLab).toContain('node');
  });

  // One run per scenario: its first variant (lab.test.ts covers both).
  for (const name of scenarioNames()) {
    it(
      name,
      async () => {
        const b = browser!;
        const run = await b.scenario(name);
        const result = await b.runAndWait();
        const { table, mismatches } = compareWithGroundTruth(run, result);
        expect(mismatches, table).toEqual([]);

        for (const colorScheme of ['light', 'dark'] as const) {
          await b.page.emulateMedia({ colorScheme });
          const path = join(SCREENSHOTS, `${name}-${colorScheme}.png`);
          await b.page.screenshot({ path });
          expect(statSync(path).size).toBeGreaterThan(10_000);
          // The whole page as well, to look at; the first screen is the one that must answer.
          if (colorScheme === 'light')
            await b.page.screenshot({
              path: join(SCREENSHOTS, `${name}-full.png`),
              fullPage: true,
            });
          expect(await b.axe(), `axe: ${name}, ${colorScheme}`).toEqual([]);
        }
        await b.page.emulateMedia({ colorScheme: null });
        await firstScreenFits(name);

        // A screen reader hears the verdict first, then one summary of the problems.
        const heard = await b.page.getByTestId('announcer').locator('p').allInnerTexts();
        const problems = result.rows.filter((row) => row.enabled && isProblemRow(row));
        expect(heard).toEqual([
          APP_TEXT.announce.verdict(result.diagnosis.headline, result.diagnosis.reason),
          SCREEN_TEXT.announce.problems(problems.map(rowTitle)),
        ]);
        // A finished run knows whether STUN saw a public address.
        expect(await b.page.locator('.host').innerText()).not.toContain(APP_TEXT.host.notYet);
        // proxy-auth opens the sign-in dialog (proxy-sign-in-journey.test.ts signs in): cancel
        // it, or the page behind stays inert for the next scenario.
        if ((await b.page.getByRole('dialog').count()) > 0) await b.page.keyboard.press('Escape');
        expect(b.pageErrors).toEqual([]);
      },
      90_000,
    );
  }

  it("has no axe violation with a row's Details open, light and dark", async () => {
    const b = browser!;
    const details = b.page.locator('tr.row .disclosure').first();
    await details.click();
    for (const colorScheme of ['light', 'dark'] as const) {
      await b.page.emulateMedia({ colorScheme });
      expect(await b.axe(), `axe, Details open, ${colorScheme}`).toEqual([]);
    }
    await b.page.emulateMedia({ colorScheme: null });
    await details.click();
  });

  it(`reaches Save report from the top in at most ${MAX_PRESSES_TO_SAVE} presses`, async () => {
    const { page, reportDir } = browser!;
    // The top: the page scrolled up and the focus starting point at its first pixel (a click
    // there, as a person would; the corner above the header is plain page).
    await page.evaluate(() =>
      (globalThis as unknown as { scrollTo(x: number, y: number): void }).scrollTo(0, 0),
    );
    await page.mouse.click(2, 2);
    const presses = ['Tab', 'Tab', 'Tab', 'Enter', 'Tab', 'Tab', 'Tab'];
    const path: string[] = [];
    for (const key of presses) {
      await page.keyboard.press(key);
      path.push(
        await page.evaluate(() => {
          const active = (
            globalThis as unknown as {
              document: { activeElement: { tagName: string; textContent: string | null } | null };
            }
          ).document.activeElement;
          return `${active?.tagName}: ${(active?.textContent ?? '').slice(0, 30)}`;
        }),
      );
    }
    expect(presses.length).toBeLessThanOrEqual(MAX_PRESSES_TO_SAVE);
    const save = page.getByRole('button', { name: APP_HELPDESK_TEXT.save.save, exact: true });
    expect(await save.evaluate((element) => element === element.ownerDocument.activeElement)).toBe(
      true,
    );
    // And it saves: the report lands where the dialog would have put it.
    const before = readdirSync(reportDir).length;
    await page.keyboard.press('Enter');
    await expect.poll(() => readdirSync(reportDir).length, { timeout: 20_000 }).toBe(before + 1);
  });

  it('keeps every status cue in forced colours (Windows high contrast)', async () => {
    const b = browser!;
    await b.page.emulateMedia({ forcedColors: 'active' });
    await b.page.evaluate(() =>
      (globalThis as unknown as { scrollTo(x: number, y: number): void }).scrollTo(0, 0),
    );
    const path = join(SCREENSHOTS, `${scenarioNames().at(-1)}-forced-colors.png`);
    await b.page.screenshot({ path });
    expect(statSync(path).size).toBeGreaterThan(10_000);
    // The verdict's badge and the status pills keep a border: not colour alone.
    const borders = await b.page.evaluate(() => {
      const doc = (
        globalThis as unknown as { document: { querySelectorAll(s: string): ArrayLike<unknown> } }
      ).document;
      const style = (element: unknown) =>
        (
          globalThis as unknown as { getComputedStyle(e: unknown): { borderTopStyle: string } }
        ).getComputedStyle(element).borderTopStyle;
      return Array.from(doc.querySelectorAll('.verdict-badge, .rows .pill')).map(style);
    });
    expect(borders.length).toBeGreaterThan(1);
    expect(borders.filter((border) => border === 'none')).toEqual([]);
    await b.page.emulateMedia({ forcedColors: 'none' });
  });

  it('fits the first screen on a large monitor (1440x900)', async () => {
    const b = browser!;
    await b.page.setViewportSize(WIDE_WINDOW);
    await b.page.evaluate(() =>
      (globalThis as unknown as { scrollTo(x: number, y: number): void }).scrollTo(0, 0),
    );
    const path = join(SCREENSHOTS, `${scenarioNames().at(-1)}-light-1440x900.png`);
    await b.page.emulateMedia({ colorScheme: 'light' });
    await b.page.screenshot({ path });
    expect(statSync(path).size).toBeGreaterThan(10_000);
    await firstScreenFits('1440x900');
    await b.page.setViewportSize(FIRST_WINDOW);
    await b.page.emulateMedia({ colorScheme: null });
  });
});
