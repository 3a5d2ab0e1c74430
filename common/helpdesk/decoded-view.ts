// How helpdesk mode lays out a decoded code's rows (issue 17): the problems first, then every
// table the caller's run checked. A table whose every row was off (the legacy Tables 2-3 and
// 2-4 unless the caller turned them on) stays hidden, as it is on the caller's screen.
import { isProblemStatus } from '../outcomes';
import type { DecodedCode, DecodedRow } from './decoded-table';

export interface DecodedRowsView {
  /** Rows that failed, warned or could not be confirmed, in the profile's order. */
  problems: DecodedRow[];
  /** The tables behind "Show all rows". */
  tables: DecodedCode['tables'];
}

export function decodedRowsView(decoded: Pick<DecodedCode, 'tables'>): DecodedRowsView {
  const tables = decoded.tables.filter((table) =>
    table.rows.some((row) => row.status !== 'skipped'),
  );
  return {
    problems: tables.flatMap((table) => table.rows.filter((row) => isProblemStatus(row.status))),
    tables,
  };
}
