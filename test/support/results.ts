// Builders for row results in verdict and fold tests: small, explicit, no engine involved.
import type { Outcome, ProbeStatus, RowStatus } from '../../common/outcomes';
import { DEFAULT_OPTIONS } from '../../common/options';
import { finishResult } from '../../common/results/assemble';
import {
  RESULT_SCHEMA_VERSION,
  type ProbeResult,
  type ResultDocument,
  type RowResult,
} from '../../common/results/schema';
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

/** A whole result document of the default profile, its rows as defaultRows gives them. */
export function resultDocument(
  statuses: Record<string, RowStatus> = {},
  startedAt = '2026-12-03T09:00:00.000Z',
): ResultDocument {
  const { profile, hash } = defaultProfile();
  return finishResult(
    {
      schemaVersion: RESULT_SCHEMA_VERSION,
      tool: { name: 'onsight-netcheck', version: '0.1.0' },
      profile: { id: profile.id, version: profile.version, revision: profile.revision, hash },
      options: DEFAULT_OPTIONS,
      mappings: [],
      startedAt,
      durationMs: 400,
      host: null,
      proxy: { source: 'none', tried: [], worked: null },
      rows: defaultRows(statuses),
    },
    profile,
    false,
  );
}
