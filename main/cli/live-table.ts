// The table while the run goes on. In a terminal tall enough for it, a row is redrawn in
// place when it changes: the cursor goes up to it, and it and every row below are drawn again
// (a row may now take more lines). A terminal scrolls lines off its top where no cursor can
// reach them, so a table taller than the terminal would leave rows "Waiting" for good: then
// each row is printed once instead, when it and every row above it have finished, in the
// plan's order. Not a terminal (a pipe, a file): the whole table once, at the end.
import { formatRow, type TableRow, type TableStyle } from './table';

export interface TableOutput {
  write(text: string): unknown;
  /** The terminal's height in lines, when it is one. */
  rows?: number;
}

export interface LiveTable {
  update(row: TableRow): void;
  /** Draws the final rows, so that no row is left waiting, and leaves the cursor below. */
  finish(rows: readonly TableRow[]): void;
}

/** A terminal's height when it does not say: the VT100's. */
const DEFAULT_ROWS = 24;

const finished = (row: TableRow) => row.status !== 'pending' && row.status !== 'running';

export function liveTable(
  out: TableOutput,
  planned: readonly TableRow[],
  style: TableStyle,
  terminal: boolean,
): LiveTable {
  const rows = [...planned];
  const lines = rows.map((row) => formatRow(row, style));
  const index = new Map(rows.map((row, i) => [row.id, i]));
  /** Lines from row `from` to the end of the table. */
  const height = (from: number) => lines.slice(from).reduce((sum, row) => sum + row.length, 0);
  // The cursor rests on the line under the table, which must stay on the screen too.
  const fits = () => height(0) <= (out.rows ?? DEFAULT_ROWS) - 1;
  const text = (from: number) => `${lines.slice(from).flat().join('\n')}\n`;
  /**
   * Cursor up `up` lines, and `fresh` over them, line by line (erase line, write), stale lines
   * left over blanked. Never "erase below": from the top of the screen that clears the whole
   * screen, which tmux (scroll-on-clear) and others first push into the scrollback, where a
   * stale table would stay.
   */
  const overwrite = (up: number, fresh: readonly string[]) => {
    const stale = Math.max(0, up - fresh.length);
    const body = [...fresh, ...Array<string>(stale).fill('')].map((line) => `\x1b[2K${line}\n`);
    return `\x1b[${up}A\r${body.join('')}${stale > 0 ? `\x1b[${stale}A` : ''}`;
  };

  let mode: 'redraw' | 'append' | 'end' = !terminal ? 'end' : fits() ? 'redraw' : 'append';
  /** In append mode: the first `printed` rows are on the screen for good. */
  let printed = 0;
  const printFinished = (all: boolean) => {
    let chunk = '';
    for (; printed < rows.length && (all || finished(rows[printed]!)); printed += 1)
      chunk += `${lines[printed]!.join('\n')}\n`;
    if (chunk) out.write(chunk);
  };
  if (mode === 'redraw') out.write(text(0));

  const update = (row: TableRow) => {
    const i = index.get(row.id);
    if (i === undefined) return;
    const below = height(i);
    const total = height(0);
    rows[i] = row;
    lines[i] = formatRow(row, style);
    if (mode === 'append') printFinished(false);
    else if (mode === 'redraw' && fits()) out.write(overwrite(below, lines.slice(i).flat()));
    else if (mode === 'redraw') {
      // Grown taller than the terminal: take the table back and go on row by row.
      out.write(overwrite(total, []));
      mode = 'append';
      printFinished(false);
    }
  };

  return {
    update,
    finish(final) {
      for (const row of final) {
        const i = index.get(row.id);
        if (i !== undefined && formatRow(row, style).join('\n') !== lines[i]!.join('\n'))
          update(row);
      }
      if (mode === 'append') printFinished(true);
      if (mode === 'end') out.write(text(0));
    },
  };
}
