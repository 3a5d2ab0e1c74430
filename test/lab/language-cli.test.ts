// Issue 19, acceptance: `LANG=de_DE.UTF-8 onsight-netcheck run` in the lab prints the German
// headline, reason and change request. The JSON report the same run wrote is the English
// record (read against the scenario's hand-written ground truth), and its German words are what
// the screen is read against: the diagnosis localised, and the report's own `texts`.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CATALOGUES, inLanguage } from '../../common/i18n';
import { localised } from '../../common/results/assemble';
import type { ResultDocument } from '../../common/results/schema';
import { defaultProfile } from '../../main/engine/profile-loader';
import { ENGLISH_ENV, runCliIn } from '../support/cli';
import { needs } from '../support/tools';
import { lab, LAB_TOOLS, labNamespaces, RUN_LIMITS } from './lab-control';
import { findScenarioRun } from './scenarios';
import { CLIENT_NS, LAB_SELECTION_ARGS } from './topology';

/** Secure SIP dropped: TeamLink only, with rules to add. */
const SCENARIO = 'sip-tls-blocked/drop';
const squeeze = (text: string) => text.replace(/\s+/g, '');

describe('the CLI in German, in the lab', needs(...LAB_TOOLS), () => {
  let dir = '';
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'netcheck-lab-language-'));
    lab('up');
    lab('scenario', findScenarioRun(SCENARIO).id);
  }, 120_000);
  afterAll(() => {
    if (labNamespaces().length > 0) lab('down');
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it('LANG=de_DE.UTF-8: the German headline, reason and change request', async () => {
    const run = findScenarioRun(SCENARIO);
    const reportFile = join(dir, 'bericht.json');
    const ran = await runCliIn(
      CLIENT_NS,
      ['run', ...LAB_SELECTION_ARGS, ...RUN_LIMITS, ...run.args, '--report', reportFile],
      { env: { ...ENGLISH_ENV, LANG: 'de_DE.UTF-8' } },
    );
    expect(ran.code, ran.stderr).toBe(4);
    expect(ran.stderr).toBe('');
    const report = JSON.parse(readFileSync(reportFile, 'utf8')) as ResultDocument;
    // The record: the scenario's verdict, in English.
    expect(report.verdict.status).toBe(run.expect.verdict);
    const english = CATALOGUES.en.DIAGNOSIS_TEXT.causes['direct-blocked']('teamlink-only');
    expect(report.diagnosis.headline).toBe(english.headline);

    const german = inLanguage('de', () => localised(report, defaultProfile().profile));
    expect(german.diagnosis.headline).toBe(
      CATALOGUES.de.DIAGNOSIS_TEXT.causes['direct-blocked']('teamlink-only').headline,
    );
    expect(report.texts?.language).toBe('de');
    expect(report.texts?.headline).toBe(german.diagnosis.headline);
    const screen = squeeze(ran.stdout);
    expect(ran.stdout).toContain(german.diagnosis.headline);
    expect(screen).toContain(squeeze(german.diagnosis.reason));
    expect(german.changeRequest.length).toBeGreaterThan(0);
    for (const line of german.changeRequest) expect(screen).toContain(squeeze(line));
    expect(screen).toContain(squeeze(`${CATALOGUES.de.DIAGNOSIS_TEXT.labels.details}:`));
    expect(ran.stdout).not.toContain(english.headline);
  }, 60_000);
});
