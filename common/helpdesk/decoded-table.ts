// A helpdesk code read back for a person: the guide's tables with each row's status and,
// for every problem, the rule to add. One view for the CLI's `decode` and the app's
// "Help > Enter a helpdesk code…" (issue 7, "Decode").
import type { RowStatus, VerdictStatus } from '../outcomes';
import type { Profile } from '../profile/schema';
import { groupSymbols, symbolChar, symbolValue } from './base32';
import { decodeHelpdeskCode, type HelpdeskDecodeError } from './code';

/** One row of a decoded helpdesk code: its status and, for a problem, what to do about it. */
export interface DecodedRow {
  id: string;
  title: string;
  status: RowStatus;
  /** The profile's remediation, for rows that failed, warned or could not be told. */
  remediation: string | null;
}

/** A helpdesk code read back into the table it came from, grouped as the guide's tables. */
export interface DecodedCode {
  /** The code as typed, in capitals and groups of four. */
  code: string;
  profile: { id: string; version: string };
  verdict: VerdictStatus;
  options: { teamlink: boolean; legacy: boolean; china: boolean; customDomains: boolean };
  tables: { id: string; title: string; rows: DecodedRow[] }[];
}

/** A mistyped code says which mistake it is instead of showing a wrong table. */
export type DecodeErrorReason = HelpdeskDecodeError['reason'];

export type DecodeResult =
  { ok: true; decoded: DecodedCode } | { ok: false; reason: DecodeErrorReason; message: string };

/** Statuses an agent has to act on: these rows carry their remediation. */
const PROBLEMS: ReadonlySet<RowStatus> = new Set(['fail', 'warn', 'unverified']);

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
  const statusOf = new Map(read.decoded.rows.map((r) => [r.id, r.status]));
  const rowsOf = (tableId: string): DecodedRow[] =>
    profile.rows
      .filter((row) => row.table === tableId)
      .map((row) => {
        const status = statusOf.get(row.id) ?? 'pending';
        return {
          id: row.id,
          title: row.title,
          status,
          remediation: PROBLEMS.has(status) ? row.remediation : null,
        };
      });
  return {
    ok: true,
    decoded: {
      code: normalise(code),
      profile: { id: profile.id, version: profile.version },
      verdict: read.decoded.verdict,
      options: read.decoded.options,
      tables: profile.tables
        .map((table) => ({ id: table.id, title: table.title, rows: rowsOf(table.id) }))
        .filter((table) => table.rows.length > 0),
    },
  };
}
