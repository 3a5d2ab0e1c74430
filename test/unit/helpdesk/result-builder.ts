// Realistic ResultDocuments for the helpdesk and report tests: the real planner over the
// default profile, with each probe's outcome chosen by the test instead of sent on the wire.
import fc from 'fast-check';
import { plan } from '../../../main/engine/planner';
import { defaultProfile } from '../../../main/engine/profile-loader';
import { classifyOutcome, type Outcome, type ProbeStatus } from '../../../common/outcomes';
import { DEFAULT_OPTIONS, type RunOptions } from '../../../common/options';
import type {
  HostInfo,
  ProbeDetail,
  ProbeResult,
  ResultDocument,
} from '../../../common/results/schema';
import { assembleResult } from '../../../common/results/assemble';
import { parsePorts } from '../../../common/net/ports';
import type { Plan, PlannedProbe } from '../../../common/plan';

export const loaded = defaultProfile();

/** Any options a person can choose, for property tests (custom domains: one or none). */
export const anyOptions: fc.Arbitrary<Partial<RunOptions>> = fc
  .record({
    teamlink: fc.boolean(),
    legacy: fc.boolean(),
    china: fc.boolean(),
    custom: fc.boolean(),
  })
  .map(({ custom, ...flags }) => ({
    ...flags,
    customDomains: custom ? ['connect.example.com'] : [],
  }));

/** What one probe target came back with; targets are the profile's names. */
export interface Answer {
  outcome: Outcome;
  detail?: ProbeDetail;
  /** The address contacted (default: the block's first host, or the target itself). */
  address?: string;
  /** When the kind judges for itself (the extra checks: a measured but poor result warns). */
  status?: ProbeStatus;
}

export interface Scenario {
  options?: Partial<RunOptions>;
  /** As `--only`: the rows this run checks. */
  only?: string[];
  /** Per row id: one answer for all its probes, or a function of the probe's target and port. */
  answers?: Record<string, Answer | ((target: string, port: number | string) => Answer)>;
  host?: HostInfo | null;
}

const RANGE_KINDS = new Set(['udp-sample', 'udp-bind']);

/**
 * As the runner does (main/engine/runner.ts, `reports`): an extra check whose rows found no
 * server did not measure; it says "not measured" only when no other probe of its row did.
 */
function measuredExtras(planned: Plan, results: ProbeResult[]): ProbeResult[] {
  const replied = (rowId: string) =>
    results.some((r) => r.rowId === rowId && r.outcome === 'reply');
  const measures = (probe: PlannedProbe) =>
    probe.kind === 'sip-alg' ? probe.serversOf!.every(replied) : probe.serversOf!.some(replied);
  const extras = planned.rows.flatMap((row) => row.probes.filter((p) => p.serversOf));
  return results.flatMap((result): ProbeResult[] => {
    const probe = extras.find((p) => p.id === result.probeId);
    if (!probe || measures(probe)) return [result];
    const siblings = extras.filter(
      (p) => p.rowId === probe.rowId && results.some((r) => r.probeId === p.id),
    );
    if (siblings.some(measures) || siblings[0] !== probe) return [];
    return [{ ...result, outcome: 'not-sent', status: 'unverified', rttMs: null, detail: {} }];
  });
}

export function buildResult(scenario: Scenario = {}): ResultDocument {
  const options = { ...DEFAULT_OPTIONS, ...scenario.options };
  const planned = plan({
    profile: loaded.profile,
    profileHash: loaded.hash,
    options,
    ...(scenario.only ? { only: scenario.only } : {}),
  });
  const results: ProbeResult[] = [];
  for (const row of planned.rows) {
    if (row.enabled) {
      for (const probe of row.probes) {
        const ports = RANGE_KINDS.has(probe.kind)
          ? [probe.ports]
          : (parsePorts(probe.ports) ?? []).flatMap((r) =>
              Array.from({ length: r.to - r.from + 1 }, (_, i) => r.from + i),
            );
        // An extra check (table X) has no targets of its own: one result, to the server its
        // rows found, when one of them runs (the runner's unitsOf).
        const extraRuns =
          probe.serversOf?.some((id) => planned.rows.find((r) => r.id === id)?.enabled) ?? false;
        const targets =
          probe.kind === 'udp-bind'
            ? [{ target: 'this computer' }]
            : probe.serversOf
              ? extraRuns
                ? [{ target: '198.51.100.10' }]
                : []
              : probe.targets;
        for (const target of targets) {
          for (const port of ports) {
            const spec = scenario.answers?.[row.id];
            const answer = (typeof spec === 'function' ? spec(target.target, port) : spec) ?? {
              outcome: 'reply',
            };
            results.push({
              probeId: probe.id,
              rowId: row.id,
              kind: probe.kind,
              transport: probe.transport,
              target: target.target,
              address: answer.address ?? target.hosts?.[0] ?? target.target,
              port,
              outcome: answer.outcome,
              status: answer.status ?? classifyOutcome(answer.outcome, probe.expectsReply),
              rttMs: answer.outcome === 'reply' ? 21 : null,
              startedAt: 2,
              finishedAt: answer.outcome === 'reply' ? 23 : 3002,
              detail: answer.detail ?? {},
            });
          }
        }
      }
    }
  }
  return assembleResult(
    {
      plan: planned,
      probes: measuredExtras(planned, results),
      toolVersion: '0.1.0',
      startedAt: '2026-11-25T15:04:05.000Z',
      durationMs: 3120,
      host: scenario.host ?? null,
      proxy: { source: 'none', tried: [], worked: null },
    },
    loaded.profile,
  );
}
