// A file of compile-time cases: it compiles only because each wrong line carries an
// expect-error mark, and without the marks TypeScript reports an error on exactly those lines.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { ROOT, typeErrors } from './typescript';

const MARK = '// @ts-expect-error';

/** The three checks of a cases file, under the tsconfig that includes it. */
export function itProvesCompileCases(file: string, atLeast: number, config = 'tsconfig.node.json') {
  const errorLines = (text: string) => typeErrors(config, file, text).map((error) => error.line);
  const text = readFileSync(join(ROOT, file), 'utf8');
  const marked = text
    .split('\n')
    .flatMap((line, index) => (line.trim().startsWith(MARK) ? [index + 2] : []));

  it('has wrong cases to prove', () => {
    expect(marked.length).toBeGreaterThanOrEqual(atLeast);
  });

  it('compiles the cases file as it is (every @ts-expect-error is used)', () => {
    expect(errorLines(text)).toEqual([]);
  }, 60_000);

  it('fails to compile each marked line once its mark is removed', () => {
    const unmarked = text
      .split('\n')
      .map((line) => (line.trim().startsWith(MARK) ? '' : line))
      .join('\n');
    expect([...new Set(errorLines(unmarked))].sort((a, b) => a - b)).toEqual(marked);
  }, 60_000);
}
