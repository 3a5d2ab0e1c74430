// The IPC map types both ends: wrong-types.ts compiles only because each wrong line carries an
// expect-error mark; without the marks, TypeScript reports an error on exactly those lines.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CHANNELS } from '../../../common/ipc/channels';
import { INVOKE_ARGUMENTS } from '../../../common/ipc/map';
import { ROOT, typeErrors } from '../../support/typescript';

const CASES = 'test/unit/ipc/wrong-types.ts';
const MARK = '// @ts-expect-error';

const errorLines = (text: string) =>
  typeErrors('tsconfig.node.json', CASES, text).map((error) => error.line);

describe('the IPC map', () => {
  const text = readFileSync(join(ROOT, CASES), 'utf8');
  const marked = text
    .split('\n')
    .flatMap((line, index) => (line.trim().startsWith(MARK) ? [index + 2] : []));

  it('has wrong cases to prove', () => {
    expect(marked.length).toBeGreaterThanOrEqual(5);
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

  it('names a channel for every invoked and pushed entry, and nothing else', () => {
    expect(Object.keys(CHANNELS).sort()).toEqual(
      [...Object.keys(INVOKE_ARGUMENTS), 'event', 'menuCommand'].sort(),
    );
  });
});
