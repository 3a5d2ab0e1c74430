// `onsight-netcheck decode CODE`: a helpdesk code read out on the phone, back into the table.
import { decodeForDisplay } from '../../common/helpdesk/decoded-table';
import { VERDICT_HEADLINES } from '../../common/i18n/en';
import type { LoadedProfile } from '../engine/profile-loader';
import { InputError } from './args';
import { formatRowLine, type TableStyle } from './table';

const onOff = (on: boolean) => (on ? 'on' : 'off');

export function decodeToText(
  code: string,
  { profile, hash }: LoadedProfile,
  style: TableStyle,
): string[] {
  const answer = decodeForDisplay(code, profile, hash);
  if (!answer.ok) throw new InputError(`decode ${JSON.stringify(code)}: ${answer.message}`);
  const { decoded } = answer;
  const { options } = decoded;
  const lines = [
    `Helpdesk code ${decoded.code} (profile ${profile.id} ${profile.version} r${profile.revision})`,
    `Options: TeamLink ${onOff(options.teamlink)}, legacy ${onOff(options.legacy)}, China ${onOff(options.china)}, custom domains ${options.customDomains ? 'yes' : 'none'}`,
    VERDICT_HEADLINES[decoded.verdict],
  ];
  const fixes: string[] = [];
  for (const table of decoded.tables) {
    lines.push('', table.title);
    for (const row of table.rows) {
      lines.push(formatRowLine({ ...row, summary: '' }, style));
      if (row.remediation) fixes.push(`  ${row.id}: ${row.remediation}`);
    }
  }
  if (fixes.length > 0) lines.push('', 'What to fix:', ...fixes);
  return lines;
}
