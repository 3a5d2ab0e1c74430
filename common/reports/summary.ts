// The short plain-text summary behind "Copy summary" (issue 7): what a person pastes into a
// chat or an e-mail to the helpdesk or the IT team. The diagnosis (as the screen tells it),
// the helpdesk code that carries it, the rows to look at, and the detailed firewall rules;
// the full story stays in the saved report.
import type { RowStatus } from '../outcomes';
import type { ResultDocument } from '../results/schema';
import { ROW_STATUS_WORDS, SUMMARY_TEXT } from '../i18n/en';
import { diagnosisLines, oneLine } from './diagnosis-lines';
import { formatReportDate } from './model';

/** The rows a person has to act on or ask about: the same as the window's "only problems". */
const PROBLEMS: ReadonlySet<RowStatus> = new Set<RowStatus>(['fail', 'warn', 'unverified']);

export function summaryText(result: ResultDocument): string {
  const head = [
    SUMMARY_TEXT.title(formatReportDate(result.startedAt)),
    ...diagnosisLines(result.diagnosis),
    ...(result.helpdeskCode ? ['', SUMMARY_TEXT.code(result.helpdeskCode)] : []),
  ];

  const problems = result.rows.filter((row) => PROBLEMS.has(row.status));
  const problemLines =
    problems.length === 0
      ? [SUMMARY_TEXT.noProblems]
      : [
          SUMMARY_TEXT.problems,
          ...problems.map((row) =>
            SUMMARY_TEXT.problem(row.id, ROW_STATUS_WORDS[row.status], oneLine(row.summary)),
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
