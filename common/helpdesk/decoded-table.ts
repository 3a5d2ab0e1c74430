// What a decoded helpdesk code shows, grouped by the guide's tables: the same view for the
// CLI's `decode` and the app's "Enter a helpdesk code" (issue 7).
import type { RowStatus } from '../outcomes';
import type { Profile } from '../profile/schema';
import type { DecodedHelpdeskCode } from './code';

export interface DecodedRow {
  id: string;
  title: string;
  status: RowStatus;
  /** The rule to add, for rows that are a problem. */
  remediation?: string;
}

export interface DecodedGroup {
  table: string;
  title: string;
  rows: DecodedRow[];
}

const PROBLEMS = new Set<RowStatus>(['fail', 'warn', 'unverified']);

export function decodedTable(profile: Profile, decoded: DecodedHelpdeskCode): DecodedGroup[] {
  const status = new Map(decoded.rows.map((r) => [r.id, r.status]));
  return profile.tables
    .map((table) => ({
      table: table.id,
      title: table.title,
      rows: profile.rows
        .filter((row) => row.table === table.id)
        .map((row): DecodedRow => {
          const rowStatus = status.get(row.id) ?? 'pending';
          return {
            id: row.id,
            title: row.title,
            status: rowStatus,
            ...(PROBLEMS.has(rowStatus) ? { remediation: row.remediation } : {}),
          };
        }),
    }))
    .filter((group) => group.rows.length > 0);
}
