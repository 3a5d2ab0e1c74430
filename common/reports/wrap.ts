// Word wrapping for every text face (the plain-text report, the CLI's table and footer): e-mail
// clients, chat and terminals break long lines at arbitrary places, mid-word, so these faces
// never write a line over the width themselves.

/** Where to cut a word too long for the line: after the last dot, dash or slash that fits. */
function cutPoint(word: string, room: number): number {
  const head = word.slice(0, room);
  const soft = Math.max(...['.', '-', '/', ',', ':'].map((c) => head.lastIndexOf(c)));
  return soft > 0 ? soft + 1 : room;
}

/**
 * Wraps `text` into lines of at most `width` columns, the first starting with `first` and the
 * rest with `rest` (a hanging indent). A word longer than a line is cut, so the width holds.
 */
export function wrap(text: string, width: number, first = '', rest = first): string[] {
  const lines: string[] = [];
  let line = first;
  let empty = true;
  /** Columns left on the line for the next word, counting the space before it. */
  const room = () => width - line.length - (empty ? 0 : 1);
  const add = (piece: string) => {
    line += (empty ? '' : ' ') + piece;
    empty = false;
  };
  const flush = () => {
    lines.push(line.trimEnd());
    line = rest;
    empty = true;
  };
  for (let word of text.split(/\s+/).filter((w) => w.length > 0)) {
    // A word that fits a fresh line moves there whole; a longer one is cut where it stands.
    if (!empty && word.length > room() && word.length <= width - rest.length) flush();
    while (word.length > room()) {
      if (!empty && room() < 2) {
        flush();
        continue;
      }
      const cut = cutPoint(word, Math.max(1, room()));
      add(word.slice(0, cut));
      word = word.slice(cut);
      flush();
    }
    if (word.length > 0) add(word);
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
