// The firewall change request: what an administrator must add, one line per failing rule.
import type { RowResult } from './schema';

export function changeRequest(rows: readonly RowResult[]): string[] {
  const lines = rows.filter((r) => r.status === 'fail' || r.status === 'warn').map((r) => r.remediation);
  return [...new Set(lines.filter((line) => line.length > 0))];
}
