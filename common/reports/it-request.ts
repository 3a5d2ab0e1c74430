// "Send to IT" (issue 17): the change request as one text to paste into an e-mail to the IT
// team: the diagnosis with its Must fix and Recommended lines, the code, the detailed rules,
// and the guide's reminders that no network check can see (notes for IT).
import type { ResultDocument } from '../results/schema';
import { IT_REQUEST_TEXT, SUMMARY_TEXT } from '../i18n';
import { rowExplanation, rowTitle } from '../i18n/row-words';
import { diagnosisLines } from './diagnosis-lines';
import { formatReportDate } from './model';
import { isNoteRow } from './presented-status';
import { coverageLine, coverageNeedsWords } from './coverage-words';

export interface ItNote {
  text: string;
  /** What a desktop could test of it (issue 20): "Cannot be tested from this computer: …". */
  coverage: string | null;
}

/** The reminder rows of this run (2-0.1, 3-1.2, 3-1.3), each as one plain line. */
export function itNotes(result: Pick<ResultDocument, 'rows'>): ItNote[] {
  return result.rows
    .filter((row) => row.enabled && isNoteRow(row))
    .map((row) => ({
      text: IT_REQUEST_TEXT.note(rowTitle(row), rowExplanation(row.id, undefined) ?? row.summary),
      coverage: coverageNeedsWords(row.coverage) ? coverageLine(row.coverage) : null,
    }));
}

export function itRequestText(result: ResultDocument): string {
  const sections = [
    [
      IT_REQUEST_TEXT.title(formatReportDate(result.startedAt)),
      ...diagnosisLines(result.diagnosis),
    ],
  ];
  if (result.helpdeskCode) sections.push([SUMMARY_TEXT.code(result.helpdeskCode)]);
  if (result.changeRequest.length > 0)
    sections.push([IT_REQUEST_TEXT.details, ...result.changeRequest.map((line) => `  - ${line}`)]);
  const notes = itNotes(result);
  if (notes.length > 0)
    sections.push([
      IT_REQUEST_TEXT.notes,
      ...notes.flatMap((note) => [
        `  - ${note.text}`,
        ...(note.coverage ? [`    ${note.coverage}`] : []),
      ]),
    ]);
  return sections.map((lines) => lines.join('\n')).join('\n\n');
}
