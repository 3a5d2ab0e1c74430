// A helpdesk code read back for a person: the caller's diagnosis, told in the same words as
// their screen (common/diagnosis), and the guide's tables with each row's status. One view
// for the CLI's `decode` and the app's "Enter a helpdesk code".
import type { RowStatus } from '../outcomes';
import type { Profile, RowSpec } from '../profile/schema';
import type { Coverage, Diagnosis } from '../results/schema';
import { describe, type CodeOptions } from '../diagnosis/describe';
import { coveragesOf } from '../diagnosis/coverage';
import { guideName } from '../reports/coverage-words';
import { groupSymbols, symbolChar, symbolValue } from './base32';
import { HELPDESK_TEXT } from '../i18n';
import { rowTitle, tableTitle } from '../i18n/row-words';
import { decodeHelpdeskCode, type HelpdeskDecodeError } from './code';

/** One row of a decoded helpdesk code. */
export interface DecodedRow {
  id: string;
  /** The profile's table (the extra checks' X is told apart: common/reports/presented-status.ts). */
  table: string;
  title: string;
  /** The profile's level: how the status is shown (an optional failure is "Recommended"). */
  level: RowSpec['level'];
  status: RowStatus;
  /** As the caller's run gave it: derived from the same statuses and options. */
  coverage?: Coverage;
}

/** A helpdesk code read back into the caller's story and the tables it came from. */
export interface DecodedCode {
  /** The code as typed, in capitals and groups of four. */
  code: string;
  profile: { id: string; version: string };
  /** The guide the profile's rules come from, in words (issue 20). */
  guide: string;
  options: CodeOptions;
  diagnosis: Diagnosis;
  /** Said before the diagnosis: a code from an older version carries no cause of its own. */
  notice: string | null;
  tables: { id: string; title: string; rows: DecodedRow[] }[];
}

/** A mistyped code says which mistake it is instead of showing a wrong table. */
export type DecodeErrorReason = HelpdeskDecodeError['reason'];

export type DecodeResult =
  { ok: true; decoded: DecodedCode } | { ok: false; reason: DecodeErrorReason; message: string };

/** "k7q2 m9xd-4rta" → "K7Q2-M9XD-4RTA", with look-alikes read as digits (O→0, I/L→1). */
function normalise(code: string): string {
  const symbols = [...code]
    .map(symbolValue)
    .filter((v): v is number => v !== null)
    .map(symbolChar);
  return groupSymbols(symbols.join(''));
}

export function decodeForDisplay(
  code: string,
  profile: Profile,
  profileHash: string,
): DecodeResult {
  const read = decodeHelpdeskCode(code, profile, profileHash);
  if (!read.ok) return { ok: false, reason: read.reason, message: read.message };
  const statusOf = new Map(read.facts.rows.map((r) => [r.id, r.status]));
  const coverage = coveragesOf(read.facts, profile);
  const rowsOf = (tableId: string): DecodedRow[] =>
    profile.rows
      .filter((row) => row.table === tableId)
      .map((row): DecodedRow => {
        const own = coverage.get(row.id);
        return {
          id: row.id,
          table: row.table,
          title: rowTitle(row),
          level: row.level,
          status: statusOf.get(row.id) ?? 'pending',
          ...(own && { coverage: own }),
        };
      })
      // A row the code's version did not have (table X in a code of 0.2) was not checked.
      .filter((row) => row.status !== 'pending');
  const diagnosis = describe(read.facts, profile);
  const { origin } = read;
  return {
    ok: true,
    decoded: {
      code: normalise(code),
      profile: { id: profile.id, version: profile.version },
      guide: guideName(profile),
      options: read.facts.options,
      diagnosis,
      notice:
        origin.format === 1
          ? HELPDESK_TEXT.olderVersion(origin.verdict, origin.verdict === diagnosis.verdict)
          : null,
      tables: profile.tables
        .map((table) => ({ id: table.id, title: tableTitle(table), rows: rowsOf(table.id) }))
        .filter((table) => table.rows.length > 0),
    },
  };
}
