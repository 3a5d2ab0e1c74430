// The short plain-text summary behind "Copy summary" (issue 7): what a person pastes into a
// chat or an e-mail to the helpdesk or the IT team. The verdict, the helpdesk code that
// carries the whole result, the rows to look at, and the firewall rules to open; the full
// story stays in the saved report.
import type { RowStatus } from '../outcomes';
import type { ResultDocument } from '../results/schema';
import { REPORT_TEXT, ROW_STATUS_WORDS, SUMMARY_TEXT, VERDICT_HEADLINES } from '../i18n/en';
import { formatReportDate } from './model';

/** The rows a person has to act on or ask about: the same as the window's "only problems". */
const PROBLEMS: ReadonlySet<RowStatus> = new Set<RowStatus>(['fail', 'warn', 'unverified']);

/** One line per row, whatever line breaks or runs of spaces an engine message carries. */
const oneLine = (text: string) => text.replace(/\s+/g, ' ').trim();

export function summaryText(result: ResultDocument): string {
  const { verdict } = result;
  const caveats = [...verdict.caveats];
  // As in the saved reports: a partial run says so even when the verdict carries no caveat.
  if (verdict.partial && caveats.length === 0) caveats.push(REPORT_TEXT.partial);

  const head = [
    SUMMARY_TEXT.title(formatReportDate(result.startedAt)),
    VERDICT_HEADLINES[verdict.status],
    oneLine(verdict.reason),
    ...caveats.map((caveat) => SUMMARY_TEXT.caveat(oneLine(caveat))),
    ...(result.helpdeskCode ? [SUMMARY_TEXT.code(result.helpdeskCode)] : []),
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
    sections.push([SUMMARY_TEXT.changeRequest, ...result.changeRequest]);
  return sections.map((lines) => lines.join('\n')).join('\n\n');
}
