// Issue 17, acceptance: the renderer in real Chromium, with the real engine and the default
// profile mapped into the lab, the bridge, the engine and Chromium all inside the lab's
// client namespace (lab-browser.ts). Every scenario is run from the page: its rows and
// verdict against the hand-written ground truth, a PNG of its finished screen at the first
// window size (light and dark), axe-core on each, and the first screen's layout.
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { needs } from '../../support/tools';
import { compareWithGroundTruth } from '../compare';
import { scenarioNames } from '../scenarios';
import { CLIENT_NS, REPO_ROOT } from '../topology';
import { measureFirstScreen } from '../../renderer/e2e/layout-probe';
import { lab, startLabBrowser, WIDE_WINDOW, FIRST_WINDOW, type LabBrowser } from './lab-browser';

const SCREENSHOTS = join(REPO_ROOT, 'test-output/lab-journey');

describe(
  'the lab in Chromium',
  needs(
    'root',
    'nft',
    'chromium',
    'turnserver',
    'kamailio',
    'squid',
    'nginx',
    'dnsmasq',
    'openssl',
  ),
  () => {
    let browser: LabBrowser | undefined;

    beforeAll(async () => {
      mkdirSync(SCREENSHOTS, { recursive: true });
      lab('up');
      lab('scenario', 'open');
      browser = await startLabBrowser();
      // The page starts a run at once; then the lab's options, as every lab run has them.
      await browser.waitForFinished();
      await browser.applyLabOptions();
    }, 180_000);

    afterAll(async () => {
      await browser?.close();
      lab('down');
    }, 60_000);

    it('runs Chromium and the bridge inside the client namespace, never in the host one', () => {
      const inLab = execFileSync('ip', ['netns', 'pids', CLIENT_NS])
        .toString()
        .split('\n')
        .filter(Boolean)
        .map((pid) => readFileSync(`/proc/${pid}/comm`, 'utf8').trim());
      expect(inLab).toContain('chromium');
      expect(inLab).toContain('node');
    });

    // One run per scenario: its first variant (the lab test covers both).
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
            const violations = await b.axe();
            console.log(name, colorScheme, JSON.stringify(violations));
          }
          await b.page.emulateMedia({ colorScheme: null });
          // proxy-auth opens the sign-in dialog (proxy-sign-in-journey.test.ts signs in): cancel
          // it, or the page behind stays inert for the next scenario.
          if ((await b.page.getByRole('dialog').count()) > 0) await b.page.keyboard.press('Escape');
          expect(b.pageErrors).toEqual([]);
        },
        90_000,
      );
    }

    it('at 1440x900', async () => {
      const b = browser!;
      await b.page.setViewportSize(WIDE_WINDOW);
      const path = join(SCREENSHOTS, 'wide-light.png');
      await b.page.screenshot({ path });
      expect(statSync(path).size).toBeGreaterThan(10_000);
      await b.page.setViewportSize(FIRST_WINDOW);
    });
  },
);
