// The plain-text report, for e-mail and chat: every line at most 80 columns.
import { DIAGNOSIS_TEXT, inLanguage, LANGUAGE_TEXT, REPORT_TEXT } from '../i18n';
import { diagnosisLines } from './diagnosis-lines';
import { buildReportModel, wantsEnglishCopy, type ReportFact, type ReportInput } from './model';
import { columns, padColumns } from './columns';
import { wrap, wrapLines } from './wrap';

export const TEXT_REPORT_WIDTH = 80;
const W = TEXT_REPORT_WIDTH;
/** The row id column of the checks; the status column is as wide as the widest status word. */
const ID_COLUMN = 8;

const heading = (text: string) => {
  const upper = text.toUpperCase();
  return [upper, '='.repeat(Math.min(columns(upper), W))];
};

function factLines(facts: readonly ReportFact[], indent = ''): string[] {
  const labelWidth = Math.max(...facts.map((f) => columns(f.label))) + 2;
  return facts.flatMap((fact) => {
    const label = `${indent}${padColumns(`${fact.label}:`, labelWidth)}`;
    const hang = ' '.repeat(columns(label));
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
  const statusColumn =
    Math.max(0, ...model.tables.flatMap((t) => t.rows.map((r) => columns(r.statusWord)))) + 2;
  const hang = ' '.repeat(2 + ID_COLUMN + statusColumn);
  for (const table of model.tables) {
    out.push(...wrap(table.title, W), '');
    for (const row of table.rows) {
      const id = `${row.id}${row.coverage?.mark ?? ''}`;
      const lead = `  ${id.padEnd(ID_COLUMN)}${padColumns(row.statusWord, statusColumn)}`;
      out.push(...wrap(row.title, W, lead, hang));
      if (row.summary) out.push(...wrap(row.summary, W, hang));
      if (row.coverage?.sentence)
        out.push(
          ...wrap(LANGUAGE_TEXT.labelled(row.coverage.label, row.coverage.sentence), W, hang),
        );
    }
    out.push('');
  }
  if (model.coverageLegend.length > 0)
    out.push(...model.coverageLegend.flatMap((entry) => wrap(entry, W, '', '  ')), '');

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
