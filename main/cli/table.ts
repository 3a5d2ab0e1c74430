// The terminal table: one line per row, a symbol and a word for every status so it reads
// without colour (NO_COLOR, pipes), and colour where the terminal has it.
import type { RowStatus } from '../../common/outcomes';
import type { PlannedRow } from '../../common/plan';
import type { ResultDocument, RowResult } from '../../common/results/schema';
import { DIAGNOSIS_TEXT, ROW_STATUS_WORDS } from '../../common/i18n/en';
import { diagnosisLines } from '../../common/reports/diagnosis-lines';
import type { VerdictStatus } from '../../common/outcomes';

const SYMBOLS: Record<RowStatus, string> = {
  pending: '·',
  running: '…',
  pass: '✔',
  warn: '!',
  fail: '✖',
  unverified: '?',
  skipped: '–',
  info: 'i',
};

const COLOURS: Partial<Record<RowStatus, string>> = {
  pass: '32',
  warn: '33',
  fail: '31',
  unverified: '35',
  skipped: '90',
  info: '36',
};

export interface TableStyle {
  colour: boolean;
  width: number;
}

const paint = (style: TableStyle, code: string | undefined, text: string) =>
  style.colour && code ? `\x1b[${code}m${text}\x1b[0m` : text;

function clip(text: string, width: number): string {
  return text.length <= width ? text : `${text.slice(0, Math.max(0, width - 1))}…`;
}

export function formatRowLine(
  row: Pick<RowResult, 'id' | 'title' | 'status' | 'summary'>,
  style: TableStyle,
): string {
  const status = `${SYMBOLS[row.status]} ${ROW_STATUS_WORDS[row.status]}`.padEnd(16);
  const head = `${row.id.padEnd(6)} ${status} `;
  const text = row.summary ? `${row.title}: ${row.summary}` : row.title;
  return (
    paint(style, COLOURS[row.status], head) + clip(text, Math.max(20, style.width - head.length))
  );
}

export function pendingRow(
  row: PlannedRow,
): Pick<RowResult, 'id' | 'title' | 'status' | 'summary'> {
  return { id: row.id, title: row.title, status: row.enabled ? 'pending' : 'skipped', summary: '' };
}

const VERDICT_COLOURS: Record<VerdictStatus, string> = {
  ready: '32',
  'teamlink-only': '33',
  inconclusive: '35',
  'not-ready': '31',
};

/** The footer under the table: the diagnosis, the helpdesk code, then the detailed rules. */
export function formatVerdict(result: ResultDocument, style: TableStyle): string[] {
  const [headline, ...rest] = diagnosisLines(result.diagnosis);
  const lines = [
    paint(style, `1;${VERDICT_COLOURS[result.diagnosis.verdict]}`, headline!),
    ...rest,
  ];
  if (result.helpdeskCode) lines.push('', `Helpdesk code: ${result.helpdeskCode}`);
  if (result.changeRequest.length > 0) {
    lines.push('', `${DIAGNOSIS_TEXT.labels.details}:`);
    for (const line of result.changeRequest) lines.push(`  - ${line}`);
  }
  return lines;
}
