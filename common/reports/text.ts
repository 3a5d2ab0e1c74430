// The plain-text report, for e-mail and chat: every line at most 80 columns.
import { DIAGNOSIS_TEXT, inLanguage, LANGUAGE_TEXT, REPORT_TEXT } from '../i18n';
import { diagnosisLines } from './diagnosis-lines';
import { buildReportModel, wantsEnglishCopy, type ReportFact, type ReportInput } from './model';
import { wrap, wrapLines } from './wrap';

export const TEXT_REPORT_WIDTH = 80;
const W = TEXT_REPORT_WIDTH;
/** Row id and status columns of the checks, then the title and summary. */
const ID_COLUMN = 8;
const STATUS_COLUMN = 16;

const heading = (text: string) => [text.toUpperCase(), '='.repeat(Math.min(text.length, W))];

function factLines(facts: readonly ReportFact[], indent = ''): string[] {
  const labelWidth = Math.max(...facts.map((f) => f.label.length)) + 2;
  return facts.flatMap((fact) => {
    const label = `${indent}${`${fact.label}:`.padEnd(labelWidth)}`;
    const hang = ' '.repeat(label.length);
    return fact.values.flatMap((value, i) => wrap(value, W, i === 0 ? label : hang, hang));
  });
}

/** The report's lines in the faces' language. */
function reportLines(input: ReportInput): string[] {
  const model = buildReportModel(input);
  const l = REPORT_TEXT.labels;
  const out: string[] = [
    ...heading(model.title),
    '',
    ...factLines(model.facts),
    '',
    ...wrap(model.scope, W),
    '',
  ];

  out.push(...heading(l.verdict));
  out.push(...wrapLines(diagnosisLines(model.diagnosis), W), '');

  out.push(...heading(l.code));
  if (model.helpdeskCode) {
    out.push(`  ${model.helpdeskCode.code}`);
    out.push(...wrap(`(${model.helpdeskCode.spelling})`, W, '  ', '   '));
    out.push(...wrap(REPORT_TEXT.codeHint, W));
  } else {
    out.push(REPORT_TEXT.noCode);
  }
  out.push('');

  out.push(...heading(DIAGNOSIS_TEXT.labels.details));
  if (model.changeRequest.length === 0) out.push(...wrap(REPORT_TEXT.noChanges, W));
  for (const line of model.changeRequest) out.push(...wrap(line, W, '- ', '  '));
  out.push('');

  out.push(...heading(l.checks));
  const hang = ' '.repeat(2 + ID_COLUMN + STATUS_COLUMN);
  for (const table of model.tables) {
    out.push(...wrap(table.title, W), '');
    for (const row of table.rows) {
      const lead = `  ${row.id.padEnd(ID_COLUMN)}${row.statusWord.padEnd(STATUS_COLUMN)}`;
      out.push(...wrap(row.title, W, lead, hang));
      if (row.summary) out.push(...wrap(row.summary, W, hang));
    }
    out.push('');
  }

  if (model.network) {
    out.push(...heading(l.network));
    out.push(...factLines(model.network.facts));
    if (model.network.note) out.push(...wrap(model.network.note, W));
    out.push('');
  }
  return out;
}

export function textReport(input: ReportInput): string {
  const out = reportLines(input);
  if (wantsEnglishCopy(input)) {
    out.push('#'.repeat(W), '', ...heading(LANGUAGE_TEXT.englishCopy));
    out.push(...wrap(LANGUAGE_TEXT.englishCopyHint, W), '', '');
    out.push(...inLanguage('en', () => reportLines(input)));
  }
  return `${out.join('\n').trimEnd()}\n`;
}
