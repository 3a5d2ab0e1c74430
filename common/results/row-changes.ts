// What changed between two readings of a site, row by row: the one comparison that `watch`,
// `diff` and the app's "Keep checking" make (issue 20). Statuses are compared as recorded
// (an optional rule's `fail` is shown as "Recommended", common/reports/presented-status.ts).
import type { RowResult } from './schema';

export type ComparedRow = Pick<RowResult, 'id' | 'title' | 'level' | 'status'>;

export interface RowChange {
  id: string;
  /** The row in the earlier reading; null: that reading has no such row (another profile). */
  before: ComparedRow | null;
  /** The row in the later reading; null: it has no such row. */
  after: ComparedRow | null;
}

/** The rows whose status differs, in the later reading's order, then rows only the earlier has. */
export function rowChanges(
  before: readonly ComparedRow[],
  after: readonly ComparedRow[],
): RowChange[] {
  const earlier = new Map(before.map((row) => [row.id, row]));
  const later = new Set(after.map((row) => row.id));
  const changed = after.flatMap((row): RowChange[] => {
    const was = earlier.get(row.id) ?? null;
    return was?.status === row.status ? [] : [{ id: row.id, before: was, after: row }];
  });
  const gone = before
    .filter((row) => !later.has(row.id))
    .map((row): RowChange => ({ id: row.id, before: row, after: null }));
  return [...changed, ...gone];
}
