// Builders for row results in verdict and fold tests: small, explicit, no engine involved.
import type { Outcome, ProbeStatus, RowStatus } from '../../common/outcomes';
import type { ProbeResult, RowResult } from '../../common/results/schema';
import { defaultProfile } from '../../main/engine/profile-loader';

export function probeResult(
  overrides: Partial<ProbeResult> & { outcome: Outcome; status: ProbeStatus },
): ProbeResult {
  return {
    probeId: '2-2.2#1',
    rowId: '2-2.2',
    kind: 'tcp',
    transport: 'tcp',
    target: '198.18.1.1',
    address: '198.18.1.1',
    port: 5060,
    rttMs: overrides.outcome === 'reply' ? 12 : null,
    startedAt: 1.5,
    finishedAt: overrides.outcome === 'reply' ? 13.5 : 3001.5,
    detail: {},
    ...overrides,
  };
}

/** Every row of the default profile, each with the status given (default: pass). */
export function defaultRows(
  statuses: Record<string, RowStatus> = {},
  enabled: Record<string, boolean> = {},
): RowResult[] {
  return defaultProfile().profile.rows.map((row) => {
    const on = enabled[row.id] ?? row.enabledBy === undefined;
    const status: RowStatus = !on
      ? 'skipped'
      : row.level === 'info'
        ? 'info'
        : (statuses[row.id] ?? 'pass');
    return {
      id: row.id,
      table: row.table,
      title: row.title,
      level: row.level,
      enabled: on,
      status,
      summary: '',
      remediation: row.remediation,
      probes: [],
    };
  });
}
