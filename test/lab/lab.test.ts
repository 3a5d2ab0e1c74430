// `npm run test:lab`: every scenario of the firewall lab, every row's status and the verdict
// against the hand-written ground truth (scenarios/*.json), then proof that `down` leaves
// nothing behind. Needs root and network namespaces (CI has both).
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ResultDocument } from '../../common/results/schema';
import { CLI, gaveResult, VERDICT_EXIT_CODES } from '../support/cli';
import { execIn } from '../support/netns';
import { needs } from '../support/tools';
import { compareWithGroundTruth } from './compare';
import { lab, LAB_TOOLS, labNamespaces, RUN_LIMITS } from './lab-control';
import { allScenarioRuns } from './scenarios';
import { CLIENT_ETC, CLIENT_NS, LAB_RUN_ARGS, NETNS_ETC, RUN_DIR, SERVER_NS } from './topology';

/** The longest a run may take to exit once its result is out (issue 12's acceptance). */
const EXIT_AFTER_RESULT_MS = 300;

function pidsOf(namespace: string): number[] {
  if (!labNamespaces().includes(namespace)) return [];
  return execFileSync('ip', ['netns', 'pids', namespace])
    .toString()
    .split('\n')
    .filter(Boolean)
    .map(Number);
}

const alive = (pid: number) => {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
};

describe('firewall lab', needs(...LAB_TOOLS), () => {
  // /etc/netns stays only if something besides the lab (perhaps a lab left running) uses it.
  const etcNetnsShared =
    existsSync(NETNS_ETC) && readdirSync(NETNS_ETC).some((name) => name !== CLIENT_NS);
  let serverPids: number[] = [];

  beforeAll(() => {
    lab('up');
    serverPids = pidsOf(SERVER_NS);
  }, 120_000);

  afterAll(() => {
    // Only if a test failed before the teardown test: never leave a lab running.
    if (labNamespaces().length > 0) lab('down');
  });

  for (const run of allScenarioRuns()) {
    it(run.id, async () => {
      lab('scenario', run.id);
      const ran = await execIn(
        CLIENT_NS,
        process.execPath,
        [CLI, ...LAB_RUN_ARGS, ...RUN_LIMITS, ...run.args],
        { timeoutMs: 60_000 },
      );
      if (!gaveResult(ran.code)) {
        expect.fail(
          `${run.id}: the CLI gave no result (exit ${ran.code ?? ran.signal}): ${ran.stderr.split('\n')[0]}`,
        );
      }
      const result = JSON.parse(ran.stdout) as ResultDocument;
      const { table, mismatches } = compareWithGroundTruth(run, result);
      console.log(table);
      expect(mismatches, table).toEqual([]);
      // Issue 16: read out in one breath, at most 12 characters (dashes not counted), unless
      // the scenario says why its code carries more.
      expect((result.helpdeskCode ?? '').replaceAll('-', '').length, table).toBeLessThanOrEqual(
        run.codeMaxLength,
      );
      // Exit codes of the CLI contract: one per verdict.
      expect(ran.code).toBe(VERDICT_EXIT_CODES[result.verdict.status]);
      // With --json, stdout is the document and stderr stays empty: no Node warning either.
      expect(ran.stderr).toBe('');
      // Issue 12, part 5: the process ends within 300 ms of its result, DNS dropped or not
      // (no name look-up outlives the run).
      expect(ran.exitAfterOutputMs, table).not.toBeNull();
      expect(ran.exitAfterOutputMs!, table).toBeLessThanOrEqual(EXIT_AFTER_RESULT_MS);
    });
  }

  it('down leaves no namespace, no process and no file behind', () => {
    expect(serverPids.length).toBeGreaterThan(0);
    lab('down');
    expect(labNamespaces()).toEqual([]);
    expect(serverPids.filter(alive)).toEqual([]);
    expect(existsSync(CLIENT_ETC)).toBe(false);
    expect(existsSync(NETNS_ETC)).toBe(etcNetnsShared);
    expect(existsSync(RUN_DIR)).toBe(false);
  });
});
