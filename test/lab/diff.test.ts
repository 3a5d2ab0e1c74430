// Issue 20's "before and after" in the lab: the real CLI's `run --json` during `udp-blocked`,
// then again once the scenario is switched to `open`, each JSON result and helpdesk code kept;
// then `diff` over the pair as JSON-JSON, code-code and JSON-code. The rows that turn from
// fail to pass are written by hand from the scenarios' firewall rules: udp-blocked drops every
// UDP datagram but DNS, so STUN (2-2.1, 2-3.1), the media ranges (2-2.4, 2-4.1) and the legacy
// STUN ports (2-3.2, 2-3.3) fail there and pass on the open network; the extra checks that
// need a STUN answer (X.1, X.2, X.4) go from could not tell to pass. Everything else (X.3
// could not tell on both: the lab has no NAT) stays as it was and must not be listed.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { rowTitle } from '../../common/i18n/row-words';
import type { ResultDocument } from '../../common/results/schema';
import { runCli, runCliIn } from '../support/cli';
import { needs } from '../support/tools';
import { lab, LAB_TOOLS, labNamespaces, RUN_LIMITS } from './lab-control';
import { findScenarioRun } from './scenarios';
import { CLIENT_NS, LAB_RUN_ARGS } from './topology';

const BEFORE = 'udp-blocked/reject';
const AFTER = 'open';
const FAIL_TO_PASS = ['2-2.1', '2-2.4', '2-3.1', '2-3.2', '2-3.3', '2-4.1'];
const UNVERIFIED_TO_PASS = ['X.1', 'X.2', 'X.4'];
const CHANGED = new Set([...FAIL_TO_PASS, ...UNVERIFIED_TO_PASS]);
/** In the order the profile lists them, as `diff` does. */
const EXPECTED_CHANGES = [
  ...FAIL_TO_PASS.map((id) => ({ id, before: 'fail', after: 'pass' })),
  ...UNVERIFIED_TO_PASS.map((id) => ({ id, before: 'unverified', after: 'pass' })),
];

interface Kept {
  file: string;
  code: string;
  result: ResultDocument;
}

describe('diff of two lab results', needs(...LAB_TOOLS), () => {
  let dir = '';
  const kept: Partial<Record<'before' | 'after', Kept>> = {};

  async function runScenario(id: string, side: 'before' | 'after'): Promise<void> {
    const run = findScenarioRun(id);
    lab('scenario', run.id);
    const ran = await runCliIn(CLIENT_NS, [...LAB_RUN_ARGS, ...RUN_LIMITS, ...run.args], {
      timeoutMs: 60_000,
    });
    expect(ran.stderr).toBe('');
    const result = JSON.parse(ran.stdout) as ResultDocument;
    // The run is the scenario's, as its ground truth says: else the diff proves nothing.
    const observed = Object.fromEntries(result.rows.map((row) => [row.id, row.status]));
    expect(observed).toEqual(run.expect.rows);
    const file = join(dir, `${side}.json`);
    writeFileSync(file, ran.stdout);
    expect(result.helpdeskCode).not.toBeNull();
    kept[side] = { file, code: result.helpdeskCode!, result };
  }

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'netcheck-lab-diff-'));
    lab('up');
    await runScenario(BEFORE, 'before');
    await runScenario(AFTER, 'after');
  }, 240_000);

  afterAll(() => {
    if (labNamespaces().length > 0) lab('down');
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it('the ground truth of the two scenarios differs in exactly the rows written above', () => {
    const before = findScenarioRun(BEFORE).expect.rows;
    const after = findScenarioRun(AFTER).expect.rows;
    const differing = Object.keys(after).filter((id) => before[id] !== after[id]);
    expect(new Set(differing)).toEqual(CHANGED);
  });

  const pairs = [
    { name: 'JSON-JSON', args: () => [kept.before!.file, kept.after!.file] },
    { name: 'code-code', args: () => [kept.before!.code, kept.after!.code] },
    { name: 'JSON-code', args: () => [kept.before!.file, kept.after!.code] },
  ];

  for (const pair of pairs) {
    it(`${pair.name}: every fail → pass row names both states; unchanged rows are not listed`, async () => {
      const ran = await runCli(['diff', ...pair.args()]);
      expect(ran.stderr).toBe('');
      expect(ran.code).toBe(0);
      // A row's line wraps at 80 columns under a hanging indent: joined again, it is one line.
      const lines = ran.stdout.replace(/\n {4}/g, ' ').split('\n');
      const shown = ran.stdout;
      const rows = kept.after!.result.rows;
      for (const row of rows) {
        const listed = lines.filter((line) => line.startsWith(`  ${row.id} `));
        if (!CHANGED.has(row.id)) {
          expect(listed, `${row.id} did not change\n${shown}`).toEqual([]);
          continue;
        }
        const states = FAIL_TO_PASS.includes(row.id) ? 'Fail → Pass' : 'Could not tell → Pass';
        expect(listed, shown).toEqual([`  ${row.id} ${rowTitle(row)}: ${states}`]);
      }
      expect(shown).toContain(`\n${CHANGED.size} rows changed:\n`);
      expect(shown).toMatch(/Diagnosis before:\nOnsight will work here through TeamLink only\n/);
      expect(shown).toMatch(/Diagnosis after:\nOnsight will work here\n/);
      expect(shown).not.toContain('different profile versions');
    });

    it(`${pair.name}: --json gives the structured comparison`, async () => {
      const ran = await runCli(['diff', ...pair.args(), '--json']);
      expect(ran.stderr).toBe('');
      expect(ran.code).toBe(0);
      const diff = JSON.parse(ran.stdout);
      expect(
        diff.changes.map(({ id, before, after }: Record<string, string>) => ({
          id,
          before,
          after,
        })),
      ).toEqual(EXPECTED_CHANGES);
      expect(diff).toMatchObject({ onlyBefore: [], onlyAfter: [], profileVersionsDiffer: false });
      expect(diff.before.diagnosis).toMatchObject({
        verdict: 'teamlink-only',
        cause: 'direct-blocked',
      });
      expect(diff.after.diagnosis).toMatchObject({ verdict: 'ready', cause: 'none' });
      const [beforeArg, afterArg] = pair.args();
      for (const [side, arg, from] of [
        [diff.before, beforeArg!, kept.before!],
        [diff.after, afterArg!, kept.after!],
      ] as const)
        expect(side).toMatchObject(
          arg === from.file
            ? { kind: 'json', file: arg, startedAt: from.result.startedAt }
            : { kind: 'code', code: from.code, profile: { id: 'onsight-default' } },
        );
    });
  }
});
