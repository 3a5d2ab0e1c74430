// `onsight-netcheck decode CODE`: a helpdesk code read out on the phone, back into the
// caller's diagnosis (the same words as their screen) and the table.
import { decodeForDisplay, type DecodedCode } from '../../common/helpdesk/decoded-table';
import { diagnosisLines } from '../../common/reports/diagnosis-lines';
import type { LoadedProfile } from '../engine/profile-loader';
import { InputError } from './args';
import { formatRowLine, type TableStyle } from './table';

const onOff = (on: boolean) => (on ? 'on' : 'off');

export function decodeCode(code: string, { profile, hash }: LoadedProfile): DecodedCode {
  const answer = decodeForDisplay(code, profile, hash);
  if (!answer.ok) throw new InputError(`decode ${JSON.stringify(code)}: ${answer.message}`);
  return answer.decoded;
}

export function decodeToText(
  decoded: DecodedCode,
  loaded: LoadedProfile,
  style: TableStyle,
): string[] {
  const { options, diagnosis } = decoded;
  const { profile } = loaded;
  const lines = [
    `Helpdesk code ${decoded.code} (profile ${profile.id} ${profile.version} r${profile.revision})`,
    `Options: TeamLink ${onOff(options.teamlink)}, legacy ${onOff(options.legacy)}, China ${onOff(options.china)}, custom domains ${options.customDomains ? 'yes' : 'none'}`,
    '',
    ...(decoded.notice === null ? [] : [decoded.notice, '']),
    ...diagnosisLines(diagnosis),
  ];
  for (const table of decoded.tables) {
    lines.push('', table.title);
    for (const row of table.rows) lines.push(formatRowLine({ ...row, summary: '' }, style));
  }
  return lines;
}
