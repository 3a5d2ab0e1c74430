// Profile + options + mappings → plan (ARCHITECTURE.md, "Ranges", "Options", "Mappings").
// Pure: no I/O, so `onsight-netcheck plan` never sends a packet.
import type { Mapping, RunOptions } from '../../common/options';
import type { Plan, PlannedProbe, PlannedRow, PlannedTarget, ProfileRef } from '../../common/plan';
import {
  CUSTOM_DOMAINS_TARGET,
  type Profile,
  type ProbeSpec,
  type RowSpec,
} from '../../common/profile/schema';
import { parseCidr, usableHosts } from '../../common/net/ipv4';
import type { SkipReason } from '../../common/results/schema';
import { effectiveLevel } from '../../common/diagnosis/verdict';

export interface PlanInput {
  profile: Profile;
  profileHash: string;
  options: RunOptions;
  mappings?: readonly Mapping[];
  /** Row ids to run; the others are planned as skipped. */
  only?: readonly string[];
  /** Extra reflectors from the command line (profile targets or their mapped addresses). */
  reflectors?: readonly string[];
  /** X.1's burst in seconds (`--quality-seconds`): 0 plans the call-quality row as skipped. */
  qualitySeconds?: number;
}

/** A CIDR block is tried on its usable hosts; /8 and wider are never expanded (Apple's 17/8). */
const MAX_EXPANDED_PREFIX = 24;

function expandTarget(target: string, mappings: readonly Mapping[]): PlannedTarget {
  const mapping = mappings.find((m) => m.from === target);
  const contacted = mapping ? mapping.to : target;
  const planned: PlannedTarget = mapping
    ? { target: contacted, mappedFrom: target }
    : { target: contacted };
  const cidr = parseCidr(contacted);
  if (cidr && cidr.prefix >= MAX_EXPANDED_PREFIX) planned.hosts = usableHosts(cidr);
  return planned;
}

function planProbe(row: RowSpec, spec: ProbeSpec, index: number, input: PlanInput): PlannedProbe {
  const mappings = input.mappings ?? [];
  const names = spec.targets.flatMap((t) =>
    t === CUSTOM_DOMAINS_TARGET ? input.options.customDomains : [t],
  );
  const targets = names.map((name) => expandTarget(name, mappings));
  const reflectorNames = new Set([...(spec.reflectors ?? []), ...(input.reflectors ?? [])]);
  const reflectors = targets
    .filter(
      (t) =>
        reflectorNames.has(t.target) ||
        (t.mappedFrom !== undefined && reflectorNames.has(t.mappedFrom)),
    )
    .map((t) => t.target);
  const { targets: _specTargets, reflectors: _specReflectors, ...settings } = spec;
  // A lab or private deployment may move the block a host must resolve into (Apple's 17/8).
  const expectInside = spec.expectInside && mappings.find((m) => m.from === spec.expectInside)?.to;
  return {
    ...settings,
    ...(expectInside ? { expectInside } : {}),
    id: `${row.id}#${index + 1}`,
    rowId: row.id,
    targets,
    ...(spec.kind === 'udp-sample' ? { reflectors } : {}),
  };
}

/**
 * Why a row is left out, or undefined when it runs. `enabled` holds the rows before it that run:
 * an extra check measures the servers that answer the rows it builds on (`serversOf`, which
 * come first), so with none of them in this run (`--only X.1`) it has nothing to measure.
 */
function skipReason(
  row: RowSpec,
  input: PlanInput,
  enabled: ReadonlySet<string>,
): SkipReason | undefined {
  if (input.only && !input.only.includes(row.id)) return { why: 'left-out' };
  if (input.qualitySeconds === 0 && row.probes.some((p) => p.kind === 'call-quality'))
    return { why: 'quality-off' };
  if (row.enabledBy === 'customDomains' && input.options.customDomains.length === 0)
    return { why: 'option', option: 'customDomains' };
  if (row.enabledBy && row.enabledBy !== 'customDomains' && !input.options[row.enabledBy])
    return { why: 'option', option: row.enabledBy };
  const sources = [...new Set(row.probes.flatMap((p) => p.serversOf ?? []))];
  if (sources.length > 0 && !sources.some((id) => enabled.has(id)))
    return { why: 'sources-left-out', rows: sources };
  return undefined;
}

export function plan(input: PlanInput): Plan {
  const { profile } = input;
  const ref: ProfileRef = {
    id: profile.id,
    version: profile.version,
    revision: profile.revision,
    hash: input.profileHash,
  };
  const enabled = new Set<string>();
  const rows: PlannedRow[] = profile.rows.map((row) => {
    const reason = skipReason(row, input, enabled);
    if (reason === undefined) enabled.add(row.id);
    return {
      id: row.id,
      table: row.table,
      title: row.title,
      explanation: row.explanation,
      remediation: row.remediation,
      level: row.level,
      effectiveLevel: effectiveLevel(row.level, input.options.teamlink),
      enabled: reason === undefined,
      ...(reason !== undefined ? { skip: reason } : {}),
      ...(row.notes ? { notes: row.notes } : {}),
      probes: row.probes.map((spec, i) => planProbe(row, spec, i, input)),
    };
  });
  return {
    profile: ref,
    options: input.options,
    mappings: [...(input.mappings ?? [])],
    partial: input.only !== undefined,
    tables: profile.tables,
    rows,
  };
}
