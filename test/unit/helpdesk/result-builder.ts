// Realistic ResultDocuments for the helpdesk and report tests: the real planner over the
// default profile, with each probe's outcome chosen by the test instead of sent on the wire.
import { plan } from '../../../main/engine/planner';
import { defaultProfile } from '../../../main/engine/profile-loader';
import { classifyOutcome, type Outcome } from '../../../common/outcomes';
import { DEFAULT_OPTIONS, type RunOptions } from '../../../common/options';
import type {
  HostInfo,
  ProbeDetail,
  ProbeResult,
  ResultDocument,
} from '../../../common/results/schema';
import { assembleResult } from '../../../common/results/assemble';
import { parsePorts } from '../../../common/net/ports';

export const loaded = defaultProfile();

/** What one probe target came back with; targets are the profile's names. */
export interface Answer {
  outcome: Outcome;
  detail?: ProbeDetail;
  /** The address contacted (default: the block's first host, or the target itself). */
  address?: string;
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
        const targets = probe.kind === 'udp-bind' ? [{ target: 'this computer' }] : probe.targets;
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
              status: classifyOutcome(answer.outcome, probe.expectsReply),
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
      probes: results,
      toolVersion: '0.1.0',
      startedAt: '2026-11-25T15:04:05.000Z',
      durationMs: 3120,
      host: scenario.host ?? null,
      proxy: { source: 'none', tried: [], worked: null },
    },
    loaded.profile,
  );
}
