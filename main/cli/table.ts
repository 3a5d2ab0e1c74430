// The terminal table: a symbol and a word for every status so it reads without colour
// (NO_COLOR, pipes), and colour where the terminal has it. Every line is wrapped at word
// boundaries to the terminal's width (common/reports/wrap.ts): a terminal's own wrapping cuts
// words in half, and a clipped line loses the cause, which is the part a person needs.
import type { VerdictStatus } from '../../common/outcomes';
import type { PlannedRow } from '../../common/plan';
import type { Profile } from '../../common/profile/schema';
import type { ResultDocument, RowResult } from '../../common/results/schema';
import { testedNetwork } from '../../common/results/tested-network';
import {
  CLI_TEXT,
  DIAGNOSIS_TEXT,
  LANGUAGE_TEXT,
  NETWORK_TEXT,
  SUMMARY_TEXT,
} from '../../common/i18n';
import { diagnosisLines, oneLine } from '../../common/reports/diagnosis-lines';
import { columns, padColumns } from '../../common/reports/columns';
import { wrap, wrapLines } from '../../common/reports/wrap';
import { rowTitle } from '../../common/i18n/row-words';
import { coverageLegend, coverageMark, rulesLine } from '../../common/reports/coverage-words';
import {
  presentedStatus,
  presentedStatusWord,
  rowSummary,
  type PresentedStatus,
} from '../../common/reports/presented-status';

const SYMBOLS: Record<PresentedStatus, string> = {
  pending: '·',
  running: '…',
  pass: '✔',
  warn: '!',
  fail: '✖',
  unverified: '?',
  skipped: '–',
  info: 'i',
  recommended: '+',
};

const COLOURS: Partial<Record<PresentedStatus, string>> = {
  pass: '32',
  warn: '33',
  fail: '31',
  unverified: '35',
  skipped: '90',
  info: '36',
  recommended: '36',
};

export interface TableStyle {
  colour: boolean;
  /** Columns: the terminal's, 80 when stdout is not a terminal, or --width. */
  width: number;
}

/** The id column in front of a row's text, followed by a blank. */
const ID_WIDTH = 6;
/**
 * Fewer columns than this left for a row's text beside the id and status columns (a 40-column
 * terminal has 16), and the text goes under them instead, indented.
 */
const MIN_TEXT_COLUMNS = 32;
const NARROW_INDENT = '    ';

const paint = (style: TableStyle, code: string | undefined, text: string) =>
  style.colour && code ? `\x1b[${code}m${text}\x1b[0m` : text;

export type TableRow = Pick<
  RowResult,
  'id' | 'title' | 'level' | 'status' | 'summary' | 'skip' | 'coverage'
>;

const statusCell = (presented: PresentedStatus) =>
  `${SYMBOLS[presented]} ${presentedStatusWord(presented)}`;

/** The status column: as wide as the widest status of the language spoken ("? Could not tell"). */
const statusWidth = () =>
  Math.max(...(Object.keys(SYMBOLS) as PresentedStatus[]).map((s) => columns(statusCell(s))));

/**
 * A row's lines: id (with its coverage mark, as a footnote mark: "2-2.4~"), status, then its
 * title and summary in full, wrapped to the width. For an id of up to 5 characters ("2-2.3")
 * the mark sits in the id column's spare column, so that row is as wide with its mark as
 * without; a longer id ("2-2.10") fills the column itself, and its mark pushes that row's
 * status and text one column to the right.
 */
export function formatRow(row: TableRow, style: TableStyle): string[] {
  // An optional rule that did not get through reads "Recommended", as on every face.
  const presented = presentedStatus(row);
  const status = statusCell(presented);
  const id = `${row.id}${coverageMark(row.coverage)}`.padEnd(ID_WIDTH);
  const head = `${id} ${padColumns(status, statusWidth())} `;
  const title = rowTitle(row);
  const summary = rowSummary(row);
  const text = summary ? LANGUAGE_TEXT.labelled(title, oneLine(summary)) : title;
  const colour = COLOURS[presented];
  const headWidth = columns(head);
  if (style.width - headWidth >= MIN_TEXT_COLUMNS) {
    // Wrapped behind blanks as wide as the columns, so colour codes never count as width.
    const [first = '', ...rest] = wrap(text, style.width, ' '.repeat(headWidth));
    return [paint(style, colour, head) + first.slice(headWidth), ...rest];
  }
  return [paint(style, colour, `${id} ${status}`), ...wrap(text, style.width, NARROW_INDENT)];
}

/** The legend of the table's coverage marks, wrapped; nothing when no row carries one. */
export function coverageLegendLines(
  rows: readonly Pick<TableRow, 'coverage'>[],
  style: TableStyle,
): string[] {
  // One entry a line.
  return coverageLegend(rows.map((row) => row.coverage)).flatMap((entry) =>
    wrap(entry, style.width, '', '  '),
  );
}

export function pendingRow(row: PlannedRow): TableRow {
  return {
    id: row.id,
    title: row.title,
    level: row.level,
    status: row.enabled ? 'pending' : 'skipped',
    summary: '',
  };
}

const VERDICT_COLOURS: Record<VerdictStatus, string> = {
  ready: '32',
  'teamlink-only': '33',
  inconclusive: '35',
  'not-ready': '31',
};

/** The tested network, read as the app's network panel reads it (common/results/tested-network.ts): interface, IP versions, VPN. */
function networkLines(result: ResultDocument, style: TableStyle): string[] {
  if (!result.host) return [];
  const { active, families, vpn } = testedNetwork(result.host);
  const facts: [string, string | null][] = [
    [
      CLI_TEXT.network,
      active
        ? `${active.name}${active.kind === null ? '' : ` (${active.kind})`}`
        : CLI_TEXT.noDefaultRoute,
    ],
    [NETWORK_TEXT.families, families],
    [NETWORK_TEXT.vpn, vpn],
  ];
  return [
    '',
    ...facts.flatMap(([label, value]) =>
      value === null ? [] : wrap(LANGUAGE_TEXT.labelled(label, value), style.width, '', '  '),
    ),
  ];
}

/** A diagnosis's headline, bold in its verdict's colour, wrapped to the width. */
export const formatHeadline = (
  headline: string,
  verdict: VerdictStatus,
  style: TableStyle,
): string[] =>
  wrap(headline, style.width).map((line) => paint(style, `1;${VERDICT_COLOURS[verdict]}`, line));

/**
 * The footer under the table: the legend of its coverage marks, the diagnosis, the guide the
 * rules come from, the helpdesk code, the detailed rules, then the tested network; every line
 * wrapped to the width.
 */
export function formatVerdict(
  result: ResultDocument,
  profile: Pick<Profile, 'guide' | 'title'>,
  style: TableStyle,
): string[] {
  const [headline = '', ...rest] = diagnosisLines(result.diagnosis);
  const legend = coverageLegendLines(result.rows, style);
  const lines = [
    ...(legend.length > 0 ? [...legend, ''] : []),
    ...formatHeadline(headline, result.diagnosis.verdict, style),
    ...wrapLines(rest, style.width),
    ...wrap(rulesLine(profile), style.width, '', '  '),
  ];
  if (result.helpdeskCode)
    lines.push('', ...wrap(SUMMARY_TEXT.code(result.helpdeskCode), style.width));
  if (result.changeRequest.length > 0) {
    lines.push('', ...wrap(`${DIAGNOSIS_TEXT.labels.details}:`, style.width));
    lines.push(
      ...wrapLines(
        result.changeRequest.map((line) => `  - ${line}`),
        style.width,
      ),
    );
  }
  lines.push(...networkLines(result, style));
  return lines;
}
