// The short plain-text summary behind "Copy summary" (issue 7): what a person pastes into a
// chat or an e-mail to the helpdesk or the IT team. The diagnosis (as the screen tells it),
// the helpdesk code that carries it, the rows to look at, and the detailed firewall rules;
// the full story stays in the saved report.
import type { ResultDocument } from '../results/schema';
import { SUMMARY_TEXT } from '../i18n';
import { isProblemRow, presentedStatus, presentedStatusWord, rowSummary } from './presented-status';
import { diagnosisLines, oneLine } from './diagnosis-lines';
import { formatReportDate } from './model';

export function summaryText(result: ResultDocument): string {
  const head = [
    SUMMARY_TEXT.title(formatReportDate(result.startedAt)),
    ...diagnosisLines(result.diagnosis),
    ...(result.helpdeskCode ? ['', SUMMARY_TEXT.code(result.helpdeskCode)] : []),
  ];

  // The same rows as the window's "only problems", each in the word the window shows.
  const problems = result.rows.filter(isProblemRow);
  const problemLines =
    problems.length === 0
      ? [SUMMARY_TEXT.noProblems]
      : [
          SUMMARY_TEXT.problems,
          ...problems.map((row) =>
            SUMMARY_TEXT.problem(
              row.id,
              presentedStatusWord(presentedStatus(row)),
              oneLine(rowSummary(row)),
            ),
          ),
        ];

  const sections = [head, problemLines];
  if (result.changeRequest.length > 0)
    sections.push([
      SUMMARY_TEXT.changeRequest,
      ...result.changeRequest.map((line) => `  - ${line}`),
    ]);
  return sections.map((lines) => lines.join('\n')).join('\n\n');
}
