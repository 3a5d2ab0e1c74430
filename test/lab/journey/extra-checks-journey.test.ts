// Issue 18, "Every face": table X in real Chromium, with the real engine and the default
// profile mapped into the lab (lab-browser.ts: the bridge, the engine and Chromium inside the
// lab's client namespace). The open scenario: the engine says verdict-ready before it ends,
// the page lists X.1-X.4 as the result has them, X.1 draws its burst when the row measured
// one, axe finds nothing in light and dark, and the longer test reaches the engine. PNGs of
// table X at the first window size and on a large monitor, light and dark, under
// test-output/lab-journey.
import { statSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { APP_TEXT, EXTRA_SCREEN_TEXT, EXTRA_TEXT, SCREEN_TEXT } from '../../../common/i18n/en';
import { rowTitle, tableTitle } from '../../../common/i18n/row-words';
import { EXTRA_TABLE } from '../../../common/profile/schema';
import {
  isProblemRow,
  plainResult,
  presentedStatus,
  presentedStatusWord,
} from '../../../common/reports/presented-status';
import type { RunEvent } from '../../../common/results/events';
import type { ResultDocument } from '../../../common/results/schema';
import { defaultProfile } from '../../../main/engine/profile-loader';
import { needs } from '../../support/tools';
import { LAB_TOOLS } from '../lab-control';
import {
  closeLabJourney,
  FIRST_WINDOW,
  JOURNEY_SCREENSHOTS,
  openLabJourney,
  WIDE_WINDOW,
  type LabBrowser,
} from './lab-browser';

const X_TABLE = defaultProfile().profile.tables.find((table) => table.id === EXTRA_TABLE)!;
/** The words of a row's status pill, as results-table.tsx shows it. */
const pillWords = (row: ResultDocument['rows'][number]) =>
  presentedStatusWord(presentedStatus(row));

describe('table X in Chromium (issue 18)', needs(...LAB_TOOLS, 'chromium'), () => {
  let browser: LabBrowser | undefined;
  let result: ResultDocument | undefined;

  beforeAll(async () => {
    browser = await openLabJourney();
    await browser.scenario('open');
    result = await browser.runAndWait();
  }, 240_000);

  afterAll(() => closeLabJourney(browser), 60_000);

  const section = () => browser!.page.getByRole('region', { name: tableTitle(X_TABLE) });

  it('sends verdict-ready before run-finished, with the verdict the run ends with', async () => {
    const { events } = await browser!.snapshot();
    const runId = events.filter((e) => e.type === 'run-started').at(-1)!.runId;
    const ofRun = events.filter((e) => e.runId === runId);
    const ready = ofRun.findIndex((e) => e.type === 'verdict-ready');
    const finished = ofRun.findIndex((e) => e.type === 'run-finished');
    expect(ready).toBeGreaterThan(0);
    expect(ready).toBeLessThan(finished);
    const provisional = (ofRun[ready] as Extract<RunEvent, { type: 'verdict-ready' }>).result;
    // The extra checks never turn the verdict around (their rows are optional).
    expect(provisional.verdict.status).toBe(result!.verdict.status);
    expect(provisional.verdict.status).toBe('ready');
    // A screen reader heard the verdict when it came, and again only if the end changed it.
    const said = (doc: ResultDocument) =>
      APP_TEXT.announce.verdict(doc.diagnosis.headline, doc.diagnosis.reason);
    const heard = await browser!.page.getByTestId('announcer').locator('p').allInnerTexts();
    const problems = result!.rows.filter((row) => row.enabled && isProblemRow(row));
    expect(heard).toEqual([
      said(provisional),
      ...(said(result!) === said(provisional) ? [] : [said(result!)]),
      SCREEN_TEXT.announce.problems(problems.map(rowTitle)),
    ]);
  });

  it('lists X.1-X.4 under "Extra checks (not in the guide)", as the result has them', async () => {
    const rows = result!.rows.filter((row) => row.table === EXTRA_TABLE);
    expect(rows.map((row) => row.id)).toEqual(['X.1', 'X.2', 'X.3', 'X.4']);
    const ids = await section().getByRole('rowheader').allInnerTexts();
    expect(ids).toEqual(['X.1', 'X.2', 'X.3', 'X.4']);
    for (const row of rows) {
      const line = section().locator(`tr[data-row-id="${row.id}"]`);
      expect(await line.locator('.row-title').innerText()).toBe(rowTitle(row));
      expect(await line.locator('.pill').innerText()).toContain(pillWords(row));
      expect(await line.locator('.summary-text').innerText()).toBe(plainResult(row));
    }
  });

  it("draws X.1's burst when the row measured one, labelled as a round-trip estimate", async () => {
    const x1 = result!.rows.find((row) => row.id === 'X.1')!;
    const bursts = x1.probes.flatMap((probe) =>
      probe.detail.quality ? [probe.detail.quality] : [],
    );
    const charts = section().locator('tr[data-row-id="X.1"]').getByRole('img');
    // Until X.1's executor measures, its row has no burst and draws none.
    expect(await charts.count()).toBe(bursts.length);
    for (const [i, quality] of bursts.entries()) {
      const name = await charts.nth(i).getAttribute('aria-label');
      expect(name?.startsWith(`${EXTRA_TEXT.qualityLabel}: `)).toBe(true);
      expect(name).toContain(`${quality.sent - quality.answered} of ${quality.sent} packets lost`);
      const caption = section().locator('tr[data-row-id="X.1"] figcaption').nth(i);
      expect(await caption.innerText()).toContain(EXTRA_SCREEN_TEXT.chartCaption(quality.server));
    }
  });

  it('has no axe violation with table X shown, light and dark; PNGs at two sizes', async () => {
    const b = browser!;
    for (const size of [FIRST_WINDOW, WIDE_WINDOW]) {
      await b.page.setViewportSize(size);
      await section().scrollIntoViewIfNeeded();
      for (const colorScheme of ['light', 'dark'] as const) {
        await b.page.emulateMedia({ colorScheme });
        const path = join(
          JOURNEY_SCREENSHOTS,
          `extras-open-${colorScheme}-${size.width}x${size.height}.png`,
        );
        await b.page.screenshot({ path });
        expect(statSync(path).size).toBeGreaterThan(10_000);
        expect(await b.axe(), `axe: table X, ${colorScheme}, ${size.width}`).toEqual([]);
      }
    }
    await b.page.setViewportSize(FIRST_WINDOW);
    await b.page.emulateMedia({ colorScheme: null });
    expect(b.pageErrors).toEqual([]);
  });

  it('runs the longer call-quality test from the options, and the default once it is off', async () => {
    const b = browser!;
    const longer = b.page.getByRole('checkbox', {
      name: EXTRA_SCREEN_TEXT.longerTest,
      exact: true,
    });
    const starts = async () =>
      (await b.snapshot()).calls.filter((call) => call.method === 'start').map((c) => c.args[0]);
    /** A switch re-runs at once: wait for that run, not the one before it. */
    const afterSwitch = async (flip: () => Promise<void>) => {
      const count = async () =>
        (await b.snapshot()).events.filter((e) => e.type === 'run-started').length;
      const runs = await count();
      await flip();
      await expect.poll(count, { timeout: 20_000 }).toBeGreaterThan(runs);
      return b.waitForFinished();
    };
    const before = (await starts()).length;
    const longRun = await afterSwitch(() => longer.check());
    expect((await starts()).slice(before)).toEqual([
      expect.objectContaining({ qualitySeconds: 30 }),
    ]);
    // The engine measured for 30 s wherever X.1 had a server to measure.
    for (const probe of longRun.rows.find((row) => row.id === 'X.1')!.probes)
      if (probe.detail.quality) expect(probe.detail.quality.durationMs).toBe(30_000);
    await afterSwitch(() => longer.uncheck());
    const last = (await starts()).at(-1) as Record<string, unknown>;
    expect(last).not.toHaveProperty('qualitySeconds');
    expect(b.pageErrors).toEqual([]);
  }, 120_000);
});
