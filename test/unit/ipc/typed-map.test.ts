// The IPC map types both ends: wrong-types.ts compiles only because each wrong line carries an
// expect-error mark; without the marks, TypeScript reports an error on exactly those lines.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { CHANNELS } from '../../../common/ipc/channels';
import { INVOKE_ARGUMENTS } from '../../../common/ipc/map';

const ROOT = join(__dirname, '../../..');
const CASES = join(__dirname, 'wrong-types.ts');
const MARK = '// @ts-expect-error';

/** Type errors of `text` compiled as the cases file, by 1-based line. */
function errorLines(text: string): number[] {
  const config = ts.getParsedCommandLineOfConfigFile(
    join(ROOT, 'tsconfig.node.json'),
    {},
    {
      ...ts.sys,
      onUnRecoverableConfigFileDiagnostic: (d) => {
        throw new Error(ts.flattenDiagnosticMessageText(d.messageText, '\n'));
      },
    },
  )!;
  const host = ts.createCompilerHost(config.options);
  const read = host.readFile.bind(host);
  host.readFile = (file) => (file === CASES ? text : read(file));
  const program = ts.createProgram([CASES], config.options, host);
  const source = program.getSourceFile(CASES)!;
  return ts
    .getPreEmitDiagnostics(program, source)
    .filter((d) => d.file === source && d.start !== undefined)
    .map((d) => source.getLineAndCharacterOfPosition(d.start!).line + 1);
}

describe('the IPC map', () => {
  const text = readFileSync(CASES, 'utf8');
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
