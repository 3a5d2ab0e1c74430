// Issue 17, part 6: the CLI's table and footer in a real terminal (tmux) of 80 and 40 columns,
// tall and short, against the lab's networks, one scenario per verdict. In each: no line wider
// than the terminal, on the final screen or in the raw stream; every problem row's title and
// cause in full, words whole; each row once; no row left "Waiting"; "Report written to FILE";
// the exit code of the verdict. The JSON report the same run wrote is what the screen is read
// against, and the scenario's hand-written ground truth is what the report is read against.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { VerdictStatus } from '../../common/outcomes';
import { rowTitle } from '../../common/i18n/row-words';
import type { Coverage, ResultDocument, RowResult } from '../../common/results/schema';
import { CLI } from '../support/cli';
import { plainText, runInTerminal, type TerminalRun } from '../support/terminal';
import { needs } from '../support/tools';
import { lab, LAB_TOOLS, labNamespaces, RUN_LIMITS } from './lab-control';
import { findScenarioRun } from './scenarios';
import { CLIENT_NS, LAB_SELECTION_ARGS } from './topology';

/** One scenario per verdict, and the exit code the README gives it. */
const SCENARIOS: { id: string; verdict: VerdictStatus; code: number }[] = [
  { id: 'open', verdict: 'ready', code: 0 },
  { id: 'ssl-inspection/reject', verdict: 'not-ready', code: 1 },
  { id: 'sip-tls-blocked/drop', verdict: 'teamlink-only', code: 4 },
  { id: 'proxy-auth/reject', verdict: 'inconclusive', code: 5 },
];

/**
 * Tall enough for the whole table (redrawn in place), short enough that it is not (each row
 * printed once), and a usual 24 lines, where the table may outgrow the screen mid-run.
 */
const TERMINALS = [
  { columns: 80, rows: 100, redraws: true },
  { columns: 80, rows: 24 },
  { columns: 40, rows: 200, redraws: true },
  { columns: 40, rows: 15, redraws: false },
];

/** Each status's symbol in the table, as a person reads it (README, "What the results mean"). */
const SYMBOLS = '✔!✖?–i·…+';
const PROBLEMS = new Set(['fail', 'warn', 'unverified']);
const squeeze = (text: string) => text.replace(/\s+/g, '');
const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** The mark after a row's id for what it could not test (README, "Coverage"); none for tested. */
const COVERAGE_MARKS: Partial<Record<Coverage['kind'], string>> = {
  inferred: '~',
  'not-testable-here': '*',
};

/** The screen lines of one row: its id with its coverage mark, and the lines under it. */
function rowBlock(screen: readonly string[], row: RowResult): string[][] {
  const mark = escape(COVERAGE_MARKS[row.coverage?.kind ?? 'tested'] ?? '');
  const start = new RegExp(`^${escape(row.id)}${mark} +[${SYMBOLS}] `);
  const blocks: string[][] = [];
  screen.forEach((line, i) => {
    if (!start.test(line)) return;
    const block = [line];
    for (let j = i + 1; j < screen.length && /^ +\S/.test(screen[j]!); j++) block.push(screen[j]!);
    blocks.push(block);
  });
  return blocks;
}

function checkScreen(
  run: TerminalRun,
  report: ResultDocument,
  columns: number,
  reportFile: string,
): string[] {
  const problems: string[] = [];
  const wide = run.screen.filter((line) => line.length > columns);
  if (wide.length > 0) problems.push(`screen lines over ${columns} columns: ${wide.join(' | ')}`);
  const rawWide = plainText(run.raw)
    .split('\n')
    .filter((line) => line.length > columns);
  if (rawWide.length > 0)
    problems.push(`written lines over ${columns} columns: ${rawWide.join(' | ')}`);
  for (const word of ['Waiting', 'Checking'])
    if (run.screen.some((line) => line.includes(word)))
      problems.push(`"${word}" is left on the screen`);

  const rows = report.rows.map((row) => ({ row, blocks: rowBlock(run.screen, row) }));
  for (const { row, blocks } of rows)
    if (blocks.length !== 1) problems.push(`row ${row.id} is on the screen ${blocks.length} times`);
  for (const { row, blocks } of rows.filter(({ row }) => PROBLEMS.has(row.status))) {
    const block = blocks[0] ?? [];
    const words = block.flatMap((line) => line.split(/\s+/));
    // The table gives a row's plain title (the catalogue's), then the engine's cause.
    const expected = `${rowTitle(row)}: ${row.summary}`;
    if (!squeeze(block.join(' ')).includes(squeeze(expected)))
      problems.push(
        `row ${row.id}: "${expected}" is not on the screen in full: ${block.join('|')}`,
      );
    // A word that fits beside the id and status columns is never cut, whatever the layout.
    const cut = expected
      .split(/\s+/)
      .filter((word) => word.length <= columns - 24 && !words.includes(word));
    if (cut.length > 0) problems.push(`row ${row.id}: words cut: ${cut.join(', ')}`);
  }
  const text = run.screen.join(' ');
  for (const sentence of [
    report.diagnosis.headline,
    `Helpdesk code: ${report.helpdeskCode}`,
    `Report written to ${reportFile}`,
  ])
    if (!squeeze(text).includes(squeeze(sentence))) problems.push(`missing: "${sentence}"`);
  return problems;
}

const failing = (rows: readonly RowResult[]) =>
  rows.filter((row) => row.status === 'fail').map((row) => row.id);

describe('the CLI in a terminal of 80 and 40 columns', needs(...LAB_TOOLS, 'tmux'), () => {
  let dir = '';
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'netcheck-cli-terminal-'));
    lab('up');
  }, 120_000);
  afterAll(() => {
    if (labNamespaces().length > 0) lab('down');
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  for (const scenario of SCENARIOS) {
    describe(scenario.id, () => {
      const run = findScenarioRun(scenario.id);
      beforeAll(() => {
        lab('scenario', run.id);
      });

      for (const { columns, rows, redraws } of TERMINALS) {
        it(`${columns}×${rows}`, async () => {
          const reportFile = join(dir, `${run.id.replace('/', '-')}-${columns}x${rows}.json`);
          const ran = await runInTerminal(
            [
              'ip',
              'netns',
              'exec',
              CLIENT_NS,
              process.execPath,
              CLI,
              'run',
              ...LAB_SELECTION_ARGS,
              ...RUN_LIMITS,
              ...run.args,
              '--report',
              reportFile,
            ],
            { columns, rows },
          );
          const report = JSON.parse(readFileSync(reportFile, 'utf8')) as ResultDocument;
          const shown = ran.screen.join('\n');
          // The run is the scenario's: its verdict and its failing rows, as written by hand.
          expect(report.verdict.status, shown).toBe(scenario.verdict);
          expect(report.verdict.status).toBe(run.expect.verdict);
          const expectedFailing = Object.entries(run.expect.rows)
            .filter(([, status]) => status === 'fail')
            .map(([id]) => id);
          expect(failing(report.rows).sort()).toEqual(expectedFailing.sort());
          expect(checkScreen(ran, report, columns, reportFile), shown).toEqual([]);
          // Redrawn in place (the cursor moved up) only where the table fits the terminal.
          // eslint-disable-next-line no-control-regex -- a cursor-up sequence is what this looks for
          if (redraws !== undefined) expect(/\x1b\[\d+A/.test(ran.raw), shown).toBe(redraws);
          expect(ran.code, shown).toBe(scenario.code);
        });
      }
    });
  }
});
