// Issue 17, acceptance: "The proxy sign-in dialog is tested against the lab's Basic-auth squid:
// 'could not tell' before, the lab's expected verdict after." The built renderer in real
// Chromium, the test bridge with main's IPC handlers and the real engine running the default
// profile mapped into the lab, all inside the lab's client namespace (lab-browser.ts). The
// workstation's proxy is the lab's squid that asks for a password; the user signs in through
// the dialog with the lab's user, and the check is run again with it.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  APP_HELPDESK_TEXT,
  DIAGNOSIS_TEXT,
  HELPDESK_MODE_TEXT,
  PROXY_SIGN_IN_TEXT,
} from '../../../common/i18n/en';
import type { ResultDocument } from '../../../common/results/schema';
import { needs } from '../../support/tools';
import { compareWithGroundTruth } from '../compare';
import { PROXY, PROXY_USER } from '../topology';
import { LAB_TOOLS } from '../lab-control';
import {
  closeLabJourney,
  JOURNEY_SCREENSHOTS,
  openLabJourney,
  type LabBrowser,
} from './lab-browser';

const t = PROXY_SIGN_IN_TEXT;
/** The drop variant: the lab test covers both; the dialog does not depend on the firewall. */
const SCENARIO = 'proxy-auth/drop';

describe('the proxy sign-in dialog against the lab', needs(...LAB_TOOLS, 'chromium'), () => {
  let browser: LabBrowser | undefined;
  /** The run before signing in: its code is read out to the helpdesk below. */
  let before: ResultDocument | undefined;

  beforeAll(async () => {
    browser = await openLabJourney();
  }, 180_000);

  afterAll(() => closeLabJourney(browser), 60_000);

  it("could not tell before; signed in through the dialog, the lab's expected verdict after", async () => {
    const b = browser!;
    const { page } = b;
    const run = await b.scenario(SCENARIO);
    expect(run.afterSignIn, 'proxy-auth.json has no afterSignIn').toBeDefined();

    // Before: the check cannot tell, as the scenario's ground truth says.
    before = await b.runAndWait();
    const first = compareWithGroundTruth(run, before);
    expect(first.mismatches, first.table).toEqual([]);
    expect(before.verdict.status).toBe('inconclusive');
    await expect
      .poll(() => page.getByRole('heading', { level: 1 }).textContent())
      .toContain(DIAGNOSIS_TEXT.causes['proxy-sign-in']().headline);

    // The dialog opens by itself, names the proxy and the one method squid offers.
    const dialog = page.getByRole('dialog', { name: t.heading });
    await dialog.waitFor();
    expect(await dialog.getAttribute('aria-modal')).toBe('true');
    expect(await dialog.textContent()).toContain(t.intro(`${PROXY.auth}:${PROXY.port}`));
    expect(await dialog.textContent()).toContain(t.schemes(['Basic']));
    const username = dialog.getByLabel(t.username, { exact: true });
    expect(await username.evaluate((el) => el === el.ownerDocument.activeElement)).toBe(true);
    // Keyboard only: type, Tab to the password, Enter submits.
    await page.keyboard.type(PROXY_USER.name);
    await page.keyboard.press('Tab');
    await page.keyboard.type(PROXY_USER.password);
    const { events: earlier } = await b.snapshot();
    await page.keyboard.press('Enter');
    await dialog.waitFor({ state: 'detached' });

    // After: the run the dialog started, with the lab's expected verdict.
    const deadline = Date.now() + 30_000;
    while (
      (await b.snapshot()).events.filter((e) => e.type === 'run-started').length ===
      earlier.filter((e) => e.type === 'run-started').length
    ) {
      if (Date.now() > deadline) throw new Error('signing in started no run');
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    const after = await b.waitForFinished();
    const second = compareWithGroundTruth({ ...run, expect: run.afterSignIn! }, after);
    expect(second.mismatches, second.table).toEqual([]);
    expect(after.verdict.status).toBe(run.afterSignIn!.verdict);
    expect(after.proxy.worked).toBe(`PROXY ${PROXY.auth}:${PROXY.port}`);
    expect(await page.getByRole('dialog').count()).toBe(0);

    // The sign-in went to main as a field of its own: the proxy setting stays "system".
    const { calls, events } = await b.snapshot();
    const start = calls.filter((c) => c.method === 'start').at(-1)!;
    expect(start.args[0]).toMatchObject({
      proxy: 'system',
      signIn: { proxy: `PROXY ${PROXY.auth}:${PROXY.port}`, username: PROXY_USER.name },
    });
    // Nothing main sent back carries it, nor does the report saved from the page.
    expect(JSON.stringify(events)).not.toContain(PROXY_USER.password);
    await page.getByRole('button', { name: APP_HELPDESK_TEXT.save.save, exact: true }).click();
    await expect.poll(() => readdirSync(b.reportDir).length, { timeout: 20_000 }).toBe(1);
    const [report] = readdirSync(b.reportDir);
    expect(readFileSync(join(b.reportDir, report!), 'utf8')).not.toContain(PROXY_USER.password);
    expect(b.pageErrors).toEqual([]);
  }, 120_000);

  it("helpdesk mode shows the caller's code, not this computer's check, and axe finds nothing", async () => {
    const { page } = browser!;
    const own = await page.getByRole('heading', { level: 1 }).textContent();
    await page.getByRole('button', { name: HELPDESK_MODE_TEXT.open, exact: true }).click();
    const view = page.getByRole('main', { name: APP_HELPDESK_TEXT.decode.heading });
    await view
      .getByLabel(APP_HELPDESK_TEXT.decode.label, { exact: true })
      .fill(before!.helpdeskCode!);
    await view.getByRole('button', { name: APP_HELPDESK_TEXT.decode.submit }).click();
    await expect
      .poll(() => view.getByTestId('decoded-headline').textContent())
      .toBe(before!.diagnosis.headline);
    // One verdict on screen: the caller's. This computer's (signed in, TeamLink only) is hidden.
    expect(own).not.toContain(before!.diagnosis.headline);
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe(
      APP_HELPDESK_TEXT.decode.heading,
    );
    await view.getByRole('button', { name: HELPDESK_MODE_TEXT.showAll }).click();
    for (const colorScheme of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme });
      const path = join(JOURNEY_SCREENSHOTS, `helpdesk-mode-${colorScheme}.png`);
      await page.screenshot({ path, fullPage: true });
      expect(statSync(path).size).toBeGreaterThan(10_000);
      const violations = await browser!.axe();
      expect(violations, JSON.stringify(violations, null, 2)).toEqual([]);
    }
    await page.emulateMedia({ colorScheme: null });
    await view.getByRole('button', { name: HELPDESK_MODE_TEXT.back }).click();
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe(own);
    expect(browser!.pageErrors).toEqual([]);
  });
});
