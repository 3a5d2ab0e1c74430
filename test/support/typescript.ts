// Type-checks one file as a tsconfig of the project would, with its text replaced (or a file
// that does not exist on disk yet): the type errors, by 1-based line.
import { join } from 'node:path';
import ts from 'typescript';

export const ROOT = join(__dirname, '../..');

export interface TypeError {
  line: number;
  message: string;
}

export function typeErrors(configName: string, file: string, text: string): TypeError[] {
  const path = join(ROOT, file);
  const config = ts.getParsedCommandLineOfConfigFile(
    join(ROOT, configName),
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
  const exists = host.fileExists.bind(host);
  host.readFile = (name) => (name === path ? text : read(name));
  host.fileExists = (name) => name === path || exists(name);
  const program = ts.createProgram([path], config.options, host);
  const source = program.getSourceFile(path)!;
  return ts
    .getPreEmitDiagnostics(program, source)
    .filter((d) => d.file === source && d.start !== undefined)
    .map((d) => ({
      line: source.getLineAndCharacterOfPosition(d.start!).line + 1,
      message: ts.flattenDiagnosticMessageText(d.messageText, '\n'),
    }));
}
