// `--report FILE`: the same report the app saves, in the format the file's extension names.
import { writeFileSync } from 'node:fs';
import { extname } from 'node:path';
import { htmlReport } from '../../common/reports/html';
import { jsonReport } from '../../common/reports/json';
import { textReport } from '../../common/reports/text';
import type { ReportInput } from '../../common/reports/model';
import { CLI_TEXT } from '../../common/i18n';
import { InputError } from './args';

const WRITERS: Record<string, (input: ReportInput) => string> = {
  '.html': htmlReport,
  '.htm': htmlReport,
  '.json': jsonReport,
  '.txt': textReport,
  '.text': textReport,
};

/** Checked before the run starts, so a typo never costs a whole run. */
export function reportWriterFor(file: string): (input: ReportInput) => string {
  const extension = extname(file).toLowerCase();
  const writer = WRITERS[extension];
  if (writer) return writer;
  throw new InputError(CLI_TEXT.errors.reportFormat(file, extension === '.pdf'));
}

export function writeReport(
  file: string,
  writer: (input: ReportInput) => string,
  input: ReportInput,
): void {
  try {
    writeFileSync(file, writer(input));
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? 'error';
    throw new InputError(CLI_TEXT.errors.reportUnwritable(file, code));
  }
}
