// How helpdesk mode lays out a decoded code's rows (issue 17): the problems first, then every
// table the caller's run checked, as the caller's window shows them. A table whose every row
// was off (the legacy Tables 2-3 and 2-4 unless the caller turned them on) stays hidden, and
// the guide's reminders (2-0.1, 3-1.2, 3-1.3) are notes for IT, not rows with a status.
import { isNoteRow, isProblemRow } from '../reports/presented-status';
import type { DecodedCode, DecodedRow } from './decoded-table';

export interface DecodedRowsView {
  /** Rows that failed, warned or could not be confirmed, in the profile's order. */
  problems: DecodedRow[];
  /** The tables behind "Show all rows". */
  tables: DecodedCode['tables'];
}

export function decodedRowsView(decoded: Pick<DecodedCode, 'tables'>): DecodedRowsView {
  const tables = decoded.tables
    .map((table) => ({ ...table, rows: table.rows.filter((row) => !isNoteRow(row)) }))
    .filter((table) => table.rows.some((row) => row.status !== 'skipped'));
  return {
    problems: tables.flatMap((table) => table.rows.filter(isProblemRow)),
    tables,
  };
}
