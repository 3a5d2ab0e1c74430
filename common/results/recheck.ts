// Which rows to check again, the one choice behind the app's "Re-run failed rows", `watch` and
// the app's "Keep checking" (issue 20): the rows that are not passing, and the rows whose
// servers an extra check among them measures against (`serversOf`), which run again with it.
import type { PlannedRow } from '../plan';
import { isProblemRow } from '../reports/presented-status';
import type { RowResult } from './schema';

export interface RecheckChoice {
  /**
   * Rows that answered in part (`warn`) too. "Re-run failed rows" keeps them (they answered);
   * while IT changes the firewall they are rows still to turn green.
   */
  warnings: boolean;
}

export function rowsToCheckAgain(
  rows: readonly Pick<RowResult, 'id' | 'status' | 'table'>[],
  planned: readonly Pick<PlannedRow, 'id' | 'enabled' | 'probes'>[],
  choice: RecheckChoice,
): string[] {
  // Failed or could not tell, as the problem list counts them (an extra check that could not
  // measure is no problem: its guide rows say why).
  const failed = rows
    .filter((r) => (choice.warnings || r.status !== 'warn') && isProblemRow(r))
    .map((r) => r.id);
  const byId = new Map(planned.map((r) => [r.id, r]));
  const serversOf = (id: string) => (byId.get(id)?.probes ?? []).flatMap((p) => p.serversOf ?? []);
  // An extra check that could not measure because its guide rows failed (X.2 without STUN)
  // goes with them: once they pass it can measure, and would stay "could not tell" otherwise.
  const waiting = rows
    .filter(
      (r) =>
        r.status === 'unverified' &&
        byId.get(r.id)?.enabled &&
        serversOf(r.id).some((id) => failed.includes(id)),
    )
    .map((r) => r.id);
  // The rows each of them measures against run again with it, or it would measure fewer.
  const builtOn = [...failed, ...waiting].flatMap(serversOf);
  const wanted = new Set([...failed, ...waiting, ...builtOn]);
  // In the plan's order, each once; rows a plan leaves out (legacy off) are not asked for.
  return rows
    .filter((r) => wanted.has(r.id) && (failed.includes(r.id) || byId.get(r.id)?.enabled))
    .map((r) => r.id);
}
