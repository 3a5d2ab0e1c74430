// `onsight-netcheck decode CODE`: a helpdesk code read out on the phone, back into the
// caller's diagnosis (the same words as their screen) and the table.
import { decodeForDisplay, type DecodedCode } from '../../common/helpdesk/decoded-table';
import { diagnosisLines } from '../../common/reports/diagnosis-lines';
import { wrap, wrapLines } from '../../common/reports/wrap';
import { CLI_TEXT } from '../../common/i18n';
import type { LoadedProfile } from '../engine/profile-loader';
import { InputError } from './args';
import { rulesLineOf } from '../../common/reports/coverage-words';
import { coverageLegendLines, formatRow, type TableStyle } from './table';

export function decodeCode(code: string, { profile, hash }: LoadedProfile): DecodedCode {
  const answer = decodeForDisplay(code, profile, hash);
  if (!answer.ok) throw new InputError(CLI_TEXT.errors.decode(code, answer.message));
  return answer.decoded;
}

export function decodeToText(
  decoded: DecodedCode,
  loaded: LoadedProfile,
  style: TableStyle,
): string[] {
  const { options, diagnosis } = decoded;
  const { profile } = loaded;
  const lines = wrapLines(
    [
      CLI_TEXT.decodeHeading(decoded.code, profile.id, profile.version, profile.revision),
      CLI_TEXT.decodeOptions({ ...options, custom: options.customDomains }),
      '',
      ...(decoded.notice === null ? [] : [decoded.notice, '']),
      ...diagnosisLines(diagnosis),
      rulesLineOf(decoded.guide),
    ],
    style.width,
  );
  for (const table of decoded.tables) {
    lines.push('', ...wrap(table.title, style.width));
    for (const row of table.rows) lines.push(...formatRow({ ...row, summary: '' }, style));
  }
  const legend = coverageLegendLines(
    decoded.tables.flatMap((table) => table.rows),
    style,
  );
  if (legend.length > 0) lines.push('', ...legend);
  return lines;
}
