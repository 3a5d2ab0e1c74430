// Word wrapping for every text face (the plain-text report, the CLI's table and footer): e-mail
// clients, chat and terminals break long lines at arbitrary places, mid-word, so these faces
// never write a line over the width themselves.
import { breakableParts, columns } from './columns';

/** The longest start of `word` that fits in `room` columns. */
function fitting(word: string, room: number): string {
  let head = '';
  for (const char of word) {
    if (columns(head + char) > room) break;
    head += char;
  }
  return head;
}

/** Where to cut a word too long for the line: after the last dot, dash or slash that fits. */
function cutPoint(word: string, room: number): number {
  const head = fitting(word, room);
  const soft = Math.max(...['.', '-', '/', ',', ':'].map((c) => head.lastIndexOf(c)));
  return soft > 0 ? soft + 1 : Math.max(1, head.length);
}

/**
 * Wraps `text` into lines of at most `width` columns, the first starting with `first` and the
 * rest with `rest` (a hanging indent). Lines break at blanks, and between CJK characters
 * (common/reports/columns.ts); a word longer than a line is cut, so the width holds.
 */
export function wrap(text: string, width: number, first = '', rest = first): string[] {
  const lines: string[] = [];
  let line = first;
  let empty = true;
  /** Columns left on the line for the next piece, counting the blank before it. */
  const room = (blank: boolean) => width - columns(line) - (empty || !blank ? 0 : 1);
  const add = (piece: string, blank: boolean) => {
    line += (empty || !blank ? '' : ' ') + piece;
    empty = false;
  };
  const flush = () => {
    lines.push(line.trimEnd());
    line = rest;
    empty = true;
  };
  // No-break spaces (French "maintenant :", "15 000") hold their words together.
  for (const word of text.split(/[^\S\u00a0\u202f]+/).filter((w) => w.length > 0)) {
    breakableParts(word).forEach((whole, index) => {
      // Only a word's first piece follows a blank; CJK pieces join their neighbours directly.
      const blank = index === 0;
      let piece = whole;
      // A piece that fits a fresh line moves there whole; a longer one is cut where it stands.
      if (!empty && columns(piece) > room(blank) && columns(piece) <= width - columns(rest))
        flush();
      while (columns(piece) > room(blank)) {
        if (!empty && room(blank) < 2) {
          flush();
          continue;
        }
        const cut = cutPoint(piece, Math.max(1, room(blank)));
        add(piece.slice(0, cut), blank);
        piece = piece.slice(cut);
        flush();
      }
      if (piece.length > 0) add(piece, blank);
    });
  }
  if (!empty || lines.length === 0) lines.push(line.trimEnd());
  return lines;
}

/**
 * Lines of prose as the text faces print them (common/reports/diagnosis-lines.ts): a list
 * item ("  - text") hangs under its own text, any other line continues two columns in, and an
 * empty line stays empty.
 */
export function wrapLines(lines: readonly string[], width: number): string[] {
  return lines.flatMap((line) => {
    if (line.trim() === '') return [''];
    const item = /^(\s*- )(.*)$/.exec(line);
    if (item) return wrap(item[2]!, width, item[1]!, ' '.repeat(item[1]!.length));
    return wrap(line, width, '', '  ');
  });
}
