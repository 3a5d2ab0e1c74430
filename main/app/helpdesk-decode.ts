// "Help > Enter a helpdesk code…": a code read out on the phone, back into the grouped table
// of rows and statuses, the verdict and the remediation of each problem (issue 7, "Decode").
// Only the loaded profile can read a code: one made with another profile says so.
import type { DecodeResult, DecodedRow } from '../../common/ipc/contract';
import { symbolChar, symbolValue, groupSymbols } from '../../common/helpdesk/base32';
import { decodeHelpdeskCode } from '../../common/helpdesk/code';
import type { RowStatus } from '../../common/outcomes';
import type { Profile } from '../../common/profile/schema';

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
        const status = statusOf.get(row.id)!;
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
