// Issue 19, acceptance: a bilingual HTML report rendered in headless Chromium. The report in
// German with its English copy below: both languages present and marked (lang), the same rows
// with the same statuses in both, each in its own words, and the copy's ids apart from the
// first part's. The result: secure SIP (row 2-2.3) refused, everything else open.
import { mkdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CATALOGUES, inLanguage } from '../../../common/i18n';
import { htmlReport } from '../../../common/reports/html';
import { presentedStatus, presentedStatusWord } from '../../../common/reports/presented-status';
import { launchChromium, type LaunchedChromium } from '../../support/chromium';
import { needs } from '../../support/tools';
import { buildResult, loaded } from '../../unit/helpdesk/result-builder';

const SCREENSHOTS = join(__dirname, '../../../test-output/reports');
const result = buildResult({ answers: { '2-2.3': { outcome: 'refused' } } });
const report = (englishCopy: boolean) =>
  inLanguage('de', () =>
    htmlReport({ result, profile: loaded.profile, includeComputerDetails: false, englishCopy }),
  );

/** Each row of the checks tables under `scope`: its id and the status word shown. */
interface ShownRow {
  id: string;
  status: string;
}

describe('a bilingual HTML report in Chromium', needs('chromium'), () => {
  let browser: LaunchedChromium | undefined;

  beforeAll(async () => {
    browser = await launchChromium({ width: 1100, height: 760 });
    await browser.page.setContent(report(true));
  }, 60_000);

  afterAll(async () => {
    await browser?.close();
  });

  const rowsUnder = (selector: string) =>
    browser!.page.$$eval(`${selector} td.id`, (cells) =>
      cells.map((cell) => ({
        // The id itself, without its coverage mark (issue 20).
        id: cell.firstChild?.textContent ?? '',
        status: cell.parentElement?.querySelector('td.status')?.textContent ?? '',
      })),
    );

  it('is in German first, with an English copy marked as English below it', async () => {
    const page = browser!.page;
    expect(await page.getAttribute('html', 'lang')).toBe('de');
    expect(await page.getAttribute('section.english-copy', 'lang')).toBe('en');
    expect(await page.locator('h1').count()).toBe(2);
    expect(await page.locator('section.english-copy h1').count()).toBe(1);
    const heading = await page.locator('#english-copy').innerText();
    expect(heading).toBe(CATALOGUES.de.LANGUAGE_TEXT.englishCopy);
  });

  it('gives the diagnosis in both languages', async () => {
    const body = await browser!.page.locator('body').innerText();
    const headline = (language: 'de' | 'en') =>
      CATALOGUES[language].DIAGNOSIS_TEXT.causes['direct-blocked']('teamlink-only').headline;
    expect(result.verdict.status).toBe('teamlink-only');
    expect(body).toContain(headline('de'));
    expect(body).toContain(headline('en'));
  });

  it('shows the same rows with the same statuses in both, each in its words', async () => {
    const all: ShownRow[] = await rowsUnder('body');
    const english: ShownRow[] = await rowsUnder('section.english-copy');
    const german = all.slice(0, all.length - english.length);
    const expected = (language: 'de' | 'en') =>
      // Every row of the result, none left out of either part.
      result.rows.map((row) => ({
        id: row.id,
        status: inLanguage(language, () => presentedStatusWord(presentedStatus(row))),
      }));
    expect(german.map((row) => row.id)).toEqual(english.map((row) => row.id));
    expect(german.length).toBeGreaterThan(15);
    // The refused row fails in both; an open one passes in both.
    expect(german.find((row) => row.id === '2-2.3')?.status).toBe(
      CATALOGUES.de.ROW_STATUS_WORDS.fail,
    );
    expect(english.find((row) => row.id === '2-2.3')?.status).toBe(
      CATALOGUES.en.ROW_STATUS_WORDS.fail,
    );
    expect(german.find((row) => row.id === '2-1.1')?.status).toBe(
      CATALOGUES.de.ROW_STATUS_WORDS.pass,
    );
    expect(german).toEqual(expected('de'));
    expect(english).toEqual(expected('en'));
  });

  it('keeps the ids of the copy apart (no id twice in the page)', async () => {
    const ids = await browser!.page.$$eval('[id]', (elements) => elements.map((e) => e.id));
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('is one language only when the copy is turned off', async () => {
    const page = browser!.page;
    mkdirSync(SCREENSHOTS, { recursive: true });
    const path = join(SCREENSHOTS, 'bilingual-de.png');
    await page.screenshot({ path, fullPage: true });
    expect(statSync(path).size).toBeGreaterThan(10_000);
    await page.setContent(report(false));
    expect(await page.locator('section.english-copy').count()).toBe(0);
    expect(await page.locator('h1').count()).toBe(1);
  });
});
