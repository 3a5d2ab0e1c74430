// One row's change in words, the same on every face that compares two readings (issue 20):
// "2-2.3 Secure SIP: Fail → Pass", with the row's plain title and the status words a person
// reads everywhere else (an optional rule that fails reads "Recommended").
import { COMPARE_TEXT, LANGUAGE_TEXT } from '../i18n';
import { rowTitle } from '../i18n/row-words';
import type { ComparedRow, RowChange } from '../results/row-changes';
import { presentedStatus, presentedStatusWord } from './presented-status';

const statusWord = (row: ComparedRow | null): string =>
  row === null ? COMPARE_TEXT.absent : presentedStatusWord(presentedStatus(row));

export function rowChangeLine(change: RowChange): string {
  const row = (change.after ?? change.before)!;
  return LANGUAGE_TEXT.labelled(
    `${change.id} ${rowTitle(row)}`,
    COMPARE_TEXT.change(statusWord(change.before), statusWord(change.after)),
  );
}
