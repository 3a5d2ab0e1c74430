// Issue 19, acceptance: the lab's Chromium journey in German (the longest words) and Japanese
// (CJK), at the app's first window (1100x760), as chromium-journey.test.ts runs it in English:
// the default profile mapped into the lab, the bridge, the engine and Chromium inside the
// client namespace. Each scenario's rows and verdict against the hand-written ground truth; the
// page in the language (its lang, the diagnosis and what a screen reader hears); the first
// screen's layout; axe-core with no violation, light and dark; PNGs under
// test-output/lab-journey to look at. Boxes instead of characters are a failure: the fonts
// Chromium drew the Japanese headline with are asked over the DevTools protocol, and must be
// a CJK font (fonts-noto-cjk, in .ci/run's packages).
import { statSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CATALOGUES, inLanguage } from '../../../common/i18n';
import type { Language } from '../../../common/i18n/languages';
import { rowTitle } from '../../../common/i18n/row-words';
import { isProblemRow } from '../../../common/reports/presented-status';
import { localised } from '../../../common/results/assemble';
import { defaultProfile } from '../../../main/engine/profile-loader';
import { needs } from '../../support/tools';
import { compareWithGroundTruth } from '../compare';
import { LAB_TOOLS } from '../lab-control';
import {
  closeLabJourney,
  expectFirstScreenFits,
  FIRST_WINDOW,
  JOURNEY_SCREENSHOTS,
  openLabJourney,
  type LabBrowser,
} from './lab-browser';

/** A network that works, one where calls go through TeamLink only, and one behind a proxy. */
const SCENARIOS = ['open', 'udp-blocked', 'proxy-only'];
const LANGUAGES: Language[] = ['de', 'ja'];
const { profile } = defaultProfile();

/** The fonts Chromium drew an element's text with (CSS.getPlatformFontsForNode). */
async function fontsDrawing(page: Page, selector: string): Promise<string[]> {
  const cdp = await page.context().newCDPSession(page);
  try {
    await cdp.send('DOM.enable');
    await cdp.send('CSS.enable');
    const { root } = await cdp.send('DOM.getDocument', { depth: -1 });
    const { nodeId } = await cdp.send('DOM.querySelector', { nodeId: root.nodeId, selector });
    const { fonts } = await cdp.send('CSS.getPlatformFontsForNode', { nodeId });
    return fonts.filter((font) => font.glyphCount > 0).map((font) => font.familyName);
  } finally {
    await cdp.detach();
  }
}

for (const language of LANGUAGES) {
  describe(`the lab in Chromium, in ${language}`, needs(...LAB_TOOLS, 'chromium'), () => {
    let browser: LabBrowser | undefined;
    const words = CATALOGUES[language];

    beforeAll(async () => {
      browser = await openLabJourney({ language });
    }, 180_000);

    afterAll(() => closeLabJourney(browser), 60_000);

    it('speaks the language: the page says it, and its buttons are named in it', async () => {
      const page = browser!.page;
      const lang = await page.evaluate(
        () =>
          (globalThis as unknown as { document: { documentElement: { lang: string } } }).document
            .documentElement.lang,
      );
      expect(lang).toBe(language);
      const run = page.getByRole('button', { name: words.APP_TEXT.actions.runAgain, exact: true });
      await expect(run.count()).resolves.toBe(1);
    });

    for (const name of SCENARIOS) {
      it(
        name,
        async () => {
          const b = browser!;
          const run = await b.scenario(name);
          const result = await b.runAndWait();
          const { table, mismatches } = compareWithGroundTruth(run, result);
          expect(mismatches, table).toEqual([]);

          // The record stays English; the page shows its diagnosis in the language.
          const shown = inLanguage(language, () => localised(result, profile));
          expect(shown.diagnosis.headline).not.toBe(result.diagnosis.headline);
          await expect(b.page.getByTestId('verdict').innerText()).resolves.toContain(
            shown.diagnosis.headline,
          );
          const problems = result.rows.filter((row) => row.enabled && isProblemRow(row));
          const heard = await b.page.getByTestId('announcer').locator('p').allInnerTexts();
          expect(heard).toEqual(
            inLanguage(language, () => [
              words.APP_TEXT.announce.verdict(shown.diagnosis.headline, shown.diagnosis.reason),
              words.SCREEN_TEXT.announce.problems(problems.map(rowTitle)),
            ]),
          );

          for (const colorScheme of ['light', 'dark'] as const) {
            await b.page.emulateMedia({ colorScheme });
            const path = join(
              JOURNEY_SCREENSHOTS,
              `${language}-${name}-${colorScheme}-${FIRST_WINDOW.width}x${FIRST_WINDOW.height}.png`,
            );
            await b.page.screenshot({ path });
            expect(statSync(path).size).toBeGreaterThan(10_000);
            expect(await b.axe(), `axe: ${language}, ${name}, ${colorScheme}`).toEqual([]);
          }
          await b.page.emulateMedia({ colorScheme: null });
          await expectFirstScreenFits(b.page, `${language}, ${name}`);
          if (language === 'ja')
            expect(await fontsDrawing(b.page, '[data-testid="verdict"] h1')).toContainEqual(
              expect.stringMatching(/CJK/),
            );
          if ((await b.page.getByRole('dialog').count()) > 0) await b.page.keyboard.press('Escape');
          expect(b.pageErrors).toEqual([]);
        },
        90_000,
      );
    }
  });
}
